/**
 * Fault injection: make the nth call of a method throw the message a real service throws, cap calls like a
 * quota, and bound an execution's time like Apps Script's 6-minute limit (against the fake clock).
 */
export interface FailRule {
  /** 1-based: the nth call of the method (counted from when the rule is added) fails. */
  nth?: number;
  /** How many consecutive calls fail from the nth on (default 1). */
  times?: number;
  error?: string;
}

interface ActiveRule {
  method: string;
  from: number;
  to: number;
  error: string;
  seen: number;
}

export const DEFAULT_SERVICE_ERROR = 'Service Spreadsheets failed while accessing document with id local.';
export const TIME_LIMIT_ERROR = 'Exceeded maximum execution time';
export const QUOTA_ERROR = 'Service invoked too many times for one day: spreadsheets.';

export class Faults {
  /** Execution time limit in ms (Apps Script: 6 minutes; custom functions: 30 s). */
  timeLimitMs = 360_000;
  private rules: ActiveRule[] = [];
  private quotas = new Map<string, { left: number; error: string }>();

  /** `failOn('Range.setValues', { nth: 3 })`: the third call from now throws. Method `*` matches any. */
  failOn(method: string, rule: FailRule = {}): void {
    const from = rule.nth ?? 1;
    this.rules.push({
      method,
      from,
      to: from + (rule.times ?? 1) - 1,
      error: rule.error ?? DEFAULT_SERVICE_ERROR,
      seen: 0,
    });
  }

  /** Allows `calls` more calls of the method (`*` = any), then every call throws a quota error. */
  quota(method: string, calls: number, error: string = QUOTA_ERROR): void {
    this.quotas.set(method, { left: calls, error });
  }

  clear(): void {
    this.rules = [];
    this.quotas.clear();
  }

  /** The error message the call must throw, or null. Called once per counted call. */
  check(method: string): string | null {
    let failure: string | null = null;
    for (const rule of this.rules) {
      if (rule.method !== method && rule.method !== '*') continue;
      rule.seen++;
      if (failure === null && rule.seen >= rule.from && rule.seen <= rule.to) failure = rule.error;
    }
    for (const key of [method, '*']) {
      const q = this.quotas.get(key);
      if (!q) continue;
      if (q.left <= 0) failure = failure ?? q.error;
      q.left--;
    }
    return failure;
  }
}
