/** Spreadsheet (the workbook) and SpreadsheetApp (the service's entry point) over the in-memory model. */
import { parseA1 } from './a1';
import { chartTypeEnum } from './charts';
import { realmArray, type Env } from './env';
import { isRussian } from './format';
import type { Implements } from './gas-types';
import { CELL_LIMIT, DEFAULT_COLUMNS, DEFAULT_ROWS, type HostSheet } from './model';
import type { GasRange } from './range';
import { GasRichTextValueBuilder } from './rich-text';
import type { GasSheet } from './sheet';
import { checkSheetName } from './sheet-names';
import type { GasUi } from './ui';

type SpreadsheetApi = Implements<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  | 'getId'
  | 'getName'
  | 'rename'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getSheets'
  | 'getSheetByName'
  | 'getNumSheets'
  | 'insertSheet'
  | 'deleteSheet'
  | 'setActiveSheet'
  | 'getActiveSheet'
  | 'moveActiveSheet'
  | 'getUrl'
  | 'toast'
  | 'getRange'
>;

export class GasSpreadsheet implements SpreadsheetApi {
  constructor(private readonly _env: Env) {
    return _env.ctx.expose(this, 'Spreadsheet');
  }

  getId(): string {
    return this._env.ss.id;
  }

  getName(): string {
    return this._env.ss.name;
  }

  rename(newName: string): void {
    this._env.ss.name = String(newName);
  }

  getSpreadsheetLocale(): string {
    return this._env.ss.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this._env.ss.locale = String(locale);
  }

  getSpreadsheetTimeZone(): string {
    return this._env.ss.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this._env.ss.timeZone = String(timezone);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._env.ss.id}/edit`;
  }

  getSheets(): GasSheet[] {
    return realmArray(
      this._env,
      this._env.ss.sheets.map((s) => this._env.sheetObject(s)),
    );
  }

  getNumSheets(): number {
    return this._env.ss.sheets.length;
  }

  /** Exact, case-sensitive name match; null when absent. */
  getSheetByName(name: string): GasSheet | null {
    const s = this._env.ss.sheets.find((x) => x.name === name);
    return s ? this._env.sheetObject(s) : null;
  }

  getSheetById(id: number): GasSheet | null {
    const s = this._env.ss.sheetById(id);
    return s ? this._env.sheetObject(s) : null;
  }

  /** insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index): the new sheet becomes active. */
  insertSheet(a?: unknown, b?: unknown): GasSheet {
    const { ss, ctx } = this._env;
    if ((typeof a === 'object' && a !== null) || (typeof b === 'object' && b !== null)) {
      ctx.fail('insertSheet with options (a template) is not emulated by the local host.');
    }
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'number') index = a;
    else if (a !== undefined) {
      name = String(a);
      index = b === undefined ? undefined : Number(b);
    }
    if (name === undefined) name = this._defaultName();
    checkSheetName(this._env, name, null);
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > ss.sheets.length)) {
      ctx.fail(`Invalid argument: sheetIndex (${String(index)})`);
    }
    if (ss.cellCount() + DEFAULT_ROWS * DEFAULT_COLUMNS > CELL_LIMIT) {
      ctx.fail(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    }
    const sheet = ss.addSheet(name, index ?? ss.sheets.length);
    ss.activeSheetId = sheet.sheetId;
    return this._env.sheetObject(sheet);
  }

  deleteSheet(sheet: GasSheet): void {
    const { ss, ctx } = this._env;
    const model = this._model(sheet);
    if (ss.sheets.filter((s) => !s.hidden && s !== model).length === 0) {
      ctx.fail(
        'Sorry, it is not possible to delete all non-hidden sheets in a spreadsheet. Please make sure there is at least one non-hidden sheet after the deletion.',
      );
    }
    ss.sheets = ss.sheets.filter((s) => s !== model);
    if (ss.activeSheetId === model.sheetId)
      ss.activeSheetId = (ss.sheets.find((s) => !s.hidden) ?? ss.sheets[0]).sheetId;
  }

  setActiveSheet(sheet: GasSheet): GasSheet {
    const model = this._model(sheet);
    this._env.ss.activeSheetId = model.sheetId;
    return this._env.sheetObject(model);
  }

  getActiveSheet(): GasSheet {
    return this._env.sheetObject(this._env.ss.activeSheet());
  }

  /** Moves the active sheet to the 1-based position. */
  moveActiveSheet(pos: number): void {
    const { ss, ctx } = this._env;
    if (!Number.isInteger(pos) || pos < 1 || pos > ss.sheets.length)
      ctx.fail(`Invalid argument: pos (${String(pos)})`);
    const active = ss.activeSheet();
    ss.sheets = ss.sheets.filter((s) => s !== active);
    ss.sheets.splice(pos - 1, 0, active);
  }

  renameSheet(newName: string): void {
    const active = this._env.ss.activeSheet();
    checkSheetName(this._env, newName, active);
    active.name = newName;
  }

  /** `getRange('Sheet!A1:B2')`; without a sheet name, the active sheet. */
  getRange(a1Notation: string): GasRange {
    const ref = parseA1(String(a1Notation));
    if (!ref) return this._env.ctx.fail('Range not found');
    const model = ref.sheetName === null ? this._env.ss.activeSheet() : this._env.ss.sheet(ref.sheetName);
    if (!model) return this._env.ctx.fail('Range not found');
    const local = a1Notation.slice(a1Notation.lastIndexOf('!') + 1);
    return this._env.sheetObject(model).getRange(local);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this._env.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  private _defaultName(): string {
    const base = isRussian(this._env.ss.locale) ? 'Лист' : 'Sheet';
    const taken = new Set(this._env.ss.sheets.map((s) => s.name.toLowerCase()));
    let n = this._env.ss.sheets.length + 1;
    while (taken.has(`${base}${n}`.toLowerCase())) n++;
    return `${base}${n}`;
  }

  private _model(sheet: unknown): HostSheet {
    const model =
      typeof sheet === 'object' && sheet !== null && '_sheet' in sheet
        ? (sheet as { _sheet: HostSheet })._sheet
        : null;
    if (!model || !this._env.ss.sheets.includes(model)) return this._env.ctx.fail('Invalid argument: sheet');
    return model;
  }
}

type AppApi = Implements<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  'getActiveSpreadsheet' | 'getActive' | 'getUi' | 'flush'
>;

export class GasSpreadsheetApp implements AppApi {
  readonly ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });
  readonly ChartType = chartTypeEnum();
  readonly WrapStrategy = Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' });

  constructor(
    private readonly _env: Env,
    private readonly _ui: () => GasUi,
  ) {
    return _env.ctx.expose(this, 'SpreadsheetApp');
  }

  getActiveSpreadsheet(): GasSpreadsheet {
    return this._env.spreadsheetObject();
  }

  getActive(): GasSpreadsheet {
    return this._env.spreadsheetObject();
  }

  getActiveSheet(): GasSheet {
    return this._env.sheetObject(this._env.ss.activeSheet());
  }

  getUi(): GasUi {
    return this._ui();
  }

  /** Writes are applied at once in the host, so there is nothing to flush. */
  flush(): void {}

  newRichTextValue(): GasRichTextValueBuilder {
    return new GasRichTextValueBuilder();
  }
}
