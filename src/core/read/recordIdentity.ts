/**
 * The step every CRM record row starts with, for Leads and Deals alike: its ID and its Created day. A row
 * whose ID or Created date is missing or unreadable is left out and reported; a later row repeating an ID is
 * left out and reported (the first is kept); a blank row is skipped silently. A class with reused fields, not
 * a result object per row: it runs once per row of a 1M-row tab.
 */
import type { Cell, DayNum } from '../model';
import type { DateReader } from '../parse/date';
import { isBlank } from '../parse/text';
import type { FindingList } from './findings';
import { IdIndex } from './idIndex';
import { idOf, isBlankRow } from './rows';

/** What `read` found: a blank row (not counted), a row left out (counted, reported), or a record. */
export const BLANK_ROW = 0;
export const LEFT_OUT = 1;
export const RECORD = 2;
export type RowState = typeof BLANK_ROW | typeof LEFT_OUT | typeof RECORD;

export class RecordIdentity {
  /** The record's ID and Created day, valid after `read` returned RECORD. */
  id = '';
  created: DayNum = 0;
  /** IDs kept so far, in record order. */
  readonly seen = new IdIndex();

  private readonly cId: number;
  private readonly cCreated: number;
  private readonly idHeader: string;
  private readonly createdHeader: string;

  /** `col` and `header`: the located columns of the tab (indices and header texts). */
  constructor(
    private readonly tab: string,
    col: { id: number; created: number },
    header: { id: string; created: string },
    private readonly readDate: DateReader,
    private readonly findings: FindingList,
  ) {
    this.cId = col.id;
    this.cCreated = col.created;
    this.idHeader = header.id;
    this.createdHeader = header.created;
  }

  read(row: readonly Cell[], sheetRow: number): RowState {
    const idCell = row[this.cId];
    if (isBlank(idCell)) {
      if (isBlankRow(row)) return BLANK_ROW;
      this.findings.add('missingValue', this.tab, sheetRow, this.idHeader, '');
      return LEFT_OUT;
    }
    const id = idOf(idCell);
    if (id === null) {
      this.findings.add('unreadableValue', this.tab, sheetRow, this.idHeader, idCell);
      return LEFT_OUT;
    }
    const createdCell = row[this.cCreated];
    const created = isBlank(createdCell) ? null : this.readDate(createdCell);
    if (created === null) {
      const kind = isBlank(createdCell) ? 'missingValue' : 'unreadableValue';
      this.findings.add(kind, this.tab, sheetRow, this.createdHeader, createdCell ?? '', id);
      return LEFT_OUT;
    }
    if (!this.seen.add(typeof idCell === 'number' ? idCell : null, id)) {
      this.findings.add('duplicateId', this.tab, sheetRow, this.idHeader, id, id);
      return LEFT_OUT;
    }
    this.id = id;
    this.created = created;
    return RECORD;
  }
}
