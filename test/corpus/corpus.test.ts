/**
 * Runs every corpus workbook through the local runner (the built dist/Code.js on the local host) and, for a
 * handful, through the CLI as a child process. Each case ends in reports with the problems counted on Data
 * quality, or a one-line refusal; never a stack trace, a changed input file, or data text turned into a formula.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { HostInputError } from '../../local/host';
import { runWorkbook, type RunResult } from '../../local/runner';
import { tabsToWorkbook } from '../../examples/xlsx';
import { QUALITY_CHECK_LABELS } from '../../src/core/i18n/reportLabels';
import type { SettingsState, UnmatchedState } from '../../src/addon/sidebarTypes';
import { CASES, FORMULA_PAYLOADS, type CorpusCase } from './cases';
import {
  foreignFormulas,
  foreignSavedFormulas,
  sha256,
  sheetsShowing,
  STACK_LINE,
  stringsIn,
} from './checks';

const ROOT = resolve(__dirname, '..', '..');
const PERIOD = { from: '2026-11-01', to: '2026-11-30' };
const DQ = 'Качество данных';
const AD = 'Окупаемость рекламы';

let dir: string;
const files = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'throughline-corpus-'));
  for (const [i, c] of CASES.entries()) {
    const path = join(dir, `case-${String(i).padStart(2, '0')}.xlsx`);
    const built = c.build();
    if (built instanceof Uint8Array) writeFileSync(path, built);
    else await tabsToWorkbook(built).xlsx.writeFile(path);
    files.set(c.name, path);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function count(result: RunResult, key: keyof typeof QUALITY_CHECK_LABELS): number {
  const label = QUALITY_CHECK_LABELS[key].ru;
  const row = result.host.values(DQ).find((r) => r[0] === label);
  if (!row) throw new Error(`no Data quality row "${label}"`);
  return row[2] as number;
}

test('the corpus has at least 30 cases', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(30);
});

describe.each(CASES.map((c) => [c.name, c] as [string, CorpusCase]))('%s', (_name, c) => {
  test('ends in reports or a clear refusal; input unchanged; no formula from data', async () => {
    const input = files.get(c.name)!;
    const output = input.replace(/\.xlsx$/, '.out.xlsx');
    const before = sha256(input);
    let result: RunResult | null = null;
    let error: unknown = null;
    try {
      result = await runWorkbook({ input, output, ...PERIOD });
    } catch (e) {
      error = e;
    }
    expect(sha256(input)).toBe(before);

    if (c.outcome.kind === 'notWorkbook') {
      expect(error).toBeInstanceOf(HostInputError);
      const message = (error as Error).message;
      expect(message).toMatch(c.outcome.mentions);
      expect(message).not.toMatch(/\n/);
      return;
    }
    if (error) throw error;
    const r = result!;
    for (const alert of r.alerts) expect(alert).not.toMatch(STACK_LINE);
    expect(foreignFormulas(r.host)).toEqual([]);
    expect(await foreignSavedFormulas(output)).toEqual([]);

    if (c.outcome.kind === 'refusal') {
      expect(r.host.sheetNames()).not.toContain(AD);
      expect(r.alerts).toHaveLength(1);
      // The refusal is one line of the alert (a "Done: Data quality" line may precede it).
      const line = r.alerts[0]
        .split('\n')
        .find((l) => c.outcome.kind === 'refusal' && c.outcome.mentions[0].test(l));
      expect(line).toBeDefined();
      for (const m of c.outcome.mentions) expect(line).toMatch(m);
      return;
    }
    expect(r.alerts).toEqual([]);
    for (const name of [AD, 'Влияние трафика', 'Влияние трафика — записи', DQ])
      expect(r.host.sheetNames()).toContain(name);
    for (const key of c.outcome.counted ?? []) expect(count(r, key)).toBeGreaterThan(0);
    for (const text of c.outcome.values ?? []) {
      const raw = text.replace(/^[\t\r]/, '');
      // Data text is shown as the value it is, never evaluated: on a report or the records sheet.
      expect(sheetsShowing(r.host, text).length + sheetsShowing(r.host, raw).length).toBeGreaterThan(0);
    }
  });
});

describe('the sidebar shows hostile values as plain strings', () => {
  test.each([...FORMULA_PAYLOADS, '<img src=x onerror=alert(1)>'])('%j', async (payload) => {
    const c = CASES.find((x) => (x.outcome.kind === 'reports' ? x.outcome.values?.includes(payload) : false));
    expect(c).toBeDefined();
    const input = files.get(c!.name)!;
    const r = await runWorkbook({ input, output: input.replace(/\.xlsx$/, '.sidebar.xlsx'), ...PERIOD });
    const state = r.addon.run('sidebar_loadState') as SettingsState;
    const unmatched = r.addon.run('sidebar_loadUnmatched') as UnmatchedState;
    const shown = stringsIn([state, unmatched]);
    // The unmatched list shows the payload exactly as the data has it (a plain string, not markup or a formula).
    expect(shown.some((s) => s === payload || s.includes(payload.trim()))).toBe(true);
    expect(stringsIn(unmatched).every((s) => typeof s === 'string')).toBe(true);
  });

  test('hostile settings rows come back as the plain text the admin typed', async () => {
    const input = files.get('formula-like text in the settings tabs (Sources, Manual costs)')!;
    const r = await runWorkbook({ input, output: input.replace(/\.xlsx$/, '.settings.xlsx'), ...PERIOD });
    const state = r.addon.run('sidebar_loadState') as SettingsState;
    expect(state.sources.map((s) => s.name)).toEqual(
      expect.arrayContaining(['=IMPORTXML("http://evil.example","//a")', '@mention']),
    );
    expect(state.manualCosts.map((m) => m.comment)).toContain("=cmd|' /C calc'!A0");
    expect(foreignFormulas(r.host)).toEqual([]);
  });
});

describe('the CLI as a child process', () => {
  const cli = (input: string): { status: number | null; stdout: string; stderr: string } => {
    const out = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'local', 'cli.ts'),
        '--in',
        input,
        '--out',
        input.replace(/\.xlsx$/, '.cli.xlsx'),
        '--from',
        PERIOD.from,
        '--to',
        PERIOD.to,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    return { status: out.status, stdout: out.stdout, stderr: out.stderr };
  };

  test.each([
    ['random bytes named .xlsx', 2],
    ['an empty file named .xlsx', 2],
    ['missing required column (Leads: created)', 1],
    ['renamed required column (Deals: amount → Деньги)', 1],
    [`formula-like text in every text column: ${JSON.stringify(FORMULA_PAYLOADS[1])}`, 0],
  ])('%s: exit %i, at most one error line, no stack', (name, status) => {
    const input = files.get(name)!;
    const before = sha256(input);
    const out = cli(input);
    expect(out.status).toBe(status);
    expect(sha256(input)).toBe(before);
    expect(out.stderr + out.stdout).not.toMatch(STACK_LINE);
    const errors = out.stderr.split('\n').filter((l) => l.trim() !== '');
    if (status === 2)
      expect(errors).toEqual([expect.stringMatching(/^error: Not a readable \.xlsx workbook/)]);
    else expect(errors).toEqual([]);
    if (status === 1)
      expect(out.stdout).toMatch(
        /^Не сформированы: Вкладка «(Лиды|Сделки)»: не найден обязательный столбец/m,
      );
  });
});
