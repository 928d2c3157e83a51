/** Data tabs found by name: Russian or English, case and surrounding spaces ignored. */
import type { TabData } from '../model';
import type { Text } from '../i18n/locale';
import { normaliseName } from './normalise';

export interface TabName {
  /** The canonical names, as the add-on would create the tab. */
  name: Text;
  /** Every accepted name (the canonical ones included). */
  accepted: readonly string[];
}

export const LEADS_TAB: TabName = { name: { ru: 'Лиды', en: 'Leads' }, accepted: ['Лиды', 'Leads'] };
export const DEALS_TAB: TabName = { name: { ru: 'Сделки', en: 'Deals' }, accepted: ['Сделки', 'Deals'] };
export const COSTS_TAB: TabName = { name: { ru: 'Расходы', en: 'Costs' }, accepted: ['Расходы', 'Costs'] };

/** The first tab whose name is one of the accepted names, or null. */
export function findTab(tabs: readonly TabData[], tab: TabName): TabData | null {
  const wanted = new Set(tab.accepted.map(normaliseName));
  for (const t of tabs) if (wanted.has(normaliseName(t.name))) return t;
  return null;
}
