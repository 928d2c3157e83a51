/** The Costs tab (ad cabinet exports) → CostRow records. */
import type { Cell, CostRow, Refusal, TabData } from '../model';
import type { DateReader } from '../parse/date';
import { normaliseCurrency } from '../parse/currency';
import { parseNumber } from '../parse/number';
import { isBlank } from '../parse/text';
import { openTab, refusalsOf } from './columns';
import type { FindingList } from './findings';
import { COST_COLUMNS } from './headers';
import { normaliseName } from './normalise';
import { isBlankRow, textAt } from './rows';

/** Summary rows that ad cabinet exports append: skipped silently, their cost is already in the other rows. */
const TOTAL_LABELS = new Set(['итого', 'итог', 'всего', 'total', 'totals', 'grand total']);

function isTotalRow(dateCell: Cell | undefined): boolean {
  return typeof dateCell === 'string' && TOTAL_LABELS.has(normaliseName(dateCell));
}

export interface CostsRead {
  costs: CostRow[];
  rowCount: number;
  refusals: Refusal[];
}

/**
 * A row with a missing or unreadable date or cost is left out and reported (never counted as 0), and so is a
 * negative cost (reported as an unreadable value: a cost cannot be negative). A blank row is skipped
 * silently, and so is a summary row («Итого», "Total") of a cabinet export. Unreadable impressions or clicks are null and reported; the row still counts its cost.
 * An empty tab means no costs, not a refusal.
 */
export function readCosts(tab: TabData, readDate: DateReader, findings: FindingList): CostsRead {
  const opened = openTab(tab, COST_COLUMNS, ['date', 'source', 'cost']);
  const costs: CostRow[] = [];
  if (!opened.located) return { costs, rowCount: 0, refusals: [] };
  const refusals = refusalsOf(tab, COST_COLUMNS, opened);
  if (refusals.length > 0) return { costs, rowCount: 0, refusals };

  const { col, header, headerRow } = opened.located;
  const name = tab.name;
  const values = tab.values;
  let rowCount = 0;

  /** An optional count column: null when blank, unreadable or negative (the last two reported). */
  function countAt(row: Cell[], c: number, column: string, sheetRow: number): number | null {
    if (c < 0 || isBlank(row[c])) return null;
    const n = parseNumber(row[c]);
    if (n === null || n < 0) {
      findings.add('unreadableValue', name, sheetRow, column, row[c]);
      return null;
    }
    return n;
  }

  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r];
    const sheetRow = r + 1;
    const dateCell = row[col.date];
    const costCell = row[col.cost];
    const dateBlank = isBlank(dateCell);
    const costBlank = isBlank(costCell);
    if ((dateBlank || costBlank) && isBlankRow(row)) continue;
    if (isTotalRow(dateCell)) continue;
    rowCount++;
    const date = dateBlank ? null : readDate(dateCell);
    if (date === null) {
      findings.add(
        dateBlank ? 'missingValue' : 'unreadableValue',
        name,
        sheetRow,
        header.date,
        dateCell ?? '',
      );
      continue;
    }
    const cost = costBlank ? null : parseNumber(costCell);
    if (cost === null || cost < 0) {
      findings.add(
        costBlank ? 'missingValue' : 'unreadableValue',
        name,
        sheetRow,
        header.cost,
        costCell ?? '',
      );
      continue;
    }
    costs.push({
      row: sheetRow,
      date,
      source: textAt(row, col.source),
      campaign: textAt(row, col.campaign),
      cost,
      impressions: countAt(row, col.impressions, header.impressions, sheetRow),
      actions: countAt(row, col.clicks, header.clicks, sheetRow),
      currency: normaliseCurrency(textAt(row, col.currency)),
    });
  }
  return { costs, rowCount, refusals };
}
