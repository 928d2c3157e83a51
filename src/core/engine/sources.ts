/**
 * Source resolution (DESIGN.md, "Source of a lead"): the first Sources rule matching the UTM source, else one
 * matching the CRM Source value; with no rule, the UTM source, else the CRM Source value (trimmed, as first
 * written: later spellings that differ only in case join it); else "No source". Cost rows and manual costs
 * resolve through the same rules, their one source value acting as both UTM and CRM value.
 *
 * Typing: a rule gives its own type. A source of no rule (zero configuration, or a value no rule matches) is
 * paid when any cost row or manual cost carries that value, otherwise organic. "No source" is organic-like and
 * is listed after the organic sources. A rule-less value spelled like a rule's name (case-insensitively)
 * joins that rule's source, though Data quality still reports it as unmatched.
 *
 * Resolution is cached per distinct (utm, crm) pair: a million rows carry only a few hundred distinct pairs.
 */
import { NO_SOURCE } from '../i18n/common';
import { pick } from '../i18n/locale';
import type { Locale, Settings, SourceRule, SourceType } from '../model';

export interface SourceInfo {
  /** Index in `resolver.sources`. */
  id: number;
  name: string;
  type: SourceType;
  color: string;
  /** The "No source" bucket. */
  noSource: boolean;
  /** Defined by a Sources rule (listed even when it has no data in a period). */
  fromRule: boolean;
}

export interface ResolvedSource {
  id: number;
  name: string;
  type: SourceType;
  color: string;
  /** True when a Sources rule decided the source. */
  matched: boolean;
  /** The raw value that decided an unmatched source ('' when a rule matched or there was no value). */
  value: string;
  /** Index in `resolver.pairs`: one per distinct resolution, so per-record arrays can hold a small integer. */
  pair: number;
}

export interface SourceResolver {
  resolve(utmSource: string, crmSource: string): ResolvedSource;
  /** Every source met so far, by id (grows as values are resolved). */
  readonly sources: readonly SourceInfo[];
  /** Every distinct resolution made so far, by its `pair` index (No source is pair 0). */
  readonly pairs: readonly ResolvedSource[];
  readonly noSource: ResolvedSource;
}

const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#86bcb6',
];
const NO_SOURCE_COLOR = '#9e9e9e';

/** A stable colour per name, so a source keeps its colour from one report to the next. */
export function paletteColor(name: string): string {
  let h = 0;
  const key = name.toLowerCase();
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0;
  return PALETTE[Math.abs(h) % PALETTE.length];
}

function ruleMatches(rule: SourceRule, value: string, lower: string): boolean {
  if (rule.values.indexOf(lower) >= 0) return true;
  // search() ignores lastIndex, so a pattern compiled with /g stays stateless.
  for (const p of rule.patterns) if (value.search(p) >= 0) return true;
  return false;
}

export function makeSourceResolver(
  settings: Settings,
  locale: Locale,
  costSourceValues: Iterable<string>,
): SourceResolver {
  return new CachedResolver(settings, locale, costSourceValues);
}

/**
 * A class rather than closures: the report passes call `resolve` per record, and a method shared by every
 * resolver stays inlined in their optimised code from one dataset to the next (a new closure per dataset
 * would be a new call target each time).
 */
class CachedResolver implements SourceResolver {
  readonly sources: SourceInfo[] = [];
  readonly pairs: ResolvedSource[] = [];
  readonly noSource: ResolvedSource;
  private readonly rules: readonly SourceRule[];
  private readonly costKeys = new Set<string>();
  private readonly byName = new Map<string, SourceInfo>();
  private readonly ruleSource: SourceInfo[];
  /** Index of the first rule matching a trimmed value, −1 when none does. */
  private readonly ruleCache = new Map<string, number>();
  /** Two-level cache: no string concatenation (no allocation) per record. */
  private readonly cache = new Map<string, Map<string, ResolvedSource>>();

  /** One instance kept for the life of the script, so the class's hidden class (and that inlining) survives. */
  static readonly shapeKeeper = new CachedResolver(
    {
      baseCurrency: 'RUB',
      rates: {},
      wonStages: [],
      lostStages: [],
      wonByCloseDate: false,
      unprocessedDays: 0,
      alpha: 0,
      minSample: 0,
      sources: [],
      channels: [],
      manualCosts: [],
      hasSourcesTab: false,
    },
    'en',
    [],
  );

  constructor(settings: Settings, locale: Locale, costSourceValues: Iterable<string>) {
    this.rules = settings.sources;
    for (const v of costSourceValues) {
      const t = v.trim().toLowerCase();
      if (t) this.costKeys.add(t);
    }
    // Rules first, in sheet order; two rows with one name are one source (the first row's type and colour).
    this.ruleSource = this.rules.map((r) => {
      const name = r.name.trim();
      return (
        this.byName.get(name.toLowerCase()) ??
        this.register(name, r.type, r.color || paletteColor(name), false, true)
      );
    });
    const noInfo = this.register(pick(NO_SOURCE, locale), 'organic', NO_SOURCE_COLOR, true, false);
    this.noSource = this.toResolved(noInfo, false, '');
  }

  resolve(utmSource: string, crmSource: string): ResolvedSource {
    let inner = this.cache.get(utmSource);
    if (inner === undefined) {
      inner = new Map();
      this.cache.set(utmSource, inner);
    }
    let r = inner.get(crmSource);
    if (r === undefined) {
      r = this.resolveUncached(utmSource, crmSource);
      inner.set(crmSource, r);
    }
    return r;
  }

  private register(
    name: string,
    type: SourceType,
    color: string,
    noSource: boolean,
    fromRule: boolean,
  ): SourceInfo {
    const info: SourceInfo = { id: this.sources.length, name, type, color, noSource, fromRule };
    this.sources.push(info);
    const key = name.toLowerCase();
    if (!this.byName.has(key)) this.byName.set(key, info);
    return info;
  }

  private toResolved(info: SourceInfo, matched: boolean, value: string): ResolvedSource {
    const r: ResolvedSource = {
      id: info.id,
      name: info.name,
      type: info.type,
      color: info.color,
      matched,
      value,
      pair: this.pairs.length,
    };
    this.pairs.push(r);
    return r;
  }

  private ruleOf(value: string): number {
    let idx = this.ruleCache.get(value);
    if (idx === undefined) {
      idx = -1;
      const lower = value.toLowerCase();
      for (let i = 0; i < this.rules.length; i++) {
        if (ruleMatches(this.rules[i], value, lower)) {
          idx = i;
          break;
        }
      }
      this.ruleCache.set(value, idx);
    }
    return idx;
  }

  private resolveUncached(utm: string, crm: string): ResolvedSource {
    const u = utm.trim();
    const c = crm.trim();
    const byUtm = u ? this.ruleOf(u) : -1;
    const ruleIdx = byUtm >= 0 ? byUtm : c ? this.ruleOf(c) : -1;
    if (ruleIdx >= 0) return this.toResolved(this.ruleSource[ruleIdx], true, '');
    const value = u || c;
    if (!value) return this.noSource;
    const key = value.toLowerCase();
    const info =
      this.byName.get(key) ??
      this.register(value, this.costKeys.has(key) ? 'paid' : 'organic', paletteColor(value), false, false);
    return this.toResolved(info, false, value);
  }
}
