/**
 * The sidebar's public surface: its menu entry and one top-level function per server call of sidebarApi.
 * gas-webpack-plugin turns each `global.NAME = function …` into `function NAME(…)` in dist/Code.js; the sidebar
 * calls them by these names through google.script.run (test/addon checks that every sidebarApi key is here).
 */
import { SIDEBAR_TITLE } from '../core/i18n/sidebarLabels';
import { localeOf } from '../core/i18n/locale';
import { sidebarApi } from './sidebarApi';
import type {
  ManualCostInput,
  ReportKind,
  ReportRequest,
  RowRef,
  RuleInput,
  RuleKind,
  ValueTarget,
} from './sidebarTypes';

declare const global: Record<string, unknown>;

/** @preserve Menu: Settings — opens the sidebar (sources, channels, manual costs, reports). */
global.menuSettings = function (): void {
  const locale = localeOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE[locale]);
  SpreadsheetApp.getUi().showSidebar(html);
};

/** @preserve Sidebar: settings tabs, remembered period. */
global.sidebar_load = function () {
  return sidebarApi.sidebar_load();
};

/** @preserve Sidebar: the settings tabs as they are now. */
global.sidebar_loadState = function () {
  return sidebarApi.sidebar_loadState();
};

/** @preserve Sidebar: values in the data that no rule matches. */
global.sidebar_loadUnmatched = function () {
  return sidebarApi.sidebar_loadUnmatched();
};

/** @preserve Sidebar: add a source or channel rule. */
global.sidebar_addRule = function (kind: RuleKind, input: RuleInput) {
  return sidebarApi.sidebar_addRule(kind, input);
};

/** @preserve Sidebar: edit or rename a rule. */
global.sidebar_updateRule = function (kind: RuleKind, ref: RowRef, input: RuleInput) {
  return sidebarApi.sidebar_updateRule(kind, ref, input);
};

/** @preserve Sidebar: delete a rule. */
global.sidebar_deleteRule = function (kind: RuleKind, ref: RowRef) {
  return sidebarApi.sidebar_deleteRule(kind, ref);
};

/** @preserve Sidebar: merge rules into one. */
global.sidebar_mergeRules = function (kind: RuleKind, from: RowRef[], into: RowRef) {
  return sidebarApi.sidebar_mergeRules(kind, from, into);
};

/** @preserve Sidebar: add a value found in the data to a rule. */
global.sidebar_addValue = function (kind: RuleKind, value: string, target: ValueTarget) {
  return sidebarApi.sidebar_addValue(kind, value, target);
};

/** @preserve Sidebar: add a manual cost. */
global.sidebar_addManualCost = function (input: ManualCostInput) {
  return sidebarApi.sidebar_addManualCost(input);
};

/** @preserve Sidebar: edit a manual cost. */
global.sidebar_updateManualCost = function (ref: RowRef, input: ManualCostInput) {
  return sidebarApi.sidebar_updateManualCost(ref, input);
};

/** @preserve Sidebar: delete a manual cost. */
global.sidebar_deleteManualCost = function (ref: RowRef) {
  return sidebarApi.sidebar_deleteManualCost(ref);
};

/** @preserve Sidebar: generate reports for a period. */
global.sidebar_runReports = function (kinds: ReportKind[], request: ReportRequest) {
  return sidebarApi.sidebar_runReports(kinds, request);
};

/** @preserve Sidebar: show a report sheet. */
global.sidebar_openSheet = function (name: string) {
  return sidebarApi.sidebar_openSheet(name);
};
