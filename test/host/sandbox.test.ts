import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost, HostInputError } from '../../local/host';
import { loadAddon } from '../../local/sandbox';

const SCRIPT = `
function probe() {
  var sheet = SpreadsheetApp.getActive().getActiveSheet();
  sheet.getRange('A1').setValue(new Date(2024, 0, 15));
  var v = sheet.getRange('A1:B1').getValues();
  return {
    require: typeof require, process: typeof process, Buffer: typeof Buffer, setTimeout: typeof setTimeout,
    module: typeof module, exports: typeof exports, fetch: typeof fetch, structuredClone: typeof structuredClone,
    TextEncoder: typeof TextEncoder, global: typeof global, dirname: typeof __dirname,
    isDate: v[0][0] instanceof Date, isArray: v instanceof Array && v[0] instanceof Array, empty: v[0][1],
    now: Date.now(), fresh: new Date().getTime(), services: typeof LockService + typeof Utilities + typeof Session,
  };
}
function add(a, b) { return a + b; }
function dayOf(d) { return d instanceof Date ? d.getUTCDate() : 'not a date'; }
function lockTwice() { var l = LockService.getDocumentLock(); l.waitLock(100); return l.hasLock(); }
function fails() { return SpreadsheetApp.getActive().getActiveSheet().getRange(1, 1, 2, 1).setValues([[1]]); }
var notAFunction = 1;
`;

describe('loadAddon sandbox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'host-sandbox-'));
  const codePath = join(dir, 'Code.js');
  writeFileSync(codePath, SCRIPT);

  it('holds only Apps Script globals, hands out sandbox-realm values and reads the fake clock', () => {
    const host = createHost({ now: Date.UTC(2024, 0, 15, 9) });
    const addon = loadAddon(host, { codePath });
    const r = addon.call('probe') as Record<string, unknown>;
    for (const name of [
      'require',
      'process',
      'Buffer',
      'setTimeout',
      'module',
      'exports',
      'fetch',
      'structuredClone',
      'TextEncoder',
      'global',
      'dirname',
    ]) {
      expect([name, r[name]]).toEqual([name, 'undefined']);
    }
    expect(r.isDate).toBe(true);
    expect(r.isArray).toBe(true);
    expect(r.empty).toBe('');
    expect(r.services).toBe('objectobjectobject');
    expect(r.now).toBeGreaterThanOrEqual(Date.UTC(2024, 0, 15, 9));
    expect(r.now).toBeLessThan(Date.UTC(2024, 0, 15, 10));
    // new Date(2024, 0, 15) in the sandbox is local time of the Node process; the stored value round-trips.
    expect(host.values('Лист1')[0][0]).toBeInstanceOf(Date);
  });

  it('calls top-level functions by name, converting Date arguments into the sandbox realm', () => {
    const host = createHost();
    const addon = loadAddon(host, { codePath });
    expect(addon.call('add', 2, 3)).toBe(5);
    expect(addon.call('dayOf', new Date(Date.UTC(2024, 0, 9)))).toBe(9);
    expect(addon.has('add')).toBe(true);
    expect(addon.has('notAFunction')).toBe(false);
    expect(addon.has('SpreadsheetApp')).toBe(false);
    expect(addon.globalNames()).toEqual(['add', 'dayOf', 'fails', 'lockTwice', 'notAFunction', 'probe']);
    expect(() => addon.call('nope')).toThrow(HostInputError);
    expect(() => addon.call('notAFunction')).toThrow('"notAFunction" is not a top-level function');
    expect(addon.call('lockTwice')).toBe(true);
    expect(host.locks.document.isHeld()).toBe(false);
    expect(() => addon.call('fails')).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('applies google.script.run rules in run()', () => {
    const addon = loadAddon(createHost(), { codePath });
    expect(addon.run('add', 1, 2)).toBe(3);
    expect(() => addon.run('dayOf', new Date())).toThrow(/cannot carry a Date/);
  });

  it('loads the real built dist/Code.js', () => {
    const built = join(__dirname, '../../dist/Code.js');
    if (!existsSync(built))
      execFileSync('npm', ['run', 'build'], { cwd: join(__dirname, '../..'), stdio: 'ignore' });
    const addon = loadAddon(createHost(), { codePath: built });
    expect(addon.has('MARKETING_ROI')).toBe(true);
  });
});
