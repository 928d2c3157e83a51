/** Small lookups over generated tabs, shared by the example-data tests. */
import type { Cell, TabData } from '../../src/core/model';

export function tab(tabs: TabData[], name: string): Cell[][] {
  const found = tabs.find((t) => t.name === name);
  if (!found) throw new Error(`no tab ${name}`);
  return found.values;
}

/** Data rows below the header row at `headerRow` (0-based). */
export function dataRows(tabs: TabData[], name: string, headerRow = 0): Cell[][] {
  return tab(tabs, name).slice(headerRow + 1);
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
