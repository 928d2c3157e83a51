/** Session, Logger, console and ScriptApp: small services whose output the host records. */
import type { HostContext } from './context';

export interface SessionOptions {
  email: string;
  /** Language code as `Session.getActiveUserLocale()` gives it, e.g. `ru`. */
  userLocale: string;
  scriptTimeZone: string;
}

class GasUser {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

export class GasSession {
  constructor(
    ctx: HostContext,
    private readonly _opts: SessionOptions,
  ) {
    return ctx.expose(this, 'Session');
  }

  getActiveUser(): GasUser {
    return new GasUser(this._opts.email);
  }

  getEffectiveUser(): GasUser {
    return new GasUser(this._opts.email);
  }

  getActiveUserLocale(): string {
    return this._opts.userLocale;
  }

  getScriptTimeZone(): string {
    return this._opts.scriptTimeZone;
  }

  getTemporaryActiveUserKey(): string {
    return `local-user-key-${this._opts.email}`;
  }
}

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  text: string;
}

/** Where console and Logger output goes: recorded, printed to stderr only when verbose. */
export class LogRecords {
  entries: LogEntry[] = [];
  verbose = false;

  add(level: LogEntry['level'], args: unknown[]): void {
    const text = args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ');
    this.entries.push({ level, text });
    if (this.verbose) process.stderr.write(`[${level}] ${text}\n`);
  }

  texts(level?: LogEntry['level']): string[] {
    return this.entries.filter((e) => level === undefined || e.level === level).map((e) => e.text);
  }
}

function safeJson(v: unknown): string {
  if (v instanceof Error || (typeof v === 'object' && v !== null && 'message' in v && 'stack' in v)) {
    const e = v as { name?: string; message?: string };
    return `${e.name ?? 'Error'}: ${e.message ?? ''}`;
  }
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** `console` for the sandbox: records, never prints unless verbose. */
export function makeConsole(logs: LogRecords): Record<string, (...args: unknown[]) => void> {
  return {
    log: (...a) => logs.add('log', a),
    info: (...a) => logs.add('info', a),
    warn: (...a) => logs.add('warn', a),
    error: (...a) => logs.add('error', a),
    debug: (...a) => logs.add('log', a),
  };
}

export class GasLogger {
  constructor(
    ctx: HostContext,
    private readonly _logs: LogRecords,
  ) {
    return ctx.expose(this, 'Logger');
  }

  /** log(data) or log(format, ...values) with `%s` placeholders. */
  log(data: unknown, ...values: unknown[]): GasLogger {
    let text = typeof data === 'string' ? data : String(data);
    for (const v of values) text = text.replace(/%s|%d/, String(v));
    this._logs.add('Logger', [text]);
    return this;
  }

  getLog(): string {
    return this._logs.texts('Logger').join('\n');
  }

  clear(): void {
    this._logs.entries = this._logs.entries.filter((e) => e.level !== 'Logger');
  }
}

export class GasScriptApp {
  readonly AuthMode = Object.freeze({
    NONE: 'NONE',
    CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
    LIMITED: 'LIMITED',
    FULL: 'FULL',
  });

  constructor(_ctx: HostContext) {
    return _ctx.expose(this, 'ScriptApp');
  }
}
