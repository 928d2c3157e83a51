/**
 * The calendar of the example: the span of days it covers and the dated offline events (an exhibition across
 * a month boundary, two months of billboards) that both the leads and the manual costs follow.
 */
import type { DayNum, Period } from '../../src/core/model';
import { dayFromYmd, ymdOfDay } from '../../src/core/time/days';

export interface ExampleCalendar {
  span: Period;
  /** First day of every month touched by the span, in order. */
  monthStarts: DayNum[];
  exhibition: Period;
  billboards: Period;
}

function monthStart(day: DayNum, monthsBack: number): DayNum {
  const { year, month } = ymdOfDay(day);
  const index = year * 12 + (month - 1) - monthsBack;
  return dayFromYmd(Math.floor(index / 12), (index % 12) + 1, 1) as DayNum;
}

export function exampleCalendar(endDay: DayNum, months: number): ExampleCalendar {
  const count = Math.max(1, Math.floor(months));
  const start = monthStart(endDay, count - 1);
  const monthStarts: DayNum[] = [];
  for (let back = count - 1; back >= 0; back--) monthStarts.push(monthStart(endDay, back));
  const lastMonth = monthStarts[monthStarts.length - 1];
  const clamp = (d: DayNum): DayNum => Math.min(endDay, Math.max(start, d));
  // The exhibition straddles the start of the last month, so a monthly report splits its cost.
  const exhibition = { from: clamp(lastMonth - 3), to: clamp(lastMonth + 2) };
  // Billboards run the two months before the last one (or what of them the span holds).
  const billboards = { from: clamp(monthStart(endDay, 2)), to: clamp(lastMonth - 1) };
  return { span: { from: start, to: endDay }, monthStarts, exhibition, billboards };
}
