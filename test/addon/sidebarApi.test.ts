/**
 * The sidebar's server functions in the built bundle (dist/Code.js in the local host), without a browser:
 * every sidebarApi function is a top-level Apps Script function, and writes made from stale lists by two
 * admins lose nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHost, type Host } from '../../local/host';
import { loadAddon, type AddonSandbox } from '../../local/sandbox';
import { loadXlsx } from '../../local/xlsx';
import { sidebarApi } from '../../src/addon/sidebarApi';
import type {
  CostSaveResult,
  ManualCostInput,
  SettingsState,
  SidebarStart,
} from '../../src/addon/sidebarTypes';

const ROOT = resolve(__dirname, '..', '..');
const CODE = join(ROOT, 'dist', 'Code.js');
const EXAMPLE = join(ROOT, 'examples', 'example.xlsx');
const ready = existsSync(CODE) && existsSync(EXAMPLE);
const suite = ready || process.env.CI === 'true' ? describe : describe.skip;

const cost = (over: Partial<ManualCostInput>): ManualCostInput => ({
  source: 'Выставки',
  from: '2026-11-01',
  to: '2026-11-30',
  amount: '100',
  currency: '',
  actions: '',
  category: '',
  comment: '',
  ...over,
});

suite('sidebar server functions in the bundle', () => {
  let host: Host;
  let addon: AddonSandbox;

  beforeEach(async () => {
    host = createHost({
      spreadsheet: await loadXlsx(EXAMPLE, { locale: 'ru_RU' }),
      distDir: join(ROOT, 'dist'),
      now: Date.parse('2026-12-04T12:00:00Z'),
    });
    addon = loadAddon(host, { codePath: CODE });
  });

  test('each sidebarApi function is a top-level function of dist/Code.js, and the menu opens the sidebar', () => {
    const code = readFileSync(CODE, 'utf8');
    for (const name of [...Object.keys(sidebarApi), 'menuSettings']) {
      // gas-webpack-plugin's stub: what google.script.run and the menu can call in Apps Script.
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
    addon.call('menuSettings');
    expect(host.ui.sidebars.map((s) => s.title)).toEqual(['Throughline — настройки']);
  });

  test('two admins working from stale lists: every added row kept, moved rows found, changed rows refused', () => {
    const start = addon.run('sidebar_load') as SidebarStart;
    const listed = start.state.manualCosts;
    const before = listed.length;
    // Admin A and admin B both add, each from the list they opened with.
    const a = addon.run('sidebar_addManualCost', cost({ comment: 'A' })) as CostSaveResult;
    const b = addon.run('sidebar_addManualCost', cost({ comment: 'B' })) as CostSaveResult;
    expect(a.ok && b.ok).toBe(true);
    const now = (b as { state: SettingsState }).state.manualCosts;
    expect(now.map((c) => c.comment).slice(-2)).toEqual(['A', 'B']);
    expect(now.length).toBe(before + 2);

    // A deletes the first listed row; B, still holding the old list, edits the second: the row moved up and is found.
    addon.run('sidebar_deleteManualCost', listed[0].ref);
    const edited = addon.run(
      'sidebar_updateManualCost',
      listed[1].ref,
      cost({ source: listed[1].source, amount: '777' }),
    ) as CostSaveResult;
    expect(edited.ok).toBe(true);
    const after = (edited as { state: SettingsState }).state.manualCosts;
    expect(after.length).toBe(before + 1);
    expect(after.filter((c) => c.amount === 777).map((c) => c.ref.row)).toEqual([listed[1].ref.row - 1]);

    // B edits the row A deleted: refused, with the message, nothing written.
    expect(() => addon.run('sidebar_updateManualCost', listed[0].ref, cost({ amount: '5' }))).toThrow(
      /кто-то другой/,
    );
    const final = addon.run('sidebar_loadState') as SettingsState;
    expect(final.manualCosts.length).toBe(before + 1);
  });

  test('renaming a source carries its manual costs along; a tab deleted by hand is recreated with its header', () => {
    const state = (addon.run('sidebar_load') as SidebarStart).state;
    const fairs = state.sources.find((s) => s.name === 'Выставки');
    expect(fairs).toBeDefined();
    const usedBefore = state.manualCosts.filter((c) => c.source === 'Выставки').length;
    expect(usedBefore).toBeGreaterThan(0);
    const renamed = addon.run('sidebar_updateRule', 'sources', fairs!.ref, {
      name: 'Fairs',
      type: 'offline',
      matches: fairs!.matches,
      color: fairs!.color,
    }) as SettingsState;
    expect(renamed.manualCosts.filter((c) => c.source === 'Fairs').length).toBe(usedBefore);
    expect(renamed.manualCosts.filter((c) => c.source === 'Выставки').length).toBe(0);

    const ss = host.spreadsheetObject();
    const channels = ss.getSheetByName('Каналы');
    if (channels) ss.deleteSheet(channels);
    const made = addon.run('sidebar_addRule', 'channels', {
      name: 'Телефон',
      matches: 'CALL, Звонок',
    }) as SettingsState;
    expect(made.channels.map((c) => c.name)).toEqual(['Телефон']);
    expect(host.values('Каналы')).toEqual([
      ['Канал', 'Соответствия'],
      ['Телефон', 'CALL, Звонок'],
    ]);
  });

  test('bad arguments from the page are refused before anything is read', () => {
    expect(() => addon.run('sidebar_addRule', 'people', { name: 'x', matches: '' })).toThrow(
      /bad argument: kind/,
    );
    expect(() =>
      addon.run('sidebar_runReports', ['adPayback'], { from: '2026-11-31', to: '2026-11-01', compare: true }),
    ).toThrow(/Период/);
  });
});
