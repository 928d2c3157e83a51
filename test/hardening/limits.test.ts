/** The pure work estimate (src/core/limits) with hand-computed figures, and its refusal texts. */
import { sizeOfA1 } from '../../src/core/limits/a1Size';
import { estimateWork, judgeWork, largestCrm, type MeasuredTab } from '../../src/core/limits/estimate';
import { describeLimit, formatCount } from '../../src/core/i18n/limitLabels';

const tabs: MeasuredTab[] = [
  { name: 'Лиды', role: 'leads', rows: 1001, columns: 9 },
  { name: 'Сделки', role: 'deals', rows: 301, columns: 12 },
  { name: 'Расходы', role: 'costs', rows: 100, columns: 6 },
];

test('sizes from A1 notation', () => {
  expect(sizeOfA1('A1')).toEqual({ rows: 1, columns: 1 });
  expect(sizeOfA1('A1:I100003')).toEqual({ rows: 100_003, columns: 9 });
  expect(sizeOfA1("'Лиды'!A1:AB20")).toEqual({ rows: 20, columns: 28 });
  expect(sizeOfA1('$A$1:$Z$3')).toEqual({ rows: 3, columns: 26 });
  expect(sizeOfA1('nonsense')).toBeNull();
});

test('a report run: input cells, the records bound, the time', () => {
  const e = estimateWork(tabs, 'report');
  expect(e.inputCells).toBe(9009 + 3612 + 600);
  expect(e.recordRows).toBe(2 * (1001 + 301));
  // The records sheet is cut to its 8 columns.
  expect(e.outputCells).toBe(2604 * 8);
  expect(e.totalCells).toBe(13_221 + 20_832);
  // 5000 fixed + 13,221 cells × 0.01 + 1,402 rows × 0.03 + 2,604 rows × 8 columns × 4 grids × 0.02
  expect(e.estimatedMs).toBe(Math.round(5000 + 132.21 + 42.06 + 1666.56));
  expect(e.budgetMs).toBe(300_000);
  expect(e.largest?.name).toBe('Лиды');
  expect(judgeWork(tabs, 'report').ok).toBe(true);
});

test('a custom function: nothing written, a 30-second limit', () => {
  const e = estimateWork(tabs, 'customFunction');
  expect(e.outputCells).toBe(0);
  expect(e.estimatedMs).toBe(Math.round(5000 + 132.21 + 42.06));
  expect(e.budgetMs).toBe(25_000);
});

test('cells are judged before time; each refusal names the largest tab', () => {
  const big: MeasuredTab[] = [{ name: 'Leads', role: 'leads', rows: 500_000, columns: 9 }];
  const v = judgeWork(big, 'report');
  expect(v).toMatchObject({ ok: false, reason: 'cells' });
  if (v.ok) throw new Error('unreachable');
  expect(describeLimit(v, 'report', 'en')).toBe(
    'The reports would not fit in the spreadsheet: tab "Leads" has 500,000 rows × 9 columns, with the records ' +
      "sheet up to 12,500,000 cells against Google Sheets' limit of 10,000,000. Delete old rows or split the spreadsheet.",
  );
  const lookup = judgeWork(big, 'lookup');
  expect(lookup.ok).toBe(true); // a read-only lookup writes no records sheet: 4.5M cells read in ~65 s
  // A custom function reading 900,000 rows × 9: 5,000 + 8,100,000 × 0.01 + 900,000 × 0.03 ms, over 25 s.
  const slow = judgeWork([{ name: 'Leads', role: 'leads', rows: 900_000, columns: 9 }], 'customFunction');
  expect(slow).toMatchObject({ ok: false, reason: 'time' });
  if (slow.ok) throw new Error('unreachable');
  expect(slow.estimate.estimatedMs).toBe(5_000 + 81_000 + 27_000);
  expect(describeLimit(slow, 'customFunction', 'ru')).toBe(
    'Данных слишком много для пользовательской функции: лист «Leads» — 900\u00a0000 строк × 9 столбцов; ' +
      'оценка — около 113 с при пределе 30 с. Используйте отчёт «Окупаемость рекламы».',
  );
});

test('the largest CRM a report accepts: about 157k leads with a third as many deals', () => {
  const most = largestCrm(1 / 3, 9, 12);
  expect(most).toBeGreaterThan(155_000);
  expect(most).toBeLessThan(159_000);
  const at = (leads: number) => [
    { name: 'l', role: 'leads' as const, rows: leads + 1, columns: 9 },
    { name: 'd', role: 'deals' as const, rows: Math.ceil(leads / 3) + 1, columns: 12 },
    { name: 'c', role: 'costs' as const, rows: 1000, columns: 6 },
  ];
  expect(judgeWork(at(most), 'report').ok).toBe(true);
  // With the records sheet cut to its columns, time binds first (5 of the 6 minutes), at about 5.4M cells.
  expect(judgeWork(at(most + 1), 'report')).toMatchObject({ ok: false, reason: 'time' });
  expect(estimateWork(at(most), 'report').totalCells).toBeLessThan(5_500_000);
});

test('counts are grouped the way each language writes them', () => {
  expect(formatCount(3_000_000, 'ru')).toBe('3\u00a0000\u00a0000');
  expect(formatCount(3_000_000, 'en')).toBe('3,000,000');
  expect(formatCount(999, 'en')).toBe('999');
});
