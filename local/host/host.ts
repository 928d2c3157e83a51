/**
 * The local Apps Script host: one in-memory spreadsheet, the services the add-on uses, and the records tests
 * read (calls, faults, UI, logs, locks, properties, caches). `host.globals()` is what the sandbox exposes.
 */
import { CacheStore, GasCache } from './cache';
import { chartTypeEnum } from './charts';
import { HostContext } from './context';
import type { Env } from './env';
import { displayOf, isRussian } from './format';
import { FormulaEngine, type CustomFunction } from './formulas';
import { GasHtmlService } from './html';
import { GasLockService, LockState } from './lock';
import { HostSpreadsheet, type HostSheet } from './model';
import { GasProperties, PropertyStore } from './properties';
import { GasSheet } from './sheet';
import { GasSession, GasLogger, GasScriptApp, LogRecords, makeConsole } from './session';
import { GasSpreadsheet, GasSpreadsheetApp } from './spreadsheet';
import { GasUi, UiRecords } from './ui';
import { GasUtilities } from './utilities';
import { scriptValueOf } from './values';

export interface HostOptions {
  /** The workbook (e.g. from `loadXlsx`); default: an empty one with one sheet, ru_RU, Europe/Moscow. */
  spreadsheet?: HostSpreadsheet;
  /** Folder of the built `.html` files for HtmlService (default `dist`). */
  distDir?: string;
  /** Start of the fake clock (default: the real current time). */
  now?: number | Date;
  /** Caption of `createAddonMenu()` (default `Throughline`). */
  addonName?: string;
  userEmail?: string;
  /** `Session.getActiveUserLocale()` (default: the spreadsheet locale's language). */
  userLocale?: string;
  /** `Session.getScriptTimeZone()` (default: the spreadsheet's time zone). */
  scriptTimeZone?: string;
}

export interface HostServices {
  SpreadsheetApp: GasSpreadsheetApp;
  HtmlService: GasHtmlService;
  PropertiesService: {
    getDocumentProperties(): GasProperties;
    getUserProperties(): GasProperties;
    getScriptProperties(): GasProperties;
  };
  CacheService: { getDocumentCache(): GasCache; getUserCache(): GasCache; getScriptCache(): GasCache };
  LockService: GasLockService;
  Utilities: GasUtilities;
  Session: GasSession;
  Logger: GasLogger;
  console: Record<string, (...args: unknown[]) => void>;
  ScriptApp: GasScriptApp;
  Charts: { ChartType: Record<string, string> };
}

export class Host {
  readonly spreadsheet: HostSpreadsheet;
  readonly ctx: HostContext;
  readonly ui = new UiRecords();
  readonly logs = new LogRecords();
  readonly locks: { document: LockState; script: LockState; user: LockState };
  readonly properties = {
    document: new PropertyStore(),
    user: new PropertyStore(),
    script: new PropertyStore(),
  };
  readonly caches = { document: new CacheStore(), user: new CacheStore(), script: new CacheStore() };
  readonly formulas: FormulaEngine;
  private readonly env: Env;
  private readonly services: HostServices;

  constructor(options: HostOptions = {}) {
    const now = options.now instanceof Date ? options.now.getTime() : options.now;
    this.ctx = new HostContext(now);
    this.spreadsheet = options.spreadsheet ?? new HostSpreadsheet();
    if (this.spreadsheet.sheets.length === 0)
      this.spreadsheet.addSheet(isRussian(this.spreadsheet.locale) ? 'Лист1' : 'Sheet1');
    this.locks = {
      document: new LockState(this.ctx),
      script: new LockState(this.ctx),
      user: new LockState(this.ctx),
    };
    this.formulas = new FormulaEngine(this.spreadsheet, () => this.ctx.realm);
    const env: Env = {
      ctx: this.ctx,
      ss: this.spreadsheet,
      formulas: this.formulas,
      ui: this.ui,
      sheetObject: (sheet) => new GasSheet(env, sheet),
      spreadsheetObject: () => new GasSpreadsheet(env),
    };
    this.env = env;
    const ui = new GasUi(env, options.addonName ?? 'Throughline');
    const ctx = this.ctx;
    const ss = this.spreadsheet;
    this.services = {
      SpreadsheetApp: new GasSpreadsheetApp(env, () => ui),
      HtmlService: new GasHtmlService(ctx, options.distDir ?? 'dist'),
      PropertiesService: ctx.expose(
        {
          getDocumentProperties: () => new GasProperties(ctx, this.properties.document),
          getUserProperties: () => new GasProperties(ctx, this.properties.user),
          getScriptProperties: () => new GasProperties(ctx, this.properties.script),
        },
        'PropertiesService',
      ),
      CacheService: ctx.expose(
        {
          getDocumentCache: () => new GasCache(ctx, this.caches.document),
          getUserCache: () => new GasCache(ctx, this.caches.user),
          getScriptCache: () => new GasCache(ctx, this.caches.script),
        },
        'CacheService',
      ),
      LockService: new GasLockService(ctx, this.locks),
      Utilities: new GasUtilities(ctx),
      Session: new GasSession(ctx, {
        email: options.userEmail ?? 'user@example.com',
        userLocale: options.userLocale ?? ss.locale.split(/[_-]/)[0],
        scriptTimeZone: options.scriptTimeZone ?? ss.timeZone,
      }),
      Logger: new GasLogger(ctx, this.logs),
      console: makeConsole(this.logs),
      ScriptApp: new GasScriptApp(ctx),
      Charts: Object.freeze({ ChartType: chartTypeEnum() }),
    };
  }

  get calls(): HostContext['calls'] {
    return this.ctx.calls;
  }

  get faults(): HostContext['faults'] {
    return this.ctx.faults;
  }

  get clock(): HostContext['clock'] {
    return this.ctx.clock;
  }

  /** The Apps Script globals, for the sandbox (or for driving the services directly from a test). */
  globals(): Record<string, unknown> {
    return { ...this.services };
  }

  /** Registers a function the formula evaluator may compute in cells, e.g. the add-on's custom functions. */
  registerFunction(name: string, impl: CustomFunction): void {
    this.formulas.functions.set(name.toUpperCase(), impl);
  }

  /** Recomputes every formula of the workbook (as Sheets does on opening). */
  recalculate(): void {
    this.formulas.recalculateAll();
  }

  /** Runs `fn` as one execution: locks taken in it are released at its end, its time limit starts now. */
  execute<T>(fn: () => T): T {
    this.ctx.beginExecution();
    try {
      return fn();
    } finally {
      this.ctx.endExecution();
    }
  }

  // ---- inspection for tests and the runner: uncounted, Node-realm values --------------------------------

  /** The sheet model by exact name; throws when absent. */
  sheet(name: string): HostSheet {
    const s = this.spreadsheet.sheet(name);
    if (!s)
      throw new Error(
        `No sheet named "${name}" (sheets: ${this.spreadsheet.sheets.map((x) => x.name).join(', ')})`,
      );
    return s;
  }

  sheetNames(): string[] {
    return this.spreadsheet.sheets.map((s) => s.name);
  }

  /** What `getDataRange().getValues()` would return, in Node's realm, without counting a call. */
  values(name: string): Array<Array<string | number | boolean | Date>> {
    const s = this.sheet(name);
    return this.grid(s, (r, c) =>
      scriptValueOf(s.get(r, c), s.style(r, c)?.numberFormat, this.spreadsheet.timeZone, {
        Date,
        Array,
        Object,
        Error,
      }),
    );
  }

  /** What `getDataRange().getDisplayValues()` would return, without counting a call. */
  displayValues(name: string): string[][] {
    const s = this.sheet(name);
    return this.grid(s, (r, c) =>
      displayOf(s.get(r, c), s.style(r, c)?.numberFormat, this.spreadsheet.locale),
    );
  }

  /** What `getDataRange().getFormulas()` would return, without counting a call. */
  formulasOf(name: string): string[][] {
    const s = this.sheet(name);
    return this.grid(s, (r, c) => s.formula(r, c) ?? '');
  }

  private grid<T>(s: HostSheet, cell: (r0: number, c0: number) => T): T[][] {
    const rows = Math.max(1, s.lastRow());
    const cols = Math.max(1, s.lastColumn());
    const out: T[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < cols; c++) row.push(cell(r, c));
      out.push(row);
    }
    return out;
  }

  /** Typed handles on the services, for tests that drive them directly from Node (calls are counted). */
  service<K extends keyof HostServices>(name: K): HostServices[K] {
    return this.services[name] as HostServices[K];
  }

  /** The Spreadsheet object itself, without counting a `SpreadsheetApp.getActive` call. */
  spreadsheetObject(): GasSpreadsheet {
    return this.env.spreadsheetObject();
  }
}

export function createHost(options: HostOptions = {}): Host {
  return new Host(options);
}
