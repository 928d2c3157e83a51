/**
 * The world the example data describes: where leads come from, who works them, how deals move through
 * Bitrix24's stages. Rates are per channel and tuned so that about a third of leads become deals, paid
 * channels differ in payback (Telegram Ads loses money), and one manager is clearly weak on one channel.
 */

export type ChannelKind = 'paid' | 'offline' | 'organic' | 'none';

export interface Channel {
  key: string;
  kind: ChannelKind;
  /** Share of all leads on an ordinary day (normalised with the others). */
  share: number;
  /** CRM «Источник» values this channel's leads carry. */
  crmSources: readonly string[];
  /** UTM source ('' = none); organic SEO leads carry it only half the time. */
  utmSource: string;
  utmShare: number;
  utmMedium: string;
  campaigns: readonly string[];
  /** Lead → deal probability. */
  convert: number;
  /** Closed deal → won probability. */
  win: number;
  /** Typical deal amount, RUB. */
  amount: number;
  /** Cost per lead for channels with ad-cabinet cost rows (0 = no cost rows). */
  costPerLead: number;
  costPerClick: number;
  clickThrough: number;
  leadTitles: readonly string[];
}

const WEB_TITLES = [
  'Заявка с сайта',
  'CRM-форма «Консультация»',
  'Заявка: расчёт стоимости',
  'Обратный звонок',
];

type PaidSpec = Pick<
  Channel,
  | 'key'
  | 'share'
  | 'utmMedium'
  | 'campaigns'
  | 'convert'
  | 'win'
  | 'amount'
  | 'costPerLead'
  | 'costPerClick'
  | 'clickThrough'
>;

export const CHANNELS: readonly Channel[] = [
  paid({
    key: 'yandex',
    share: 0.23,
    utmMedium: 'cpc',
    campaigns: ['poisk_brand', 'poisk_general', 'rsya_retarget'],
    convert: 0.32,
    win: 0.42,
    amount: 48_000,
    costPerLead: 1_300,
    costPerClick: 45,
    clickThrough: 0.04,
  }),
  paid({
    key: 'google',
    share: 0.11,
    utmMedium: 'cpc',
    campaigns: ['search_generic', 'pmax_main'],
    convert: 0.3,
    win: 0.4,
    amount: 52_000,
    costPerLead: 1_600,
    costPerClick: 60,
    clickThrough: 0.05,
  }),
  paid({
    key: 'vk',
    share: 0.18,
    utmMedium: 'cpm',
    campaigns: ['vk_lookalike', 'vk_retarget'],
    convert: 0.4,
    win: 0.55,
    amount: 20_000,
    costPerLead: 850,
    costPerClick: 25,
    clickThrough: 0.008,
  }),
  paid({
    key: 'telegram_ads',
    share: 0.06,
    utmMedium: 'cpm',
    campaigns: ['tg_channels'],
    convert: 0.22,
    win: 0.3,
    amount: 18_000,
    costPerLead: 1_500,
    costPerClick: 30,
    clickThrough: 0.01,
  }),
  // A paid source with a Sources rule but no cost rows: the "costs for every paid source" check fires on it.
  paid({
    key: 'avito',
    share: 0.01,
    utmMedium: 'cpc',
    campaigns: ['avito_listing'],
    convert: 0.28,
    win: 0.35,
    amount: 30_000,
    costPerLead: 0,
    costPerClick: 0,
    clickThrough: 0,
  }),
  plain('exhibition', 'offline', 0.04, 'Выставка', 0.42, 0.45, 120_000, [
    'Контакт с выставки',
    'Визитка со стенда',
  ]),
  plain('billboard', 'offline', 0.04, 'Наружная реклама', 0.2, 0.35, 40_000, ['Звонок с билборда']),
  {
    ...plain('seo', 'organic', 0.14, 'Веб-сайт', 0.34, 0.42, 45_000, WEB_TITLES),
    utmSource: 'seo',
    utmShare: 0.5,
    utmMedium: 'organic',
  },
  plain('referral', 'organic', 0.05, 'Рекомендация', 0.5, 0.55, 60_000, ['Рекомендация клиента']),
  // «Звонок» has no Sources rule on purpose: Data quality lists it as an unmatched value.
  plain('call', 'organic', 0.08, 'Звонок', 0.36, 0.4, 40_000, ['Входящий звонок']),
  plain('none', 'none', 0.02, '', 0.2, 0.3, 30_000, ['Новый лид']),
];

/** Paid leads come from ad forms: CRM source «Реклама» or «CRM-форма», always with a UTM source. */
function paid(spec: PaidSpec): Channel {
  return {
    ...spec,
    kind: 'paid',
    crmSources: ['Реклама', 'Реклама', 'CRM-форма'],
    utmSource: spec.key,
    utmShare: 1,
    leadTitles: WEB_TITLES,
  };
}

function plain(
  key: string,
  kind: ChannelKind,
  share: number,
  crmSource: string,
  convert: number,
  win: number,
  amount: number,
  leadTitles: readonly string[],
): Channel {
  return {
    key,
    kind,
    share,
    crmSources: [crmSource],
    utmSource: '',
    utmShare: 0,
    utmMedium: '',
    campaigns: [''],
    convert,
    win,
    amount,
    costPerLead: 0,
    costPerClick: 0,
    clickThrough: 0,
    leadTitles,
  };
}

export interface Manager {
  name: string;
  share: number;
  /** Channel key → multipliers of the lead→deal and deal→won rates. */
  weakOn: Record<string, { convert: number; win: number }>;
  /** Channel key → multiplier of this manager's share of that channel's leads. */
  moreOf: Record<string, number>;
  /** Share of this manager's non-converted leads older than a week still «Не обработан». */
  leavesUnprocessed: number;
}

export const MANAGERS: readonly Manager[] = [
  { name: 'Анна Смирнова', share: 0.3, weakOn: {}, moreOf: {}, leavesUnprocessed: 0 },
  { name: 'Игорь Петров', share: 0.25, weakOn: {}, moreOf: {}, leavesUnprocessed: 0.05 },
  { name: 'Мария Кузнецова', share: 0.25, weakOn: {}, moreOf: {}, leavesUnprocessed: 0 },
  // Олег takes many VK leads and converts them far worse than the others: the significance flag shows it.
  {
    name: 'Олег Соколов',
    share: 0.2,
    weakOn: { vk: { convert: 0.2, win: 0.3 } },
    moreOf: { vk: 2.5 },
    leavesUnprocessed: 0,
  },
];

export const LEAD_STATUS = {
  fresh: 'Не обработан',
  working: 'В работе',
  converted: 'Качественный лид',
  junk: 'Некачественный лид',
} as const;

export const MAIN_PIPELINE = 'Общая';
export const CUSTOM_PIPELINE = 'Оптовые продажи';
/** Configured as an extra won stage in the Настройки tab. */
export const CUSTOM_WON_STAGE = 'Успешно реализовано';

export const STAGES = {
  won: 'Сделка успешна',
  lost: 'Сделка провалена',
  apology: 'Анализ причины провала',
  open: ['Новая', 'Подготовка документов', 'Счёт на предоплату', 'В работе', 'Финальный счёт'],
  customOpen: ['C1:NEW', 'C1:PREPARATION', 'C1:EXECUTING'],
  customWon: 'C1:WON',
  customLost: 'C1:LOSE',
} as const;

export const DIRECT_DEAL_SOURCES: readonly string[] = ['Звонок', 'Звонок', 'Рекомендация', 'Выставка', ''];
export const DIRECT_DEAL_TITLES: readonly string[] = ['Повторная продажа', 'Заказ по телефону', 'Допродажа'];

export const RATES = { USD: 92.5, EUR: 100 } as const;
/** Roughly tenge per rouble; KZT deliberately has no rate in the settings. */
export const KZT_PER_RUB = 5.5;
