/** Utilities: formatDate (SimpleDateFormat letters), sleep on the fake clock, digests, base64, UUIDs. */
import { createHash, randomUUID } from 'node:crypto';
import type { HostContext } from './context';
import { isDateObject } from './realm';
import { DAYS, MONTHS } from './format';
import { makeZone } from '../../src/core/time/zone';

export const DIGEST_ALGORITHMS = Object.freeze({
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
});

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

interface Fields {
  y: number;
  M: number;
  d: number;
  H: number;
  m: number;
  s: number;
  S: number;
  dow: number;
  offsetMin: number;
}

/** Wall-clock fields of an instant in a zone, through the core's zone offsets (one definition of the offset). */
function fieldsIn(ms: number, timeZone: string): Fields {
  const offsetMin = makeZone(timeZone).offsetMinutes(ms);
  const wall = new Date(ms + offsetMin * 60_000);
  return {
    y: wall.getUTCFullYear(),
    M: wall.getUTCMonth() + 1,
    d: wall.getUTCDate(),
    H: wall.getUTCHours(),
    m: wall.getUTCMinutes(),
    s: wall.getUTCSeconds(),
    S: wall.getUTCMilliseconds(),
    dow: wall.getUTCDay(),
    offsetMin,
  };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Java SimpleDateFormat subset: y M d H h m s S a E Z X, 'quoted' text. */
export function formatDateWith(ms: number, timeZone: string, pattern: string): string {
  const f = fieldsIn(ms, timeZone);
  const tokens = pattern.match(/'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+/g) ?? [];
  return tokens
    .map((tok) => {
      if (tok.startsWith("'")) return tok === "''" ? "'" : tok.slice(1, -1).replace(/''/g, "'");
      if (!/^[A-Za-z]/.test(tok)) return tok;
      const n = tok.length;
      const sign = f.offsetMin < 0 ? '-' : '+';
      const abs = Math.abs(f.offsetMin);
      switch (tok[0]) {
        case 'y':
          return n === 2 ? pad(f.y % 100, 2) : pad(f.y, n);
        case 'M':
          return n >= 4 ? MONTHS[f.M - 1] : n === 3 ? MONTHS[f.M - 1].slice(0, 3) : pad(f.M, n);
        case 'd':
          return pad(f.d, n);
        case 'H':
          return pad(f.H, n);
        case 'h':
          return pad(f.H % 12 || 12, n);
        case 'm':
          return pad(f.m, n);
        case 's':
          return pad(f.s, n);
        case 'S':
          return pad(f.S, 3).slice(0, Math.max(n, 3));
        case 'a':
          return f.H < 12 ? 'AM' : 'PM';
        case 'E':
          return n >= 4 ? DAYS[f.dow] : DAYS[f.dow].slice(0, 3);
        case 'Z':
          return `${sign}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
        case 'X':
          return abs === 0
            ? 'Z'
            : n >= 3
              ? `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`
              : `${sign}${pad(Math.floor(abs / 60), 2)}`;
        default:
          throw new Error(`Illegal pattern character '${tok[0]}'`);
      }
    })
    .join('');
}

function toBytes(value: unknown, ctx: HostContext): Buffer {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (Array.isArray(value)) return Buffer.from((value as number[]).map((b) => b & 0xff));
  return ctx.fail('Invalid argument: value');
}

export class GasUtilities {
  readonly DigestAlgorithm = DIGEST_ALGORITHMS;
  readonly Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });

  constructor(private readonly _ctx: HostContext) {
    return _ctx.expose(this, 'Utilities');
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDateObject(date))
      this._ctx.fail("The parameters don't match the method signature for Utilities.formatDate.");
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
    } catch {
      this._ctx.fail(`Invalid argument: timeZone (${String(timeZone)})`);
    }
    try {
      return formatDateWith(date.getTime(), timeZone, String(format));
    } catch (e) {
      return this._ctx.fail(e instanceof Error ? e.message : String(e));
    }
  }

  /** Advances the fake clock; at most 5 minutes, as in Apps Script. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || milliseconds < 0 || milliseconds > 300_000)
      this._ctx.fail(`Invalid argument: milliseconds (${String(milliseconds)})`);
    this._ctx.clock.advance(milliseconds);
  }

  /** Signed bytes (−128…127), as Apps Script returns them. */
  computeDigest(algorithm: string, value: unknown, _charset?: string): number[] {
    const alg = NODE_DIGEST[String(algorithm)];
    if (!alg) return this._ctx.fail(`Invalid argument: algorithm (${String(algorithm)})`);
    const digest = createHash(alg).update(toBytes(value, this._ctx)).digest();
    const out = new this._ctx.realm.Array<number>() as number[];
    for (const b of digest) out.push(b > 127 ? b - 256 : b);
    return out;
  }

  base64Encode(data: unknown): string {
    return toBytes(data, this._ctx).toString('base64');
  }

  base64EncodeWebSafe(data: unknown): string {
    return toBytes(data, this._ctx).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    const out = new this._ctx.realm.Array<number>() as number[];
    for (const b of Buffer.from(String(encoded), 'base64')) out.push(b > 127 ? b - 256 : b);
    return out;
  }

  getUuid(): string {
    return randomUUID();
  }
}
