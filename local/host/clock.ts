/**
 * The host's fake clock. Time passes only when the host says so: each service call advances it by
 * `msPerCall`, `Utilities.sleep` and lock waits advance it by their duration. Nothing really sleeps.
 */
export class FakeClock {
  /** Milliseconds added to the clock by every counted service call. */
  msPerCall = 1;
  private nowMs: number;

  constructor(startMs: number = Date.now()) {
    this.nowMs = startMs;
  }

  now(): number {
    return this.nowMs;
  }

  advance(ms: number): void {
    if (ms > 0) this.nowMs += ms;
  }

  set(ms: number): void {
    this.nowMs = ms;
  }
}
