/**
 * Runs the BUILT add-on (`dist/Code.js`) in a fresh `vm` context whose globals are only Apps Script's services
 * plus the JavaScript builtins V8 provides: no require, process, Buffer, timers, fetch. What runs here is what
 * ships. Values the host hands to the script are built in the sandbox's realm (so `instanceof Date` holds), and
 * `new Date()` / `Date.now()` inside the sandbox read the host's fake clock.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { HostInputError } from './host/errors';
import type { Host } from './host/host';
import { isDateObject, type Realm } from './host/realm';

export interface LoadAddonOptions {
  /** The built script (default `dist/Code.js`). */
  codePath?: string;
  /** Make `new Date()` and `Date.now()` read the host's fake clock (default true). */
  fakeClockDates?: boolean;
}

export interface AddonSandbox {
  /** Calls a top-level function as one execution (locks it takes are released at its end). */
  call(name: string, ...args: unknown[]): unknown;
  /** Like `call`, but with google.script.run's rules: JSON-like values only in and out (a Date is refused). */
  run(name: string, ...args: unknown[]): unknown;
  has(name: string): boolean;
  /** Own global names the script defined (not the host's services nor JS builtins). */
  globalNames(): string[];
  readonly context: vm.Context;
  readonly realm: Realm;
}

/** Replaces the context's Date by one that reads the host clock; prototypes are shared, so `instanceof` holds. */
const FAKE_DATE = `(function (now) {
  var RealDate = Date;
  var FakeDate = function Date() {
    if (!new.target) return new RealDate(now()).toString();
    var args = Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  };
  FakeDate.prototype = RealDate.prototype;
  FakeDate.now = function () { return now(); };
  FakeDate.parse = RealDate.parse;
  FakeDate.UTC = RealDate.UTC;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: FakeDate, writable: true, configurable: true });
  Object.defineProperty(globalThis, 'Date', { value: FakeDate, writable: true, configurable: true, enumerable: false });
})`;

export function loadAddon(host: Host, options: LoadAddonOptions = {}): AddonSandbox {
  const codePath = resolve(options.codePath ?? 'dist/Code.js');
  if (!existsSync(codePath))
    throw new HostInputError(`Built script not found: ${codePath} (run npm run build)`);
  const code = readFileSync(codePath, 'utf8');

  const context = vm.createContext(
    {},
    { name: 'Apps Script sandbox', codeGeneration: { strings: true, wasm: false } },
  );
  const builtins = new Set(vm.runInContext('Object.getOwnPropertyNames(globalThis)', context) as string[]);
  const services = host.globals();
  for (const [name, value] of Object.entries(services)) {
    Object.defineProperty(context, name, { value, writable: true, configurable: true, enumerable: false });
  }
  if (options.fakeClockDates ?? true) {
    (vm.runInContext(FAKE_DATE, context) as (now: () => number) => void)(() => host.clock.now());
  }
  const realm = vm.runInContext(
    '({ Date: Date, Array: Array, Object: Object, Error: Error })',
    context,
  ) as Realm;
  host.ctx.realm = realm;

  host.execute(() => vm.runInContext(code, context, { filename: codePath }));

  const ownNames = (): string[] =>
    Object.getOwnPropertyNames(context).filter((n) => !builtins.has(n) && !(n in services));

  const has = (name: string): boolean =>
    ownNames().includes(name) && typeof (context as Record<string, unknown>)[name] === 'function';

  const fn = (name: string): ((...a: unknown[]) => unknown) => {
    if (!has(name)) throw new HostInputError(`"${name}" is not a top-level function of ${codePath}`);
    return (context as Record<string, unknown>)[name] as (...a: unknown[]) => unknown;
  };

  return {
    context,
    realm,
    has,
    globalNames: () => ownNames().sort(),
    call(name, ...args) {
      const f = fn(name);
      const inArgs = args.map((a) => toRealm(a, realm));
      return host.execute(() => f(...inArgs));
    },
    run(name, ...args) {
      const f = fn(name);
      args.forEach((a, i) => assertTransferable(a, `argument ${i + 1} of ${name}`));
      const inArgs = args.map((a) => toRealm(a, realm));
      const result = host.execute(() => f(...inArgs));
      if (result === undefined) return null;
      assertTransferable(result, `the return value of ${name}`);
      return JSON.parse(JSON.stringify(result)) as unknown;
    },
  };
}

/** Deep-copies plain data into the sandbox realm (Dates, arrays, plain objects); other values pass as they are. */
function toRealm(v: unknown, realm: Realm): unknown {
  if (isDateObject(v)) return new realm.Date(v.getTime());
  if (Array.isArray(v)) {
    const out = new realm.Array<unknown>() as unknown[];
    for (const x of v) out.push(toRealm(x, realm));
    return out;
  }
  if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype) {
    const out = new realm.Object() as Record<string, unknown>;
    for (const [k, x] of Object.entries(v)) out[k] = toRealm(x, realm);
    return out;
  }
  return v;
}

/** google.script.run carries primitives, arrays and plain objects only; a Date or function fails the call. */
function assertTransferable(v: unknown, where: string): void {
  if (isDateObject(v)) throw new Error(`google.script.run cannot carry a Date (${where})`);
  if (typeof v === 'function') throw new Error(`google.script.run cannot carry a function (${where})`);
  if (Array.isArray(v)) v.forEach((x) => assertTransferable(x, where));
  else if (typeof v === 'object' && v !== null)
    for (const x of Object.values(v)) assertTransferable(x, where);
}
