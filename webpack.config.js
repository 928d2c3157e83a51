// Builds dist/Code.js: one classic Apps Script file. gas-webpack-plugin turns every `global.NAME = function…`
// in src/addon/index.ts into a top-level `function NAME(…)` stub carrying that line's JSDoc.
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/addon/index.ts',
  output: { path: path.resolve(__dirname, 'dist'), filename: 'Code.js', clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'esbuild-loader',
        options: { loader: 'ts', target: 'es2019', charset: 'utf8' },
      },
    ],
  },
  target: ['web', 'es2019'],
  devtool: false,
  // No concatenation: gas-webpack-plugin only sees `global.X =` in modules it can tell apart, so every module's
  // public functions (index.ts and sidebarSurface.ts) get their top-level stubs.
  optimization: { minimize: false, concatenateModules: false },
  performance: { hints: false },
  plugins: [new GasPlugin({ comment: true, autoGlobalExportsFiles: [] })],
};
