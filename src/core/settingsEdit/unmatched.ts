/**
 * Values found in the data that no rule matches, with counts — what the admin should map next. Sources: the
 * values that decided a record's source without a rule (Data quality's first check, over all the data, not one
 * period). Channels: CRM Source values of leads and deals (Bitrix24's channel of contact: CALL, EMAIL, WEB…)
 * that no Channels rule matches.
 */
import { buildDataQuality } from '../reports/dataQuality';
import type { ChannelRule, Dataset, DayNum, Locale, SourceType } from '../model';

export interface UnmatchedValue {
  value: string;
  count: number;
  /** The type a new source made from it would get: paid when costs carry the value (as reports assume). */
  type: SourceType;
}

function dayRange(ds: Dataset): { from: DayNum; to: DayNum } | null {
  let from = Infinity;
  let to = -Infinity;
  const see = (d: DayNum): void => {
    if (d < from) from = d;
    if (d > to) to = d;
  };
  for (const l of ds.leads) see(l.created);
  for (const d of ds.deals) see(d.created);
  for (const c of ds.costs) see(c.date);
  return from <= to ? { from, to } : null;
}

export function unmatchedSources(ds: Dataset, locale: Locale, today: DayNum): UnmatchedValue[] {
  const period = dayRange(ds);
  if (!period) return [];
  const model = buildDataQuality(ds, {
    period,
    compare: false,
    locale,
    today,
    generatedAt: '',
  });
  const costValues = new Set<string>();
  for (const c of ds.costs) costValues.add(c.source.trim().toLowerCase());
  for (const m of ds.settings.manualCosts) costValues.add(m.source.trim().toLowerCase());
  return model.unmatchedValues.map((u) => ({
    value: u.value,
    count: u.count,
    type: costValues.has(u.value.toLowerCase()) ? 'paid' : 'organic',
  }));
}

function channelMatches(rule: ChannelRule, value: string): boolean {
  if (rule.values.indexOf(value.toLowerCase()) >= 0) return true;
  for (const p of rule.patterns) if (value.search(p) >= 0) return true;
  return false;
}

export function unmatchedChannels(ds: Dataset): UnmatchedValue[] {
  const counts = new Map<string, { value: string; count: number }>();
  const seen = new Map<string, boolean>();
  const note = (raw: string): void => {
    const value = raw.trim();
    if (value === '') return;
    let matched = seen.get(value);
    if (matched === undefined) {
      matched = ds.settings.channels.some((rule) => channelMatches(rule, value));
      seen.set(value, matched);
    }
    if (matched) return;
    const key = value.toLowerCase();
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { value, count: 1 });
  };
  for (const l of ds.leads) note(l.crmSource);
  for (const d of ds.deals) note(d.crmSource);
  return Array.from(counts.values())
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .map((u) => ({ value: u.value, count: u.count, type: 'organic' as SourceType }));
}
