import type { Cell } from '../../../src/core/model';
import {
  COST_COLUMNS,
  DEAL_COLUMNS,
  LEAD_COLUMNS,
  familyOfHeader,
  locateColumns,
  type Families,
} from '../../../src/core/read/headers';
import { normaliseName, withoutNote } from '../../../src/core/read/normalise';

describe('normaliseName', () => {
  test('lower case, ё → е, underscores and runs of spaces, quotes and a trailing colon', () => {
    expect(normaliseName('  Дата   создания: ')).toBe('дата создания');
    expect(normaliseName('UTM_SOURCE')).toBe('utm source');
    expect(normaliseName('«Счёт»')).toBe('счет');
    expect(normaliseName('"Amount"')).toBe('amount');
    expect(normaliseName('Сумма\u00a0сделки')).toBe('сумма сделки');
  });

  test('withoutNote drops a trailing currency note', () => {
    expect(withoutNote('расход, ₽')).toBe('расход');
    expect(withoutNote('расход (руб.)')).toBe('расход');
    expect(withoutNote('amount spent (usd)')).toBe('amount spent');
    expect(withoutNote('расход')).toBe('');
  });
});

const TABS: [string, Families<string>][] = [
  ['Leads', LEAD_COLUMNS],
  ['Deals', DEAL_COLUMNS],
  ['Costs', COST_COLUMNS],
];

describe.each(TABS)('%s: every synonym of every family is found', (_name, families) => {
  const keys = Object.keys(families);
  test.each(keys)('%s', (key) => {
    for (const synonym of families[key].synonyms) {
      // Put the header second, after an unrelated column, as exports do.
      const grid: Cell[][] = [
        ['Название', synonym, 'Комментарий'],
        ['x', 'y', 'z'],
      ];
      const located = locateColumns(grid, families);
      expect({ synonym, col: located?.col[key] }).toEqual({ synonym, col: 1 });
      expect(located?.header[key]).toBe(synonym);
    }
  });

  test('no header belongs to two families of the same tab', () => {
    const owner = new Map<string, string>();
    for (const key of keys) {
      for (const s of families[key].synonyms) {
        const n = normaliseName(s);
        const other = owner.get(n);
        if (other !== undefined) expect(`${s}: ${other}`).toBe(`${s}: ${key}`);
        owner.set(n, key);
      }
    }
  });
});

describe('locateColumns', () => {
  test('header variants: case, spaces, ё, colon, quotes, REST underscores', () => {
    const grid: Cell[][] = [[' id ', 'ДАТА  СОЗДАНИЯ:', '«Источник»', 'utm_source', 'Ответственный']];
    const located = locateColumns(grid, LEAD_COLUMNS)!;
    expect(located.col).toMatchObject({
      id: 0,
      created: 1,
      source: 2,
      utmSource: 3,
      responsible: 4,
      status: -1,
    });
    expect(located.header.created).toBe('ДАТА  СОЗДАНИЯ:');
  });

  test('a cost header with a currency note after a comma or in parentheses', () => {
    for (const header of [
      'Расход, ₽',
      'Расход (руб.)',
      'Amount spent (USD)',
      'Spend, RUB',
      'Затраты, руб.',
    ]) {
      const located = locateColumns([['Дата', 'Источник', header]], COST_COLUMNS)!;
      expect({ header, col: located.col.cost }).toEqual({ header, col: 2 });
    }
  });

  test('an exact match beats a match found by dropping a note', () => {
    const located = locateColumns([['Дата', 'Расход (руб.)', 'Расход']], COST_COLUMNS)!;
    expect(located.col.cost).toBe(2);
  });

  test('two columns of one family: the synonym listed first wins, whatever the column order', () => {
    const a = locateColumns([['ID', 'Предполагаемая дата закрытия', 'Дата закрытия']], DEAL_COLUMNS)!;
    expect(a.col.closeDate).toBe(2);
    const b = locateColumns([['ID', 'Дата закрытия', 'Предполагаемая дата закрытия']], DEAL_COLUMNS)!;
    expect(b.col.closeDate).toBe(1);
    const c = locateColumns([['STAGE_ID', 'Стадия сделки']], DEAL_COLUMNS)!;
    expect(c.col.stage).toBe(1);
  });

  test('two identical headers: the leftmost wins', () => {
    const located = locateColumns([['ID', 'Сумма', 'Сумма']], DEAL_COLUMNS)!;
    expect(located.col.amount).toBe(1);
  });

  test('an export title row and blank rows above the header are skipped', () => {
    const grid: Cell[][] = [
      ['', '', ''],
      ['Лиды за период 01.03.2026 – 31.03.2026', '', ''],
      ['', '', ''],
      ['ID', 'Дата создания', 'Статус'],
      [1, '01.03.2026', 'NEW'],
    ];
    const located = locateColumns(grid, LEAD_COLUMNS)!;
    expect(located.headerRow).toBe(3);
    expect(located.col).toMatchObject({ id: 0, created: 1, status: 2 });
  });

  test('a two-cell title row with no recognised header is skipped too', () => {
    const grid: Cell[][] = [
      ['Отчёт', 'Битрикс24'],
      ['ID', 'Дата создания'],
    ];
    expect(locateColumns(grid, LEAD_COLUMNS)!.headerRow).toBe(1);
  });

  test('a title row that happens to hold a header word loses to the row with the required columns', () => {
    const grid: Cell[][] = [
      ['Источник:', 'Битрикс24', 'Выгрузка'],
      ['ID', 'Дата создания', 'Источник'],
    ];
    expect(locateColumns(grid, LEAD_COLUMNS, ['id', 'created'])!.headerRow).toBe(1);
    // Without required columns the first recognisable row is taken.
    expect(locateColumns(grid, LEAD_COLUMNS)!.headerRow).toBe(0);
  });

  test('with no recognised header anywhere, the first non-empty row is the header (columns then missing)', () => {
    const grid: Cell[][] = [[''], ['Foo', 'Bar'], ['1', '2']];
    const located = locateColumns(grid, LEAD_COLUMNS)!;
    expect(located.headerRow).toBe(1);
    expect(located.col.id).toBe(-1);
  });

  test('an empty grid has no header', () => {
    expect(locateColumns([], LEAD_COLUMNS)).toBeNull();
    expect(locateColumns([['', ''], ['  ']], LEAD_COLUMNS)).toBeNull();
  });

  test('familyOfHeader', () => {
    expect(familyOfHeader(DEAL_COLUMNS, 'OPPORTUNITY')).toBe('amount');
    expect(familyOfHeader(DEAL_COLUMNS, 'Название сделки')).toBeNull();
  });
});
