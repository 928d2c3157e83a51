/**
 * The settings tabs of DESIGN.md, in Russian, as an admin would fill them for the example company.
 * «Звонок» deliberately has no Sources rule (Data quality lists it); KZT deliberately has no rate.
 */
import type { Cell, TabData } from '../../src/core/model';
import type { ExampleCalendar } from './calendar';
import { CUSTOM_WON_STAGE, RATES } from './catalog';
import { moscowDate } from './format';

const SOURCES: Cell[][] = [
  ['Источник', 'Тип', 'Соответствия', 'Цвет'],
  ['Яндекс.Директ', 'платный', 'yandex, /^ya(ndex)?[-_]?direct/', '#ffcc00'],
  ['Google Ads', 'платный', 'google, adwords', '#4285f4'],
  ['ВКонтакте', 'платный', 'vk, vkontakte, вконтакте', '#0077ff'],
  ['Telegram Ads', 'платный', 'telegram_ads, tg', '#229ed9'],
  ['Авито', 'платный', 'avito', '#97cf26'],
  ['Выставки', 'офлайн', 'Выставка', '#8e44ad'],
  ['Наружная реклама', 'офлайн', 'Наружная реклама', '#e67e22'],
  ['SEO', 'органический', 'seo, Веб-сайт', '#27ae60'],
  ['Рекомендации', 'органический', 'Рекомендация', '#16a085'],
];

const MONTH_NAMES = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

function manualCosts(cal: ExampleCalendar): Cell[][] {
  const rows: Cell[][] = [['Источник', 'С', 'По', 'Сумма', 'Валюта', 'Действия', 'Категория', 'Комментарий']];
  const { exhibition: ex, billboards: bb, monthStarts, span } = cal;
  rows.push([
    'Выставки',
    moscowDate(ex.from),
    moscowDate(ex.to),
    350_000,
    'RUB',
    240,
    'Стенд',
    'Стенд на отраслевой выставке (застройка, аренда, персонал)',
  ]);
  const billboardMonths = Math.max(1, Math.round((bb.to - bb.from + 1) / 30.4));
  rows.push([
    'Наружная реклама',
    moscowDate(bb.from),
    moscowDate(bb.to),
    150_000 * billboardMonths,
    'RUB',
    '',
    'Билборды',
    'Два щита на Ленинградском шоссе',
  ]);
  // An SMM specialist paid monthly for VK: a manual cost on a paid source that also has cabinet costs.
  monthStarts.forEach((first, i) => {
    const last = i + 1 < monthStarts.length ? monthStarts[i + 1] - 1 : span.to;
    const month = MONTH_NAMES[new Date(first * 86_400_000).getUTCMonth()];
    rows.push([
      'ВКонтакте',
      moscowDate(first),
      moscowDate(last),
      45_000,
      'RUB',
      '',
      'SMM',
      `Оплата SMM-специалиста, ${month}`,
    ]);
  });
  const lastMonth = monthStarts[monthStarts.length - 1];
  rows.push([
    'Google Ads',
    moscowDate(lastMonth),
    moscowDate(span.to),
    400,
    'USD',
    '',
    'Агентство',
    'Комиссия агентства',
  ]);
  return rows;
}

export function settingsTabs(cal: ExampleCalendar): TabData[] {
  return [
    { name: 'Источники', values: SOURCES.map((row) => row.slice()) },
    { name: 'Ручные расходы', values: manualCosts(cal) },
    {
      name: 'Курсы валют',
      values: [['Валюта', 'Курс'], ...Object.entries(RATES).map(([code, rate]): Cell[] => [code, rate])],
    },
    {
      name: 'Настройки',
      values: [
        ['Параметр', 'Значение'],
        ['Базовая валюта', 'RUB'],
        ['Успешные стадии', CUSTOM_WON_STAGE],
        ['Дней без обработки', 7],
      ],
    },
  ];
}
