/**
 * CacheService: string caches with Apps Script's limits (key ≤ 250 characters, value ≤ 100 KB, expiration
 * 1 s to 6 h, default 10 min) and expiry against the host's fake clock. Eviction under memory pressure is not
 * emulated: an entry lives until it expires or is removed.
 */
import type { HostContext } from './context';
import type { Implements } from './gas-types';

export const MAX_CACHE_KEY_CHARS = 250;
export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
export const MAX_CACHE_SECONDS = 21_600;
export const DEFAULT_CACHE_SECONDS = 600;

export class CacheStore {
  readonly data = new Map<string, { value: string; expiresAt: number }>();
}

type CacheApi = Implements<
  GoogleAppsScript.Cache.Cache,
  'get' | 'put' | 'getAll' | 'putAll' | 'remove' | 'removeAll'
>;

export class GasCache implements CacheApi {
  constructor(
    private readonly _ctx: HostContext,
    private readonly _store: CacheStore,
  ) {
    return _ctx.expose(this, 'Cache');
  }

  get(key: string): string | null {
    const k = this._key(key);
    const e = this._store.data.get(k);
    if (!e) return null;
    if (e.expiresAt <= this._ctx.clock.now()) {
      this._store.data.delete(k);
      return null;
    }
    return e.value;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.putAll({ [key]: value }, expirationInSeconds);
  }

  getAll(keys: string[]): { [key: string]: string } {
    if (!Array.isArray(keys)) this._ctx.fail('Invalid argument: keys');
    const out = new this._ctx.realm.Object() as Record<string, string>;
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }

  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    const ttl = expirationInSeconds === undefined ? DEFAULT_CACHE_SECONDS : Number(expirationInSeconds);
    if (!Number.isFinite(ttl) || ttl < 1) this._ctx.fail('Invalid argument: expirationInSeconds');
    const seconds = Math.min(ttl, MAX_CACHE_SECONDS);
    const checked: Array<[string, string]> = [];
    for (const [k, v] of Object.entries(values)) {
      if (v === null || v === undefined) this._ctx.fail('Invalid argument: value');
      const value = String(v);
      if (Buffer.byteLength(value, 'utf8') > MAX_CACHE_VALUE_BYTES)
        this._ctx.fail('Argument too large: value');
      checked.push([this._key(k), value]);
    }
    const expiresAt = this._ctx.clock.now() + seconds * 1000;
    for (const [k, value] of checked) this._store.data.set(k, { value, expiresAt });
  }

  remove(key: string): void {
    this._store.data.delete(this._key(key));
  }

  removeAll(keys: string[]): void {
    for (const k of keys) this.remove(k);
  }

  private _key(key: unknown): string {
    if (typeof key !== 'string' || key === '') return this._ctx.fail('Invalid argument: key');
    if (key.length > MAX_CACHE_KEY_CHARS) this._ctx.fail('Argument too large: key');
    return key;
  }
}
