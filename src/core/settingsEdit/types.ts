import type { MANUAL_COSTS_LAYOUT } from '../read/settingsTabs';

/**
 * What the sidebar edits, as plain JSON-safe records: rows of the settings tabs as the admin sees them, and the
 * edits the core turns into cell writes. No Dates cross the google.script.run boundary: days are ISO strings.
 */
import type { Cell, SourceType } from '../model';

/**
 * A row of a settings tab as it was listed: its 1-based sheet row and a key of its exact content. An edit finds
 * the row again by that key, so a row moved by someone else's insert or delete is still found, and a row changed
 * by someone else is never overwritten.
 */
export interface RowRef {
  row: number;
  key: string;
}

/** A Sources or Channels rule as listed. */
export interface RuleRow {
  ref: RowRef;
  name: string;
  /** Sources only ('' for channels). */
  type: SourceType | '';
  /** The Type cell as written, when it is not a known word (shown as a problem). */
  badType: string;
  /** The Matches cell as written. */
  matches: string;
  /** Sources only. */
  color: string;
}

/** What the admin types for a rule. */
export interface RuleInput {
  name: string;
  type?: SourceType;
  matches: string;
  color?: string;
}

/** The Manual costs columns, in the tab's order (one definition: the tab layout). */
export type ManualCostField = (typeof MANUAL_COSTS_LAYOUT.order)[number];

/** A manual cost as listed: values read as the reports read them, or null where unreadable. */
export interface ManualCostRow {
  ref: RowRef;
  source: string;
  /** ISO `YYYY-MM-DD`, null when unreadable or missing. */
  from: string | null;
  to: string | null;
  amount: number | null;
  currency: string;
  actions: number | null;
  category: string;
  comment: string;
  /** Cells the reports cannot read (the row is then left out of the reports). */
  problems: ManualCostField[];
}

/** What the admin types for a manual cost: every field as text, dates as ISO `YYYY-MM-DD`. */
export type ManualCostInput = Record<ManualCostField, string>;

export type ValidationCode =
  | 'required'
  | 'unknownSource'
  | 'badDate'
  | 'toBeforeFrom'
  | 'tooLong'
  | 'notNumber'
  | 'notPositive'
  | 'negative'
  | 'badCurrency'
  | 'textTooLong';

export type FieldErrors = Partial<Record<ManualCostField, ValidationCode>>;

/** Cells to write to one tab: row blocks (1-based rows, 1-based first column), then rows to delete. */
export interface TabEdit {
  /** True when the tab does not exist yet: create it, then apply the writes. */
  create: boolean;
  writes: { row: number; column: number; values: Cell[][] }[];
  /** 1-based rows to delete, highest first (applied after the writes). */
  deletes: number[];
}
