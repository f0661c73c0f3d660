import { describe, expect, it } from 'vitest';
import { checkWindows } from '../../src/transfer/time-windows.ts';

describe('ScheduleDownload time windows (TR-069 A.4.1.8)', () => {
  const w = (startAt: number, endAt: number, mode = '1 At Any Time', maxRetries = 0) => ({
    startAt,
    endAt,
    mode,
    userMessage: '',
    maxRetries,
  });
  it('accepts one or two ordered windows with known modes', () => {
    expect(checkWindows([w(0, 10)])).toBeUndefined();
    expect(checkWindows([w(0, 10, '2 Immediately'), w(10, 20, '3 When Idle', -1)])).toBeUndefined();
  });
  it('names what is wrong otherwise', () => {
    expect(checkWindows([])).toMatch(/one or two/);
    expect(checkWindows([w(0, 1), w(2, 3), w(4, 5)])).toMatch(/one or two/);
    expect(checkWindows([w(5, 5)])).toMatch(/WindowEnd must be after WindowStart/);
    expect(checkWindows([w(0, 5, '9 Whenever')])).toMatch(/WindowMode '9 Whenever'/);
    expect(checkWindows([w(0, 5, '1 At Any Time', -2)])).toMatch(/MaxRetries/);
    expect(checkWindows([w(0, 10), w(5, 20)])).toMatch(/second window must start after the first one ends/);
  });
});
