import { describe, expect, it } from 'vitest';
import type { Item } from '../../../codegen/ir/types.ts';
import { resolveReference } from '../../../codegen/resolve/references.ts';

const items = new Map<string, Item>(
  [
    'Device.',
    'Device.Time.',
    'Device.Time.NTPServer1',
    'Device.Time.Client.{i}.',
    'Device.Schedules.',
    'Device.WiFi.Radio.{i}.',
    'Device.WiFi.Radio.{i}.RetryLimit',
    'Device.WiFi.AccessPoint.{i}.',
    'Device.WiFi.AccessPoint.{i}.RetryLimit',
  ].map((path) => [
    path,
    path.endsWith('.')
      ? { kind: 'object', path, access: 'readOnly', status: 'current', minEntries: 1, maxEntries: 1, uniqueKeys: [] }
      : {
          kind: 'parameter',
          path,
          access: 'readOnly',
          status: 'current',
          forcedInform: false,
          activeNotify: 'normal',
          syntax: { type: 'string', levels: [], hidden: false, secured: false, command: false },
        },
  ]),
);

describe("a lifecycle macro's reference resolves to a path of the model", () => {
  it('relative to the parameter’s object, naming a table by its {i} form', () => {
    expect(resolveReference(items, 'Device.Time.NTPServer1', { kind: 'object', ref: 'Client' })).toBe(
      'Device.Time.Client.{i}.',
    );
  });
  it("below the root for '.X', and up one level per '#'", () => {
    expect(resolveReference(items, 'Device.Time.NTPServer1', { kind: 'object', ref: '.Schedules.' })).toBe(
      'Device.Schedules.',
    );
    expect(
      resolveReference(items, 'Device.WiFi.AccessPoint.{i}.RetryLimit', {
        kind: 'param',
        ref: '#.Radio.{i}.RetryLimit',
      }),
    ).toBe('Device.WiFi.Radio.{i}.RetryLimit');
  });
  it('absolute paths as they are; nothing for a path the model does not have', () => {
    expect(resolveReference(items, 'Device.Time.NTPServer1', { kind: 'object', ref: 'Device.Time.Client.{i}' })).toBe(
      'Device.Time.Client.{i}.',
    );
    expect(resolveReference(items, 'Device.Time.NTPServer1', { kind: 'param', ref: 'NoSuchThing' })).toBeUndefined();
  });
});
