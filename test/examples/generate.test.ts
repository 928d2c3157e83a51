import { dayFromYmd } from '../../src/core/time/days';
import {
  COST_HEADER,
  DEAL_HEADER,
  EXAMPLE_END_DAY,
  LEAD_HEADER,
  MESSY,
  generateWorkbook,
} from '../../examples/generate';
import { countBy, dataRows, tab } from './helpers';

const MS_PER_DAY = 86_400_000;
const moscowDay = (d: Date): number => Math.floor((d.getTime() + 3 * 3_600_000) / MS_PER_DAY);
const WON = ['Сделка успешна', 'C1:WON', 'Успешно реализовано'];

describe('generateWorkbook: determinism', () => {
  it('gives identical tabs for the same seed and different ones for another seed', () => {
    const a = generateWorkbook({ seed: 7, leads: 500 });
    const b = generateWorkbook({ seed: 7, leads: 500 });
    const c = generateWorkbook({ seed: 8, leads: 500 });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(tab(c, 'Лиды').length).toBe(tab(a, 'Лиды').length); // same size, different content
  });
});

describe('generateWorkbook: shape of the default example', () => {
  const tabs = generateWorkbook();

  it('has the data tabs and the settings tabs, in order', () => {
    expect(tabs.map((t) => t.name)).toEqual([
      'Лиды',
      'Сделки',
      'Расходы',
      'Источники',
      'Ручные расходы',
      'Курсы валют',
      'Настройки',
    ]);
    expect(generateWorkbook({ leads: 50, settings: false }).map((t) => t.name)).toEqual([
      'Лиды',
      'Сделки',
      'Расходы',
    ]);
  });

  it('puts an export title and a blank row above the lead header, and headers in Russian', () => {
    const leads = tab(tabs, 'Лиды');
    expect(leads[0]).toEqual(['Лиды', '', '', '', '', '', '', '', '']);
    expect(leads[1].every((c) => c === '')).toBe(true);
    expect(leads[2]).toEqual(LEAD_HEADER);
    expect(LEAD_HEADER).toEqual([
      'ID',
      'Название лида',
      'Дата создания',
      'Источник',
      'UTM Source',
      'UTM Medium',
      'UTM Campaign',
      'Ответственный',
      'Статус',
    ]);
    expect(tab(tabs, 'Сделки')[0]).toEqual(DEAL_HEADER);
    expect(DEAL_HEADER[2]).toBe('Стадия сделки');
    expect(DEAL_HEADER[10]).toBe('ID лида');
    expect(tab(tabs, 'Расходы')[0]).toEqual(COST_HEADER);
  });

  it('is rectangular and holds only getValues() kinds of values', () => {
    for (const t of tabs) {
      const width = t.values[0].length;
      for (const row of t.values) {
        expect(row.length).toBe(width);
        for (const cell of row)
          expect(['string', 'number', 'boolean'].includes(typeof cell) || cell instanceof Date).toBe(true);
      }
    }
  });

  it('has 2,000 leads (plus the duplicated one) from 01.08.2026 to 30.11.2026 Moscow time', () => {
    const leads = dataRows(tabs, 'Лиды', 2);
    expect(leads.length).toBe(2_001);
    const days = leads
      .map((r) => r[2])
      .filter((c): c is Date => c instanceof Date)
      .map(moscowDay);
    expect(Math.min(...days)).toBe(dayFromYmd(2026, 8, 1));
    expect(Math.max(...days)).toBe(EXAMPLE_END_DAY);
    const textDates = leads.map((r) => r[2]).filter((c) => typeof c === 'string');
    expect(textDates.length).toBeGreaterThan(20);
    expect(
      textDates
        .filter((t) => t !== MESSY.impossibleDate)
        .every((t) => /^\d\d\.\d\d\.2026 \d\d:\d\d$/.test(String(t))),
    ).toBe(true);
  });

  it('uses the Bitrix24 statuses, sources and UTM sources of the brief', () => {
    const leads = dataRows(tabs, 'Лиды', 2);
    expect(Object.keys(countBy(leads, (r) => String(r[8]))).sort()).toEqual(
      ['В работе', 'Качественный лид', 'Не обработан', 'Некачественный лид'].sort(),
    );
    const crm = countBy(leads, (r) => String(r[3]));
    for (const s of [
      'Реклама',
      'Звонок',
      'Веб-сайт',
      'CRM-форма',
      'Рекомендация',
      'Выставка',
      'Наружная реклама',
    ]) {
      expect(crm[s]).toBeGreaterThan(10);
    }
    const utm = countBy(leads, (r) => String(r[4]));
    for (const s of ['yandex', 'google', 'vk', 'telegram_ads', 'seo']) expect(utm[s]).toBeGreaterThan(10);
    // Offline leads carry no UTM.
    expect(leads.filter((r) => r[3] === 'Выставка' && r[4] !== '').length).toBe(0);
    expect(Object.keys(countBy(leads, (r) => String(r[7]))).length).toBeGreaterThanOrEqual(4);
  });

  it('makes about a third of leads into deals, with direct deals and deals that inherit their lead source', () => {
    const leads = dataRows(tabs, 'Лиды', 2);
    const deals = dataRows(tabs, 'Сделки');
    // Distinct IDs: the duplicated export row may be a converted lead.
    const converted = new Set(leads.filter((r) => r[8] === 'Качественный лид').map((r) => r[0])).size;
    expect(deals.length / 2_000).toBeGreaterThan(0.28);
    expect(deals.length / 2_000).toBeLessThan(0.4);
    const fromLeads = deals.filter((r) => r[10] !== '' && r[10] !== MESSY.unknownLeadId);
    expect(fromLeads.length).toBe(converted);
    expect(deals.filter((r) => r[10] === '').length).toBeGreaterThan(10);
    expect(fromLeads.filter((r) => r[8] === '' && r[9] === '').length).toBeGreaterThan(50);
  });

  it('has the stages, the custom pipeline and the currencies of the brief', () => {
    const deals = dataRows(tabs, 'Сделки');
    const stages = countBy(deals, (r) => String(r[2]));
    for (const s of [
      'Новая',
      'Подготовка документов',
      'Счёт на предоплату',
      'В работе',
      'Финальный счёт',
      'Сделка успешна',
      'Сделка провалена',
      'Анализ причины провала',
      'C1:WON',
      'Успешно реализовано',
    ]) {
      expect(stages[s]).toBeGreaterThan(0);
    }
    expect(
      deals.filter((r) => r[11] === 'Оптовые продажи').every((r) => !String(r[2]).startsWith('Сделка')),
    ).toBe(true);
    const currencies = countBy(deals, (r) => String(r[4]));
    expect(currencies.KZT).toBe(2);
    expect(currencies.USD).toBeGreaterThan(3);
    expect(currencies.RUB).toBeGreaterThan(600);
    const textAmounts = deals
      .map((r) => r[3])
      .filter((a) => typeof a === 'string' && a !== MESSY.unreadableAmount);
    expect(textAmounts.length).toBeGreaterThan(5);
    for (const a of textAmounts)
      expect(String(a)).toMatch(/^(\d{1,3}(\u00a0\d{3})*,\d\d ₽|\d{1,3}(,\d{3})*\.\d\d)$/);
  });

  it('writes daily cost rows per paid source, some with text amounts', () => {
    const costs = dataRows(tabs, 'Расходы');
    expect(costs.length).toBe(122 * 8); // 122 days × 8 campaigns
    expect(Object.keys(countBy(costs, (r) => String(r[1]))).sort()).toEqual([
      'google',
      'telegram_ads',
      'vk',
      'yandex',
    ]);
    const text = costs.map((r) => r[5]).filter((c) => typeof c === 'string');
    expect(text.length).toBeGreaterThan(5);
    for (const t of text) expect(String(t)).toMatch(/^\d{1,3}([ \u00a0]\d{3})*,\d\d$/);
  });

  it('makes Олег Соколов convert VK far worse than the others, and leaves old unprocessed leads with Игорь Петров', () => {
    const leads = dataRows(tabs, 'Лиды', 2);
    const deals = dataRows(tabs, 'Сделки');
    const leadOf = new Map(leads.map((r) => [r[0], r]));
    const vk = (who: (name: string) => boolean) => {
      const ls = leads.filter((r) => r[4] === 'vk' && who(String(r[7])));
      const won = deals.filter((d) => {
        const l = leadOf.get(d[10]);
        return l !== undefined && l[4] === 'vk' && who(String(l[7])) && WON.includes(String(d[2]));
      });
      return won.length / ls.length;
    };
    const oleg = vk((n) => n === 'Олег Соколов');
    const others = vk((n) => n !== 'Олег Соколов');
    expect(oleg).toBeLessThan(others / 3);
    const weekAgo = EXAMPLE_END_DAY - 7;
    const stale = leads.filter(
      (r) => r[8] === 'Не обработан' && r[2] instanceof Date && moscowDay(r[2]) < weekAgo,
    );
    expect(stale.length).toBeGreaterThanOrEqual(5);
    expect(new Set(stale.map((r) => r[7]))).toEqual(new Set(['Игорь Петров']));
  });
});

describe('generateWorkbook: messy rows', () => {
  const tabs = generateWorkbook();
  const leads = dataRows(tabs, 'Лиды', 2);
  const deals = dataRows(tabs, 'Сделки');
  const all = (rows: unknown[][]) => rows.flat();

  it('has one duplicated lead ID', () => {
    const counts = countBy(leads, (r) => String(r[0]));
    expect(Object.values(counts).filter((n) => n > 1)).toEqual([2]);
  });

  it('has a deal pointing at an unknown lead', () => {
    const ids = new Set(leads.map((r) => r[0]));
    const unknown = deals.filter((r) => r[10] !== '' && !ids.has(r[10]));
    expect(unknown.map((r) => r[10])).toEqual([MESSY.unknownLeadId]);
  });

  it('has an unreadable amount on a won deal, an impossible date and an unknown stage', () => {
    const bad = deals.filter((r) => r[3] === MESSY.unreadableAmount);
    expect(bad.length).toBe(1);
    expect(bad[0][2]).toBe('Сделка успешна');
    expect(leads.filter((r) => r[2] === '31.02.2026').length).toBe(1);
    expect(deals.filter((r) => r[2] === 'На согласовании у юриста').length).toBe(1);
  });

  it('has formula-like, phone-like and HTML text in text columns', () => {
    expect(leads.filter((r) => r[1] === '=HYPERLINK("http://evil","x")').length).toBe(1);
    expect(leads.filter((r) => r[1] === '+7 999 123-45-67').length).toBe(1);
    expect(leads.filter((r) => r[3] === '+7 999 123-45-67').length).toBe(1);
    expect(leads.filter((r) => r[1] === '@ivan_shop').length).toBe(1);
    expect(leads.filter((r) => String(r[6]).startsWith('-')).length).toBe(1);
    expect(leads.filter((r) => r[4] === '<img src=x onerror=alert(1)>').length).toBe(1);
  });

  it('has none of them when messy is false', () => {
    const clean = generateWorkbook({ messy: false });
    const cleanLeads = dataRows(clean, 'Лиды', 2);
    const cleanDeals = dataRows(clean, 'Сделки');
    const messyValues: unknown[] = Object.values(MESSY);
    expect(
      all(cleanLeads)
        .concat(all(cleanDeals))
        .filter((c) => messyValues.includes(c)),
    ).toEqual([]);
    const ids = new Set(cleanLeads.map((r) => r[0]));
    expect(ids.size).toBe(cleanLeads.length);
    expect(cleanDeals.every((r) => r[10] === '' || ids.has(r[10]))).toBe(true);
  });
});

describe('generateWorkbook: scale', () => {
  it('generates 10,000 leads with about a third as deals', () => {
    const tabs = generateWorkbook({ leads: 10_000, messy: false, seed: 3 });
    const leads = dataRows(tabs, 'Лиды', 2);
    const deals = dataRows(tabs, 'Сделки');
    expect(leads.length).toBe(10_000);
    expect(deals.length).toBeGreaterThan(2_800);
    expect(deals.length).toBeLessThan(4_000);
    // IDs grow with creation time, as in a Bitrix24 export.
    expect(leads.every((r, i) => i === 0 || (r[0] as number) > (leads[i - 1][0] as number))).toBe(true);
  });

  it('honours months and endDay', () => {
    const end = dayFromYmd(2026, 3, 31) as number;
    const tabs = generateWorkbook({ leads: 300, months: 2, endDay: end, messy: false });
    const days = dataRows(tabs, 'Лиды', 2)
      .map((r) => r[2])
      .filter((c): c is Date => c instanceof Date)
      .map(moscowDay);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(dayFromYmd(2026, 2, 1) as number);
    expect(Math.max(...days)).toBeLessThanOrEqual(end);
    expect(dataRows(tabs, 'Расходы').length).toBe((31 + 28) * 8);
  });
});
