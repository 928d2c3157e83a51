/**
 * Leads and deals, day by day in creation order (so IDs grow with time, as in a real Bitrix24 export).
 * A converted lead schedules its deal a few days later into a per-day bucket; the bucket is emitted when its
 * day comes. Rows are `getValues()`-style: numbers, `Date` instants, text, '' for empty. Repeated texts
 * (titles, sources, names) are shared strings, so a million leads stay within a few hundred MB.
 */
import type { Cell, DayNum } from '../../src/core/model';
import type { ExampleCalendar } from './calendar';
import {
  CHANNELS,
  CUSTOM_PIPELINE,
  CUSTOM_WON_STAGE,
  DIRECT_DEAL_SOURCES,
  DIRECT_DEAL_TITLES,
  KZT_PER_RUB,
  LEAD_STATUS,
  MAIN_PIPELINE,
  MANAGERS,
  RATES,
  STAGES,
  type Channel,
} from './catalog';
import { dottedDateTime, englishAmount, moscowDate, moscowInstant, russianAmount } from './format';
import { cumulative, pickIndex, roughNormal, type Rng } from './random';

export const FIRST_LEAD_ID = 10_001;
export const FIRST_DEAL_ID = 5_001;
/** Deal sequence numbers (0-based) that get the currency without a rate. */
const KZT_DEALS = new Set([17, 517]);
const TEXT_DATE_SHARE = 0.04;
const DIRECT_DEAL_PER_LEAD = 0.025;
/** Older than this, a lead is settled (converted or junk) unless its manager neglects it. */
const SETTLED_AFTER_DAYS = 5;

export interface CrmRows {
  leads: Cell[][];
  deals: Cell[][];
  /** Leads per day (index = day − span.from) and channel (index into CHANNELS): feeds the cost rows. */
  leadsPerDay: Int32Array;
}

interface PendingDeal {
  leadId: number | '';
  channel: number;
  manager: number;
  crmSource: string;
  utmSource: string;
  title: string;
  minute: number;
}

const HOUR_WEIGHTS = [
  0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 1, 3, 8, 9, 9, 8, 6, 8, 8, 8, 7, 5, 4, 3, 2, 1.5, 0.8,
];
const HOURS = cumulative(HOUR_WEIGHTS);
const MANAGER_PICK = cumulative(MANAGERS.map((m) => m.share));
const MANAGER_PICK_BY_CHANNEL = CHANNELS.map((c) =>
  cumulative(MANAGERS.map((m) => m.share * (m.moreOf[c.key] ?? 1))),
);
const CHANNEL_INDEX: Record<string, number> = {};
CHANNELS.forEach((c, i) => (CHANNEL_INDEX[c.key] = i));
const CHANNEL_OF_CRM_SOURCE: Record<string, number> = {
  Звонок: CHANNEL_INDEX.call,
  Рекомендация: CHANNEL_INDEX.referral,
  Выставка: CHANNEL_INDEX.exhibition,
  '': CHANNEL_INDEX.none,
};

function businessMinute(rng: Rng): number {
  return pickIndex(HOURS, rng.next()) * 60 + rng.int(60);
}

/** Leads per day: fewer at weekends, a gentle upward trend; rounding carried so the total is exact. */
function dailyLeadCounts(cal: ExampleCalendar, total: number): Int32Array {
  const days = cal.span.to - cal.span.from + 1;
  const weights = new Float64Array(days);
  let sum = 0;
  for (let i = 0; i < days; i++) {
    const weekday = (cal.span.from + i + 4) % 7; // day 0 (1970-01-01) was a Thursday; 0 = Sunday
    const weekend = weekday === 0 ? 0.45 : weekday === 6 ? 0.55 : 1;
    weights[i] = weekend * (0.85 + (0.3 * i) / days);
    sum += weights[i];
  }
  const counts = new Int32Array(days);
  let acc = 0;
  let given = 0;
  for (let i = 0; i < days; i++) {
    acc += (total * weights[i]) / sum;
    counts[i] = Math.round(acc) - given;
    given += counts[i];
  }
  return counts;
}

/** Channel mix of one day: exhibition leads cluster around the stand, billboard leads while boards hang. */
function channelTables(cal: ExampleCalendar): (day: DayNum) => Float64Array {
  const exhibition = CHANNEL_INDEX.exhibition;
  const billboard = CHANNEL_INDEX.billboard;
  const tables: Float64Array[] = [];
  for (let flags = 0; flags < 4; flags++) {
    tables.push(
      cumulative(
        CHANNELS.map((c, i) => {
          if (i === exhibition) return c.share * (flags & 1 ? 6 : 0.15);
          if (i === billboard) return c.share * (flags & 2 ? 1 : 0.2);
          return c.share;
        }),
      ),
    );
  }
  return (day) => {
    const atExhibition = day >= cal.exhibition.from && day <= cal.exhibition.to + 10 ? 1 : 0;
    const billboardsUp = day >= cal.billboards.from && day <= cal.billboards.to + 5 ? 2 : 0;
    return tables[atExhibition | billboardsUp];
  };
}

export function generateCrm(rng: Rng, cal: ExampleCalendar, leadTotal: number): CrmRows {
  const { from, to: endDay } = cal.span;
  const days = endDay - from + 1;
  const perDay = dailyLeadCounts(cal, leadTotal);
  const channelTableOf = channelTables(cal);
  const leadsPerDay = new Int32Array(days * CHANNELS.length);
  const buckets: PendingDeal[][] = [];
  for (let i = 0; i < days; i++) buckets.push([]);
  const leads: Cell[][] = [];
  const deals: Cell[][] = [];
  let leadSeq = 0;
  let dealSeq = 0;

  const schedule = (day: DayNum, deal: PendingDeal): void => {
    buckets[Math.min(day, endDay) - from].push(deal);
  };

  function emitDeal(pending: PendingDeal, day: DayNum): void {
    const seq = dealSeq++;
    const channel = CHANNELS[pending.channel];
    const manager = MANAGERS[pending.manager];
    const weak = manager.weakOn[channel.key];
    const age = endDay - day;
    // Most deals close within two weeks (small-ticket B2C), so last month's cohort already has outcomes.
    const closed = rng.chance(Math.min(0.97, 0.35 + (0.62 * age) / 14));
    const won = closed && rng.chance(channel.win * (weak ? weak.win : 1));
    const custom = rng.chance(0.12);
    const stage = dealStage(rng, closed, won, custom);
    const closeDay = closed ? day + rng.int(Math.min(age, 21) + 1) : day + 7 + rng.int(40);
    const fromLead = pending.leadId !== '';
    const inherits = fromLead && rng.chance(0.25);
    const { amount, currency } = dealAmount(rng, channel, seq, stage);
    deals.push([
      FIRST_DEAL_ID + seq,
      pending.title,
      stage,
      amount,
      currency,
      rng.chance(TEXT_DATE_SHARE) ? dottedDateTime(day, pending.minute) : moscowInstant(day, pending.minute),
      moscowDate(closeDay),
      manager.name,
      inherits ? '' : pending.crmSource,
      inherits ? '' : pending.utmSource,
      pending.leadId,
      custom ? CUSTOM_PIPELINE : MAIN_PIPELINE,
    ]);
  }

  for (let di = 0; di < days; di++) {
    const day = from + di;
    const n = perDay[di];
    const minutes = new Uint16Array(n);
    for (let k = 0; k < n; k++) minutes[k] = businessMinute(rng);
    minutes.sort();
    const table = channelTableOf(day);
    const age = endDay - day;
    for (let k = 0; k < n; k++) {
      const ci = pickIndex(table, rng.next());
      const mi = pickIndex(MANAGER_PICK_BY_CHANNEL[ci], rng.next());
      const channel = CHANNELS[ci];
      const manager = MANAGERS[mi];
      const id = FIRST_LEAD_ID + leadSeq++;
      const minute = minutes[k];
      const crmSource = rng.pick(channel.crmSources);
      const utmSource = channel.utmShare >= 1 || rng.chance(channel.utmShare) ? channel.utmSource : '';
      const title = rng.pick(channel.leadTitles);
      const weak = manager.weakOn[channel.key];
      let status: string;
      if (rng.chance(channel.convert * (weak ? weak.convert : 1))) {
        status = LEAD_STATUS.converted;
        const lag = rng.chance(0.5) ? 0 : rng.chance(0.4) ? 1 : 2 + rng.int(6);
        const dealMinute = lag === 0 ? Math.min(1439, minute + 5 + rng.int(120)) : businessMinute(rng);
        schedule(day + lag, {
          leadId: id,
          channel: ci,
          manager: mi,
          crmSource,
          utmSource,
          title,
          minute: dealMinute,
        });
      } else if (age >= SETTLED_AFTER_DAYS) {
        status = rng.chance(manager.leavesUnprocessed) ? LEAD_STATUS.fresh : LEAD_STATUS.junk;
      } else {
        const r = rng.next();
        status = r < 0.45 ? LEAD_STATUS.fresh : r < 0.75 ? LEAD_STATUS.working : LEAD_STATUS.junk;
      }
      leads.push([
        id,
        title,
        rng.chance(TEXT_DATE_SHARE) ? dottedDateTime(day, minute) : moscowInstant(day, minute),
        crmSource,
        utmSource,
        utmSource ? channel.utmMedium : '',
        utmSource ? rng.pick(channel.campaigns) : '',
        manager.name,
        status,
      ]);
      leadsPerDay[di * CHANNELS.length + ci]++;
      if (rng.chance(DIRECT_DEAL_PER_LEAD)) {
        const source = rng.pick(DIRECT_DEAL_SOURCES);
        schedule(day, {
          leadId: '',
          channel: CHANNEL_OF_CRM_SOURCE[source],
          manager: pickIndex(MANAGER_PICK, rng.next()),
          crmSource: source,
          utmSource: '',
          title: rng.pick(DIRECT_DEAL_TITLES),
          minute: businessMinute(rng),
        });
      }
    }
    const due = buckets[di];
    due.sort((a, b) => a.minute - b.minute);
    for (const pending of due) emitDeal(pending, day);
    buckets[di] = [];
  }
  return { leads, deals, leadsPerDay };
}

function dealStage(rng: Rng, closed: boolean, won: boolean, custom: boolean): string {
  if (custom) {
    if (won) return rng.chance(0.5) ? CUSTOM_WON_STAGE : STAGES.customWon;
    return closed ? STAGES.customLost : rng.pick(STAGES.customOpen);
  }
  if (won) return STAGES.won;
  if (closed) return rng.chance(0.8) ? STAGES.lost : STAGES.apology;
  return rng.pick(STAGES.open);
}

function dealAmount(
  rng: Rng,
  channel: Channel,
  seq: number,
  stage: string,
): { amount: Cell; currency: string } {
  // New deals often have no amount yet in Bitrix24.
  if ((stage === 'Новая' || stage === 'C1:NEW') && rng.chance(0.5)) return { amount: 0, currency: 'RUB' };
  const rub = Math.max(1_000, Math.round((channel.amount * Math.exp(0.5 * roughNormal(rng))) / 500) * 500);
  if (KZT_DEALS.has(seq)) return { amount: Math.round((rub * KZT_PER_RUB) / 100) * 100, currency: 'KZT' };
  if (rng.chance(0.015)) {
    const usd = Math.max(10, Math.round(rub / RATES.USD / 10) * 10);
    return { amount: rng.chance(0.3) ? englishAmount(usd) : usd, currency: 'USD' };
  }
  return { amount: rng.chance(0.03) ? russianAmount(rub, '₽') : rub, currency: 'RUB' };
}
