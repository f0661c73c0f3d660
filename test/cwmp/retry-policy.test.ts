import { describe, expect, it } from 'vitest';
import { retryDelayMs, retryWindow } from '../../src/cwmp/retry-policy.ts';

describe('retry policy (TR-069 3.2.1.1)', () => {
  it('matches the default table: 5-10 s, 10-20 s, ... capped at 2560-5120 s', () => {
    expect(retryWindow(1)).toEqual({ min: 5, max: 10 });
    expect(retryWindow(2)).toEqual({ min: 10, max: 20 });
    expect(retryWindow(5)).toEqual({ min: 80, max: 160 });
    expect(retryWindow(10)).toEqual({ min: 2560, max: 5120 });
    expect(retryWindow(25)).toEqual({ min: 2560, max: 5120 });
  });

  it('follows m and k from the data model', () => {
    expect(retryWindow(3, { minimumWaitSeconds: 10, intervalMultiplier: 1500 })).toEqual({ min: 22.5, max: 33.75 });
  });

  it('draws inside the window from the injected random source', () => {
    expect(retryDelayMs(3, () => 0)).toBe(20_000);
    expect(retryDelayMs(3, () => 0.5)).toBe(30_000);
    expect(retryDelayMs(3, () => 0.999999)).toBe(40_000);
  });
});
