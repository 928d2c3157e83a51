/**
 * "Custom function number form over 10,000-row ranges": MARKETING_ROI(revenue, cost) with two 10,000×1 ranges,
 * called as Sheets calls it — a top-level function of the built dist/Code.js, in a fresh execution (the
 * script loaded afresh, as Apps Script does per call) on the local host. Needs `npm run build` first.
 */
import { createHost } from '../local/host';
import { loadAddon } from '../local/sandbox';
import { medianMs } from './timing';
import type { ExtraBench } from './extras';

const ROWS = 10_000;

export const customFunctionBench: ExtraBench = {
  label: 'custom function MARKETING_ROI over two 10,000×1 ranges (local host, built bundle)',
  run() {
    const host = createHost();
    const addon = loadAddon(host);
    const revenue: number[][] = [];
    const cost: number[][] = [];
    for (let i = 0; i < ROWS; i++) {
      revenue.push([1000 + (i % 97) * 13]);
      cost.push([i % 50 === 0 ? 0 : 500 + (i % 31) * 7]);
    }
    const { ms, sink } = medianMs(() => addon.callCustomFunction('MARKETING_ROI', revenue, cost), 7);
    const rows = Array.isArray(sink) ? sink.length : 0;
    return { ms, note: `median of 7, ${rows} rows returned, budget 200 ms` };
  },
};
