/** Opening a tab: its header row, its columns, and the required ones that are missing. */
import type { Refusal, TabData } from '../model';
import { locateColumns, type Families, type Located } from './headers';

export interface OpenedTab<K extends string> {
  located: Located<K> | null;
  /** Required families with no column; empty when the tab has no header row at all (located is null). */
  missing: K[];
}

export function openTab<K extends string>(
  tab: TabData,
  families: Families<K>,
  required: readonly NoInfer<K>[],
): OpenedTab<K> {
  const located = locateColumns(tab.values, families, required);
  if (!located) return { located, missing: [] };
  return { located, missing: required.filter((key) => located.col[key] < 0) };
}

/** The refusal for a missing required column: the tab, the column (English label) and the accepted headers. */
export function missingColumnRefusal(tab: string, column: string, accepted: readonly string[]): Refusal {
  return { kind: 'missingColumn', tab, column, accepted: [...accepted] };
}

/** Refusals for a data tab that cannot be read: empty, or missing required columns. */
export function refusalsOf<K extends string>(
  tab: TabData,
  families: Families<K>,
  opened: OpenedTab<K>,
): Refusal[] {
  if (!opened.located) return [{ kind: 'emptyTab', tab: tab.name }];
  return opened.missing.map((key) =>
    missingColumnRefusal(tab.name, families[key].label.en, families[key].synonyms),
  );
}
