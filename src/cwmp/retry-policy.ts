/**
 * Session retry waits (TR-069 3.2.1.1): after the n-th consecutive failure the CPE waits a random
 * time in [m·(k/1000)^(n−1), m·(k/1000)^n] seconds, where m is CWMPRetryMinimumWaitInterval and
 * k is CWMPRetryIntervalMultiplier; the exponent stops growing at n = 10.
 */
export interface RetrySettings {
  minimumWaitSeconds: number; // m, default 5
  intervalMultiplier: number; // k, default 2000
}

export const DEFAULT_RETRY: RetrySettings = { minimumWaitSeconds: 5, intervalMultiplier: 2000 };
export const RETRY_EXPONENT_CAP = 10;

export function retryWindow(failures: number, s: RetrySettings = DEFAULT_RETRY): { min: number; max: number } {
  const n = Math.min(Math.max(failures, 1), RETRY_EXPONENT_CAP);
  const ratio = s.intervalMultiplier / 1000;
  return { min: s.minimumWaitSeconds * ratio ** (n - 1), max: s.minimumWaitSeconds * ratio ** n };
}

/** Milliseconds to wait before the next attempt; `random` is in [0, 1). */
export function retryDelayMs(failures: number, random: () => number, s: RetrySettings = DEFAULT_RETRY): number {
  const { min, max } = retryWindow(failures, s);
  return Math.round((min + (max - min) * random()) * 1000);
}
