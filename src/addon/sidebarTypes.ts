/**
 * What crosses google.script.run between the sidebar and the server: plain JSON (no Dates — days are ISO
 * `YYYY-MM-DD` strings). Imported by both sides; types only, so the browser bundle gets nothing from it.
 */
import type { Locale } from '../core/model';
import type { ReportKind } from '../core/i18n/reportLabels';
import type {
  FieldErrors,
  ManualCostField,
  ManualCostInput,
  ManualCostRow,
  RowRef,
  RuleInput,
  RuleRow,
} from '../core/settingsEdit/types';
import type { UnmatchedValue } from '../core/settingsEdit/unmatched';
import type { RuleKind, ValueTarget } from '../core/settingsEdit/ruleEdit';

export type {
  FieldErrors,
  ManualCostField,
  ManualCostInput,
  ManualCostRow,
  ReportKind,
  RowRef,
  RuleInput,
  RuleKind,
  RuleRow,
  UnmatchedValue,
  ValueTarget,
};

/** The settings tabs as the sidebar shows them, re-read after every write. */
export interface SettingsState {
  locale: Locale;
  sources: RuleRow[];
  channels: RuleRow[];
  manualCosts: ManualCostRow[];
  /** Upper-case code; an empty Currency cell means this one. */
  baseCurrency: string;
  /** Problems the reports will meet in the settings tabs, one line each. */
  notes: string[];
}

export interface PeriodDto {
  from: string;
  to: string;
}

/** Everything the sidebar needs to open. */
export interface SidebarStart {
  state: SettingsState;
  /** The remembered report period, else the last full month. */
  period: PeriodDto & { compare: boolean };
  lastFullMonth: PeriodDto;
  today: string;
}

export interface UnmatchedState {
  sources: UnmatchedValue[];
  channels: UnmatchedValue[];
}

export type CostSaveResult = { ok: true; state: SettingsState } | { ok: false; errors: FieldErrors };

export interface ReportRequest extends PeriodDto {
  compare: boolean;
}

export interface ReportResult {
  written: { kind: ReportKind; sheet: string }[];
  refused: { kind: ReportKind; reason: string }[];
  period: PeriodDto;
  summary: { paidCost: number; revenue: number; roi: number | null; currency: string } | null;
}

/** What a value becomes after a JSON round trip (google.script.run's rule): Dates arrive as strings. */
export type Jsonify<T> = T extends Date
  ? string
  : T extends string | number | boolean | null
    ? T
    : T extends undefined | ((...args: never[]) => unknown)
      ? never
      : T extends readonly (infer U)[]
        ? Jsonify<U>[]
        : T extends object
          ? { [K in keyof T]: Jsonify<T[K]> }
          : never;
