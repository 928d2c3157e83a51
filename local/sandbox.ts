/**
 * Runs the BUILT add-on (`dist/Code.js`) in a fresh `vm` context whose globals are only Apps Script's services
 * plus the JavaScript builtins V8 provides: no require, process, Buffer, timers, fetch. What runs here is what
 * ships. Values the host hands to the script are built in the sandbox's realm (so `instanceof Date` holds), and
 * `new Date()` / `Date.now()` inside the sandbox read the host's fake clock.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import * as acorn from 'acorn';
import { HostInputError } from './host/errors';
import type { Host } from './host/host';
import { isDateObject, type Realm } from './host/realm';

export interface LoadAddonOptions {
  /** The built script (default `dist/Code.js`). */
  codePath?: string;
  /** Make `new Date()` and `Date.now()` read the host's fake clock (default true). */
  fakeClockDates?: boolean;
  /** Keep one script context across calls (default false: a fresh load per execution, as Apps Script does). */
  persistent?: boolean;
}

export interface AddonSandbox {
  /** Calls a top-level function as one execution (locks it takes are released at its end). */
  call(name: string, ...args: unknown[]): unknown;
  /** Like `call`, with a custom function's rules: read-only spreadsheet, no UI, 30 seconds. */
  callCustomFunction(name: string, ...args: unknown[]): unknown;
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
  // Compiled once; each execution runs it in a context of its own, as Apps Script loads the project afresh
  // for every execution: nothing a previous call left in a global survives into the next one.
  const code = readFileSync(codePath, 'utf8');
  const script = new vm.Script(code, { filename: codePath });
  const declared = topLevelFunctions(code);
  const services = host.globals();
  let builtins = new Set<string>();

  interface Loaded {
    context: vm.Context;
    realm: Realm;
  }

  const freshContext = (): Loaded => {
    const context = vm.createContext(
      {},
      { name: 'Apps Script sandbox', codeGeneration: { strings: true, wasm: false } },
    );
    builtins = new Set(vm.runInContext('Object.getOwnPropertyNames(globalThis)', context) as string[]);
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
    script.runInContext(context);
    return { context, realm };
  };

  let current: Loaded = host.execute(freshContext);
  const persistent = options.persistent ?? false;

  const ownNames = (): string[] =>
    Object.getOwnPropertyNames(current.context).filter((n) => !builtins.has(n) && !(n in services));

  // Apps Script runs only top-level function declarations from menus, triggers, google.script.run and cells:
  // a function merely assigned to the global object at run time is not callable there, so not here either.
  const has = (name: string): boolean =>
    declared.has(name) &&
    ownNames().includes(name) &&
    typeof (current.context as Record<string, unknown>)[name] === 'function';

  /** Starts an execution: a fresh load of the script (unless persistent), then the function by name. */
  const execute = (name: string, args: unknown[]): unknown =>
    host.execute(() => {
      if (!persistent) current = freshContext();
      if (!has(name)) throw new HostInputError(`"${name}" is not a top-level function of ${codePath}`);
      const f = (current.context as Record<string, unknown>)[name] as (...a: unknown[]) => unknown;
      return f(...args.map((a) => toRealm(a, current.realm)));
    });

  return {
    get context() {
      return current.context;
    },
    get realm() {
      return current.realm;
    },
    has,
    globalNames: () => ownNames().sort(),
    call(name, ...args) {
      return execute(name, args);
    },
    callCustomFunction(name, ...args) {
      host.ctx.customFunction = true;
      try {
        return execute(name, args);
      } finally {
        host.ctx.customFunction = false;
      }
    },
    run(name, ...args) {
      args.forEach((a, i) => assertTransferable(a, `argument ${i + 1} of ${name}`));
      const result = execute(name, args);
      if (result === undefined) return null;
      assertTransferable(result, `the return value of ${name}`);
      return JSON.parse(JSON.stringify(result)) as unknown;
    },
  };
}

/** Names of the script's top-level `function` declarations. */
function topLevelFunctions(code: string): Set<string> {
  const program = acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script' });
  const names = new Set<string>();
  for (const node of program.body)
    if (node.type === 'FunctionDeclaration' && node.id) names.add(node.id.name);
  return names;
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
