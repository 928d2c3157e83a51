/**
 * Arguments arriving from google.script.run are untrusted JSON: each is checked for the shape the server
 * function expects before anything reads the spreadsheet (a wrong shape is a sidebar bug, reported as such).
 */
import { MANUAL_COSTS_LAYOUT } from '../core/read/settingsTabs';
import type { SourceType } from '../core/model';
import type { ReportKind } from '../core/i18n/reportLabels';
import type { ManualCostInput, RowRef, RuleInput, RuleKind, ValueTarget } from './sidebarTypes';

function bad(what: string): never {
  throw new Error('Sidebar sent a bad argument: ' + what);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text, with numbers accepted as their text (a form may send either); anything else is a bug. */
export function asText(v: unknown, what = 'text'): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return String(v);
  if (v === undefined || v === null) return '';
  return bad(what);
}

export function asKind(v: unknown): RuleKind {
  return v === 'sources' || v === 'channels' ? v : bad('kind');
}

export function asRef(v: unknown): RowRef {
  if (!isObject(v) || typeof v.row !== 'number' || typeof v.key !== 'string') return bad('row');
  return { row: v.row, key: v.key };
}

export function asRefs(v: unknown): RowRef[] {
  return Array.isArray(v) ? v.map(asRef) : bad('rows');
}

const TYPES: readonly SourceType[] = ['paid', 'offline', 'organic'];
const asType = (v: unknown): SourceType | undefined =>
  v === undefined || v === null || v === ''
    ? undefined
    : TYPES.indexOf(v as SourceType) >= 0
      ? (v as SourceType)
      : bad('type');

export function asRuleInput(v: unknown): RuleInput {
  if (!isObject(v)) return bad('rule');
  const out: RuleInput = { name: asText(v.name, 'name'), matches: asText(v.matches, 'matches') };
  const type = asType(v.type);
  if (type) out.type = type;
  if (v.color !== undefined) out.color = asText(v.color, 'color');
  return out;
}

export function asTarget(v: unknown): ValueTarget {
  if (!isObject(v)) return bad('target');
  if ('ref' in v) return { ref: asRef(v.ref) };
  return { newType: asType(v.newType) ?? null };
}

const COST_FIELDS = MANUAL_COSTS_LAYOUT.order;

export function asCostInput(v: unknown): ManualCostInput {
  if (!isObject(v)) return bad('cost');
  const out = {} as ManualCostInput;
  for (const f of COST_FIELDS) out[f] = asText(v[f], f);
  return out;
}

export function asReportKinds(v: unknown, known: readonly ReportKind[]): ReportKind[] {
  if (!Array.isArray(v) || v.length === 0) return bad('reports');
  const wanted = v.map((k) =>
    known.indexOf(k as ReportKind) >= 0 ? (k as ReportKind) : bad('report ' + String(k)),
  );
  // Always in the menu's order: Traffic influence's detail sheet before anything links to it.
  return known.filter((k) => wanted.indexOf(k) >= 0);
}
