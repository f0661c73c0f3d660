import { describe, expect, it } from 'vitest';
import { countConcreteParameters } from '../../../src/device/profile/count.ts';
import { concretePaths } from '../../../src/device/profile/paths.ts';

describe('countConcreteParameters', () => {
  const instances = { 'Device.T.': [1, 2, 3], 'Device.T.1.U.': [1, 2], 'Device.T.3.U.': [5] };

  it('counts one per parameter outside tables and one per row combination inside', () => {
    const supportedPaths = new Set([
      'Device.',
      'Device.A',
      'Device.T.{i}.',
      'Device.T.{i}.X',
      'Device.T.{i}.U.{i}.',
      'Device.T.{i}.U.{i}.Y',
      'Device.TNumberOfEntries',
    ]);
    // Device.A 1 + TNumberOfEntries 1 + T.{i}.X 3 + T.{i}.U.{i}.Y (2 + 0 + 1) 3; objects are not counted.
    expect(countConcreteParameters({ supportedPaths, instances })).toBe(8);
  });

  it('counts nothing under a table without rows', () => {
    expect(countConcreteParameters({ supportedPaths: new Set(['Device.V.{i}.Z']), instances })).toBe(0);
  });

  it('lists the concrete paths of a schema path', () => {
    expect(concretePaths('Device.T.{i}.U.{i}.Y', instances)).toEqual([
      'Device.T.1.U.1.Y',
      'Device.T.1.U.2.Y',
      'Device.T.3.U.5.Y',
    ]);
    expect(concretePaths('Device.A', instances)).toEqual(['Device.A']);
  });
});
