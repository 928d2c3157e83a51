import type { Finding } from '../../../src/core/model';
import { describeFinding, describeRefusal } from '../../../src/core/i18n/reading';
import { readWorkbook } from '../../../src/core/read/workbook';
import { tab } from './fixtures';

const f = (kind: Finding['kind'], tabName: string, row: number, column: string, value?: string): Finding => ({
  kind,
  ref: { tab: tabName, row, column },
  ...(value === undefined ? {} : { value }),
});

describe('describeFinding', () => {
  test('an unreadable amount, in both languages', () => {
    expect(describeFinding(f('unreadableValue', 'Сделки', 14, 'Сумма', 'пять тысяч'), 'ru')).toBe(
      'Сделки, строка 14, столбец «Сумма»: не удалось прочитать число «пять тысяч»',
    );
    expect(describeFinding(f('unreadableValue', 'Deals', 14, 'Amount', 'five thousand'), 'en')).toBe(
      'Deals, row 14, column "Amount": cannot read a number from "five thousand"',
    );
  });

  test('the kind of value follows the header: dates, IDs, numbers with a currency note', () => {
    expect(describeFinding(f('unreadableValue', 'Лиды', 9, 'Дата создания', '31.02.2026'), 'ru')).toBe(
      'Лиды, строка 9, столбец «Дата создания»: не удалось прочитать дату «31.02.2026»',
    );
    expect(describeFinding(f('unreadableValue', 'Leads', 9, 'DATE_CREATE', '31.02.2026'), 'en')).toBe(
      'Leads, row 9, column "DATE_CREATE": cannot read a date from "31.02.2026"',
    );
    expect(describeFinding(f('unreadableValue', 'Leads', 12, 'ID', 'TRUE'), 'en')).toBe(
      'Leads, row 12, column "ID": cannot read an ID from "TRUE"',
    );
    expect(describeFinding(f('unreadableValue', 'Расходы', 8, 'Расход, ₽', 'бесплатно'), 'ru')).toBe(
      'Расходы, строка 8, столбец «Расход, ₽»: не удалось прочитать число «бесплатно»',
    );
  });

  test('a negative cost', () => {
    expect(describeFinding(f('unreadableValue', 'Costs', 9, 'Spend', '-500'), 'en')).toBe(
      'Costs, row 9, column "Spend": negative value "-500" is not counted',
    );
    expect(describeFinding(f('unreadableValue', 'Расходы', 9, 'Расход', '-500'), 'ru')).toBe(
      'Расходы, строка 9, столбец «Расход»: отрицательное значение «-500» не учтено',
    );
  });

  test('each other kind reads as one line naming tab, row and column', () => {
    const cases: [Finding, string, string][] = [
      [
        f('missingValue', 'Сделки', 6, 'Сумма', ''),
        'Сделки, строка 6, столбец «Сумма»: значение не заполнено',
        'Сделки, row 6, column "Сумма": the value is empty',
      ],
      [
        f('duplicateId', 'Лиды', 10, 'ID', '101'),
        'Лиды, строка 10, столбец «ID»: ID «101» повторяется: строка не учтена, учтена первая строка с этим ID',
        'Лиды, row 10, column "ID": ID "101" is repeated: this row is left out, the first one is kept',
      ],
      [
        f('unknownLead', 'Сделки', 5, 'Лид', '999'),
        'Сделки, строка 5, столбец «Лид»: лид «999» не найден на вкладке «Лиды»',
        'Сделки, row 5, column "Лид": lead "999" is not on the Leads tab',
      ],
      [
        f('unknownStage', 'Сделки', 8, 'Стадия сделки', 'Успешно реализовано'),
        'Сделки, строка 8, столбец «Стадия сделки»: неизвестная стадия «Успешно реализовано»: сделка считается в работе',
        'Сделки, row 8, column "Стадия сделки": unknown stage "Успешно реализовано": the deal counts as in progress',
      ],
      [
        f('unknownStatus', 'Leads', 7, 'Status', 'UC_7F2K'),
        'Leads, строка 7, столбец «Status»: неизвестный статус «UC_7F2K»: лид считается в работе',
        'Leads, row 7, column "Status": unknown status "UC_7F2K": the lead counts as open',
      ],
      [
        f('unknownCurrency', 'Deals', 3, 'Currency', 'XYZ'),
        'Deals, строка 3, столбец «Currency»: нет курса для валюты «XYZ»: сумма не учтена',
        'Deals, row 3, column "Currency": no rate for the currency "XYZ": the amount is left out',
      ],
      [
        f('badSetting', 'Настройки', 2, 'Значение', 'рупии'),
        'Настройки, строка 2, столбец «Значение»: недопустимое значение «рупии»: используется значение по умолчанию',
        'Настройки, row 2, column "Значение": invalid value "рупии": the default is used',
      ],
      [
        f('badSetting', 'Sources', 2, 'Type', 'television'),
        'Sources, строка 2, столбец «Type»: неизвестный тип «television»: источник считается платным',
        'Sources, row 2, column "Type": unknown type "television": the source counts as paid',
      ],
      [
        f('badSetting', 'Sources', 3, 'Matches', '/x/g'),
        'Sources, строка 3, столбец «Matches»: недопустимое регулярное выражение «/x/g» не учтено',
        'Sources, row 3, column "Matches": invalid regular expression "/x/g" is ignored',
      ],
      [
        f('badSetting', 'Ручные расходы', 7, 'Сумма', '-100'),
        'Ручные расходы, строка 7, столбец «Сумма»: недопустимое значение «-100»: строка не учтена',
        'Ручные расходы, row 7, column "Сумма": invalid value "-100": the row is left out',
      ],
    ];
    for (const [finding, ru, en] of cases) {
      expect(describeFinding(finding, 'ru')).toBe(ru);
      expect(describeFinding(finding, 'en')).toBe(en);
    }
  });

  test('a settings tab missing a column', () => {
    const finding: Finding = {
      kind: 'missingColumn',
      ref: { tab: 'Источники', row: 1, column: 'Matches' },
      accepted: ['Соответствия', 'Matches'],
    };
    expect(describeFinding(finding, 'ru')).toBe(
      'Вкладка «Источники»: не найден столбец «Соответствия». Допустимые заголовки: Соответствия, Matches',
    );
    expect(describeFinding(finding, 'en')).toBe(
      'Tab "Источники": column "Matches" not found. Accepted headers: Соответствия, Matches',
    );
  });

  test('every finding of a messy workbook has a message', () => {
    const data = readWorkbook(
      [
        tab('Сделки', [
          ['ID', 'Дата создания', 'Стадия', 'Сумма'],
          [1, '31.02.2026', 'WON', 1],
          [2, '01.03.2026', 'X', 'x'],
        ]),
      ],
      { timeZone: 'UTC' },
    );
    for (const finding of data.findings) {
      expect(describeFinding(finding, 'ru')).toMatch(/^Сделки, строка \d+, столбец «.+»: .+/);
      expect(describeFinding(finding, 'en')).toMatch(/^Сделки, row \d+, column ".+": .+/);
    }
  });
});

describe('describeRefusal', () => {
  test('a missing required column names the tab, the column and the accepted headers', () => {
    const data = readWorkbook([tab('Deals', [['ID', 'Created', 'Stage']])], { timeZone: 'UTC' });
    const refusal = data.refusals.find((r) => r.kind === 'missingColumn')!;
    expect(describeRefusal(refusal, 'en')).toBe(
      'Tab "Deals": required column "Amount" not found. Accepted headers: Сумма, Amount, Income, Доход, OPPORTUNITY, ' +
        'Opportunity, Сумма сделки, Deal amount, Выручка, Revenue',
    );
    expect(describeRefusal(refusal, 'ru')).toMatch(
      /^Вкладка «Deals»: не найден обязательный столбец «Сумма»\. Допустимые заголовки: Сумма, Amount, Income/,
    );
  });

  test('a missing tab, in both languages', () => {
    const data = readWorkbook([], { timeZone: 'UTC' });
    expect(data.refusals.map((r) => describeRefusal(r, 'ru'))).toEqual([
      'Не найдена вкладка «Лиды» (допустимые названия: Лиды, Leads)',
      'Не найдена вкладка «Сделки» (допустимые названия: Сделки, Deals)',
    ]);
    expect(data.refusals.map((r) => describeRefusal(r, 'en'))).toEqual([
      'Tab "Leads" not found (accepted names: Лиды, Leads)',
      'Tab "Deals" not found (accepted names: Сделки, Deals)',
    ]);
  });

  test('empty and too large tabs', () => {
    expect(describeRefusal({ kind: 'emptyTab', tab: 'Лиды' }, 'ru')).toBe(
      'Вкладка «Лиды» пуста: нет строки заголовков',
    );
    expect(describeRefusal({ kind: 'emptyTab', tab: 'Leads' }, 'en')).toBe(
      'Tab "Leads" is empty: no header row',
    );
    expect(describeRefusal({ kind: 'tooLarge', tab: 'Leads', detail: '12 000 000 cells' }, 'en')).toBe(
      'Tab "Leads" is too large to read: 12 000 000 cells',
    );
  });
});
