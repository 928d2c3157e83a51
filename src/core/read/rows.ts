/** Small per-row helpers shared by the tab readers. */
import type { Cell } from '../model';
import { cellText, isBlank } from '../parse/text';

export function isBlankRow(row: readonly Cell[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

/** A text column's trimmed value; '' when the column is absent (c < 0) or the row is short. */
export function textAt(row: readonly Cell[], c: number): string {
  return c < 0 ? '' : cellText(row[c]);
}

/** An ID as text: finite numbers and non-empty text; booleans, Dates and NaN are unreadable (null). */
export function idOf(cell: Cell): string | null {
  if (typeof cell === 'string') return cell.trim() || null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : null;
  return null;
}
