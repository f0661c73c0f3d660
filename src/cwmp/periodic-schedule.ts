/**
 * When the next periodic Inform is due (TR-181 ManagementServer.PeriodicInform*): with a known
 * PeriodicInformTime the Informs fall on that time plus whole multiples of the interval (before
 * or after it); with the unknown time they are spaced one interval after the previous one.
 */
export { UNKNOWN_TIME } from '../common/date-time.ts';

export function nextPeriodicInform(
  nowMs: number,
  lastMs: number,
  intervalSeconds: number,
  periodicInformTime: string,
): number {
  const interval = Math.max(1, intervalSeconds) * 1000;
  const anchor = Date.parse(periodicInformTime);
  if (periodicInformTime === '' || periodicInformTime.startsWith('0001-01-01') || Number.isNaN(anchor)) {
    // A wall clock that jumped back (NTP, RTC reset) must not push the next Inform hours away:
    // the last Inform cannot lie in the future.
    return Math.max(Math.min(lastMs, nowMs) + interval, nowMs);
  }
  const k = Math.floor((nowMs - anchor) / interval) + 1;
  return anchor + k * interval;
}
