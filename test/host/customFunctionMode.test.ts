/** A custom function runs with Sheets' restrictions: read-only spreadsheet, no UI, 30 seconds. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost } from '../../local/host';
import { loadAddon } from '../../local/sandbox';

const SCRIPT = `
function READER() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).getValue(); }
function WRITER() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).setValue(5); return 1; }
function ALERTER() { SpreadsheetApp.getUi().alert('hi'); return 1; }
function SLOW() { var s = SpreadsheetApp.getActiveSpreadsheet(); for (var i = 0; i < 100; i++) s.getName(); return 1; }
`;

const dir = mkdtempSync(join(tmpdir(), 'host-cf-'));
const codePath = join(dir, 'Code.js');
writeFileSync(codePath, SCRIPT);

test('reads are allowed; writes and the UI are refused with Apps Script messages', () => {
  const host = createHost();
  const addon = loadAddon(host, { codePath });
  expect(addon.callCustomFunction('READER')).toBe('');
  expect(() => addon.callCustomFunction('WRITER')).toThrow('You do not have permission to call setValue');
  expect(() => addon.callCustomFunction('ALERTER')).toThrow(
    'Cannot call SpreadsheetApp.getUi() from this context.',
  );
  // The same functions run as a menu action are allowed.
  expect(addon.call('WRITER')).toBe(1);
  expect(host.values(host.sheetNames()[0])[0][0]).toBe(5);
});

test('a custom function stops after 30 seconds, a menu action does not', () => {
  const host = createHost();
  const addon = loadAddon(host, { codePath });
  host.clock.msPerCall = 500; // 100 calls = 50 s
  expect(() => addon.callCustomFunction('SLOW')).toThrow(/Exceeded maximum execution time/);
  expect(addon.call('SLOW')).toBe(1);
});
