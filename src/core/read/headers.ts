/**
 * Columns found by header synonyms: Bitrix24 export headers in Russian and English, REST field names, plain
 * English. Matching is on normalised text (see normalise.ts); when nothing matches exactly, a trailing
 * currency note is ignored (`Расход, ₽`, `Расход (руб.)`, `Amount spent (USD)`).
 *
 * When several columns match one family, the synonym listed earlier wins (each list starts with the primary
 * name), and among equals the leftmost column.
 *
 * The header row: among the first 50 rows, the first that holds every required column; else the first with at
 * least two filled cells and a recognised header. Export title rows such as «Лиды за период…» above it (even
 * «Источник: Битрикс24 | Выгрузка») are skipped. Failing both, the first non-empty row is taken as the header,
 * so that the missing columns are named rather than a whole tab rejected as unrecognised.
 */
import type { Grid } from '../model';
import type { Text } from '../i18n/locale';
import { cellText, isBlank } from '../parse/text';
import { normaliseName, withoutNote } from './normalise';

/** What a column holds; it decides how a finding about its value reads. */
export type ValueKind = 'id' | 'date' | 'number' | 'text';

export interface HeaderFamily {
  /** How messages name the column when it is missing. */
  label: Text;
  kind: ValueKind;
  /** Accepted headers, the preferred first. Shown to the user when the column is missing. */
  synonyms: readonly string[];
}

export type Families<K extends string> = Record<K, HeaderFamily>;

const fam = (ru: string, en: string, kind: ValueKind, synonyms: string[]): HeaderFamily => ({
  label: { ru, en },
  kind,
  synonyms,
});

const UTM_SOURCE = fam('UTM Source', 'UTM Source', 'text', [
  'UTM Source',
  'UTM_SOURCE',
  'Метка UTM Source',
  'Рекламная система',
  'Ad system',
  'Advertising system',
  'Метка utm_source',
]);
const UTM_MEDIUM = fam('UTM Medium', 'UTM Medium', 'text', [
  'UTM Medium',
  'UTM_MEDIUM',
  'Метка UTM Medium',
  'Тип трафика',
  'Traffic type',
  'Метка utm_medium',
]);
const UTM_CAMPAIGN = fam('UTM Campaign', 'UTM Campaign', 'text', [
  'UTM Campaign',
  'UTM_CAMPAIGN',
  'Метка UTM Campaign',
  'Обозначение рекламной кампании',
  'Ad campaign UTM',
  'Campaign UTM',
  'Метка utm_campaign',
]);
const RESPONSIBLE = fam('Ответственный', 'Responsible', 'text', [
  'Ответственный',
  'Responsible',
  'Responsible person',
  'Ответственный менеджер',
  'Менеджер',
  'Manager',
  'Assigned to',
  'Assigned by',
  'ASSIGNED_BY',
  'ASSIGNED_BY_NAME',
  'ASSIGNED_BY_ID',
]);
const CREATED = fam('Дата создания', 'Created', 'date', [
  'Дата создания',
  'Создан',
  'Создана',
  'Создано',
  'Created',
  'Date created',
  'Date create',
  'Created on',
  'Creation date',
  'Created at',
  'DATE_CREATE',
]);
const CRM_SOURCE = fam('Источник', 'Source', 'text', ['Источник', 'Source', 'SOURCE_ID', 'Source ID']);
const CURRENCY = fam('Валюта', 'Currency', 'text', ['Валюта', 'Currency', 'CURRENCY_ID', 'Currency ID']);

export const LEAD_COLUMNS = {
  id: fam('ID', 'ID', 'id', ['ID', '№', 'ИД', 'ID лида', 'Lead ID', 'Идентификатор']),
  created: CREATED,
  source: fam('Источник', 'Source', 'text', [...CRM_SOURCE.synonyms, 'Источник лида', 'Lead source']),
  utmSource: UTM_SOURCE,
  utmMedium: UTM_MEDIUM,
  utmCampaign: UTM_CAMPAIGN,
  responsible: RESPONSIBLE,
  status: fam('Статус', 'Status', 'text', [
    'Статус',
    'Статус лида',
    'Status',
    'Lead status',
    'STATUS_ID',
    'Стадия',
    'Стадия лида',
    'Lead stage',
  ]),
};

export const DEAL_COLUMNS = {
  id: fam('ID', 'ID', 'id', ['ID', '№', 'ИД', 'ID сделки', 'Deal ID', 'Идентификатор']),
  created: CREATED,
  stage: fam('Стадия сделки', 'Stage', 'text', [
    'Стадия сделки',
    'Стадия',
    'Stage',
    'Deal stage',
    'STAGE_ID',
  ]),
  stageGroup: fam('Группа стадий', 'Stage group', 'text', [
    'Группа стадий',
    'Stage group',
    'STAGE_SEMANTIC_ID',
    'Семантика стадии',
    'Stage semantics',
  ]),
  amount: fam('Сумма', 'Amount', 'number', [
    'Сумма',
    'Amount',
    'Income',
    'Доход',
    'OPPORTUNITY',
    'Opportunity',
    'Сумма сделки',
    'Deal amount',
    'Выручка',
    'Revenue',
  ]),
  currency: CURRENCY,
  responsible: RESPONSIBLE,
  source: fam('Источник', 'Source', 'text', [...CRM_SOURCE.synonyms, 'Источник сделки', 'Deal source']),
  utmSource: UTM_SOURCE,
  utmMedium: UTM_MEDIUM,
  utmCampaign: UTM_CAMPAIGN,
  lead: fam('Лид', 'Lead', 'id', ['Лид', 'ID лида', 'Lead', 'Lead ID', 'LEAD_ID']),
  closeDate: fam('Дата закрытия', 'Close date', 'date', [
    'Дата закрытия',
    'Предполагаемая дата закрытия',
    'Дата завершения',
    'Close date',
    'Closing date',
    'Closed',
    'Closed on',
    'Date closed',
    'Expected close date',
    'Estimated close date',
    'CLOSEDATE',
  ]),
  pipeline: fam('Воронка', 'Pipeline', 'text', [
    'Воронка',
    'Направление',
    'Pipeline',
    'Deal pipeline',
    'Sales pipeline',
    'CATEGORY_ID',
  ]),
};

export const COST_COLUMNS = {
  date: fam('Дата', 'Date', 'date', ['Дата', 'Date', 'День', 'Day', 'Дата расхода']),
  source: fam('Источник', 'Source', 'text', [
    'Источник',
    'Source',
    'UTM Source',
    'UTM_SOURCE',
    'Рекламная система',
    'Рекламная площадка',
    'Площадка',
    'Ad system',
    'Platform',
  ]),
  cost: fam('Расход', 'Cost', 'number', [
    'Расход',
    'Стоимость',
    'Затраты',
    'Расходы',
    'Spend',
    'Cost',
    'Amount spent',
    'Spent',
    'Сумма',
    'Amount',
  ]),
  campaign: fam('Кампания', 'Campaign', 'text', [
    'Кампания',
    'Campaign',
    'Название кампании',
    'Campaign name',
    'Рекламная кампания',
    'UTM Campaign',
    'UTM_CAMPAIGN',
  ]),
  impressions: fam('Показы', 'Impressions', 'number', ['Показы', 'Impressions', 'Impr.', 'Просмотры']),
  clicks: fam('Клики', 'Clicks', 'number', [
    'Клики',
    'Действия',
    'Actions',
    'Clicks',
    'Link clicks',
    'Переходы',
  ]),
  currency: CURRENCY,
};

/** Where a tab's columns are. */
export interface Located<K extends string> {
  /** 0-based index of the header row in the grid (its sheet row is headerRow + 1). */
  headerRow: number;
  /** Column index of each family, -1 when absent. */
  col: Record<K, number>;
  /** The header as written in the sheet (trimmed), '' when absent: findings name the column by it. */
  header: Record<K, string>;
}

interface Match {
  key: string;
  rank: number;
}

/** Normalised synonym → family key and preference rank, built once per family set. */
const matchers = new WeakMap<object, Map<string, Match>>();

function matcherOf(families: Families<string>): Map<string, Match> {
  let map = matchers.get(families);
  if (!map) {
    map = new Map();
    for (const key of Object.keys(families)) {
      families[key].synonyms.forEach((synonym, rank) => {
        const n = normaliseName(synonym);
        if (!map!.has(n)) map!.set(n, { key, rank });
      });
    }
    matchers.set(families, map);
  }
  return map;
}

/** Rank added to a match found only after dropping a trailing note: any exact match is preferred. */
const NOTE_PENALTY = 1000;

function matchHeader(matcher: Map<string, Match>, cell: unknown): Match | null {
  if (typeof cell !== 'string' || cell === '') return null;
  const n = normaliseName(cell);
  const exact = matcher.get(n);
  if (exact) return exact;
  const bare = withoutNote(n);
  const loose = bare ? matcher.get(bare) : undefined;
  return loose ? { key: loose.key, rank: loose.rank + NOTE_PENALTY } : null;
}

/** The family key a header text belongs to in a family set, or null. */
export function familyOfHeader<K extends string>(families: Families<K>, header: string): K | null {
  const m = matchHeader(matcherOf(families), header);
  return m ? (m.key as K) : null;
}

const HEADER_SCAN_ROWS = 50;

/**
 * Finds the header row and each family's column; null when the tab has no non-empty row at all.
 * Among the first 50 rows, a row holding every `required` family is the header; failing that, the first row
 * with two filled cells and a recognised header; failing that, the first non-empty row.
 */
export function locateColumns<K extends string>(
  values: Grid,
  families: Families<K>,
  required: readonly NoInfer<K>[] = [],
): Located<K> | null {
  const matcher = matcherOf(families);
  let headerRow = -1;
  let firstRecognised = -1;
  let firstFilled = -1;
  const scan = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < scan && headerRow < 0; r++) {
    const row = values[r];
    let filled = 0;
    const found = new Set<string>();
    for (let c = 0; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      filled++;
      const m = matchHeader(matcher, row[c]);
      if (m) found.add(m.key);
    }
    if (filled > 0 && firstFilled < 0) firstFilled = r;
    if (filled >= 2 && found.size > 0) {
      if (firstRecognised < 0) firstRecognised = r;
      if (required.length > 0 && required.every((key) => found.has(key))) headerRow = r;
    }
  }
  if (headerRow < 0) headerRow = firstRecognised;
  if (headerRow < 0) {
    for (let r = scan; r < values.length && firstFilled < 0; r++) {
      if (values[r].some((cell) => !isBlank(cell))) firstFilled = r;
    }
    if (firstFilled < 0) return null;
    headerRow = firstFilled;
  }

  const col = {} as Record<K, number>;
  const header = {} as Record<K, string>;
  const bestRank: Record<string, number> = {};
  for (const key of Object.keys(families) as K[]) {
    col[key] = -1;
    header[key] = '';
  }
  const row = values[headerRow];
  for (let c = 0; c < row.length; c++) {
    const m = matchHeader(matcher, row[c]);
    if (!m) continue;
    const key = m.key as K;
    if (col[key] < 0 || m.rank < bestRank[key]) {
      col[key] = c;
      header[key] = cellText(row[c]);
      bestRank[key] = m.rank;
    }
  }
  return { headerRow, col, header };
}
