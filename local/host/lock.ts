/**
 * LockService. The host runs one execution at a time, so contention is staged: a test makes "another execution"
 * hold a lock (`host.locks.document.holdByOther()`), optionally releasing after some fake milliseconds. Waiting
 * advances the fake clock; nothing really sleeps. Locks held by an execution are released when it ends.
 */
import type { HostContext } from './context';
import type { Implements } from './gas-types';

export const LOCK_TIMEOUT_ERROR = 'Lock timeout: another process was holding the lock for too long.';
const OTHER = -1;

/** One lock (document, script, or user) shared by all executions. */
export class LockState {
  /** Execution id of the holder, OTHER for a staged other execution, null when free. */
  holder: number | null = null;
  private otherReleaseAt: number | null = null;

  constructor(private readonly ctx: HostContext) {
    ctx.onExecutionEnd.push((id) => {
      if (this.holder === id) this.holder = null;
    });
  }

  /** Stages another execution holding the lock, for `releaseAfterMs` fake ms (default: until `release()`). */
  holdByOther(options: { releaseAfterMs?: number } = {}): void {
    this.holder = OTHER;
    this.otherReleaseAt =
      options.releaseAfterMs === undefined ? null : this.ctx.clock.now() + options.releaseAfterMs;
  }

  release(): void {
    this.holder = null;
    this.otherReleaseAt = null;
  }

  isHeldByOther(): boolean {
    this.expireOther();
    return this.holder === OTHER;
  }

  isHeld(): boolean {
    this.expireOther();
    return this.holder !== null;
  }

  /** Tries to take the lock for the current execution, waiting up to `timeoutMs` of fake time. */
  acquire(timeoutMs: number): boolean {
    this.expireOther();
    const me = this.ctx.executionId;
    if (this.holder === null || this.holder === me) {
      this.holder = me;
      return true;
    }
    const releaseAt = this.holder === OTHER ? this.otherReleaseAt : null;
    const deadline = this.ctx.clock.now() + Math.max(0, timeoutMs);
    if (releaseAt !== null && releaseAt <= deadline) {
      this.ctx.clock.set(Math.max(this.ctx.clock.now(), releaseAt));
      this.holder = me;
      this.otherReleaseAt = null;
      return true;
    }
    this.ctx.clock.set(deadline);
    return false;
  }

  hasLock(): boolean {
    return this.holder === this.ctx.executionId;
  }

  releaseMine(): void {
    if (this.holder === this.ctx.executionId) this.holder = null;
  }

  private expireOther(): void {
    if (this.holder === OTHER && this.otherReleaseAt !== null && this.otherReleaseAt <= this.ctx.clock.now())
      this.release();
  }
}

type LockApi = Implements<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>;

export class GasLock implements LockApi {
  constructor(
    private readonly _ctx: HostContext,
    private readonly _state: LockState,
  ) {
    return _ctx.expose(this, 'Lock');
  }

  tryLock(timeoutInMillis: number): boolean {
    return this._state.acquire(this._timeout(timeoutInMillis));
  }

  waitLock(timeoutInMillis: number): void {
    if (!this._state.acquire(this._timeout(timeoutInMillis))) this._ctx.fail(LOCK_TIMEOUT_ERROR);
  }

  releaseLock(): void {
    this._state.releaseMine();
  }

  hasLock(): boolean {
    return this._state.hasLock();
  }

  private _timeout(ms: unknown): number {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
      return this._ctx.fail(`Invalid argument: timeoutInMillis (${String(ms)})`);
    return ms;
  }
}

export class GasLockService {
  constructor(
    private readonly _ctx: HostContext,
    private readonly _locks: { document: LockState; script: LockState; user: LockState },
  ) {
    return _ctx.expose(this, 'LockService');
  }

  getDocumentLock(): GasLock {
    return new GasLock(this._ctx, this._locks.document);
  }

  getScriptLock(): GasLock {
    return new GasLock(this._ctx, this._locks.script);
  }

  getUserLock(): GasLock {
    return new GasLock(this._ctx, this._locks.user);
  }
}
