import { describe, expect, it } from 'vitest';
import { nextReportAt, retryAt, timeReferenceMs } from '../../src/bulkdata/schedule.ts';

const T = Date.UTC(2026, 0, 1, 0, 0, 0);
const S = 1000;

describe('Bulk Data reporting intervals (TR-181 ReportingInterval, TimeReference)', () => {
  it('the Unknown Time leaves the phase to the device; other dateTimes are instants', () => {
    expect(timeReferenceMs('0001-01-01T00:00:00Z')).toBeUndefined();
    expect(timeReferenceMs('')).toBeUndefined();
    expect(timeReferenceMs('2026-01-01T00:00:00Z')).toBe(T);
  });

  it('without a TimeReference the intervals count from when collection started', () => {
    const anchor = T + 7 * S;
    expect(nextReportAt(anchor, 60, undefined, anchor)).toBe(anchor + 60 * S);
    expect(nextReportAt(anchor + 59_999, 60, undefined, anchor)).toBe(anchor + 60 * S);
    expect(nextReportAt(anchor + 60 * S, 60, undefined, anchor)).toBe(anchor + 120 * S);
  });

  it('with a TimeReference intervals end at it plus or minus whole intervals, the first one shorter', () => {
    // A daily report at midnight UTC, enabled at 10:00: the first interval ends at the next midnight.
    const day = 86400;
    expect(nextReportAt(T + 10 * 3600 * S, day, T, T + 10 * 3600 * S)).toBe(T + day * S);
    // A reference far in the future or the past sets only the phase: 15 minutes at 42 past the hour.
    const ref = Date.UTC(2031, 5, 1, 1, 42, 0);
    const now = Date.UTC(2026, 0, 1, 13, 50, 0);
    expect(nextReportAt(now, 900, ref, now)).toBe(Date.UTC(2026, 0, 1, 13, 57, 0));
    expect(nextReportAt(Date.UTC(2026, 0, 1, 13, 57, 0), 900, ref, now)).toBe(Date.UTC(2026, 0, 1, 14, 12, 0));
  });

  it('retries follow the session retry windows and stop when the next report is due', () => {
    const retry = { minimumWaitSeconds: 5, intervalMultiplier: 2000 };
    // Failure n waits within [m·(k/1000)^(n−1), m·(k/1000)^n] s: 5-10, 10-20, 20-40 …
    expect(retryAt(T, 1, retry, () => 0, T + 3600 * S)).toBe(T + 5 * S);
    expect(retryAt(T, 1, retry, () => 0.999999, T + 3600 * S)).toBe(T + 10 * S);
    expect(retryAt(T, 3, retry, () => 0, T + 3600 * S)).toBe(T + 20 * S);
    // From the tenth retry on, the range no longer grows: 2560-5120 s.
    expect(retryAt(T, 14, retry, () => 0, T + 86400 * S)).toBe(T + 2560 * S);
    // A retry that would not come before the next interval begins is not made.
    expect(retryAt(T, 1, retry, () => 0, T + 5 * S)).toBeUndefined();
    expect(retryAt(T, 1, { minimumWaitSeconds: 1, intervalMultiplier: 1000 }, () => 0.5, T + 2 * S)).toBe(T + S);
  });
});
