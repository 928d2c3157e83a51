/**
 * Traffic influence («Влияние трафика»): per responsible manager, a total and a row per source with leads,
 * deals, won, conversion and revenue, each count carrying exactly the IDs it counts (the drill-down).
 *
 * - A lead's manager is the lead's responsible; a deal's manager is the deal's responsible (as in Bitrix24).
 *   An empty responsible is "No responsible", listed after the named managers (sorted locale-aware).
 * - Periods and money follow the engine's rules exactly (creation day, ★ close day for won when set; base
 *   currency; unknown currency left out), so every total equals Ad payback's Total.
 * - Conversion = won ÷ the first non-zero of (leads, deals) (no actions per manager).
 * - Flags: see ../stats/managerFlag.ts. The test's trials per source are its leads, or its deals when nobody
 *   has a lead from that source in the period: one base per source, the same for every manager.
 * - Unprocessed: open leads created in the period older than settings.unprocessedDays on params.today.
 */
import { aggregateBySource } from '../engine/aggregate';
import { compareNames } from '../engine/collate';
import { reportConversion } from '../engine/metrics';
import { prepareDataset, type PreparedDataset } from '../engine/prepared';
import { NO_MANAGER } from '../i18n/common';
import { pick } from '../i18n/locale';
import type {
  Dataset,
  Deal,
  InfluenceCell,
  InfluenceManager,
  Lead,
  Period,
  ReportParams,
  TrafficInfluenceModel,
} from '../model';
import { lowerConversionFlag } from '../stats/managerFlag';
import { reportHeader } from './header';

function emptyCell(): InfluenceCell {
  return {
    leads: 0,
    deals: 0,
    won: 0,
    conversion: null,
    revenue: 0,
    leadIds: [],
    dealIds: [],
    wonIds: [],
    flag: null,
  };
}

interface ManagerAcc {
  name: string;
  total: InfluenceCell;
  /** Indexed by source id. */
  bySource: (InfluenceCell | undefined)[];
  unprocessed: { count: number; ids: string[]; oldestDays: number };
}

/** Managers met so far, by name and by raw responsible text. */
interface ManagerIndex {
  managers: Map<string, ManagerAcc>;
  /** Raw responsible text → accumulator, so " Anna " and "Anna" share one without trimming every row. */
  byRaw: Map<string, ManagerAcc>;
  noManager: string;
}

function managerOf(index: ManagerIndex, raw: string): ManagerAcc {
  let m = index.byRaw.get(raw);
  if (m === undefined) {
    const name = raw.trim() || index.noManager;
    m = index.managers.get(name);
    if (m === undefined) {
      m = { name, total: emptyCell(), bySource: [], unprocessed: { count: 0, ids: [], oldestDays: 0 } };
      index.managers.set(name, m);
    }
    index.byRaw.set(raw, m);
  }
  return m;
}

function cellOf(m: ManagerAcc, sourceId: number): InfluenceCell {
  let c = m.bySource[sourceId];
  if (c === undefined) {
    c = emptyCell();
    m.bySource[sourceId] = c;
  }
  return c;
}

/*
 * One function per record array (one hot loop each), so each is optimised whole and stays so between
 * datasets. Records go by the prepared day columns: an object is read only when it falls in the period.
 */

function countLeads(
  index: ManagerIndex,
  total: InfluenceCell,
  leads: readonly Lead[],
  prep: PreparedDataset,
  period: Period,
  today: number,
  unprocessedDays: number,
): void {
  const { from, to } = period;
  const { leadCreated, leadSource } = prep;
  for (let i = 0; i < leadCreated.length; i++) {
    if (!(leadCreated[i] >= from && leadCreated[i] <= to)) continue;
    const l = leads[i];
    const m = managerOf(index, l.responsible);
    const cell = cellOf(m, leadSource[i]);
    cell.leads++;
    cell.leadIds.push(l.id);
    m.total.leads++;
    m.total.leadIds.push(l.id);
    total.leads++;
    total.leadIds.push(l.id);
    if (l.outcome === 'open') {
      const age = today - l.created;
      if (age > unprocessedDays) {
        m.unprocessed.count++;
        m.unprocessed.ids.push(l.id);
        if (age > m.unprocessed.oldestDays) m.unprocessed.oldestDays = age;
      }
    }
  }
}

function countDeals(
  index: ManagerIndex,
  total: InfluenceCell,
  deals: readonly Deal[],
  prep: PreparedDataset,
  period: Period,
): void {
  const { from, to } = period;
  const { dealCreated, dealWonDay, dealSource, rateOf } = prep;
  for (let i = 0; i < dealCreated.length; i++) {
    const created = dealCreated[i] >= from && dealCreated[i] <= to;
    const won = dealWonDay[i] >= from && dealWonDay[i] <= to;
    if (!created && !won) continue;
    const d = deals[i];
    const m = managerOf(index, d.responsible);
    const cell = cellOf(m, dealSource[i]);
    if (created) {
      cell.deals++;
      cell.dealIds.push(d.id);
      m.total.deals++;
      m.total.dealIds.push(d.id);
      total.deals++;
      total.dealIds.push(d.id);
    }
    if (won) {
      const rate = d.amount === null ? null : rateOf(d.currency);
      const revenue = rate === null || d.amount === null ? 0 : d.amount * rate;
      addWon(cell, d.id, revenue);
      addWon(m.total, d.id, revenue);
      addWon(total, d.id, revenue);
    }
  }
}

export function buildTrafficInfluence(ds: Dataset, params: ReportParams): TrafficInfluenceModel {
  const { period, locale, today } = params;
  const settings = ds.settings;
  const prep = prepareDataset(ds, locale);
  const noManager = pick(NO_MANAGER, locale);

  const total = emptyCell();
  const index: ManagerIndex = { managers: new Map(), byRaw: new Map(), noManager };
  const managers = index.managers;
  countLeads(index, total, ds.leads, prep, period, today, settings.unprocessedDays);
  countDeals(index, total, ds.deals, prep, period);

  // Sources in Ad payback's order.
  const agg = aggregateBySource(ds, period, locale);
  const order = new Map<string, number>();
  agg.sources.forEach((s, i) => order.set(s.name, i));
  const sources = prep.resolver.sources;
  const rankOf = (id: number): number => order.get(sources[id].name) ?? Number.MAX_SAFE_INTEGER;

  // Per-source totals across managers, for the "others" side of the test.
  const sourceTotals: (InfluenceCell | undefined)[] = [];
  for (const m of managers.values()) {
    m.bySource.forEach((c, id) => {
      if (c === undefined) return;
      const t = sourceTotals[id] ?? emptyCell();
      t.leads += c.leads;
      t.deals += c.deals;
      t.won += c.won;
      sourceTotals[id] = t;
    });
  }

  const byName = compareNames(locale);
  const names = Array.from(managers.keys()).sort((a, b) =>
    a === noManager ? 1 : b === noManager ? -1 : byName(a, b),
  );

  const out: InfluenceManager[] = names.map((name) => {
    const m = managers.get(name) as ManagerAcc;
    finishCell(m.total);
    const rows: { source: string; cell: InfluenceCell; rank: number }[] = [];
    m.bySource.forEach((cell, id) => {
      if (cell === undefined) return;
      finishCell(cell);
      const st = sourceTotals[id] as InfluenceCell;
      const byLeads = st.leads > 0;
      const mTrials = byLeads ? cell.leads : cell.deals;
      const sTrials = byLeads ? st.leads : st.deals;
      cell.flag = lowerConversionFlag({
        managerWon: cell.won,
        managerTrials: mTrials,
        othersWon: st.won - cell.won,
        othersTrials: sTrials - mTrials,
        alpha: settings.alpha,
        minSample: settings.minSample,
      });
      rows.push({ source: sources[id].name, cell, rank: rankOf(id) });
    });
    rows.sort((a, b) => a.rank - b.rank);
    return {
      manager: name,
      total: m.total,
      sources: rows.map((r) => ({ source: r.source, cell: r.cell })),
      unprocessed: m.unprocessed,
    };
  });
  finishCell(total);

  return {
    header: reportHeader(ds, params),
    managers: out,
    total,
    alpha: settings.alpha,
    minSample: settings.minSample,
    unprocessedDays: settings.unprocessedDays,
  };
}

function addWon(c: InfluenceCell, id: string, revenue: number): void {
  c.won++;
  c.wonIds.push(id);
  c.revenue += revenue;
}

function finishCell(c: InfluenceCell): void {
  c.conversion = reportConversion(c.won, 0, c.leads, c.deals);
}
