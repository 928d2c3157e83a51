import type { Cell, Finding } from '../../../src/core/model';
import { readWorkbook } from '../../../src/core/read/workbook';
import { DEALS_MIN, LEADS_MIN, day, tab } from './fixtures';

const MSK = { timeZone: 'Europe/Moscow' };

/** Findings as compact tuples: kind, tab, row, column, value. */
const brief = (findings: Finding[]): [string, string, number, string, string | undefined][] =>
  findings.map((f) => [f.kind, f.ref.tab, f.ref.row, f.ref.column, f.value]);

// A Russian Bitrix24 export, as pasted into the spreadsheet: a title row above the header.
const RU_LEADS: Cell[][] = [
  ['Лиды (выгрузка от 01.04.2026)', '', '', '', '', '', '', '', ''],
  ['', '', '', '', '', '', '', '', ''],
  [
    'ID',
    'Название лида',
    'Статус',
    'Дата создания',
    'Источник',
    'Ответственный',
    'Рекламная система',
    'Тип трафика',
    'Обозначение рекламной кампании',
  ],
  [
    101,
    'Заявка с сайта',
    'Качественный лид',
    '01.03.2026 10:15:00',
    'Веб-сайт',
    'Иванова Анна',
    'yandex',
    'cpc',
    'spring',
  ],
  [102, 'Звонок', 'Не обработан', '02.03.2026 18:40:12', 'Звонок', 'Петров Пётр', '', '', ''],
  [
    103,
    'Заявка ВК',
    'Некачественный лид',
    new Date('2026-03-03T09:00:00Z'),
    'ВКонтакте',
    'Иванова Анна',
    'vk',
    '',
    '',
  ],
  [104, 'Чат', 'UC_7F2K', 46085, 'Веб-сайт', '', '', '', ''],
  ['', '', '', '', '', '', '', '', ''],
  [105, 'Плохая дата', 'NEW', '31.02.2026', '', '', '', '', ''],
  [101, 'Дубль', 'NEW', '05.03.2026', '', '', '', '', ''],
  ['', 'Без ID', 'NEW', '05.03.2026', '', '', '', '', ''],
  [true, 'ID-галочка', 'NEW', '05.03.2026', '', '', '', '', ''],
  [106, 'Без даты', 'NEW', '', '', '', '', '', ''],
];

const RU_DEALS: Cell[][] = [
  ['Сделки', '', '', '', '', '', '', '', '', '', '', ''],
  [
    'ID',
    'Название сделки',
    'Стадия сделки',
    'Сумма',
    'Валюта',
    'Дата создания',
    'Ответственный',
    'Источник',
    'Лид',
    'Дата закрытия',
    'Воронка',
    'Рекламная система',
  ],
  [
    201,
    'Окна',
    'Сделка успешна',
    '15 000,00',
    'RUB',
    '01.03.2026',
    'Иванова Анна',
    'Веб-сайт',
    101,
    '10.03.2026',
    'Общая',
    'yandex',
  ],
  [202, 'Двери', 'C3:WON', 1200, 'USD', '02.03.2026', 'Петров Пётр', '', '', '', 'Опт', ''],
  [203, 'Крыша', 'В работе', '', 'RUR', '03.03.2026', 'Иванова Анна', '', 999, '', 'Общая', ''],
  [204, 'Забор', 'Сделка успешна', '', '', '04.03.2026', '', '', 102, '', '', ''],
  [205, 'Пол', 'Сделка провалена', 'пять тысяч', '₽', '05.03.2026', '', '', '', '', '', ''],
  [206, 'Окна-2', 'Успешно реализовано', 5000, 'руб.', '06.03.2026', '', '', '', '', '', ''],
  [207, 'Окна-3', 'Анализ причины провала', '7 500', 'usd', '07.03.2026', '', '', '', '31.02.2026', '', ''],
  [201, 'Дубль', 'NEW', 1, '', '08.03.2026', '', '', '', '', '', ''],
  [208, 'Булево', 'NEW', true, '', '08.03.2026', '', '', '', '', '', ''],
];

const RU_COSTS: Cell[][] = [
  ['Статистика по кампаниям', '', '', '', '', ''],
  ['Дата', 'Кампания', 'Источник', 'Показы', 'Клики', 'Расход, ₽'],
  ['01.03.2026', 'Весна', 'yandex', 12000, 340, '4 500,50'],
  [new Date('2026-03-01T21:30:00Z'), 'ВК-1', 'vk', '1 200', '56', 3000],
  ['', '', '', '', '', ''],
  ['02.03.2026', 'Весна', 'yandex', 100, 'много', 100],
  ['31.02.2026', 'Весна', 'yandex', 100, 5, 100],
  ['03.03.2026', 'Весна', 'yandex', 100, 5, 'бесплатно'],
  ['03.03.2026', 'Весна', 'yandex', 100, 5, -500],
  ['03.03.2026', 'Весна', 'yandex', '', '', ''],
  ['04.03.2026', '', 'yandex', '', '', 0],
  ['05.03.2026', '', '', '', '', false],
  ['Итого', '', '', 12400, 401, '7 600,50'],
];

describe('a Russian Bitrix24 workbook', () => {
  const data = readWorkbook([tab('Лиды', RU_LEADS), tab('Сделки', RU_DEALS), tab('Расходы', RU_COSTS)], MSK);

  test('no refusals; settings default', () => {
    expect(data.refusals).toEqual([]);
    expect(data.settings.baseCurrency).toBe('RUB');
    expect(data.settings.hasSourcesTab).toBe(false);
  });

  test('leads: the readable rows, in order, with sheet rows', () => {
    expect(data.leads.map((l) => [l.id, l.row, l.created, l.outcome, l.statusKnown])).toEqual([
      ['101', 4, day(2026, 3, 1), 'converted', true],
      ['102', 5, day(2026, 3, 2), 'open', true],
      ['103', 6, day(2026, 3, 3), 'junk', true],
      ['104', 7, day(2026, 3, 4), 'open', false],
    ]);
    expect(data.leads[0]).toEqual({
      id: '101',
      row: 4,
      created: day(2026, 3, 1),
      crmSource: 'Веб-сайт',
      utmSource: 'yandex',
      utmMedium: 'cpc',
      utmCampaign: 'spring',
      responsible: 'Иванова Анна',
      status: 'Качественный лид',
      outcome: 'converted',
      statusKnown: true,
    });
  });

  test('deals: stages, amounts, currencies, close dates', () => {
    expect(data.deals.map((d) => [d.id, d.outcome, d.stageKnown, d.amount, d.currency, d.closed])).toEqual([
      ['201', 'won', true, 15000, 'RUB', day(2026, 3, 10)],
      ['202', 'won', true, 1200, 'USD', null],
      ['203', 'open', true, null, 'RUB', null],
      ['204', 'won', true, null, '', null],
      ['205', 'lost', true, null, 'RUB', null],
      ['206', 'open', false, 5000, 'RUB', null],
      ['207', 'lost', true, 7500, 'USD', null],
      ['208', 'open', true, null, '', null],
    ]);
    expect(data.deals[0]).toMatchObject({
      row: 3,
      created: day(2026, 3, 1),
      stage: 'Сделка успешна',
      responsible: 'Иванова Анна',
      crmSource: 'Веб-сайт',
      utmSource: 'yandex',
      leadId: '101',
      pipeline: 'Общая',
    });
  });

  test('costs: readable rows only, never a bad value as 0', () => {
    expect(data.costs).toEqual([
      {
        row: 3,
        date: day(2026, 3, 1),
        source: 'yandex',
        campaign: 'Весна',
        cost: 4500.5,
        impressions: 12000,
        actions: 340,
        currency: '',
      },
      // 21:30Z on the 1st is 00:30 on the 2nd in Moscow.
      {
        row: 4,
        date: day(2026, 3, 2),
        source: 'vk',
        campaign: 'ВК-1',
        cost: 3000,
        impressions: 1200,
        actions: 56,
        currency: '',
      },
      {
        row: 6,
        date: day(2026, 3, 2),
        source: 'yandex',
        campaign: 'Весна',
        cost: 100,
        impressions: 100,
        actions: null,
        currency: '',
      },
      {
        row: 11,
        date: day(2026, 3, 4),
        source: 'yandex',
        campaign: '',
        cost: 0,
        impressions: null,
        actions: null,
        currency: '',
      },
    ]);
  });

  test('the «Итого» summary row of a cabinet export is skipped silently', () => {
    expect(data.costs.some((c) => c.cost === 7600.5)).toBe(false);
    expect(data.findings.some((f) => f.ref.tab === 'Расходы' && f.ref.row === 14)).toBe(false);
  });

  test('row counts exclude blank rows, summary rows and the header', () => {
    expect(data.rowCounts).toEqual({ leads: 9, deals: 9, costs: 9 });
  });

  test('every finding names its tab, 1-based row, header as written, and value', () => {
    expect(brief(data.findings)).toEqual([
      ['unknownStatus', 'Лиды', 7, 'Статус', 'UC_7F2K'],
      ['unreadableValue', 'Лиды', 9, 'Дата создания', '31.02.2026'],
      ['duplicateId', 'Лиды', 10, 'ID', '101'],
      ['missingValue', 'Лиды', 11, 'ID', ''],
      ['unreadableValue', 'Лиды', 12, 'ID', 'TRUE'],
      ['missingValue', 'Лиды', 13, 'Дата создания', ''],
      ['unknownLead', 'Сделки', 5, 'Лид', '999'],
      ['missingValue', 'Сделки', 6, 'Сумма', ''],
      ['unreadableValue', 'Сделки', 7, 'Сумма', 'пять тысяч'],
      ['unknownStage', 'Сделки', 8, 'Стадия сделки', 'Успешно реализовано'],
      ['unreadableValue', 'Сделки', 9, 'Дата закрытия', '31.02.2026'],
      ['duplicateId', 'Сделки', 10, 'ID', '201'],
      ['unreadableValue', 'Сделки', 11, 'Сумма', 'TRUE'],
      ['unreadableValue', 'Расходы', 6, 'Клики', 'много'],
      ['unreadableValue', 'Расходы', 7, 'Дата', '31.02.2026'],
      ['unreadableValue', 'Расходы', 8, 'Расход, ₽', 'бесплатно'],
      ['unreadableValue', 'Расходы', 9, 'Расход, ₽', '-500'],
      ['missingValue', 'Расходы', 10, 'Расход, ₽', ''],
      ['unreadableValue', 'Расходы', 12, 'Расход, ₽', 'FALSE'],
    ]);
  });

  test('findings about a record carry its ID', () => {
    const unknownLead = data.findings.find((f) => f.kind === 'unknownLead');
    expect(unknownLead?.id).toBe('203');
    expect(data.findings.find((f) => f.kind === 'unknownStage')?.id).toBe('206');
  });
});

describe('an English export', () => {
  const data = readWorkbook(
    [
      tab('Leads', [
        [
          'Lead ID',
          'Lead name',
          'Status',
          'Created',
          'Source',
          'Responsible person',
          'UTM Source',
          'UTM Medium',
          'UTM Campaign',
        ],
        [
          'L-1',
          'Website form',
          'Good lead',
          '2026-03-01 10:15:00',
          'Website',
          'Ann Smith',
          'google',
          'cpc',
          'spring',
        ],
        ['L-2', 'Call', 'Junk lead', '2026-03-02', 'Call', 'Bob Brown', '', '', ''],
      ]),
      tab('Deals', [
        [
          'Deal ID',
          'Deal name',
          'Deal stage',
          'Opportunity',
          'Currency',
          'Date created',
          'Responsible',
          'Lead ID',
          'Close date',
          'Pipeline',
        ],
        [
          'D-1',
          'Windows',
          'Deal won',
          '$1,500.50',
          'USD',
          '01/03/2026',
          'Ann Smith',
          'L-1',
          '15/03/2026',
          'General',
        ],
        ['D-2', 'Doors', 'Deal lost', '900', 'usd', '02/03/2026', 'Bob Brown', '', '', 'General'],
        [
          'D-3',
          'Roof',
          'In progress',
          'five thousand',
          'EUR',
          '03/03/2026',
          'Bob Brown',
          'L-9',
          '',
          'General',
        ],
      ]),
      tab('Costs', [
        ['Day', 'Campaign name', 'Source', 'Impressions', 'Link clicks', 'Amount spent (USD)'],
        ['2026-03-01', 'Spring', 'google', 5000, 120, '1,234.56'],
      ]),
    ],
    MSK,
  );

  test('records', () => {
    expect(data.refusals).toEqual([]);
    expect(data.leads.map((l) => [l.id, l.created, l.outcome, l.responsible, l.utmSource])).toEqual([
      ['L-1', day(2026, 3, 1), 'converted', 'Ann Smith', 'google'],
      ['L-2', day(2026, 3, 2), 'junk', 'Bob Brown', ''],
    ]);
    expect(
      data.deals.map((d) => [
        d.id,
        d.created,
        d.outcome,
        d.amount,
        d.currency,
        d.leadId,
        d.closed,
        d.pipeline,
      ]),
    ).toEqual([
      ['D-1', day(2026, 3, 1), 'won', 1500.5, 'USD', 'L-1', day(2026, 3, 15), 'General'],
      ['D-2', day(2026, 3, 2), 'lost', 900, 'USD', '', null, 'General'],
      ['D-3', day(2026, 3, 3), 'open', null, 'EUR', 'L-9', null, 'General'],
    ]);
    expect(data.costs).toEqual([
      {
        row: 2,
        date: day(2026, 3, 1),
        source: 'google',
        campaign: 'Spring',
        cost: 1234.56,
        impressions: 5000,
        actions: 120,
        currency: '',
      },
    ]);
    expect(brief(data.findings)).toEqual([
      ['unreadableValue', 'Deals', 4, 'Opportunity', 'five thousand'],
      ['unknownLead', 'Deals', 4, 'Lead ID', 'L-9'],
    ]);
  });
});

describe('Bitrix24 REST field names', () => {
  const data = readWorkbook(
    [
      tab('leads', [
        [
          'ID',
          'TITLE',
          'STATUS_ID',
          'DATE_CREATE',
          'SOURCE_ID',
          'ASSIGNED_BY_ID',
          'UTM_SOURCE',
          'UTM_MEDIUM',
          'UTM_CAMPAIGN',
        ],
        ['7', 'Form', 'CONVERTED', '2026-03-01T01:30:00+03:00', 'WEB', '12', 'yandex', 'cpc', 'brand'],
        ['8', 'Form', 'IN_PROCESS', '2026-03-01T23:30:00+03:00', 'CALL', '14', '', '', ''],
      ]),
      tab('deals', [
        [
          'ID',
          'TITLE',
          'STAGE_ID',
          'STAGE_SEMANTIC_ID',
          'OPPORTUNITY',
          'CURRENCY_ID',
          'DATE_CREATE',
          'ASSIGNED_BY_ID',
          'SOURCE_ID',
          'LEAD_ID',
          'CLOSEDATE',
          'CATEGORY_ID',
        ],
        [
          '30',
          'A',
          'C3:UC_PAID',
          'S',
          '1500.00',
          'RUB',
          '2026-03-02T10:00:00+03:00',
          '12',
          'WEB',
          '7',
          '2026-03-05T00:00:00+03:00',
          '3',
        ],
        ['31', 'B', 'C3:NEW', 'P', '0.00', 'RUB', '2026-03-02T10:00:00+03:00', '14', 'CALL', '8', '', '3'],
        ['32', 'C', 'C3:UC_NOPE', 'F', '10', 'RUB', '2026-03-02T10:00:00+03:00', '14', 'CALL', '0', '', '3'],
      ]),
    ],
    MSK,
  );

  test('records (the stage group decides; the stage name is kept)', () => {
    expect(data.refusals).toEqual([]);
    expect(data.leads.map((l) => [l.id, l.created, l.outcome, l.crmSource, l.responsible])).toEqual([
      ['7', day(2026, 3, 1), 'converted', 'WEB', '12'],
      ['8', day(2026, 3, 1), 'open', 'CALL', '14'],
    ]);
    expect(
      data.deals.map((d) => [d.id, d.stage, d.outcome, d.stageKnown, d.amount, d.closed, d.pipeline]),
    ).toEqual([
      ['30', 'C3:UC_PAID', 'won', true, 1500, day(2026, 3, 5), '3'],
      ['31', 'C3:NEW', 'open', true, 0, null, '3'],
      ['32', 'C3:UC_NOPE', 'lost', true, 10, null, '3'],
    ]);
    // LEAD_ID 0 is Bitrix24's "no lead": reported, since no lead 0 exists.
    expect(brief(data.findings)).toEqual([['unknownLead', 'deals', 4, 'LEAD_ID', '0']]);
  });

  test('ISO instants are days in the spreadsheet zone', () => {
    const ny = readWorkbook(
      [
        tab('Leads', [
          ['ID', 'DATE_CREATE'],
          ['8', '2026-03-01T23:30:00+03:00'],
        ]),
      ],
      {
        timeZone: 'America/New_York',
      },
    );
    expect(ny.leads[0].created).toBe(day(2026, 3, 1));
    const ny2 = readWorkbook(
      [
        tab('Leads', [
          ['ID', 'DATE_CREATE'],
          ['7', '2026-03-01T01:30:00+03:00'],
        ]),
      ],
      {
        timeZone: 'America/New_York',
      },
    );
    expect(ny2.leads[0].created).toBe(day(2026, 2, 28));
  });
});

describe('Date cells in two zones', () => {
  const grid: Cell[][] = [
    ['ID', 'Дата создания'],
    [1, new Date('2026-03-01T22:30:00Z')],
  ];
  test('Moscow reads the 2nd, New York the 1st', () => {
    expect(readWorkbook([tab('Лиды', grid)], MSK).leads[0].created).toBe(day(2026, 3, 2));
    expect(readWorkbook([tab('Лиды', grid)], { timeZone: 'America/New_York' }).leads[0].created).toBe(
      day(2026, 3, 1),
    );
  });
});

describe('finding tabs', () => {
  test('by name, case-insensitive, surrounding spaces ignored, RU or EN', () => {
    const data = readWorkbook(
      [
        tab('Отчёт', [['x']]),
        tab('  лиды ', LEADS_MIN.values),
        tab('DEALS', DEALS_MIN.values),
        tab('Costs ', [
          ['Date', 'Source', 'Cost'],
          ['2026-03-01', 'vk', 5],
        ]),
      ],
      MSK,
    );
    expect(data.refusals).toEqual([]);
    expect([data.leads.length, data.deals.length, data.costs.length]).toEqual([1, 1, 1]);
  });

  test('missing Leads and Deals tabs are refusals; a missing Costs tab is no cost rows', () => {
    const data = readWorkbook([], MSK);
    expect(data.refusals).toEqual([
      { kind: 'missingTab', tab: 'Leads', accepted: ['Лиды', 'Leads'] },
      { kind: 'missingTab', tab: 'Deals', accepted: ['Сделки', 'Deals'] },
    ]);
    expect(data.costs).toEqual([]);
  });

  test('with no Leads tab, deals are read and no unknown-lead findings are made', () => {
    const data = readWorkbook(
      [
        tab('Сделки', [
          ['ID', 'Дата создания', 'Стадия', 'Сумма', 'Лид'],
          [1, '01.03.2026', 'WON', 10, 55],
        ]),
      ],
      MSK,
    );
    expect(data.deals).toHaveLength(1);
    expect(data.findings).toEqual([]);
  });
});

describe('missing columns', () => {
  test('a missing required column refuses the tab, naming the column and the accepted headers', () => {
    const data = readWorkbook(
      [
        tab('Лиды', [
          ['ID', 'Название'],
          [1, 'x'],
        ]),
        tab('Сделки', [
          ['ID', 'Дата создания', 'Стадия сделки'],
          [1, '01.03.2026', 'WON'],
        ]),
      ],
      MSK,
    );
    expect(data.leads).toEqual([]);
    expect(data.deals).toEqual([]);
    expect(data.refusals).toHaveLength(2);
    expect(data.refusals[0]).toMatchObject({ kind: 'missingColumn', tab: 'Лиды', column: 'Created' });
    expect(data.refusals[0].accepted).toEqual(
      expect.arrayContaining(['Дата создания', 'Created', 'DATE_CREATE']),
    );
    expect(data.refusals[1]).toMatchObject({ kind: 'missingColumn', tab: 'Сделки', column: 'Amount' });
    expect(data.refusals[1].accepted).toEqual(
      expect.arrayContaining(['Сумма', 'Amount', 'Income', 'OPPORTUNITY']),
    );
  });

  test('deals need a stage or a stage group', () => {
    const onlyGroup = readWorkbook(
      [
        tab('Deals', [
          ['ID', 'Created', 'Stage group', 'Amount'],
          [1, '2026-03-01', 'S', 10],
        ]),
      ],
      MSK,
    );
    expect(onlyGroup.deals[0]).toMatchObject({ stage: 'S', outcome: 'won', stageKnown: true });
    const neither = readWorkbook(
      [
        tab('Deals', [
          ['ID', 'Created', 'Amount'],
          [1, '2026-03-01', 10],
        ]),
      ],
      MSK,
    );
    expect(neither.refusals.find((r) => r.tab === 'Deals')).toMatchObject({
      kind: 'missingColumn',
      column: 'Stage',
    });
    expect(neither.refusals.find((r) => r.tab === 'Deals')?.accepted).toEqual(
      expect.arrayContaining(['Стадия сделки', 'STAGE_ID', 'Группа стадий', 'STAGE_SEMANTIC_ID']),
    );
  });

  test('a Costs tab without a cost column is refused; an empty Costs tab is not', () => {
    const bad = readWorkbook([LEADS_MIN, DEALS_MIN, tab('Расходы', [['Дата', 'Источник', 'Показы']])], MSK);
    expect(bad.refusals).toEqual([
      expect.objectContaining({ kind: 'missingColumn', tab: 'Расходы', column: 'Cost' }),
    ]);
    const empty = readWorkbook([LEADS_MIN, DEALS_MIN, tab('Расходы', [])], MSK);
    expect(empty.refusals).toEqual([]);
  });

  test('an empty Leads tab is refused as empty', () => {
    const data = readWorkbook([tab('Leads', [['', '']]), DEALS_MIN], MSK);
    expect(data.refusals).toEqual([{ kind: 'emptyTab', tab: 'Leads' }]);
  });

  test('a header-only tab has no rows and no refusal', () => {
    const data = readWorkbook([tab('Leads', [['ID', 'Created']]), DEALS_MIN], MSK);
    expect(data.refusals).toEqual([]);
    expect(data.rowCounts.leads).toBe(0);
  });
});

describe('odd cells', () => {
  test('short rows, NaN IDs and amounts, long values truncated to 200 characters', () => {
    const long = 'x'.repeat(300);
    const data = readWorkbook(
      [
        LEADS_MIN,
        tab('Deals', [
          ['ID', 'Created', 'Stage', 'Amount', 'Currency'],
          [1, '2026-03-01', 'WON'],
          [NaN, '2026-03-01', 'WON', 10],
          [2, '2026-03-01', 'WON', NaN],
          [3, '2026-03-01', long, 10],
        ]),
      ],
      MSK,
    );
    expect(data.deals.map((d) => [d.id, d.amount, d.currency])).toEqual([
      ['1', null, ''],
      ['2', null, ''],
      ['3', 10, ''],
    ]);
    expect(brief(data.findings).map((f) => f.slice(0, 4))).toEqual([
      ['missingValue', 'Deals', 2, 'Amount'],
      ['unreadableValue', 'Deals', 3, 'ID'],
      ['unreadableValue', 'Deals', 4, 'Amount'],
      ['unknownStage', 'Deals', 5, 'Stage'],
    ]);
    expect(data.findings[2].value).toBe('NaN');
    expect(data.findings[3].value).toHaveLength(200);
  });
});
