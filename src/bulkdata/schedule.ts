import { retryDelayMs, type RetrySettings } from '../cwmp/retry-policy.ts';

/**
 * TimeReference as an instant, or undefined for the Unknown Time (TR-106: year 0001), which
 * leaves the phase of the intervals to the device.
 */
export function timeReferenceMs(dateTime: string): number | undefined {
  if (dateTime === '' || dateTime.startsWith('0001-')) return undefined;
  const ms = Date.parse(dateTime);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * When the reporting interval running at `now` completes (TR-181 Profile.ReportingInterval and
 * TimeReference): at TimeReference plus or minus a whole number of intervals, so the first
 * interval after a change is usually shorter; without a TimeReference the intervals count from
 * `anchor`, the moment collection started or its timing last changed. Always after `now`.
 */
export function nextReportAt(
  now: number,
  intervalS: number,
  timeReference: number | undefined,
  anchor: number,
): number {
  const iv = Math.max(1, intervalS) * 1000;
  const origin = timeReference ?? anchor;
  return origin + (Math.floor((now - origin) / iv) + 1) * iv;
}

/**
 * When to try a failed transfer again (TR-069 Annex N: the session retry algorithm of 3.2.1.1
 * with the profile's RetryMinimumWaitInterval and RetryIntervalMultiplier), or undefined when that
 * would not come before the next report is due: retries stop once the next interval begins.
 */
export function retryAt(
  now: number,
  failures: number,
  retry: RetrySettings,
  random: () => number,
  nextReport: number,
): number | undefined {
  const at = now + retryDelayMs(failures, random, retry);
  return at < nextReport ? at : undefined;
}
