/**
 * The Расходы tab: one row per day, paid channel and campaign, as an ad-cabinet export pasted in. Spend follows
 * the day's leads of that channel (cost per lead × noise) plus a floor, so quiet days still cost something.
 */
import type { Cell } from '../../src/core/model';
import type { ExampleCalendar } from './calendar';
import { CHANNELS } from './catalog';
import { dottedDate, moscowDate, russianAmount } from './format';
import type { Rng } from './random';

const round2 = (x: number): number => Math.round(x * 100) / 100;

export function generateCosts(rng: Rng, cal: ExampleCalendar, leadsPerDay: Int32Array): Cell[][] {
  const rows: Cell[][] = [];
  const days = cal.span.to - cal.span.from + 1;
  for (let di = 0; di < days; di++) {
    const day = cal.span.from + di;
    CHANNELS.forEach((channel, ci) => {
      if (channel.costPerLead <= 0) return;
      const leads = leadsPerDay[di * CHANNELS.length + ci] / channel.campaigns.length;
      for (const campaign of channel.campaigns) {
        const spend = round2((leads + 0.3) * channel.costPerLead * (0.75 + 0.5 * rng.next()));
        const clicks = Math.max(1, Math.round(spend / (channel.costPerClick * (0.8 + 0.4 * rng.next()))));
        const impressions = Math.round(clicks / (channel.clickThrough * (0.8 + 0.4 * rng.next())));
        // Some rows were typed or pasted as text: a dotted date, `1 234,50` with a plain or no-break space.
        const dateCell = rng.chance(0.05) ? dottedDate(day) : moscowDate(day);
        const spendCell = rng.chance(0.03)
          ? russianAmount(spend, '', rng.chance(0.5) ? ' ' : '\u00a0')
          : spend;
        rows.push([dateCell, channel.utmSource, campaign, impressions, clicks, spendCell]);
      }
    });
  }
  return rows;
}
