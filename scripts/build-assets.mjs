// Second half of `npm run build`: the sidebar (TypeScript bundled by esbuild, inlined with its CSS into one
// HTML file, as HtmlService serves a single file) and the manifest, next to webpack's dist/Code.js.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });
copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));

const entry = join(root, 'sidebar', 'main.ts');
const htmlPath = join(root, 'sidebar', 'index.html');
const cssPath = join(root, 'sidebar', 'style.css');
let script = '';
if (existsSync(entry)) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
  });
  script = out.outputFiles[0].text;
}
const css = existsSync(cssPath) ? readFileSync(cssPath, 'utf8') : '';
// `</script` inside the bundle would end the inline script early.
const safeScript = script.replace(/<\/script/gi, '<\\/script');
const html = readFileSync(htmlPath, 'utf8')
  .replace('/*INLINE_CSS*/', () => css)
  .replace('/*INLINE_JS*/', () => safeScript);
writeFileSync(join(dist, 'Sidebar.html'), html);
