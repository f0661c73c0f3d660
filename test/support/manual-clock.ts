import type { Clock } from '../../src/cwmp/clock.ts';

/**
 * A clock whose timers fire only when the test says so. Monotonic time only moves by firing
 * timers; the wall clock is monotonic time plus an offset a test can jump.
 */
export class ManualClock implements Clock {
  private mono = 0;
  private wallOffset = Date.UTC(2026, 10, 22);
  private timers: { at: number; seq: number; fn: () => void; ms: number }[] = [];
  private sets = 0;

  now(): number {
    return this.mono + this.wallOffset;
  }

  monotonic(): number {
    return this.mono;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const timer = { at: this.mono + Math.max(0, ms), seq: this.sets++, fn, ms };
    this.timers.push(timer);
    return timer;
  }

  clearTimeout(h: unknown): void {
    this.timers = this.timers.filter((x) => x !== h);
  }

  /** Steps the wall clock (an NTP step, a manual change); monotonic time and timers are untouched. */
  jumpWall(ms: number): void {
    this.wallOffset += ms;
  }

  /** Moves monotonic (and wall) time on without firing timers: for values computed from the clock. */
  advance(ms: number): void {
    this.mono += ms;
  }

  /** Monotonic ms until the earliest timer, if any. */
  get nextIn(): number | undefined {
    const next = [...this.timers].sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
    return next === undefined ? undefined : next.at - this.mono;
  }

  /**
   * Fires the earliest timer, moving time to it, and returns the delay it was set with. Resolves
   * once the agent has settled: it set a new timer and then nothing more for 25 ms of real time
   * (or after 3 s, for a round that plans nothing).
   */
  async fireNext(): Promise<number> {
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = this.timers.shift();
    if (!next) throw new Error('no timer to fire');
    this.mono = Math.max(this.mono, next.at);
    const before = this.sets;
    next.fn();
    const end = Date.now() + 3_000;
    let seen = this.sets;
    for (;;) {
      await new Promise((r) => setTimeout(r, 25));
      if (this.sets > before && this.sets === seen) break;
      if (Date.now() > end) break;
      seen = this.sets;
    }
    return next.ms;
  }
}
