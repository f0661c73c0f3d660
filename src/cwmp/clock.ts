/** Time as the agent sees it; tests inject a fake to drive retries and schedules. */
export interface Clock {
  now(): number;
  /** A clock that never jumps (ms, any origin), to tell a wall-clock step from elapsed time. */
  monotonic?(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};
