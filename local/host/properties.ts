/**
 * PropertiesService: three string stores with Apps Script's limits, 9 KB per value and 500 KB per store (keys and
 * values, UTF-8). A write that would break a limit throws and changes nothing.
 */
import type { HostContext } from './context';
import type { Implements } from './gas-types';

export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
export const MAX_PROPERTY_STORE_BYTES = 500 * 1024;
export const PROPERTY_QUOTA_ERROR =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export class PropertyStore {
  readonly data = new Map<string, string>();

  size(): number {
    let n = 0;
    for (const [k, v] of this.data) n += bytes(k) + bytes(v);
    return n;
  }
}

type PropertiesApi = Implements<
  GoogleAppsScript.Properties.Properties,
  | 'getProperty'
  | 'setProperty'
  | 'getProperties'
  | 'setProperties'
  | 'deleteProperty'
  | 'deleteAllProperties'
  | 'getKeys'
>;

export class GasProperties implements PropertiesApi {
  constructor(
    private readonly _ctx: HostContext,
    private readonly _store: PropertyStore,
  ) {
    return _ctx.expose(this, 'Properties');
  }

  getProperty(key: string): string | null {
    return this._store.data.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): GasProperties {
    this._write([[key, value]], false);
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GasProperties {
    if (typeof properties !== 'object' || properties === null) this._ctx.fail('Invalid argument: properties');
    this._write(Object.entries(properties), Boolean(deleteAllOthers));
    return this;
  }

  getProperties(): { [key: string]: string } {
    const out = new this._ctx.realm.Object() as Record<string, string>;
    for (const [k, v] of this._store.data) out[k] = v;
    return out;
  }

  getKeys(): string[] {
    const out = new this._ctx.realm.Array<string>() as string[];
    for (const k of this._store.data.keys()) out.push(k);
    return out;
  }

  deleteProperty(key: string): GasProperties {
    this._store.data.delete(String(key));
    return this;
  }

  deleteAllProperties(): GasProperties {
    this._store.data.clear();
    return this;
  }

  private _write(entries: Array<[string, unknown]>, replace: boolean): void {
    const next = new Map(replace ? [] : this._store.data);
    for (const [k, v] of entries) {
      if (k === null || k === undefined || String(k) === '') this._ctx.fail('Invalid argument: key');
      if (v === null || v === undefined) this._ctx.fail('Invalid argument: value');
      const value = String(v);
      if (bytes(value) > MAX_PROPERTY_VALUE_BYTES) this._ctx.fail('Argument too large: value');
      next.set(String(k), value);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_PROPERTY_STORE_BYTES) this._ctx.fail(PROPERTY_QUOTA_ERROR);
    this._store.data.clear();
    for (const [k, v] of next) this._store.data.set(k, v);
  }
}
