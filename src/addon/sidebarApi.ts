/**
 * The sidebar's server functions: the one object the browser types its calls from (`typeof sidebarApi`), so a
 * renamed function breaks the sidebar's type-check rather than a user's click. sidebarSurface.ts makes each a
 * top-level Apps Script function.
 *
 * Every write holds the document lock, re-reads the tab inside it, applies the change to what it just read (rows
 * found by their content, see core/settingsEdit/rowIdentity.ts) and returns the tabs as they now are, so two
 * admins editing at once lose nothing and each sees the other's rows.
 */
import type { Grid, TabData } from '../core/model';
import { describeFinding } from '../core/i18n/reading';
import { editErrorMessage } from '../core/i18n/sidebarLabels';
import type { ReportKind } from '../core/i18n/reportLabels';
import {
  CHANNELS_LAYOUT,
  MANUAL_COSTS_LAYOUT,
  RATES_LAYOUT,
  SETTINGS_LAYOUT,
  SOURCES_LAYOUT,
} from '../core/read/settingsTabs';
import { readWorkbook } from '../core/read/workbook';
import { EditError } from '../core/settingsEdit/editError';
import {
  addManualCost,
  deleteManualCost,
  listManualCosts,
  renameCostSources,
  updateManualCost,
  validateManualCost,
  type ValidManualCost,
} from '../core/settingsEdit/manualCostEdit';
import { matchesValue } from '../core/settingsEdit/matchesText';
import {
  addRule,
  addValueToRule,
  deleteRule,
  listRules,
  mergeRules,
  ruleLayout,
  updateRule,
} from '../core/settingsEdit/ruleEdit';
import type { TabEdit } from '../core/settingsEdit/types';
import { unmatchedChannels, unmatchedSources } from '../core/settingsEdit/unmatched';
import { dayOfIso, isoOfDay, lastFullMonth } from '../core/time/days';
import { openContext, type AddonContext } from './context';
import { UserError } from './errors';
import { withDocumentLock } from './lock';
import { loadPeriodChoice, savePeriodChoice } from './period';
import { readDataset } from './readData';
import { runReports } from './reports';
import { applyTabEdit, readTab, type ReadTab } from './sidebarTabIo';
import type {
  CostSaveResult,
  ManualCostInput,
  ReportRequest,
  ReportResult,
  RowRef,
  RuleInput,
  RuleKind,
  SettingsState,
  SidebarStart,
  UnmatchedState,
  ValueTarget,
} from './sidebarTypes';
import {
  asCostInput,
  asKind,
  asReportKinds,
  asRef,
  asRefs,
  asRuleInput,
  asTarget,
  asText,
} from './sidebarInput';

const SETTINGS_LAYOUTS = [
  SOURCES_LAYOUT,
  CHANNELS_LAYOUT,
  MANUAL_COSTS_LAYOUT,
  RATES_LAYOUT,
  SETTINGS_LAYOUT,
];

/** Runs `work` with a fresh context; a refused edit becomes a message in the spreadsheet's language. */
function withContext<T>(work: (ctx: AddonContext) => T): T {
  const ctx = openContext();
  try {
    return work(ctx);
  } catch (e) {
    if (e instanceof EditError) throw new UserError(editErrorMessage(e.code, e.detail, ctx.locale));
    throw e;
  }
}

/** A write: under the document lock, with the spreadsheet's tabs listed after the lock is taken. */
function underLock<T>(work: (ctx: AddonContext) => T): T {
  return withDocumentLock(() => withContext(work));
}

/** The settings tabs, read once each, as the sidebar shows them. */
function settingsState(ctx: AddonContext): SettingsState {
  const reads = SETTINGS_LAYOUTS.map((layout) => readTab(ctx, layout));
  const tabs: TabData[] = [];
  reads.forEach((r) => {
    if (r.tab && r.values) tabs.push({ name: r.tab.name, values: r.values });
  });
  const ds = readWorkbook(tabs, { timeZone: ctx.timeZone, today: ctx.today });
  const costsTab = reads[2].tab ? reads[2].tab.name : '';
  return {
    locale: ctx.locale,
    sources: listRules(reads[0].values, 'sources'),
    channels: listRules(reads[1].values, 'channels'),
    manualCosts: listManualCosts(reads[2].values, ctx.zone),
    baseCurrency: ds.settings.baseCurrency,
    // Manual cost rows show their own problems; the other settings tabs' problems are listed here.
    notes: ds.findings.filter((f) => f.ref.tab !== costsTab).map((f) => describeFinding(f, ctx.locale)),
  };
}

/** Re-reads the rule tab, applies `change`, writes it back, and returns the new state. */
function editRules(
  kind: RuleKind,
  change: (
    values: Grid | null,
    ctx: AddonContext,
  ) => { edit: TabEdit; rename?: { from: string[]; to: string } | null },
): SettingsState {
  return underLock((ctx) => {
    const layout = ruleLayout(kind);
    const read = readTab(ctx, layout);
    const { edit, rename } = change(read.values, ctx);
    // Manual costs follow a renamed or merged source, in the same locked execution.
    let costs: { read: ReadTab; edit: TabEdit } | null = null;
    if (kind === 'sources' && rename) {
      const costsRead = readTab(ctx, MANUAL_COSTS_LAYOUT);
      const costsEdit = renameCostSources(costsRead.values, rename.from, rename.to, ctx.locale);
      if (costsEdit) costs = { read: costsRead, edit: costsEdit };
    }
    applyTabEdit(ctx, layout, read, edit);
    if (costs) applyTabEdit(ctx, MANUAL_COSTS_LAYOUT, costs.read, costs.edit);
    return settingsState(ctx);
  });
}

/**
 * A source the reports know: a Sources rule's name or one of its matches, a source already used by a manual
 * cost, else a value found in the data (only then are the data tabs read).
 */
function sourceChecker(ctx: AddonContext, costs: Grid | null): (name: string) => boolean {
  const rules = listRules(readTab(ctx, SOURCES_LAYOUT).values, 'sources');
  const used = new Set(listManualCosts(costs, ctx.zone).map((c) => c.source.toLowerCase()));
  return (name) => {
    const key = name.trim().toLowerCase();
    if (used.has(key)) return true;
    for (const r of rules) if (r.name.toLowerCase() === key || matchesValue(r.matches, name)) return true;
    const ds = readDataset(ctx, 'lookup');
    const seen = (v: string): boolean => v.trim().toLowerCase() === key;
    return (
      ds.costs.some((c) => seen(c.source)) ||
      ds.leads.some((l) => seen(l.utmSource) || seen(l.crmSource)) ||
      ds.deals.some((d) => seen(d.utmSource) || seen(d.crmSource))
    );
  };
}

function saveCost(
  input: ManualCostInput,
  write: (values: Grid | null, cost: ValidManualCost, ctx: AddonContext) => TabEdit,
): CostSaveResult {
  return underLock((ctx) => {
    const read = readTab(ctx, MANUAL_COSTS_LAYOUT);
    const checked = validateManualCost(input, sourceChecker(ctx, read.values));
    if (!checked.ok) return { ok: false, errors: checked.errors };
    applyTabEdit(ctx, MANUAL_COSTS_LAYOUT, read, write(read.values, checked.cost, ctx));
    return { ok: true, state: settingsState(ctx) };
  });
}

const dayCellOf =
  (ctx: AddonContext) =>
  (day: number): Date =>
    new Date(ctx.zone.startOf(day));

const REPORT_ORDER: ReportKind[] = ['adPayback', 'trafficInfluence', 'dataQuality'];

export const sidebarApi = {
  /** Everything the sidebar shows on opening (settings tabs only: cheap). */
  sidebar_load(): SidebarStart {
    return withContext((ctx) => {
      const choice = loadPeriodChoice(ctx.today);
      const last = lastFullMonth(ctx.today);
      return {
        state: settingsState(ctx),
        period: {
          from: isoOfDay(choice.period.from),
          to: isoOfDay(choice.period.to),
          compare: choice.compare,
        },
        lastFullMonth: { from: isoOfDay(last.from), to: isoOfDay(last.to) },
        today: isoOfDay(ctx.today),
      };
    });
  },

  sidebar_loadState(): SettingsState {
    return withContext(settingsState);
  },

  /** Values in the data that no rule matches, with counts (reads the data tabs: slower). */
  sidebar_loadUnmatched(): UnmatchedState {
    return withContext((ctx) => {
      const ds = readDataset(ctx, 'lookup');
      return { sources: unmatchedSources(ds, ctx.locale, ctx.today), channels: unmatchedChannels(ds) };
    });
  },

  sidebar_addRule(kind: RuleKind, input: RuleInput): SettingsState {
    const k = asKind(kind);
    const i = asRuleInput(input);
    return editRules(k, (values, ctx) => ({ edit: addRule(values, k, i, ctx.locale) }));
  },

  /** Edits a rule (a rename included: the manual costs of a renamed source follow it). */
  sidebar_updateRule(kind: RuleKind, ref: RowRef, input: RuleInput): SettingsState {
    const k = asKind(kind);
    const r = asRef(ref);
    const i = asRuleInput(input);
    return editRules(k, (values, ctx) => {
      const out = updateRule(values, k, r, i, ctx.locale);
      return {
        edit: out.edit,
        rename: out.renamed ? { from: [out.renamed.from], to: out.renamed.to } : null,
      };
    });
  },

  sidebar_deleteRule(kind: RuleKind, ref: RowRef): SettingsState {
    const k = asKind(kind);
    const r = asRef(ref);
    return editRules(k, (values) => ({ edit: deleteRule(values, k, r) }));
  },

  /** Merges rules into `into` (its name wins); manual costs of the merged sources move to it. */
  sidebar_mergeRules(kind: RuleKind, from: RowRef[], into: RowRef): SettingsState {
    const k = asKind(kind);
    const f = asRefs(from);
    const t = asRef(into);
    return editRules(k, (values) => {
      const out = mergeRules(values, k, f, t);
      return { edit: out.edit, rename: { from: out.merged, to: out.into } };
    });
  },

  /** Adds a value found in the data to a rule, or makes a new rule of it. */
  sidebar_addValue(kind: RuleKind, value: string, target: ValueTarget): SettingsState {
    const k = asKind(kind);
    const v = asText(value);
    const t = asTarget(target);
    return editRules(k, (values, ctx) => ({ edit: addValueToRule(values, k, v, t, ctx.locale) }));
  },

  /** Validates, then adds; on invalid input nothing is written and the errors come back by field. */
  sidebar_addManualCost(input: ManualCostInput): CostSaveResult {
    const i = asCostInput(input);
    return saveCost(i, (values, cost, ctx) => addManualCost(values, cost, ctx.locale, dayCellOf(ctx)));
  },

  sidebar_updateManualCost(ref: RowRef, input: ManualCostInput): CostSaveResult {
    const r = asRef(ref);
    const i = asCostInput(input);
    return saveCost(i, (values, cost, ctx) => updateManualCost(values, r, cost, ctx.locale, dayCellOf(ctx)));
  },

  sidebar_deleteManualCost(ref: RowRef): SettingsState {
    const r = asRef(ref);
    return underLock((ctx) => {
      const read = readTab(ctx, MANUAL_COSTS_LAYOUT);
      applyTabEdit(ctx, MANUAL_COSTS_LAYOUT, read, deleteManualCost(read.values, r));
      return settingsState(ctx);
    });
  },

  /** Remembers the period, then generates the reports (each report sheet replaced only once complete). */
  sidebar_runReports(kinds: ReportKind[], request: ReportRequest): ReportResult {
    const wanted = asReportKinds(kinds, REPORT_ORDER);
    return withContext(() => {
      const from = dayOfIso(asText(request && request.from));
      const to = dayOfIso(asText(request && request.to));
      if (from === null || to === null || from > to) throw new EditError('badPeriod');
      const choice = { period: { from, to }, compare: request.compare !== false };
      savePeriodChoice(choice);
      return runReports(wanted, choice);
    });
  },

  /** Shows a report sheet (the sidebar's "Open" link). */
  sidebar_openSheet(name: string): boolean {
    const n = asText(name);
    return withContext((ctx) => {
      const tab = ctx.dir.byName(n);
      if (!tab) return false;
      ctx.ss.setActiveSheet(tab.sheet);
      return true;
    });
  },
};

export type SidebarApi = typeof sidebarApi;
