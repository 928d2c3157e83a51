/**
 * Ties the host's classes to `@types/google-apps-script`: `Implements<Range, 'getValues' | …>` takes the real
 * signatures of the listed methods and swaps returned Apps Script objects for the host's own classes, so each
 * implemented method keeps Apps Script's parameters and return shape and `tsc` flags any drift.
 */
import type { GasSpreadsheet, GasSpreadsheetApp } from './spreadsheet';
import type { GasSheet } from './sheet';
import type { GasRange } from './range';
import type { GasProtection } from './protection';
import type { GasChartBuilder, GasEmbeddedChart } from './charts';
import type { GasMenu, GasUi } from './ui';
import type { GasHtmlOutput } from './html';
import type { GasProperties } from './properties';
import type { GasCache } from './cache';
import type { GasLock } from './lock';

type IsAny<T> = 0 extends 1 & T ? true : false;

export type Hosted<R> =
  IsAny<R> extends true
    ? R
    : R extends GoogleAppsScript.Spreadsheet.Range
      ? GasRange
      : R extends GoogleAppsScript.Spreadsheet.Sheet
        ? GasSheet
        : R extends GoogleAppsScript.Spreadsheet.Spreadsheet
          ? GasSpreadsheet
          : R extends GoogleAppsScript.Spreadsheet.SpreadsheetApp
            ? GasSpreadsheetApp
            : R extends GoogleAppsScript.Spreadsheet.Protection
              ? GasProtection
              : R extends GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder
                ? GasChartBuilder
                : R extends GoogleAppsScript.Spreadsheet.EmbeddedChart
                  ? GasEmbeddedChart
                  : R extends GoogleAppsScript.Base.Menu
                    ? GasMenu
                    : R extends GoogleAppsScript.Base.Ui
                      ? GasUi
                      : R extends GoogleAppsScript.HTML.HtmlOutput
                        ? GasHtmlOutput
                        : R extends GoogleAppsScript.Properties.Properties
                          ? GasProperties
                          : R extends GoogleAppsScript.Cache.Cache
                            ? GasCache
                            : R extends GoogleAppsScript.Lock.Lock
                              ? GasLock
                              : R extends Array<infer E>
                                ? Array<Hosted<E>>
                                : R;

/** Parameters too: a method taking a Sheet takes the host's GasSheet. */
type HostedArgs<A extends unknown[]> = { [I in keyof A]: Hosted<A[I]> };

export type Implements<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: HostedArgs<A>) => Hosted<R> : T[P];
};
