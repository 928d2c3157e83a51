/**
 * generate.ts may be bundled into the add-on or the sidebar later: it must bundle with no Node built-ins and run
 * in a context that has none of Node's globals.
 */
import * as path from 'node:path';
import * as vm from 'node:vm';
import { buildSync } from 'esbuild';
import { generateWorkbook } from '../../examples/generate';

describe('examples/generate.ts purity', () => {
  const bundle = buildSync({
    entryPoints: [path.join(__dirname, '../../examples/generate.ts')],
    bundle: true,
    platform: 'neutral',
    format: 'iife',
    globalName: 'Gen',
    target: 'es2019',
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0].text;

  it('bundles for a neutral platform without Node built-ins', () => {
    expect(bundle.errors).toEqual([]);
    expect(code).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b/);
  });

  it('runs in a bare vm context and gives the same numbers as in Node', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const tabs = vm.runInContext('Gen.generateWorkbook({ leads: 200, seed: 5 })', context) as {
      name: string;
      values: unknown[][];
    }[];
    const native = generateWorkbook({ leads: 200, seed: 5 });
    expect(tabs.map((t) => t.values.length)).toEqual(native.map((t) => t.values.length));
    expect(tabs[0].values[3][0]).toBe(native[0].values[3][0]);
    expect(String(tabs[1].values[1][2])).toBe(String(native[1].values[1][2]));
  });
});
