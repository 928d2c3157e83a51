/**
 * What every service object of one host shares: the clock, the call log, the faults, the realm that receives
 * values, and the current execution. `expose` wraps a service object so that each call the script makes to one of
 * its methods is counted, advances the clock, and may fail by injection; calls the host makes to itself while
 * serving that call (nested) are not counted again.
 */
import { CallLog } from './calls';
import { FakeClock } from './clock';
import { Faults, TIME_LIMIT_ERROR } from './faults';
import { nodeRealm, type Realm } from './realm';

/** Classes of the spreadsheet service, whose calls `CallLog.total` counts. */
const SPREADSHEET_SERVICE = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Ui',
  'Menu',
  'EmbeddedChartBuilder',
  'EmbeddedChart',
  'Protection',
]);

/** A custom function's execution limit. */
const CUSTOM_FUNCTION_LIMIT_MS = 30_000;

/** Spreadsheet-service methods that change the document or the UI: refused inside a custom function. */
const CUSTOM_FUNCTION_FORBIDDEN =
  /^(set|insert|delete|clear|append|move|protect|merge|breakApart|remove|hide|show|sort|autoResize|activate|toast|newChart|copyTo|duplicate|flush|rename)/;

export class HostContext {
  readonly calls = new CallLog();
  readonly faults = new Faults();
  readonly clock: FakeClock;
  realm: Realm = nodeRealm;
  /** Increments at each `beginExecution`; locks belong to an execution. */
  executionId = 0;
  executionStartMs: number;
  /** Called when an execution ends (locks release themselves). */
  readonly onExecutionEnd: Array<(executionId: number) => void> = [];
  /** True between `beginExecution` and `endExecution`: the time limit applies only then. */
  inExecution = false;
  private depth = 0;

  constructor(startMs?: number) {
    this.clock = new FakeClock(startMs);
    this.executionStartMs = this.clock.now();
  }

  beginExecution(): number {
    this.executionId++;
    this.executionStartMs = this.clock.now();
    this.inExecution = true;
    return this.executionId;
  }

  endExecution(): void {
    this.inExecution = false;
    for (const f of this.onExecutionEnd) f(this.executionId);
  }

  /** An Apps Script exception, built in the script's realm. */
  error(message: string): Error {
    const e = new this.realm.Error(message);
    e.name = 'Exception';
    return e;
  }

  fail(message: string): never {
    throw this.error(message);
  }

  /**
   * True while a custom function runs: Sheets gives it read-only access to the spreadsheet and no UI, and
   * stops it after 30 seconds.
   */
  customFunction = false;

  /** Runs one service call: counts it, ticks the clock, applies faults and the time limit (outermost only). */
  invoke<T>(method: string, run: () => T): T {
    if (this.depth === 0 && this.customFunction) this.checkCustomFunctionCall(method);
    if (this.depth === 0) {
      const className = method.slice(0, method.indexOf('.'));
      this.calls.record(method, SPREADSHEET_SERVICE.has(className));
      this.clock.advance(this.clock.msPerCall);
      const limit = this.customFunction
        ? Math.min(CUSTOM_FUNCTION_LIMIT_MS, this.faults.timeLimitMs)
        : this.faults.timeLimitMs;
      if (this.inExecution && this.clock.now() - this.executionStartMs > limit) this.fail(TIME_LIMIT_ERROR);
      const injected = this.faults.check(method);
      if (injected !== null) this.fail(injected);
    }
    this.depth++;
    try {
      return run();
    } finally {
      this.depth--;
    }
  }

  private checkCustomFunctionCall(method: string): void {
    const [className, name] = method.split('.');
    if (SPREADSHEET_SERVICE.has(className) && CUSTOM_FUNCTION_FORBIDDEN.test(name)) {
      this.fail(`You do not have permission to call ${name}`);
    }
    if (method === 'SpreadsheetApp.getUi' || className === 'Ui' || className === 'Menu') {
      this.fail('Cannot call SpreadsheetApp.getUi() from this context.');
    }
  }

  /** Wraps a service object so each public method call goes through `invoke` as `ClassName.method`. */
  expose<T extends object>(target: T, className: string): T {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const ctx = this;
    const proxy: T = new Proxy(target, {
      get(t, prop, receiver) {
        const v: unknown = Reflect.get(t, prop, receiver);
        if (
          typeof v !== 'function' ||
          typeof prop !== 'string' ||
          prop.startsWith('_') ||
          prop === 'constructor'
        ) {
          return v;
        }
        const fn = v as (...args: unknown[]) => unknown;
        // The method runs on the bare object (fast field access; its own calls are not counted again); a
        // returned `this` goes back out as the proxy so that chained calls stay counted.
        return function (...args: unknown[]): unknown {
          const out = ctx.invoke(`${className}.${prop}`, () => Reflect.apply(fn, t, args));
          return out === t ? proxy : out;
        };
      },
    });
    return proxy;
  }
}
