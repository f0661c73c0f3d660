import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DeviceSetup, simulatedDevice } from '../../../src/agent/device-setup.ts';
import { schemaPathOf } from '../../../src/datamodel/paths.ts';
import { DataModel } from '../../../src/datamodel/tree.ts';
import { loadProfile, parseProfile } from '../../../src/device/profile/load.ts';
import type { LiveSpec } from '../../../src/device/profile/live-spec.ts';
import { LiveValues } from '../../../src/device/simulated/live-values.ts';
import { REPO } from '../../support/bbf-path.ts';
import { deviceSchema } from '../../support/device-schema.ts';
import { ManualClock } from '../../support/manual-clock.ts';

// Living values (src/device/simulated/live-*.ts) on the fixture profile's short timelines: every
// device of a profile shares the handlers; its values come from its seed and its clock.
const FIXTURE = join(REPO, 'test', 'fixtures', 'profiles', 'live-device.yaml');
const TEMP = 'Device.DeviceInfo.TemperatureStatus.TemperatureSensor.1.Value';
const STATUS = 'Device.IP.Interface.1.Status';
const HOSTS = 'Device.Hosts.Host.';

let setup: DeviceSetup;
beforeAll(async () => {
  setup = await simulatedDevice(await loadProfile(FIXTURE));
});

interface Device {
  tree: DataModel;
  clock: ManualClock;
  live: ReturnType<NonNullable<DeviceSetup['live']>>;
}

async function device(opts: { seed?: number; serial?: string; s?: DeviceSetup } = {}): Promise<Device> {
  const s = opts.s ?? setup;
  const tree = new DataModel(s.schema, { base: s.base, sharedHandlers: s.sharedHandlers });
  if (opts.serial) tree.seedValue('Device.DeviceInfo.SerialNumber', opts.serial);
  const clock = new ManualClock();
  s.bind(tree);
  const live = s.live!(tree, clock, opts.seed === undefined ? {} : { seed: opts.seed });
  await live.start();
  return { tree, clock, live };
}

const rows = async (tree: DataModel, table: string): Promise<number[]> =>
  (await tree.getNames(table, true)).map((n) => Number(n.path.slice(table.length, -1)));

/** What an ACS would read of the living parts, as text. */
async function view(d: Device): Promise<string> {
  const values = await d.tree.getValues([
    HOSTS,
    TEMP,
    STATUS,
    'Device.Hosts.HostNumberOfEntries',
    'Device.WiFi.AccessPoint.',
  ]);
  return values
    .filter((v) => !v.path.includes('.Security.') && !v.path.includes('.WPS.'))
    .map((v) => `${v.path}=${v.wire}`)
    .join('\n');
}

describe('living values', () => {
  it('replay: the same seed and clock give the same rows, values and notifications; another seed another story', async () => {
    const story = async (d: Device): Promise<string[]> => {
      // The temperature may deny Active notification (TR-181 canDeny): Passive for it.
      await d.tree.setAttributes([
        { path: STATUS, notification: 2 },
        { path: TEMP, notification: 1 },
      ]);
      const active: string[] = [];
      d.tree.changes.onActive((path) => active.push(`${d.clock.monotonic()} ${path}`));
      const out: string[] = [await view(d)];
      for (let i = 0; i < 12; i++) {
        await d.clock.fireNext();
        out.push(`t=${d.clock.monotonic()}`, JSON.stringify(d.tree.changes.list()), await view(d));
        d.tree.changes.acknowledge(d.tree.changes.list().map((c) => c.path)); // as after an Inform
      }
      d.live.stop();
      return [...out, ...active];
    };
    const [a, b, c] = await Promise.all([device({ seed: 1 }), device({ seed: 1 }), device({ seed: 2 })]);
    const [sa, sb, sc] = await Promise.all([story(a), story(b), story(c)]);
    expect(sb).toEqual(sa);
    expect(sc).not.toEqual(sa);
    // Something lived: rows came and went, the values changed and were noted, Active ones at once.
    expect(new Set(sa.filter((l) => l.includes('HostNumberOfEntries'))).size).toBeGreaterThan(1);
    expect(sa.some((l) => l.includes(`{"path":"${TEMP}","active":false}`))).toBe(true);
    expect(sa.some((l) => l.includes(`{"path":"${STATUS}","active":true}`))).toBe(true);
    expect(sa.some((l) => l.endsWith(` ${STATUS}`))).toBe(true);
    // The serial number seeds a device too: same profile seed, other serial, other story.
    const [d1, d2] = await Promise.all([device({ serial: 'L0001' }), device({ serial: 'L0002' })]);
    expect(await story(d2)).not.toEqual(await story(d1));
  }, 60_000);

  it('the shipped stb replays: the whole tree, read at the same moments of the same clock, is the same', async () => {
    const stb = await simulatedDevice(await loadProfile('stb'));
    const whole = async (d: Device): Promise<string[]> => {
      const out: string[] = [];
      for (let i = 0; i < 3; i++) {
        await d.clock.fireNext(); // the next live event, minutes away
        out.push((await d.tree.getValues([''])).map((v) => `${v.path}=${v.wire}`).join('\n'));
      }
      d.live.stop();
      return out;
    };
    const [a, b, c] = await Promise.all([
      device({ s: stb }),
      device({ s: stb }),
      device({ s: stb, serial: 'ACME0000002' }),
    ]);
    const [wa, wb, wc] = await Promise.all([whole(a), whole(b), whole(c)]);
    expect(wb).toEqual(wa);
    expect(wc).not.toEqual(wa);
    expect(wa[2]).not.toEqual(wa[0]); // and it lived meanwhile
  }, 60_000);

  it('churn: numbers only grow, NumberOfEntries is right, a row that left is gone, rows stay within min and max', async () => {
    const d = await device({ seed: 5 });
    let highest = Math.max(...(await rows(d.tree, HOSTS)));
    const gone = new Set<number>();
    let before = await rows(d.tree, HOSTS);
    let joined = 0;
    for (let i = 0; i < 40; i++) {
      await d.clock.fireNext();
      const now = await rows(d.tree, HOSTS);
      for (const n of now.filter((x) => !before.includes(x))) {
        expect(n).toBeGreaterThan(highest); // a new row never takes an old number
        highest = n;
        joined += 1;
      }
      for (const n of before.filter((x) => !now.includes(x))) gone.add(n);
      expect(now.length).toBeGreaterThanOrEqual(1);
      expect(now.length).toBeLessThanOrEqual(6);
      expect(await d.tree.readInternal('Device.Hosts.HostNumberOfEntries')).toBe(now.length);
      const values = await d.tree.getValues([HOSTS]);
      for (const v of values) {
        expect(now).toContain(Number(v.path.split('.')[3]));
        // Every value a behaviour made passes the parameter's validator.
        const p = d.tree.schema.get(schemaPathOf(v.path)!);
        expect(p?.kind === 'parameter' && p.validator.validateWire(v.wire).ok, `${v.path}=${v.wire}`).toBe(true);
      }
      before = now;
    }
    d.live.stop();
    expect(joined).toBeGreaterThan(2);
    expect(gone.size).toBeGreaterThan(2);
    for (const n of gone) {
      await expect(d.tree.getValues([`${HOSTS}${n}.PhysAddress`])).rejects.toMatchObject({ code: 9005 });
      expect((await d.tree.getNames(HOSTS, false)).some((x) => x.path.startsWith(`${HOSTS}${n}.`))).toBe(false);
    }
    // A joined row has its generated values and the row under it; the same generator agrees with itself.
    const last = before.at(-1)!;
    const host = new Map(
      (await d.tree.getValues([`${HOSTS}${last}.`])).map((v) => [v.path.slice(HOSTS.length), v.wire]),
    );
    expect(host.get(`${last}.PhysAddress`)).toMatch(/^[0-9A-F]{2}:([0-9A-F]{2}:){4}[0-9A-F]{2}$/);
    expect(host.get(`${last}.HostName`)).toMatch(/^(android|iphone|laptop)-[0-9a-f]{4}$/);
    expect(host.get(`${last}.IPAddress`)).toMatch(/^192\.168\.1\.1[0-9][0-9]$/);
    expect(host.get(`${last}.IPv4Address.1.IPAddress`)).toBe(host.get(`${last}.IPAddress`));
    expect(host.get(`${last}.IPv4AddressNumberOfEntries`)).toBe('1');
  }, 60_000);

  it('a row the ACS adds to an outer table gets its own churn, one it deletes stops churning', async () => {
    const d = await device({ seed: 11 });
    const AP = 'Device.WiFi.AccessPoint.';
    const added = await d.tree.addObject(AP, 'acs');
    const stations = `${AP}${added}.AssociatedDevice.`;
    let seen = 0;
    for (let i = 0; i < 60 && seen === 0; i++) {
      await d.clock.fireNext();
      seen = Math.max(seen, (await rows(d.tree, stations)).length);
    }
    expect(seen).toBeGreaterThan(0);
    await d.tree.deleteObject(`${AP}${added}.`, 'acs');
    for (let i = 0; i < 20; i++) await d.clock.fireNext();
    await expect(d.tree.getNames(stations, true)).rejects.toMatchObject({ code: 9005 });
    d.live.stop();
  }, 30_000);

  it("what an integrator binds to the real device stays the device's: no churn in its table, no changes made up for its value", async () => {
    const tree = new DataModel(setup.schema, { base: setup.base, sharedHandlers: setup.sharedHandlers });
    tree.handlers.tables.set('Device.Hosts.Host.{i}.', { instances: () => [7] });
    tree.handlers.parameters.set('Device.IP.Interface.{i}.Status', { get: () => 'Up' });
    const clock = new ManualClock();
    const live = setup.live!(tree, clock, { seed: 1 });
    await live.start();
    await tree.setAttributes([
      { path: STATUS, notification: 2 },
      { path: TEMP, notification: 1 },
    ]);
    for (let i = 0; i < 10; i++) await clock.fireNext();
    live.stop();
    expect(await rows(tree, HOSTS)).toEqual([7]);
    expect(tree.snapshot().tables[HOSTS]).toBeUndefined(); // nothing written beside the handler
    expect(tree.changes.list().map((c) => c.path)).not.toContain(STATUS);
    expect(tree.changes.list().map((c) => c.path)).toContain(TEMP); // the rest still lives
  }, 60_000);

  it('a value that changes on every row of a churning table changes on the rows that join too', async () => {
    const text = `name: host names box
identity: { manufacturer: T, manufacturerOUI: 0A0B0C, productClass: P, serialNumber: S1, modelName: M, hardwareVersion: "1", softwareVersion: "1" }
root: device-2
supported: [Device.DeviceInfo., Device.Hosts.]
instances: { Device.Hosts.Host.: [1] }
live:
  changes:
    - path: Device.Hosts.Host.{i}.HostName
      values: [phone, tablet, laptop]
      interval: 2
  tables:
    - table: Device.Hosts.Host.
      rows: { min: 1, max: 6 }
      join: 2
      leave: 600
      row:
        PhysAddress: { mac: true }
`;
    const s = await simulatedDevice(await parseProfile(text, 'host-names.yaml'));
    const d = await device({ s, seed: 5 });
    while ((await rows(d.tree, HOSTS)).length < 2) await d.clock.fireNext();
    const joined = Math.max(...(await rows(d.tree, HOSTS)));
    const lease = `${HOSTS}${joined}.HostName`;
    await d.tree.setAttributes([{ path: lease, notification: 1 }]);
    for (let i = 0; i < 40 && !d.tree.changes.list().some((c) => c.path === lease); i++) await d.clock.fireNext();
    expect(await rows(d.tree, HOSTS)).toContain(joined);
    expect(d.tree.changes.list().map((c) => c.path)).toContain(lease);
    d.live.stop();
  }, 60_000);

  it("the profile's rows keep their values; a value the ACS set on a joining row wins over the generated one", async () => {
    const d = await device();
    expect(await d.tree.readInternal('Device.Hosts.Host.1.HostName')).toBe('living-room-ipad');
    // A writable table that churns, next to the ACS's own AddObject and DeleteObject.
    const text = `name: dns box
identity: { manufacturer: T, manufacturerOUI: 0A0B0C, productClass: P, serialNumber: S1, modelName: M, hardwareVersion: "1", softwareVersion: "1" }
root: device-2
supported: [Device.DeviceInfo., Device.DNS.Client.]
instances: { Device.DNS.Client.Server.: [1] }
live:
  tables:
    - table: Device.DNS.Client.Server.
      rows: { min: 1, max: 3 }
      join: 5
      leave: 7
      row:
        DNSServer: { ipv4: 10.0.0.1-10.0.0.50 }
        Enable: true
`;
    const s = await simulatedDevice(await parseProfile(text, 'dns.yaml'));
    const e = await device({ s, seed: 3 });
    const table = 'Device.DNS.Client.Server.';
    const highest = async (): Promise<number> => Math.max(0, ...(await rows(e.tree, table)));
    while ((await rows(e.tree, table)).length < 3) await e.clock.fireNext();
    const acs = await e.tree.addObject(table, 'acs');
    expect(acs).toBeGreaterThan(Math.max(...(await rows(e.tree, table)).filter((n) => n !== acs)));
    await e.tree.setValues([{ path: `${table}${acs}.DNSServer`, value: '9.9.9.9' }], 'acs');
    expect(await e.tree.readInternal(`${table}${acs}.DNSServer`)).toBe('9.9.9.9');
    const churned = (await rows(e.tree, table)).find((n) => n !== acs)!;
    await e.tree.deleteObject(`${table}${churned}.`, 'acs');
    expect(await rows(e.tree, table)).not.toContain(churned);
    let top = await highest();
    for (let i = 0; i < 20; i++) {
      await e.clock.fireNext();
      for (const n of await rows(e.tree, table)) if (n > top) top = n;
    }
    expect(top).toBeGreaterThan(acs); // joins went on numbering after the ACS's row
    e.live.stop();
    // Persisted: a restarted device continues with the rows it had and numbers above them.
    const snapshot = e.tree.snapshot();
    const again = new DataModel(s.schema, { base: s.base, sharedHandlers: s.sharedHandlers });
    again.restore(snapshot);
    expect(await rows(again, table)).toEqual(await rows(e.tree, table));
    expect(again.addDeviceRow(table)).toBe(snapshot.tables[table]!.next);
  }, 60_000);
});

describe('continuous living values', () => {
  const schema = deviceSchema(['Device.DeviceInfo.', 'Device.WiFi.', 'Device.IP.Interface.']);
  const spec: LiveSpec = {
    seed: 0,
    counters: [
      { path: 'Device.WiFi.Radio.{i}.Stats.FCSErrorCount', rate: 1e9, jitter: 0.5 },
      { path: 'Device.WiFi.Radio.{i}.Stats.BytesSent', rate: 1e9, jitter: 0.5 },
    ],
    signals: [
      {
        path: 'Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.SignalStrength',
        mean: [-3, -3],
        deviation: 10,
        period: 1,
      },
    ],
    clocks: [
      { path: 'Device.IP.Interface.{i}.LastChange', offset: [-20, -20] },
      { path: 'Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.AssociationTime', offset: [-30, -30] },
    ],
    changes: [],
    tables: [],
  };
  const live = new LiveValues(schema, spec);
  const tree = new DataModel(schema, { sharedHandlers: live.handlers });
  for (const [t, n] of [
    ['Device.WiFi.Radio.', 1],
    ['Device.IP.Interface.', 1],
    ['Device.WiFi.AccessPoint.', 1],
    ['Device.WiFi.AccessPoint.1.AssociatedDevice.', 1],
  ] as const)
    tree.seedRow(t, n);
  const clock = new ManualClock();
  void live.attach(tree, clock);
  const read = (p: string): Promise<unknown> => tree.readInternal(p);

  it('counters grow from 0 at boot, 32-bit ones wrap, 64-bit ones are bigint, and restart after a reboot', async () => {
    expect(await read('Device.WiFi.Radio.1.Stats.FCSErrorCount')).toBe(0);
    expect(await read('Device.WiFi.Radio.1.Stats.BytesSent')).toBe(0n);
    let wide = 0n;
    let wrapped = false;
    let narrow = 0;
    for (let i = 0; i < 40; i++) {
      clock.advance(250);
      const w = (await read('Device.WiFi.Radio.1.Stats.BytesSent')) as bigint;
      const n = (await read('Device.WiFi.Radio.1.Stats.FCSErrorCount')) as number;
      expect(w).toBeGreaterThanOrEqual(wide); // never backwards
      expect(n).toBeLessThan(2 ** 32);
      if (n < narrow) wrapped = true;
      wide = w;
      narrow = n;
    }
    // 10 s at 1e9/s ± half the jitter: far past 2^32, which the 32-bit counter wrapped at.
    expect(wide).toBeGreaterThan(2n ** 33n);
    expect(wrapped).toBe(true);
    live.boot(tree);
    expect(await read('Device.WiFi.Radio.1.Stats.BytesSent')).toBe(0n);
  });

  it("Stats.Reset restarts that Stats object's counters only, reads false, and a reboot clears it", async () => {
    const radio = 'Device.WiFi.Radio.1.Stats.';
    const ip = 'Device.IP.Interface.1.Stats.BytesReceived';
    live.boot(tree);
    clock.advance(5_000);
    const before = (await read(`${radio}BytesSent`)) as bigint;
    const ipBefore = (await read(ip)) as number;
    expect(before).toBeGreaterThan(0n);
    expect(ipBefore).toBeGreaterThan(0);
    await tree.setValues([{ path: `${radio}Reset`, value: 'true' }], 'acs');
    expect(await read(`${radio}Reset`)).toBe(false);
    expect(await read(`${radio}BytesSent`)).toBe(0n);
    expect(await read(`${radio}FCSErrorCount`)).toBe(0);
    expect(await read(ip)).toBe(ipBefore); // another Stats object keeps counting
    clock.advance(1_000);
    const after = (await read(`${radio}BytesSent`)) as bigint;
    expect(after).toBeGreaterThan(0n);
    expect(after).toBeLessThan(before); // 1 s of counting, not 6
    clock.advance(4_000);
    live.boot(tree); // the reboot counts from 0 again, the old reset forgotten
    clock.advance(2_000);
    expect((await read(`${radio}BytesSent`)) as bigint).toBeGreaterThan(0n);
  });

  it('signals stay within the parameter range, clocks count from boot with their offset', async () => {
    live.boot(tree);
    const levels = new Set<number>();
    for (let i = 0; i < 60; i++) {
      clock.advance(400);
      const v = (await read('Device.WiFi.AccessPoint.1.AssociatedDevice.1.SignalStrength')) as number;
      expect(v).toBeLessThanOrEqual(0); // SignalStrength is -200..0: noise above 0 is held at 0
      expect(v).toBeGreaterThanOrEqual(-60);
      levels.add(v);
    }
    expect(levels.size).toBeGreaterThan(5);
    expect(levels.has(0)).toBe(true);
    expect(await read('Device.IP.Interface.1.LastChange')).toBe(4); // 24 s since boot, up 20 s after it
    clock.advance(10_000);
    const at = await read('Device.WiFi.AccessPoint.1.AssociatedDevice.1.AssociationTime');
    clock.advance(5000);
    expect(await read('Device.WiFi.AccessPoint.1.AssociatedDevice.1.AssociationTime')).toBe(at); // a fixed moment
    expect(Date.parse(at as string)).toBe(clock.now() - 39_000 + 30_000); // 30 s after boot
    expect(await read('Device.DeviceInfo.UpTime')).toBe(39);
  });
});
