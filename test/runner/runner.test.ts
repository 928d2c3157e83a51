/**
 * The local runner as `npm start` uses it: a workbook file in, reports and evaluated custom-function cells out,
 * the input untouched; and the CLI's one-line errors.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { generateWorkbook } from '../../examples/generate';
import { tabsToWorkbook } from '../../examples/xlsx';
import { runWorkbook } from '../../local/runner';

const dir = mkdtempSync(join(tmpdir(), 'throughline-runner-'));
const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

async function exampleWithFormulas(): Promise<string> {
  const book = tabsToWorkbook(generateWorkbook({ leads: 600 }));
  const calc = book.addWorksheet('Расчёт');
  calc.getCell('A1').value = 1000;
  calc.getCell('A2').value = 500;
  calc.getCell('A3').value = 300;
  calc.getCell('B1').value = 10;
  calc.getCell('B2').value = 0;
  calc.getCell('B3').value = 3;
  calc.getCell('D1').value = { formula: 'COSTPERLEAD(A1:A3,B1:B3)' };
  calc.getCell('F1').value = { formula: 'MARKETING_ROI(105000,46000)' };
  calc.getCell('F2').value = { formula: 'MARKETING_ROI("*","01.11.2026","30.11.2026")' };
  calc.getCell('F3').value = { formula: 'COSTPERDEAL(1,0)' };
  const path = join(dir, 'with-formulas.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}

describe('runWorkbook', () => {
  test('writes the reports, evaluates our formulas with spilling arrays, and never touches the input', async () => {
    const input = await exampleWithFormulas();
    const before = sha(input);
    const output = join(dir, 'out.xlsx');
    const result = await runWorkbook({ input, output, from: '2026-11-01', to: '2026-11-30' });
    expect(sha(input)).toBe(before);
    expect(result.alerts).toEqual([]);
    expect(result.period).toBe('01.11.2026 – 30.11.2026');
    expect(result.summary).not.toBeNull();

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output);
    expect(book.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        'Окупаемость рекламы',
        'Влияние трафика',
        'Влияние трафика — записи',
        'Качество данных',
      ]),
    );
    const calc = book.getWorksheet('Расчёт')!;
    const value = (a1: string): unknown => {
      const v = calc.getCell(a1).value;
      return v && typeof v === 'object' && 'result' in v ? v.result : v;
    };
    expect(value('D1')).toBe(100);
    expect(value('D2') ?? '').toBe(''); // zero divisor: a blank element of the spilled result
    expect(value('D3')).toBe(100);
    expect(value('F1') as number).toBeCloseTo(1.2826, 4);
    expect(value('F2') as number).toBeCloseTo(result.summary!.roi as number, 9);
    expect(value('F3')).toBe('#ERROR!');
  });
});

describe('npm start (the CLI)', () => {
  const cli = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [require.resolve('tsx/cli'), join(__dirname, '..', '..', 'local', 'cli.ts'), ...args],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );

  test('with no arguments: the bundled example to out/report.xlsx and a summary', () => {
    const r = cli('--stats');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/period: 01\.11\.2026 – 30\.11\.2026/);
    expect(r.stdout).toMatch(/paid cost: [\d ]+/);
    expect(r.stdout).toMatch(/ROI \(paid sources\): -?\d+\.\d\d%/);
    expect(r.stdout).toMatch(/stats: load \d+ ms\nstats: run \d+ ms\nstats: save \d+ ms\nstats: calls \d+/);
    expect(existsSync(join(__dirname, '..', '..', 'out', 'report.xlsx'))).toBe(true);
  });

  test.each([
    [['--in', '/nonexistent.xlsx', '--out', '/tmp/x.xlsx'], /^error: No such file: \/nonexistent\.xlsx$/],
    [['--bogus'], /^error: Unknown flag "--bogus"/],
    [['--in', 'examples/example.xlsx'], /^error: --in needs --out/],
    [
      ['--in', 'examples/example.xlsx', '--out', '/tmp/y.xlsx', '--from', '2026-13-01', '--to', '2026-12-01'],
      /^error: Dates are real calendar days as YYYY-MM-DD: "2026-13-01"\.$/,
    ],
  ])('%j ends with one clear line and a non-zero exit', (args, message) => {
    const r = cli(...(args as string[]));
    expect(r.status).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  test('a file that is not a workbook is refused in one line', () => {
    const bad = join(dir, 'not-a-workbook.xlsx');
    writeFileSync(bad, 'just some text, not a zip');
    const r = cli('--in', bad, '--out', join(dir, 'bad-out.xlsx'));
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a missing required column: the refusal names the tab, the column and the accepted headers', async () => {
    const tabs = generateWorkbook({ leads: 100, messy: false });
    const deals = tabs.find((t) => t.name === 'Сделки')!;
    const amount = deals.values[0].indexOf('Сумма');
    deals.values = deals.values.map((row) => row.filter((_, i) => i !== amount));
    const path = join(dir, 'no-amount.xlsx');
    await tabsToWorkbook(tabs).xlsx.writeFile(path);
    const r = cli(
      '--in',
      path,
      '--out',
      join(dir, 'no-amount-out.xlsx'),
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-30',
    );
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/Сделки.*«Сумма».*OPPORTUNITY/);
  });
});
