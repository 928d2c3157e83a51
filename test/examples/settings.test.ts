import { dayFromYmd } from '../../src/core/time/days';
import { generateWorkbook } from '../../examples/generate';
import { exampleCalendar } from '../../examples/gen/calendar';
import { tab } from './helpers';

const moscowDay = (d: unknown): number =>
  d instanceof Date ? Math.floor((d.getTime() + 3 * 3_600_000) / 86_400_000) : NaN;

describe('example settings tabs', () => {
  const tabs = generateWorkbook({ leads: 100 });

  it('has the Sources rules of the brief, and no rule for «Звонок»', () => {
    const sources = tab(tabs, 'Источники');
    expect(sources[0]).toEqual(['Источник', 'Тип', 'Соответствия', 'Цвет']);
    expect(sources[1]).toEqual(['Яндекс.Директ', 'платный', 'yandex, /^ya(ndex)?[-_]?direct/', '#ffcc00']);
    expect(sources.map((r) => r[0])).toEqual(
      expect.arrayContaining([
        'Google Ads',
        'ВКонтакте',
        'Telegram Ads',
        'Выставки',
        'Наружная реклама',
        'SEO',
        'Рекомендации',
      ]),
    );
    expect(sources.some((r) => /звонок/i.test(String(r[2])))).toBe(false);
    expect(new Set(sources.slice(1).map((r) => r[1]))).toEqual(
      new Set(['платный', 'офлайн', 'органический']),
    );
  });

  it('spreads the exhibition stand across the October/November boundary and billboards over two months', () => {
    const manual = tab(tabs, 'Ручные расходы');
    expect(manual[0]).toEqual([
      'Источник',
      'С',
      'По',
      'Сумма',
      'Валюта',
      'Действия',
      'Категория',
      'Комментарий',
    ]);
    const stand = manual.find((r) => r[0] === 'Выставки') ?? [];
    expect(moscowDay(stand[1])).toBe(dayFromYmd(2026, 10, 29));
    expect(moscowDay(stand[2])).toBe(dayFromYmd(2026, 11, 3));
    const boards = manual.find((r) => r[0] === 'Наружная реклама') ?? [];
    expect(moscowDay(boards[1])).toBe(dayFromYmd(2026, 9, 1));
    expect(moscowDay(boards[2])).toBe(dayFromYmd(2026, 10, 31));
    expect(boards[3]).toBe(300_000);
    const smm = manual.filter((r) => r[0] === 'ВКонтакте' && r[6] === 'SMM');
    expect(smm.length).toBe(4);
    expect(manual.some((r) => r[4] === 'USD')).toBe(true);
  });

  it('has rates without KZT and the settings of the brief', () => {
    expect(tab(tabs, 'Курсы валют')).toEqual([
      ['Валюта', 'Курс'],
      ['USD', 92.5],
      ['EUR', 100],
    ]);
    expect(tab(tabs, 'Настройки')).toEqual([
      ['Параметр', 'Значение'],
      ['Базовая валюта', 'RUB'],
      ['Успешные стадии', 'Успешно реализовано'],
      ['Дней без обработки', 7],
    ]);
  });

  it('computes the calendar from endDay and months', () => {
    const cal = exampleCalendar(dayFromYmd(2026, 11, 30) as number, 4);
    expect(cal.span).toEqual({ from: dayFromYmd(2026, 8, 1), to: dayFromYmd(2026, 11, 30) });
    expect(cal.monthStarts).toEqual([8, 9, 10, 11].map((m) => dayFromYmd(2026, m, 1)));
    // Across a year boundary.
    const jan = exampleCalendar(dayFromYmd(2027, 1, 15) as number, 2);
    expect(jan.span.from).toBe(dayFromYmd(2026, 12, 1));
  });
});
