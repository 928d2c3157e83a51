/** A local host over generated tabs with the built add-on loaded: the harness of the host tests. */
import type { TabData } from '../../src/core/model';
import { createHost, type Host } from '../../local/host';
import { loadAddon, type AddonSandbox } from '../../local/sandbox';
import { spreadsheetFromTabs } from '../../local/fromTabs';
import { PERIOD_PROPERTY } from '../../src/addon/period';

export interface Harness {
  host: Host;
  addon: AddonSandbox;
}

export function hostWith(
  tabs: TabData[],
  options: { locale?: string; timeZone?: string; now?: Date } = {},
): Harness {
  const spreadsheet = spreadsheetFromTabs(tabs, options);
  const host = createHost({ spreadsheet, now: options.now ?? new Date('2026-12-04T09:00:00Z') });
  const addon = loadAddon(host);
  return { host, addon };
}

export function choosePeriod(host: Host, from: string, to: string, compare = true): void {
  host.properties.document.data.set(PERIOD_PROPERTY, JSON.stringify({ from, to, compare }));
}

/** Every value of every sheet except the given ones, for "no other tab changed" checks. */
export function snapshotExcept(host: Host, except: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of host.sheetNames()) if (!except.includes(name)) out[name] = host.values(name);
  return out;
}
