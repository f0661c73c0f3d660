import { describe, expect, it } from 'vitest';
import { ChangeTracker } from '../../src/datamodel/change-tracker.ts';

describe('ChangeTracker', () => {
  it('keeps a change recorded again while the Inform that carried the older value was on its way', () => {
    const c = new ChangeTracker();
    c.record('Device.A', 2, 'device');
    c.record('Device.B', 1, 'device');
    const mark = c.mark();
    const carried = c.list().map((x) => x.path);
    c.record('Device.A', 2, 'device'); // changed again before the InformResponse
    c.acknowledge(carried, mark);
    expect(c.list()).toEqual([{ path: 'Device.A', active: true }]);
    c.acknowledge(['Device.A'], c.mark());
    expect(c.list()).toEqual([]);
  });
});
