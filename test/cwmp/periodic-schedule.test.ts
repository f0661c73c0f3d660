import { describe, expect, it } from 'vitest';
import { nextPeriodicInform, UNKNOWN_TIME } from '../../src/cwmp/periodic-schedule.ts';

const H = 3_600_000;
const T0 = Date.parse('2026-11-23T10:00:00Z');

describe('periodic Inform schedule (TR-181 PeriodicInformInterval/Time)', () => {
  it('without a PeriodicInformTime: one interval after the last Inform', () => {
    expect(nextPeriodicInform(T0 + 10_000, T0, 60, UNKNOWN_TIME)).toBe(T0 + 60_000);
    expect(nextPeriodicInform(T0 + 10_000, T0, 60, '')).toBe(T0 + 60_000);
  });

  it('with a PeriodicInformTime: on that time plus whole intervals, before or after it', () => {
    const anchor = '2026-01-01T03:00:00Z';
    expect(nextPeriodicInform(Date.parse('2026-11-23T10:20:00Z'), 0, 3600, anchor)).toBe(
      Date.parse('2026-11-23T11:00:00Z'),
    );
    expect(nextPeriodicInform(Date.parse('2025-06-01T00:30:00Z'), 0, 86_400, anchor)).toBe(
      Date.parse('2025-06-01T03:00:00Z'),
    );
  });

  it('a clock that jumps forward gives one Inform now, not a burst of missed ones', () => {
    expect(nextPeriodicInform(T0 + 5 * H, T0, 60, UNKNOWN_TIME)).toBe(T0 + 5 * H);
  });

  it('a clock that jumps back does not postpone the next Inform by the jump', () => {
    const last = T0;
    const now = T0 - 5 * H; // the wall clock was set back five hours after the last Inform
    expect(nextPeriodicInform(now, last, 60, UNKNOWN_TIME)).toBe(now + 60_000);
    const anchored = nextPeriodicInform(now, last, 3600, '2026-01-01T03:00:00Z');
    expect(anchored - now).toBeLessThanOrEqual(H);
    expect(anchored).toBeGreaterThan(now);
  });
});
