import type { Finding } from '../../../src/core/model';
import { parseMatches } from '../../../src/core/read/matches';
import {
  CHANNELS_LAYOUT,
  MANUAL_COSTS_LAYOUT,
  RATES_LAYOUT,
  SETTINGS_LAYOUT,
  SETTING_KEYS,
  SOURCES_LAYOUT,
  defaultSettings,
  headerRowOf,
} from '../../../src/core/read/settingsTabs';
import { readWorkbook } from '../../../src/core/read/workbook';
import { DEALS_MIN, LEADS_MIN, day, tab } from './fixtures';

const MSK = { timeZone: 'Europe/Moscow' };
const brief = (findings: Finding[]): [string, string, number, string, string | undefined][] =>
  findings.map((f) => [f.kind, f.ref.tab, f.ref.row, f.ref.column, f.value]);

describe('the layout the add-on writes', () => {
  test('tab names and headers, RU and EN', () => {
    expect(SOURCES_LAYOUT.tab.name).toEqual({ ru: 'Источники', en: 'Sources' });
    expect(headerRowOf(SOURCES_LAYOUT, 'en')).toEqual(['Source', 'Type', 'Matches', 'Color']);
    expect(headerRowOf(SOURCES_LAYOUT, 'ru')).toEqual(['Источник', 'Тип', 'Соответствия', 'Цвет']);
    expect(MANUAL_COSTS_LAYOUT.tab.name).toEqual({ ru: 'Ручные расходы', en: 'Manual costs' });
    expect(headerRowOf(MANUAL_COSTS_LAYOUT, 'en')).toEqual([
      'Source',
      'From',
      'To',
      'Amount',
      'Currency',
      'Actions',
      'Category',
      'Comment',
    ]);
    expect(headerRowOf(MANUAL_COSTS_LAYOUT, 'ru')).toEqual([
      'Источник',
      'С',
      'По',
      'Сумма',
      'Валюта',
      'Действия',
      'Категория',
      'Комментарий',
    ]);
    expect(CHANNELS_LAYOUT.tab.name).toEqual({ ru: 'Каналы', en: 'Channels' });
    expect(headerRowOf(CHANNELS_LAYOUT, 'ru')).toEqual(['Канал', 'Соответствия']);
    expect(RATES_LAYOUT.tab.name).toEqual({ ru: 'Курсы валют', en: 'Rates' });
    expect(headerRowOf(RATES_LAYOUT, 'en')).toEqual(['Currency', 'Rate']);
    expect(SETTINGS_LAYOUT.tab.name).toEqual({ ru: 'Настройки', en: 'Settings' });
    expect(headerRowOf(SETTINGS_LAYOUT, 'ru')).toEqual(['Параметр', 'Значение']);
    expect(SETTING_KEYS.baseCurrency).toEqual({ ru: 'Базовая валюта', en: 'Base currency' });
  });
});

describe('no settings tabs', () => {
  test('defaults', () => {
    const data = readWorkbook([LEADS_MIN, DEALS_MIN], MSK);
    expect(data.settings).toEqual({ ...defaultSettings(), rates: { RUB: 1 } });
    expect(data.settings).toMatchObject({
      baseCurrency: 'RUB',
      wonByCloseDate: false,
      unprocessedDays: 7,
      alpha: 0.05,
      minSample: 10,
      hasSourcesTab: false,
    });
  });
});

describe('the Settings tab', () => {
  test('Russian keys and values', () => {
    const data = readWorkbook(
      [
        LEADS_MIN,
        tab('Сделки', [
          ['ID', 'Дата создания', 'Стадия сделки', 'Сумма'],
          [1, '01.03.2026', 'Успешно реализовано', 10],
          [2, '01.03.2026', 'Отказ клиента', 10],
        ]),
        tab('Настройки', [
          ['Параметр', 'Значение'],
          ['Базовая валюта', 'usd'],
          ['Успешные стадии', 'Успешно реализовано, Оплачено; C3:UC_PAID'],
          ['Провальные стадии', 'Отказ клиента'],
          ['Выигрыш по дате закрытия', 'да'],
          ['Дней без обработки', 3],
          ['Уровень значимости', '0,01'],
          ['Минимальная выборка', '20'],
        ]),
      ],
      MSK,
    );
    expect(data.findings).toEqual([]);
    expect(data.settings).toMatchObject({
      baseCurrency: 'USD',
      wonStages: ['успешно реализовано', 'оплачено', 'c3:uc_paid'],
      lostStages: ['отказ клиента'],
      wonByCloseDate: true,
      unprocessedDays: 3,
      alpha: 0.01,
      minSample: 20,
      rates: { USD: 1 },
    });
    // The extra stage names apply to the deals.
    expect(data.deals.map((d) => [d.outcome, d.stageKnown])).toEqual([
      ['won', true],
      ['lost', true],
    ]);
  });

  test('English keys, a checkbox, blank values keep defaults', () => {
    const data = readWorkbook(
      [
        tab('settings', [
          ['Setting', 'Value'],
          ['Base currency', '€'],
          ['Won by close date', true],
          ['Unprocessed days', ''],
          ['Significance level', 0.1],
        ]),
      ],
      MSK,
    );
    expect(data.settings).toMatchObject({
      baseCurrency: 'EUR',
      wonByCloseDate: true,
      unprocessedDays: 7,
      alpha: 0.1,
    });
  });

  test('bad values are findings and keep the default', () => {
    const data = readWorkbook(
      [
        tab('Настройки', [
          ['Параметр', 'Значение'],
          ['Базовая валюта', 'рупии'],
          ['Выигрыш по дате закрытия', 'может быть'],
          ['Дней без обработки', -1],
          ['Уровень значимости', '5'],
          ['Минимальная выборка', '2,5'],
          ['Размер шрифта', '12'],
        ]),
      ],
      MSK,
    );
    expect(data.settings).toMatchObject({
      baseCurrency: 'RUB',
      wonByCloseDate: false,
      unprocessedDays: 7,
      alpha: 0.05,
      minSample: 10,
    });
    expect(brief(data.findings)).toEqual([
      ['badSetting', 'Настройки', 2, 'Значение', 'рупии'],
      ['badSetting', 'Настройки', 3, 'Значение', 'может быть'],
      ['badSetting', 'Настройки', 4, 'Значение', '-1'],
      ['badSetting', 'Настройки', 5, 'Значение', '5'],
      ['badSetting', 'Настройки', 6, 'Значение', '2,5'],
      ['badSetting', 'Настройки', 7, 'Параметр', 'Размер шрифта'],
    ]);
  });
});

describe('the Rates tab', () => {
  test('codes normalised, text rates with a decimal comma, bad rows reported', () => {
    const data = readWorkbook(
      [
        tab('Курсы валют', [
          ['Валюта', 'Курс'],
          ['usd', '92,50'],
          ['€', 100.25],
          ['KZT', 0],
          ['доллары', 90],
          ['GBP', 'много'],
          ['', ''],
        ]),
      ],
      MSK,
    );
    expect(data.settings.rates).toEqual({ USD: 92.5, EUR: 100.25, RUB: 1 });
    expect(brief(data.findings)).toEqual([
      ['badSetting', 'Курсы валют', 4, 'Курс', '0'],
      ['badSetting', 'Курсы валют', 5, 'Валюта', 'доллары'],
      ['badSetting', 'Курсы валют', 6, 'Курс', 'много'],
    ]);
  });
});

describe('the Sources tab', () => {
  test('rules: types in RU/EN, matches lower-cased, regexes case-insensitive', () => {
    const data = readWorkbook(
      [
        tab('Источники', [
          ['Источник', 'Тип', 'Соответствия', 'Цвет'],
          ['Яндекс Директ', 'платный', ' Yandex, yandex.direct ,/^ya[-_]?direct/ ', '#ffcc00'],
          ['Выставка', 'Офлайн', 'expo', ''],
          ['Сайт', 'органика', 'Веб-сайт, /seo|organic/i', ''],
          ['Instagram', 'paid', '/insta(gram)?/', ''],
          ['Email', 'organic', '', ''],
          ['VK', '', 'vk', ''],
          ['', '', '', ''],
        ]),
      ],
      MSK,
    );
    expect(data.findings).toEqual([]);
    expect(data.settings.hasSourcesTab).toBe(true);
    const rules = data.settings.sources;
    expect(rules.map((r) => [r.name, r.type, r.values, r.color, r.row])).toEqual([
      ['Яндекс Директ', 'paid', ['yandex', 'yandex.direct'], '#ffcc00', 2],
      ['Выставка', 'offline', ['expo'], '', 3],
      ['Сайт', 'organic', ['веб-сайт'], '', 4],
      ['Instagram', 'paid', [], '', 5],
      ['Email', 'organic', [], '', 6],
      ['VK', 'paid', ['vk'], '', 7],
    ]);
    expect(rules[0].patterns).toHaveLength(1);
    expect(rules[0].patterns[0].test('YA_DIRECT')).toBe(true);
    expect(rules[2].patterns[0].test('SEO')).toBe(true);
    expect(rules[3].patterns[0].test('Instagram')).toBe(true);
    expect(rules[3].patterns[0].flags).toBe('i');
  });

  test('unknown type → paid with a finding; invalid regex → dropped with a finding; unnamed row → finding', () => {
    const data = readWorkbook(
      [
        tab('Sources', [
          ['Source', 'Type', 'Matches', 'Color'],
          ['TV', 'television', 'tv', ''],
          ['Broken', 'paid', 'ok, /([a-z/, /x/g', ''],
          ['', 'paid', 'orphan', ''],
        ]),
      ],
      MSK,
    );
    expect(data.settings.sources.map((r) => [r.name, r.type, r.values, r.patterns.length])).toEqual([
      ['TV', 'paid', ['tv'], 0],
      ['Broken', 'paid', ['ok'], 0],
    ]);
    expect(brief(data.findings)).toEqual([
      ['badSetting', 'Sources', 2, 'Type', 'television'],
      ['badSetting', 'Sources', 3, 'Matches', '/([a-z/'],
      ['badSetting', 'Sources', 3, 'Matches', '/x/g'],
      ['missingValue', 'Sources', 4, 'Source', ''],
    ]);
  });

  test('a regex that does not compile is a finding', () => {
    const data = readWorkbook(
      [
        tab('Sources', [
          ['Source', 'Type', 'Matches'],
          ['A', 'paid', '/(unclosed/, a'],
        ]),
      ],
      MSK,
    );
    expect(data.settings.sources[0].values).toEqual(['a']);
    expect(brief(data.findings)).toEqual([['badSetting', 'Sources', 2, 'Matches', '/(unclosed/']]);
  });

  test('a Sources tab missing its Matches column is a missingColumn finding (no rules)', () => {
    const data = readWorkbook(
      [
        tab('Источники', [
          ['Источник', 'Тип'],
          ['A', 'paid'],
        ]),
      ],
      MSK,
    );
    expect(data.settings.sources).toEqual([]);
    expect(data.settings.hasSourcesTab).toBe(true);
    expect(data.findings).toEqual([
      {
        kind: 'missingColumn',
        ref: { tab: 'Источники', row: 1, column: 'Matches' },
        accepted: ['Соответствия', 'Matches', 'Значения', 'Values'],
      },
    ]);
  });
});

describe('parseMatches', () => {
  test('commas inside a regex, escaped slashes, flags', () => {
    const m = parseMatches('/a{1,3}/, b ,/x\\/y/i, /p/q/, C');
    expect(m.values).toEqual(['b', 'c']);
    expect(m.patterns.map((p) => p.source)).toEqual(['a{1,3}', 'x\\/y', 'p\\/q']);
    expect(m.invalid).toEqual([]);
  });

  test('an entry starting with a slash but never closed is a literal value', () => {
    expect(parseMatches('/foo, bar')).toEqual({ values: ['/foo', 'bar'], patterns: [], invalid: [] });
  });

  test('empty entries are dropped', () => {
    expect(parseMatches(' , ,a,,').values).toEqual(['a']);
    expect(parseMatches('').values).toEqual([]);
  });
});

describe('the Channels tab', () => {
  test('rules like Sources', () => {
    const data = readWorkbook(
      [
        tab('Каналы', [
          ['Канал', 'Соответствия'],
          ['Телефон', 'CALL, Звонок, /^tel/'],
          ['CRM-форма', 'WEBFORM'],
        ]),
      ],
      MSK,
    );
    expect(data.settings.channels.map((c) => [c.name, c.values, c.patterns.length, c.row])).toEqual([
      ['Телефон', ['call', 'звонок'], 1, 2],
      ['CRM-форма', ['webform'], 0, 3],
    ]);
  });
});

describe('the Manual costs tab', () => {
  test('rows with dates, amounts, actions; bad rows skipped with findings, never 0', () => {
    const data = readWorkbook(
      [
        tab('Ручные расходы', [
          ['Источник', 'С', 'По', 'Сумма', 'Валюта', 'Действия', 'Категория', 'Комментарий'],
          ['Выставка', '01.03.2026', '31.03.2026', '150 000 ₽', 'руб', 40, 'Офлайн', 'Стенд'],
          ['SMM', new Date('2026-02-28T21:00:00Z'), 46112, 30000, '', '', 'Зарплата', ''],
          ['Агентство', '01.03.2026', '31.03.2026', 'договорная', '', '', '', ''],
          ['Радио', '', '31.03.2026', 1000, '', '', '', ''],
          ['ТВ', '10.03.2026', '01.03.2026', 1000, '', '', '', ''],
          ['Листовки', '01.03.2026', '02.03.2026', -100, '', '', '', ''],
          ['Баннер', '01.03.2026', '02.03.2026', 500, 'USD', 'много', '', ''],
          ['', '', '', '', '', '', '', ''],
        ]),
      ],
      MSK,
    );
    expect(data.settings.manualCosts).toEqual([
      {
        row: 2,
        source: 'Выставка',
        from: day(2026, 3, 1),
        to: day(2026, 3, 31),
        amount: 150000,
        currency: 'RUB',
        actions: 40,
        category: 'Офлайн',
        comment: 'Стенд',
      },
      {
        row: 3,
        source: 'SMM',
        from: day(2026, 3, 1),
        to: day(2026, 3, 31),
        amount: 30000,
        currency: '',
        actions: null,
        category: 'Зарплата',
        comment: '',
      },
      {
        row: 8,
        source: 'Баннер',
        from: day(2026, 3, 1),
        to: day(2026, 3, 2),
        amount: 500,
        currency: 'USD',
        actions: null,
        category: '',
        comment: '',
      },
    ]);
    expect(brief(data.findings)).toEqual([
      ['unreadableValue', 'Ручные расходы', 4, 'Сумма', 'договорная'],
      ['missingValue', 'Ручные расходы', 5, 'С', ''],
      ['badSetting', 'Ручные расходы', 6, 'По', '01.03.2026'],
      ['badSetting', 'Ручные расходы', 7, 'Сумма', '-100'],
      ['unreadableValue', 'Ручные расходы', 8, 'Действия', 'много'],
    ]);
  });
});
