/**
 * The source form of the custom functions: `MARKETING_ROI("ВКонтакте"; from; to)`. The numbers come from the
 * same per-source aggregate the Ad payback report is built from, so a cell and the report always agree.
 */
import type { Cell, DayNum, Locale, Period, Ratios } from '../model';
import { findSource, sourceNames, totalPaidCounts, type SourceAggregate } from '../engine/aggregate';
import { ratiosOf } from '../engine/metrics';
import { parseNumberText } from '../parse/number';
import type { DateReader } from '../parse/date';
import { lastDays } from '../time/days';
import { FUNCTION_MESSAGES as M } from '../i18n/functionLabels';
import { METRIC_LABELS, fill } from '../i18n/reportLabels';
import { FunctionError, type FunctionName } from './numberForm';

/** The report ratio each function returns in the source form. */
export const SOURCE_FORM_METRIC: Record<FunctionName, keyof Ratios> = {
  MARKETING_ROI: 'roi',
  CONVERSION: 'conversion',
  COSTPERDEAL: 'costPerDeal',
  COSTPERLEAD: 'costPerLead',
  COSTPERWON: 'costPerWon',
  COSTPERACTION: 'costPerAction',
};

/** Default window of the source form: the last 30 days, today included. */
export const DEFAULT_WINDOW_DAYS = 30;

/** True when the call is the source form: its first argument is a source name (text), "*" or "" for the total. */
export function isSourceForm(first: unknown, second: unknown): boolean {
  if (typeof first !== 'string') return false;
  const t = first.trim();
  if (t === '*') return true;
  // `=F("")` or `=F(""; from; to)`: the total. A blank cell next to a number stays the number form.
  if (t === '') return second === undefined || second instanceof Date;
  return parseNumberText(t) === null;
}

function unwrap(x: unknown): unknown {
  return Array.isArray(x) && x.length === 1 && Array.isArray(x[0]) && x[0].length === 1 ? x[0][0] : x;
}

/** Reads the period arguments; both optional (default: the last 30 days). */
export function periodOfArgs(
  fn: FunctionName,
  fromArg: unknown,
  toArg: unknown,
  today: DayNum,
  readDate: DateReader,
  locale: Locale,
): Period {
  const fallback = lastDays(today, DEFAULT_WINDOW_DAYS);
  const read = (x: unknown, name: string, dflt: DayNum): DayNum => {
    const v = unwrap(x);
    if (v === undefined || v === null || v === '') return dflt;
    const day =
      typeof v === 'string' || typeof v === 'number' || v instanceof Date ? readDate(v as Cell) : null;
    if (day === null)
      throw new FunctionError(fill(M.badDate[locale], { fn, value: String(v).slice(0, 40), arg: name }));
    return day;
  };
  const from = read(fromArg, locale === 'ru' ? 'с' : 'from', fallback.from);
  const to = read(
    toArg,
    locale === 'ru' ? 'по' : 'to',
    fromArg === undefined || fromArg === '' ? fallback.to : today,
  );
  if (from > to) throw new FunctionError(fill(M.badPeriod[locale], { fn }));
  return { from, to };
}

function distance(a: string, b: string): number {
  const dp: number[] = [];
  for (let j = 0; j <= b.length; j++) dp[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** Up to three known names closest to what was typed. */
export function closestNames(agg: SourceAggregate, name: string): string[] {
  const key = name.trim().toLowerCase();
  return sourceNames(agg)
    .map((n) => ({ n, d: distance(key, n.toLowerCase()) - (n.toLowerCase().includes(key) && key ? 5 : 0) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((x) => x.n);
}

export function evaluateSourceForm(
  fn: FunctionName,
  agg: SourceAggregate,
  source: string,
  locale: Locale,
): number {
  const name = source.trim();
  const total = name === '' || name === '*';
  let counts;
  if (total) counts = totalPaidCounts(agg);
  else {
    const found = findSource(agg, name);
    if (!found) {
      const near = closestNames(agg, name);
      throw new FunctionError(fill(M.unknownSource[locale], { fn, name, near: near.join(', ') || '—' }));
    }
    counts = found.counts;
  }
  const metric = SOURCE_FORM_METRIC[fn];
  const value = ratiosOf(counts)[metric];
  if (value === null) {
    const why =
      metric === 'roi'
        ? fill(M.zeroDivisor[locale], { arg: METRIC_LABELS.cost[locale] })
        : metric === 'conversion'
          ? fill(M.zeroDivisor[locale], {
              arg: `${METRIC_LABELS.actions[locale]}, ${METRIC_LABELS.leads[locale]}, ${METRIC_LABELS.deals[locale]}`,
            })
          : fill(M.zeroDivisor[locale], {
              arg: METRIC_LABELS[
                metric === 'costPerDeal'
                  ? 'deals'
                  : metric === 'costPerLead'
                    ? 'leads'
                    : metric === 'costPerWon'
                      ? 'won'
                      : 'actions'
              ][locale],
            });
    throw new FunctionError(fill(M.undefinedResult[locale], { fn, why }));
  }
  return value;
}
