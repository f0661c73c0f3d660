import { describe, expect, it } from 'vitest';
import { encodeJsonReports } from '../../src/bulkdata/json-encoding.ts';
import type { CollectedReport } from '../../src/bulkdata/report.ts';

// Golden outputs written from TR-069 Annex N.3.5: {"Report":[…]}, CollectionTime first, the four
// integer types as JSON numbers, boolean as a JSON boolean, every other type a string.
const first: CollectedReport = {
  at: 1364529149_000,
  entries: [
    ['Device.IP.Interface.1.Stats.BytesSent', '25248', 'unsignedLong'],
    ['Device.IP.Interface.1.Stats.BytesReceived', '200543250', 'unsignedLong'],
    ['Device.IP.Interface.2.Stats.BytesSent', '18446744073709551615', 'unsignedLong'],
    ['Device.IP.Interface.2.Name', 'wlan0 "guest"', 'string'],
    ['Device.IP.Interface.2.Enable', 'true', 'boolean'],
    ['Device.IP.Interface.2.LastChange', '-1', 'int'],
    ['Device.Time.CurrentLocalTime', '2013-03-29T03:52:29Z', 'dateTime'],
  ],
};
const second: CollectedReport = {
  at: 1364529449_000,
  entries: [['Device.IP.Interface.1.Stats.BytesSent', '25300', 'unsignedLong']],
};

describe('JSON encoding (TR-069 Annex N.3.5)', () => {
  it('NameValuePair: one member per parameter, named by its full path', () => {
    expect(encodeJsonReports([first], { format: 'NameValuePair', timestamp: 'Unix-Epoch' })).toBe(
      '{"Report":[{"CollectionTime":1364529149,' +
        '"Device.IP.Interface.1.Stats.BytesSent":25248,' +
        '"Device.IP.Interface.1.Stats.BytesReceived":200543250,' +
        '"Device.IP.Interface.2.Stats.BytesSent":18446744073709551615,' +
        '"Device.IP.Interface.2.Name":"wlan0 \\"guest\\"",' +
        '"Device.IP.Interface.2.Enable":true,' +
        '"Device.IP.Interface.2.LastChange":-1,' +
        '"Device.Time.CurrentLocalTime":"2013-03-29T03:52:29Z"}]}',
    );
  });

  it('ObjectHierarchy: an object per path segment, instance numbers in the order met', () => {
    expect(encodeJsonReports([first], { format: 'ObjectHierarchy', timestamp: 'Unix-Epoch' })).toBe(
      '{"Report":[{"CollectionTime":1364529149,"Device":{"IP":{"Interface":{' +
        '"1":{"Stats":{"BytesSent":25248,"BytesReceived":200543250}},' +
        '"2":{"Stats":{"BytesSent":18446744073709551615},"Name":"wlan0 \\"guest\\"","Enable":true,"LastChange":-1}}},' +
        '"Time":{"CurrentLocalTime":"2013-03-29T03:52:29Z"}}}]}',
    );
  });

  it('ISO-8601 CollectionTime is a string; None leaves it out', () => {
    expect(encodeJsonReports([second], { format: 'NameValuePair', timestamp: 'ISO-8601' })).toBe(
      '{"Report":[{"CollectionTime":"2013-03-29T03:57:29Z","Device.IP.Interface.1.Stats.BytesSent":25300}]}',
    );
    expect(encodeJsonReports([second], { format: 'NameValuePair', timestamp: 'None' })).toBe(
      '{"Report":[{"Device.IP.Interface.1.Stats.BytesSent":25300}]}',
    );
  });

  it('retained failed reports come first in the Report array, the current one last', () => {
    const text = encodeJsonReports([first, second], { format: 'ObjectHierarchy', timestamp: 'Unix-Epoch' });
    const parsed = JSON.parse(text) as { Report: { CollectionTime: number }[] };
    expect(parsed.Report.map((r) => r.CollectionTime)).toEqual([1364529149, 1364529449]);
  });

  it('an integer that is not one on the wire stays a string; a boolean "1" is true', () => {
    const r: CollectedReport = {
      at: 0,
      entries: [
        ['A.X', '', 'unsignedInt'],
        ['A.Y', '1', 'boolean'],
        ['A.Z', '0', 'boolean'],
        ['A.L', '1,2,3', 'string'],
      ],
    };
    expect(encodeJsonReports([r], { format: 'NameValuePair', timestamp: 'None' })).toBe(
      '{"Report":[{"A.X":"","A.Y":true,"A.Z":false,"A.L":"1,2,3"}]}',
    );
  });

  it('alternative names build their own hierarchy; a name that is both a value and an object keeps the first', () => {
    const r: CollectedReport = {
      at: 0,
      entries: [
        ['IPStats.1.BytesSent', '10', 'unsignedLong'],
        ['IPStats.2.BytesSent', '20', 'unsignedLong'],
        ['Up', '5', 'unsignedInt'],
        ['Up.Seconds', '6', 'unsignedInt'],
      ],
    };
    expect(encodeJsonReports([r], { format: 'ObjectHierarchy', timestamp: 'None' })).toBe(
      '{"Report":[{"IPStats":{"1":{"BytesSent":10},"2":{"BytesSent":20}},"Up":5}]}',
    );
  });

  it('no reports: an empty Report array', () => {
    expect(encodeJsonReports([], { format: 'NameValuePair', timestamp: 'None' })).toBe('{"Report":[]}');
  });
});
