/**
 * Extra benchmark lines printed under the size table, each measured in the main process.
 * Add an entry per line; `run` returns the median time in ms (use medianMs from ./timing) and a short note.
 *
 * Reserved: "custom function number form over 10,000-row ranges" — e.g. MARKETING_ROI(revenue, cost) with two
 * 10,000×1 ranges, timed through the same entry the add-on exposes. The lead adds it here.
 */
export interface ExtraBench {
  label: string;
  run(): { ms: number; note: string };
}

export const EXTRA_BENCHES: ExtraBench[] = [];
