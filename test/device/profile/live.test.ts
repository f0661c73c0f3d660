import { describe, expect, it } from 'vitest';
import { ProfileError } from '../../../src/device/profile/errors.ts';
import { loadProfile, parseProfile } from '../../../src/device/profile/load.ts';

// The `live:` section of a profile (src/device/profile/live.ts): checked against the mounted
// schema, every problem at its key with the file's line.
const BASE = `name: live box
identity:
  manufacturer: Acme
  manufacturerOUI: 00D09E
  productClass: STB4K
  serialNumber: ACME0000001
  modelName: STB4K-200
  hardwareVersion: rev C
  softwareVersion: 4.2.0
root: device-2
supported:
  - Device.DeviceInfo.
  - Device.IP.Interface.{i}.
  - Device.Hosts.
  - Device.WiFi.
  - Device.DNS.Client.
instances:
  Device.IP.Interface.: [1]
  Device.Hosts.Host.: [1]
  Device.WiFi.AccessPoint.: [1]
  Device.DeviceInfo.TemperatureStatus.TemperatureSensor.: [1]
`;

async function problems(live: string): Promise<{ key: string; line: number | undefined; message: string }[]> {
  const text = `${BASE}live:\n${live}`;
  const error = await parseProfile(text, 'box.yaml').then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ProfileError)) throw new Error(`expected a ProfileError, got ${String(error)}`);
  return error.problems.map((p) => ({ key: p.key, line: p.line, message: p.message }));
}

const lineOf = (live: string, needle: string): number =>
  BASE.split('\n').length + 1 + live.split('\n').findIndex((l) => l.includes(needle));

describe('the live section of a profile', () => {
  it('reads every behaviour, with defaults for what is left out', async () => {
    const p = await parseProfile(
      `${BASE}live:
  seed: 7
  counters:
    - path: Device.IP.Interface.{i}.Stats.Bytes*
      rate: 1000
  signals:
    - path: Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.SignalStrength
      mean: [-70, -50]
      deviation: 3
  clocks:
    - path: Device.IP.Interface.1.LastChange
  changes:
    - path: Device.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Value
      values: [40, 41, 42]
      interval: 60
  tables:
    - table: Device.Hosts.Host.
      rows: { min: 1, max: 10 }
      join: 600
      leave: 900
      row:
        PhysAddress: { mac: 3c:22:fb }
        IPv4Address.1.IPAddress: { ipv4: 10.0.0.2-10.0.0.254 }
        HostName: { hostname: phone }
        Active: true
`,
      'box.yaml',
    );
    expect(p.live).toEqual({
      seed: 7,
      counters: [{ path: 'Device.IP.Interface.{i}.Stats.Bytes*', rate: 1000, jitter: 0 }],
      signals: [
        {
          path: 'Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.SignalStrength',
          mean: [-70, -50],
          deviation: 3,
          period: 30,
        },
      ],
      clocks: [{ path: 'Device.IP.Interface.1.LastChange', offset: [0, 0] }],
      changes: [
        {
          path: 'Device.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Value',
          values: { kind: 'list', items: [40, 41, 42] },
          interval: 60,
        },
      ],
      tables: [
        {
          table: 'Device.Hosts.Host.',
          min: 1,
          max: 10,
          keep: [],
          join: 600,
          leave: 900,
          row: {
            PhysAddress: { kind: 'mac', prefixes: ['3C:22:FB'] },
            'IPv4Address.1.IPAddress': { kind: 'ipv4', first: 0x0a000002, size: 253 },
            HostName: { kind: 'hostname', prefixes: ['phone'] },
            Active: { kind: 'literal', value: true },
          },
          subRows: ['IPv4Address.1.'],
        },
      ],
    });
  });

  it('the shipped profiles declare living values: stb Wi-Fi signal, counters, hosts; gateway hosts, WLAN stations, counters', async () => {
    const stb = (await loadProfile('stb')).live!;
    expect(stb.signals.map((s) => s.path)).toContain('Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.SignalStrength');
    expect(stb.counters.length).toBeGreaterThan(0);
    expect(stb.tables.map((t) => t.table)).toEqual(
      expect.arrayContaining([
        'Device.Hosts.Host.',
        'Device.WiFi.AccessPoint.1.AssociatedDevice.',
        'Device.WiFi.AccessPoint.3.AssociatedDevice.',
      ]),
    );
    expect(stb.changes.length).toBeGreaterThan(0);
    const gw = (await loadProfile('gateway')).live!;
    expect(gw.tables.map((t) => t.table)).toEqual(
      expect.arrayContaining([
        'InternetGatewayDevice.LANDevice.1.Hosts.Host.',
        'InternetGatewayDevice.LANDevice.1.WLANConfiguration.{i}.AssociatedDevice.',
      ]),
    );
    expect(gw.counters.length).toBeGreaterThan(0);
  });

  const cases: { name: string; live: string; key: string; needle: string; message: RegExp }[] = [
    {
      name: 'an unknown key, with the fix',
      live: '  counter:\n    - path: Device.DeviceInfo.UpTime\n',
      key: 'live.counter',
      needle: 'counter:',
      message: /unknown key 'counter'; did you mean "counters"\?/,
    },
    {
      name: 'a path naming no supported parameter, with the fix',
      live: '  signals:\n    - path: Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.SignalStrenght\n      mean: -60\n      deviation: 2\n',
      key: 'live.signals[0].path',
      needle: 'SignalStrenght',
      message:
        /names no supported parameter; did you mean 'Device\.WiFi\.AccessPoint\.\{i\}\.AssociatedDevice\.\{i\}\.SignalStrength'/,
    },
    {
      name: 'a writable parameter',
      live: '  changes:\n    - path: Device.WiFi.Radio.{i}.Channel\n      values: [1, 6, 11]\n      interval: 60\n',
      key: 'live.changes[0].path',
      needle: 'Channel',
      message: /is writable: the ACS's value would be overwritten/,
    },
    {
      name: 'a counter on a string',
      live: '  counters:\n    - path: Device.DeviceInfo.Manufacturer\n      rate: 1\n',
      key: 'live.counters[0].path',
      needle: 'Manufacturer',
      message: /is string; counters drive unsignedInt, unsignedLong parameters/,
    },
    {
      name: 'a NumberOfEntries',
      live: '  changes:\n    - path: Device.Hosts.HostNumberOfEntries\n      values: [1, 2]\n      interval: 60\n',
      key: 'live.changes[0].path',
      needle: 'HostNumberOfEntries',
      message: /counts a table's rows; make the table churn instead/,
    },
    {
      name: 'a value out of the parameter range',
      live: '  signals:\n    - path: Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.SignalStrength\n      mean: [-60, 20]\n      deviation: 2\n',
      key: 'live.signals[0].mean',
      needle: 'mean:',
      message:
        /"20" is not valid for 'Device\.WiFi\.AccessPoint\.\{i\}\.AssociatedDevice\.\{i\}\.SignalStrength' \(int\)/,
    },
    {
      name: 'a change value not in the enumeration',
      live: '  changes:\n    - path: Device.Hosts.Host.{i}.InterfaceType\n      values: [Wi-Fi, Carrier-Pigeon]\n      interval: 60\n',
      key: 'live.changes[0].values',
      needle: 'values:',
      message: /"Carrier-Pigeon" is not valid/,
    },
    {
      name: 'a parameter driven twice',
      live: '  signals:\n    - path: Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.SignalStrength\n      mean: -60\n      deviation: 2\n  changes:\n    - path: Device.WiFi.AccessPoint.1.AssociatedDevice.{i}.SignalStrength\n      values: [-50]\n      interval: 60\n',
      key: 'live.changes[0].path',
      needle: 'AccessPoint.1.',
      message: /is already driven by live\.signals\[0\]; a parameter takes one behaviour/,
    },
    {
      name: 'a table that is not one',
      live: '  tables:\n    - table: Device.Hosts.\n      rows: { min: 0, max: 2 }\n      join: 60\n      leave: 60\n',
      key: 'live.tables[0].table',
      needle: 'table: Device.Hosts.',
      message: /no table 'Device\.\{i\}\.'|no table 'Device\.Hosts\.\{i\}\.'/,
    },
    {
      name: 'more rows than the table holds',
      live: '  tables:\n    - table: Device.WiFi.AccessPoint.{i}.AC.\n      rows: { min: 0, max: 9 }\n      join: 60\n      leave: 60\n',
      key: 'live.tables[0].rows.max',
      needle: 'rows:',
      message: /9 is too large: at most 4/,
    },
    {
      name: 'a generated value the parameter refuses',
      live: '  tables:\n    - table: Device.Hosts.Host.\n      rows: { min: 0, max: 2 }\n      join: 60\n      leave: 60\n      row:\n        Active: { pick: [true, maybe] }\n',
      key: 'live.tables[0].row.Active',
      needle: 'Active:',
      message: /"maybe" is not valid for 'Device\.Hosts\.Host\.\{i\}\.Active' \(boolean\)/,
    },
    {
      name: 'an unknown generator',
      live: '  tables:\n    - table: Device.Hosts.Host.\n      rows: { min: 0, max: 2 }\n      join: 60\n      leave: 60\n      row:\n        PhysAddress: { macaddress: true }\n',
      key: 'live.tables[0].row.PhysAddress.macaddress',
      needle: 'PhysAddress:',
      message: /unknown generator 'macaddress'/,
    },
    {
      name: 'an interval below a second',
      live: '  changes:\n    - path: Device.DeviceInfo.TemperatureStatus.TemperatureSensor.1.Value\n      values: { min: 40, max: 50 }\n      interval: 0.5\n',
      key: 'live.changes[0].interval',
      needle: 'interval:',
      message: /0\.5 is too small: at least 1/,
    },
  ];
  for (const c of cases) {
    it(`reports ${c.name} at its key and line`, async () => {
      const found = await problems(c.live);
      const p = found.find((x) => x.key === c.key);
      expect(p, JSON.stringify(found)).toBeDefined();
      expect(p!.message).toMatch(c.message);
      expect(p!.line).toBe(lineOf(c.live, c.needle));
    });
  }
});
