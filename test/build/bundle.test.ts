/**
 * Proves the build contract on the shipped files in dist/: one classic ES2019 script with no Node-isms, every
 * public entry point a top-level function, custom functions carrying their JSDoc, the manifest's scopes, and
 * exactly the three files clasp would push.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as acorn from 'acorn';

const root = join(__dirname, '..', '..');
const code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');

const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'onEdit',
  'menuSettings',
  'menuRefreshFunctions',
  'menuAdPayback',
  'menuTrafficInfluence',
  'menuDataQuality',
  'menuAllReports',
  'menuPeriod',
  'menuHelp',
];
const CUSTOM_FUNCTIONS: Record<string, string[]> = {
  MARKETING_ROI: ['revenue', 'cost', 'period_end'],
  CONVERSION: ['from', 'to', 'period_end'],
  COSTPERDEAL: ['cost', 'deals', 'period_end'],
  COSTPERLEAD: ['cost', 'leads', 'period_end'],
  COSTPERWON: ['cost', 'won', 'period_end'],
  COSTPERACTION: ['cost', 'actions', 'period_end'],
};

describe('dist/Code.js', () => {
  const program = acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script', onComment: [] });

  test('parses as a classic ES2019 script (no module syntax, nothing newer than ES2019)', () => {
    expect(program.type).toBe('Program');
    expect(() => acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
  });

  test('uses no Node globals', () => {
    // `module` and `exports` are not listed: webpack's runtime uses them as local names. The host tests load
    // the bundle in a context without any Node global, which would catch a free `module` or `exports` too.
    const banned = new Set([
      'require',
      'process',
      'Buffer',
      'setTimeout',
      'setInterval',
      '__dirname',
      '__filename',
    ]);
    const found: string[] = [];
    for (const token of acorn.tokenizer(code, { ecmaVersion: 2019 })) {
      const value = (token as { value?: unknown }).value;
      if (token.type.label === 'name' && banned.has(String(value))) found.push(String(value));
    }
    expect(found).toEqual([]);
  });

  const topLevel = new Map<string, string[]>();
  for (const node of program.body) {
    if (node.type === 'FunctionDeclaration' && node.id) {
      topLevel.set(
        node.id.name,
        node.params.map((p) => (p.type === 'Identifier' ? p.name : '?')),
      );
    }
  }

  test.each(ENTRY_POINTS)('%s is a top-level function declaration', (name) => {
    expect(topLevel.has(name)).toBe(true);
  });

  test.each(Object.entries(CUSTOM_FUNCTIONS))(
    '%s has named parameters and JSDoc Sheets reads',
    (name, params) => {
      expect(topLevel.get(name)).toEqual(params);
      const at = code.indexOf(`function ${name}(`);
      const doc = code.slice(code.lastIndexOf('/**', at), at);
      expect(doc).toMatch(/@customfunction/);
      for (const p of params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p} `));
      expect(doc).toMatch(/@return/);
      // The JSDoc block must end right above the declaration.
      expect(doc.trimEnd().endsWith('*/')).toBe(true);
    },
  );
});

describe('manifest and clasp', () => {
  test('appsscript.json: V8, Stackdriver logging, exactly the two least scopes', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'dist', 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  test('dist/Sidebar.html is one self-contained page', () => {
    const html = readFileSync(join(root, 'dist', 'Sidebar.html'), 'utf8');
    expect(html).toMatch(/<html/);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
  });

  test('clasp would push exactly appsscript.json, Code.js and Sidebar.html', () => {
    const out = execFileSync(join(root, 'node_modules', '.bin', 'clasp'), ['status', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const status = JSON.parse(out) as { filesToPush: string[] };
    expect(status.filesToPush.map((f) => f.replace(/^dist\//, '')).sort()).toEqual([
      'Code.js',
      'Sidebar.html',
      'appsscript.json',
    ]);
  });
});
