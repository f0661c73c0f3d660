import { describe, expect, it } from 'vitest';
import { parseDeviceTemplate, parseShard, shardRange } from '../../src/fleet/device-template.ts';

describe('fleet device templates and shards', () => {
  it('numbers devices: {n}, zero-padded, hex', () => {
    expect(parseDeviceTemplate('STB-{n:06}', 'serial-template', true)(42)).toBe('STB-000042');
    expect(parseDeviceTemplate('{n}', 'serial-template', true)(7)).toBe('7');
    expect(parseDeviceTemplate('00{n:04x}', 'oui-template')(255)).toBe('0000FF');
    expect(parseDeviceTemplate('BOX', 'product-class-template')(3)).toBe('BOX');
  });

  it('says in one line what is wrong with a template', () => {
    expect(() => parseDeviceTemplate('STB', 'serial-template', true)).toThrow(
      /--serial-template 'STB' gives every device the same value; put \{n\} in it/,
    );
    expect(() => parseDeviceTemplate('STB-{x}', 'serial-template', true)).toThrow(/unexpected '\{'/);
  });

  it('splits a fleet into disjoint shards that cover it', () => {
    const count = 1003;
    const ranges = Array.from({ length: 4 }, (_, i) => shardRange(count, parseShard(`${i}/4`)));
    expect(ranges[0]!.first).toBe(1);
    expect(ranges.at(-1)!.last).toBe(count);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.first).toBe(ranges[i - 1]!.last + 1);
    expect(shardRange(10, { index: 0, of: 1 })).toEqual({ first: 1, last: 10 });
    expect(() => parseShard('4/4')).toThrow(/0 <= i < n/);
    expect(() => parseShard('1-4')).toThrow(/--shard '1-4'/);
  });
});
