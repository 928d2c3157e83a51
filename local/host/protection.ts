/** Protection of a whole sheet: description and the warning-only flag, removable. Editors are not emulated. */
import type { Env } from './env';
import type { Implements } from './gas-types';
import type { HostSheet, ProtectionData } from './model';

type ProtectionApi = Implements<
  GoogleAppsScript.Spreadsheet.Protection,
  'setWarningOnly' | 'isWarningOnly' | 'setDescription' | 'getDescription' | 'remove' | 'canEdit'
>;

export class GasProtection implements ProtectionApi {
  constructor(
    private readonly _env: Env,
    private readonly _sheet: HostSheet,
    private readonly _data: ProtectionData,
  ) {
    return _env.ctx.expose(this, 'Protection');
  }

  setWarningOnly(warningOnly: boolean): GasProtection {
    this._live().warningOnly = Boolean(warningOnly);
    return this;
  }

  isWarningOnly(): boolean {
    return this._live().warningOnly;
  }

  setDescription(description: string): GasProtection {
    this._live().description = String(description);
    return this;
  }

  getDescription(): string {
    return this._live().description;
  }

  getProtectionType(): string {
    return 'SHEET';
  }

  /** The user running the script owns the spreadsheet in the host, so they can always edit. */
  canEdit(): boolean {
    return true;
  }

  remove(): void {
    const p = this._live();
    this._sheet.protections = this._sheet.protections.filter((x) => x !== p);
  }

  private _live(): ProtectionData {
    if (!this._sheet.protections.includes(this._data)) this._env.ctx.fail('The protection has been removed.');
    return this._data;
  }
}
