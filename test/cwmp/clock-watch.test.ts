import { describe, expect, it } from 'vitest';
import { WallClockWatch } from '../../src/cwmp/clock-watch.ts';
import { ManualClock } from '../support/manual-clock.ts';

describe('WallClockWatch', () => {
  it('sees a step of the wall clock, either way, once; elapsed time and small drift are not steps', () => {
    const clock = new ManualClock();
    const watch = new WallClockWatch(clock);
    expect(watch.jump()).toBe(0);
    clock.jumpWall(-3 * 3_600_000);
    expect(watch.jump()).toBe(-3 * 3_600_000);
    expect(watch.jump()).toBe(0);
    clock.jumpWall(7_200_000);
    expect(watch.jump()).toBe(7_200_000);
    clock.jumpWall(5_000); // NTP slew-sized
    expect(watch.jump()).toBe(0);
  });

  it('a clock without a monotonic source reports no jumps', () => {
    let t = 0;
    const watch = new WallClockWatch({ now: () => t, setTimeout: () => undefined, clearTimeout: () => undefined });
    t += 10 * 3_600_000;
    expect(watch.jump()).toBe(0);
  });
});
