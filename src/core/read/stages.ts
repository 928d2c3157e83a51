/**
 * What a deal stage or a lead status means. Bitrix24 codes (`WON`, `C3:WON`), Russian and English stage names,
 * stage groups (`S`/`F`/`P`, Bitrix24's STAGE_SEMANTIC_ID), and extra won/lost names from Settings.
 * Results are cached per distinct text: a million rows hold a few dozen stages.
 */
import type { DealOutcome, LeadOutcome } from '../model';
import { normaliseName } from './normalise';

/** Names and codes as written here; they are normalised before lookup. */
const WON_STAGES = [
  'WON',
  'Сделка успешна',
  'Успешно',
  'Успешна',
  'Сделка заключена',
  'Deal won',
  'Won',
  'Closed won',
  'Deal successful',
];
const LOST_STAGES = [
  'LOSE',
  'APOLOGY',
  'Сделка провалена',
  'Провалена',
  'Проиграна',
  'Анализ причины провала',
  'Deal lost',
  'Lost',
  'Closed lost',
  'Deal failed',
  'Analyze failure',
  'Analyse failure',
  'Analysis of failure',
];
const OPEN_STAGES = [
  'NEW',
  'PREPARATION',
  'PREPAYMENT_INVOICE',
  'EXECUTING',
  'FINAL_INVOICE',
  'Новая',
  'Новая сделка',
  'Подготовка документов',
  'Подготовка',
  'Счёт на предоплату',
  'Счет на предоплату',
  'В работе',
  'Финальный счёт',
  'Финальный счет',
  'New',
  'Preparation',
  'Preparing documents',
  'Document preparation',
  'Prepayment invoice',
  'In progress',
  'In work',
  'Executing',
  'Final invoice',
];
const STAGE_GROUPS: Record<string, DealOutcome> = {};
for (const g of ['S', 'Success', 'Успешные', 'Успешная', 'Успех', 'Won'])
  STAGE_GROUPS[normaliseName(g)] = 'won';
for (const g of ['F', 'Failure', 'Failed', 'Провальные', 'Провальная', 'Провал', 'Lost']) {
  STAGE_GROUPS[normaliseName(g)] = 'lost';
}
for (const g of ['P', 'Process', 'In progress', 'В работе', 'В процессе', 'Open']) {
  STAGE_GROUPS[normaliseName(g)] = 'open';
}

const LEAD_STATUSES: [LeadOutcome, string[]][] = [
  [
    'open',
    [
      'NEW',
      'IN_PROCESS',
      'PROCESSED',
      'Не обработан',
      'Необработан',
      'Новый',
      'В работе',
      'Обработан',
      'Unassigned',
      'Not processed',
      'New',
      'In process',
      'In progress',
      'Processed',
    ],
  ],
  [
    'converted',
    [
      'CONVERTED',
      'Качественный лид',
      'Сконвертирован',
      'Конвертирован',
      'Good lead',
      'Converted',
      'Quality lead',
    ],
  ],
  ['junk', ['JUNK', 'Некачественный лид', 'Брак', 'Junk lead', 'Junk', 'Bad lead', 'Poor lead']],
];

function table<T>(entries: [T, string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, names] of entries) for (const name of names) map.set(normaliseName(name), value);
  return map;
}

const STAGES = table<DealOutcome>([
  ['won', WON_STAGES],
  ['lost', LOST_STAGES],
  ['open', OPEN_STAGES],
]);
const STATUSES = table<LeadOutcome>(LEAD_STATUSES);

/** `c3:won` → `won`: Bitrix24 prefixes the stages of pipeline 3 with `C3:`. */
function withoutPipelinePrefix(n: string): string {
  if (n.charCodeAt(0) !== 99) return n; // c
  let k = 1;
  while (k < n.length && n.charCodeAt(k) >= 48 && n.charCodeAt(k) <= 57) k++;
  return k > 1 && n.charCodeAt(k) === 58 ? n.slice(k + 1) : n;
}

export interface Classified<T> {
  outcome: T;
  /** False when the text is neither empty nor known nor configured. */
  known: boolean;
}

const OPEN_UNKNOWN: Classified<DealOutcome> = { outcome: 'open', known: false };
const OPEN_KNOWN: Classified<DealOutcome> = { outcome: 'open', known: true };

export type StageClassifier = (stage: string, group: string) => Classified<DealOutcome>;

/**
 * Classifies a deal by its stage and stage group. A recognised group decides the outcome (the stage name is
 * still kept on the deal); otherwise the stage: names configured in Settings first, then Bitrix24's own.
 * An empty stage (with no group) counts as open and known: nothing is wrong with it, it is only not closed.
 */
let lastStages: { key: string; classify: StageClassifier } | null = null;
/** Beyond this many distinct texts (free text typed into a status or stage column) a cache starts afresh. */
const MAX_CACHED_TEXTS = 10_000;

export function makeStageClassifier(
  extraWon: readonly string[],
  extraLost: readonly string[],
): StageClassifier {
  // The last classifier is reused for the same settings: repeated reads then call the very same function,
  // which optimised code keeps inlining (a new closure per read would undo that).
  const key = extraWon.join('\u0000') + '\u0001' + extraLost.join('\u0000');
  if (lastStages === null || lastStages.key !== key) {
    lastStages = { key, classify: buildStageClassifier(extraWon, extraLost) };
  }
  return lastStages.classify;
}

function buildStageClassifier(extraWon: readonly string[], extraLost: readonly string[]): StageClassifier {
  const configured = new Map<string, DealOutcome>();
  for (const name of extraLost) configured.set(normaliseName(name), 'lost');
  for (const name of extraWon) configured.set(normaliseName(name), 'won');
  const cache = new Map<string, Classified<DealOutcome>>();

  function byStage(stage: string): Classified<DealOutcome> {
    const n = normaliseName(stage);
    if (n === '') return OPEN_KNOWN;
    const outcome =
      configured.get(n) ??
      STAGES.get(n) ??
      configured.get(withoutPipelinePrefix(n)) ??
      STAGES.get(withoutPipelinePrefix(n));
    return outcome ? { outcome, known: true } : OPEN_UNKNOWN;
  }

  return (stage: string, group: string): Classified<DealOutcome> => {
    const key = group === '' ? stage : stage + '\u0001' + group;
    let result = cache.get(key);
    if (!result) {
      if (cache.size >= MAX_CACHED_TEXTS) cache.clear();
      const byGroup = group === '' ? undefined : STAGE_GROUPS[normaliseName(group)];
      result = byGroup ? { outcome: byGroup, known: true } : byStage(stage);
      if (!byGroup && group !== '' && stage === '') result = OPEN_UNKNOWN;
      cache.set(key, result);
    }
    return result;
  };
}

export type StatusClassifier = (status: string) => Classified<LeadOutcome>;

/** Statuses met so far: they do not depend on the workbook, so one cache (and one function) serves all reads. */
const statusCache = new Map<string, Classified<LeadOutcome>>();

function classifyStatus(status: string): Classified<LeadOutcome> {
  let result = statusCache.get(status);
  if (!result) {
    if (statusCache.size >= MAX_CACHED_TEXTS) statusCache.clear();
    const n = normaliseName(status);
    const outcome = n === '' ? 'open' : STATUSES.get(n);
    result = outcome ? { outcome, known: true } : { outcome: 'open', known: false };
    statusCache.set(status, result);
  }
  return result;
}

/** Classifies a lead by its status; an empty status is open and known. Custom codes (`UC_…`) are unknown. */
export function makeStatusClassifier(): StatusClassifier {
  return classifyStatus;
}
