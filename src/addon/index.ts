/**
 * The whole public surface of the add-on. Each `global.NAME = function …` becomes a top-level function in
 * dist/Code.js (gas-webpack-plugin), carrying the JSDoc above it — that is what Sheets reads for menus,
 * google.script.run and custom-function autocomplete. `@preserve` keeps esbuild from dropping the JSDoc.
 */
import { buildMenu } from './menu';
import { choosePeriodFromMenu, runFromMenu, showHelp } from './menuActions';
import { callCustomFunction } from './customFunctions';
import { onEditBump, refreshFromMenu } from './refresh';

declare const global: Record<string, unknown>;

/** @preserve Builds the add-on menu (runs in any authorization mode). */
global.onOpen = function (_e?: unknown): void {
  buildMenu();
};

/** @preserve Installing the add-on from the Marketplace: show the menu at once. */
global.onInstall = function (e?: unknown): void {
  buildMenu();
  void e;
};

/** @preserve Menu: Ad payback. */
global.menuAdPayback = function (): void {
  runFromMenu(['adPayback']);
};

/** @preserve Menu: Traffic influence. */
global.menuTrafficInfluence = function (): void {
  runFromMenu(['trafficInfluence']);
};

/** @preserve Menu: Data quality. */
global.menuDataQuality = function (): void {
  runFromMenu(['dataQuality']);
};

/** @preserve Menu: all reports. */
global.menuAllReports = function (): void {
  runFromMenu(['adPayback', 'trafficInfluence', 'dataQuality']);
};

/** @preserve Menu: choose the report period. */
global.menuPeriod = function (): void {
  choosePeriodFromMenu();
};

/** @preserve Menu: make every cell with a Throughline function recalculate on the current data. */
global.menuRefreshFunctions = function (): void {
  refreshFromMenu();
};

/** @preserve Simple trigger: an edit in a data or settings tab invalidates the custom functions' cache. */
global.onEdit = function (e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  onEditBump(e);
};

/** @preserve Menu: Help / About. */
global.menuHelp = function (): void {
  showHelp();
};

/**
 * Return on marketing investment: (revenue − cost) ÷ cost, as a fraction (0.5 = 50%).
 * Number form: =MARKETING_ROI(105000, 46000) → 1.2826; ranges give ranges (blank where cost is 0).
 * Source form: =MARKETING_ROI("ВКонтакте", DATE(2026,11,1), DATE(2026,11,30)) — the Ad payback report's ROI
 * for that source and period; "*" or "" for Total paid; dates default to the last 30 days.
 * @param {number|Array<Array<number>>|string} revenue Revenue (a number or a range), or a source name.
 * @param {number|Array<Array<number>>|Date} cost Cost (a number or a range of the same size), or the first day of the period.
 * @param {Date} period_end Source form only: the last day of the period (optional; default today).
 * @return {number|Array<Array<number>>} ROI as a fraction.
 * @customfunction
 * @preserve
 */
global.MARKETING_ROI = function (revenue: unknown, cost: unknown, period_end?: unknown) {
  return callCustomFunction('MARKETING_ROI', revenue, cost, period_end);
};

/**
 * Conversion: to ÷ from, as a fraction (0.1 = 10%).
 * Number form: =CONVERSION(96, 10) → 0.104 (leads → deals); ranges give ranges.
 * Source form: =CONVERSION("ВКонтакте", DATE(2026,11,1), DATE(2026,11,30)) — the report's Conversion: won deals
 * ÷ the first non-zero of actions, leads, deals; "*" or "" for Total paid.
 * @param {number|Array<Array<number>>|string} from The earlier count (e.g. leads), or a source name.
 * @param {number|Array<Array<number>>|Date} to The later count (e.g. deals), or the first day of the period.
 * @param {Date} period_end Source form only: the last day of the period (optional; default today).
 * @return {number|Array<Array<number>>} Conversion as a fraction.
 * @customfunction
 * @preserve
 */
global.CONVERSION = function (from: unknown, to: unknown, period_end?: unknown) {
  return callCustomFunction('CONVERSION', from, to, period_end);
};

/**
 * Cost per deal (cost of a potential client): cost ÷ deals.
 * Number form: =COSTPERDEAL(46000, 23) → 2000. Source form: =COSTPERDEAL("Google Ads", DATE(2026,11,1), DATE(2026,11,30)).
 * @param {number|Array<Array<number>>|string} cost Cost (a number or a range), or a source name ("*" = Total paid).
 * @param {number|Array<Array<number>>|Date} deals Number of deals (same size as cost), or the first day of the period.
 * @param {Date} period_end Source form only: the last day of the period (optional; default today).
 * @return {number|Array<Array<number>>} Cost per deal.
 * @customfunction
 * @preserve
 */
global.COSTPERDEAL = function (cost: unknown, deals: unknown, period_end?: unknown) {
  return callCustomFunction('COSTPERDEAL', cost, deals, period_end);
};

/**
 * Cost per lead: cost ÷ leads.
 * Number form: =COSTPERLEAD(46000, 460) → 100. Source form: =COSTPERLEAD("Яндекс.Директ", DATE(2026,11,1), DATE(2026,11,30)).
 * @param {number|Array<Array<number>>|string} cost Cost (a number or a range), or a source name ("*" = Total paid).
 * @param {number|Array<Array<number>>|Date} leads Number of leads (same size as cost), or the first day of the period.
 * @param {Date} period_end Source form only: the last day of the period (optional; default today).
 * @return {number|Array<Array<number>>} Cost per lead.
 * @customfunction
 * @preserve
 */
global.COSTPERLEAD = function (cost: unknown, leads: unknown, period_end?: unknown) {
  return callCustomFunction('COSTPERLEAD', cost, leads, period_end);
};

/**
 * Cost per won deal (cost of a client): cost ÷ won deals.
 * Number form: =COSTPERWON(46000, 4) → 11500. Source form: =COSTPERWON("*", DATE(2026,11,1), DATE(2026,11,30)).
 * @param {number|Array<Array<number>>|string} cost Cost (a number or a range), or a source name ("*" = Total paid).
 * @param {number|Array<Array<number>>|Date} won Number of won deals (same size as cost), or the first day of the period.
 * @param {Date} period_end Source form only: the last day of the period (optional; default today).
 * @return {number|Array<Array<number>>} Cost per won deal.
 * @customfunction
 * @preserve
 */
global.COSTPERWON = function (cost: unknown, won: unknown, period_end?: unknown) {
  return callCustomFunction('COSTPERWON', cost, won, period_end);
};

/**
 * Cost per action (click): cost ÷ actions.
 * Number form: =COSTPERACTION(46000, 2300) → 20. Source form: =COSTPERACTION("ВКонтакте", DATE(2026,11,1), DATE(2026,11,30)).
 * @param {number|Array<Array<number>>|string} cost Cost (a number or a range), or a source name ("*" = Total paid).
 * @param {number|Array<Array<number>>|Date} actions Number of actions (same size as cost), or the first day of the period.
 * @param {Date} period_end Source form only: the last day of the period (optional; default today).
 * @return {number|Array<Array<number>>} Cost per action.
 * @customfunction
 * @preserve
 */
global.COSTPERACTION = function (cost: unknown, actions: unknown, period_end?: unknown) {
  return callCustomFunction('COSTPERACTION', cost, actions, period_end);
};

// The sidebar's server functions and its menu entry live beside the sidebar API they expose.
import './sidebarSurface';
