/** Collects findings with the raw value quoted as the user would recognise it. */
import type { Cell, Finding, FindingKind } from '../model';
import { MAX_QUOTED, quoteCell } from '../parse/text';

export class FindingList {
  readonly items: Finding[] = [];

  /** `row` is the 1-based sheet row; `column` the header as written in the sheet. */
  add(kind: FindingKind, tab: string, row: number, column: string, value?: Cell, id?: string): void {
    const finding: Finding = { kind, ref: { tab, row, column } };
    if (id !== undefined && id !== '') finding.id = id.length > MAX_QUOTED ? id.slice(0, MAX_QUOTED) : id;
    if (value !== undefined) finding.value = quoteCell(value);
    this.items.push(finding);
  }
}
