import { beforeAll, describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../../src/agent/device-setup.ts';
import { DataModel } from '../../../src/datamodel/tree.ts';
import { DataModelFault } from '../../../src/datamodel/faults.ts';
import { importDump, type Imported } from '../../../src/device/import/import-dump.ts';
import { readDump } from '../../../src/device/import/read-dump.ts';
import { expand } from '../../../src/device/import/supported-cover.ts';
import { mountSchema } from '../../../src/device/profile/mount.ts';
import { ancestorsOf } from '../../../src/device/profile/paths.ts';
import { withVendorItems } from '../../../src/device/profile/vendor.ts';
import { HUAWEI_DUMP, deviceDump, fixtureDump } from '../../support/device-dumps.ts';

async function imported(file: string): Promise<Imported> {
  return importDump(await readDump(file), file);
}

/** A tree of the imported device, as the agent builds it. */
async function treeOf(i: Imported): Promise<DataModel> {
  const device = await simulatedDevice(i.resolved);
  const tree = new DataModel(device.schema, { base: device.base, sharedHandlers: device.sharedHandlers });
  device.bind(tree);
  return tree;
}

/** Every value the device serves, checked against its parameter's own validator. */
async function invalidValues(tree: DataModel): Promise<string[]> {
  const bad: string[] = [];
  for (const v of await tree.getValues([''])) {
    const node = tree.schema.get(v.path.replace(/\.[0-9]+(?=\.|$)/g, '.{i}'));
    if (node?.kind !== 'parameter') bad.push(`${v.path}: no parameter`);
    else if (!node.validator.validateWire(v.wire).ok) bad.push(`${v.path}: ${v.wire}`);
  }
  return bad;
}

const faultOf = async (p: Promise<unknown>): Promise<number[]> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof DataModelFault) return e.parameters.map((f) => f.code);
    throw e;
  }
  throw new Error('expected a fault');
};

describe('import of the real Huawei BM632w dump (genieacs-sim, TR-098)', () => {
  let i: Imported;
  let tree: DataModel;
  const IGD = 'InternetGatewayDevice.';
  beforeAll(async () => {
    i = await imported(deviceDump(HUAWEI_DUMP));
    tree = await treeOf(i);
  });

  it('stands on igd-1 with the DeviceId identity; the TR-104 v1 VoiceService is not forced onto VoiceService:2', () => {
    expect(i.profile.root).toBe('igd-1');
    expect(i.profile.services).toEqual([]);
    expect(i.profile.identity).toMatchObject({ manufacturerOUI: '202BC1', serialNumber: '8KA8WA1151100043' });
    expect(i.report.fit).toEqual([
      {
        model: 'InternetGatewayDevice:1.1',
        basis: "the device's own claim; the generated items carry no version",
      },
    ]);
    const voice = i.report.dropped.filter((d) => d.path.startsWith(`${IGD}Services.VoiceService.`));
    expect(voice.length).toBeGreaterThan(50);
    expect(voice[0]!.reason).toMatch(/VoiceService:2\.0 defines only 1 of the dump's/);
  });

  it('accounts for every entry: matched + vendor-only + dropped = the dump', () => {
    const r = i.report;
    expect(r.matched + r.vendor + r.dropped.length).toBe(r.entries);
    expect(r.matched).toBeGreaterThan(300);
    expect(r.vendor).toBeGreaterThan(300);
    expect(r.typed).toBeGreaterThan(200);
  });

  it('every value the device serves is valid for its type, and the whole tree reads', async () => {
    expect(await invalidValues(tree)).toEqual([]);
    const values = new Map((await tree.getValues([''])).map((v) => [v.path, v]));
    expect(values.size).toBeGreaterThan(500);
    // A typed value as the dump has it; one its type refuses serves the model's default instead.
    expect(values.get(`${IGD}LANDevice.1.Hosts.Host.3.HostName`)?.value).toBe('Lena-PC');
    expect(i.report.conflicts).toContainEqual(
      expect.objectContaining({ path: `${IGD}LANDevice.1.WLANConfiguration.1.Status`, kind: 'value' }),
    );
    expect(values.get(`${IGD}LANDevice.1.WLANConfiguration.1.Status`)?.value).not.toBe('up');
    // The counter follows the rows.
    expect(values.get(`${IGD}LANDevice.1.Hosts.HostNumberOfEntries`)?.value).toBe(6);
  });

  it("vendor parameters are served under their own names with the dump's xsi:type, value and writability", async () => {
    const port = `${IGD}DeviceInfo.X_HUAWEI_ServiceManage.TelnetPort`;
    const [v] = await tree.getValues([port]);
    expect(v).toMatchObject({ value: 23, type: 'int' });
    const names = new Map(
      (await tree.getNames(`${IGD}DeviceInfo.X_HUAWEI_ServiceManage.`, false)).map((n) => [n.path, n.writable]),
    );
    expect(names.get(`${IGD}DeviceInfo.X_HUAWEI_ServiceManage.`)).toBe(false);
    expect(names.get(port)).toBe(true);
    // Vendor tables under standard rows and vendor rows, numbered as in the dump.
    const digitMap = (await tree.getValues([`${IGD}LANDevice.1.Hosts.Host.`])).filter((x) =>
      x.path.endsWith('X_HUAWEI_DeviceType'),
    );
    expect(digitMap.map((x) => x.value)).toEqual(Array(6).fill('Computer'));
    // Writable: a valid value of its type is set; another type is 9006; a read-only vendor parameter 9008.
    await tree.setValues([{ path: port, value: '2323' }], 'acs');
    expect((await tree.getValues([port]))[0]!.value).toBe(2323);
    expect(await faultOf(tree.setValues([{ path: port, value: 'telnet' }], 'acs'))).toEqual([9006]);
    const readOnly = `${IGD}LANDevice.1.WLANConfiguration.1.X_HUAWEI_ChannelUsed`;
    expect((await tree.getNames(readOnly, false))[0]!.writable).toBe(false);
    expect(await faultOf(tree.setValues([{ path: readOnly, value: '1' }], 'acs'))).toEqual([9008]);
  });

  it('writability that disagrees with the model is reported, and the model wins', async () => {
    const standard = `${IGD}LANDevice.1.WLANConfiguration.1.Standard`;
    expect(i.report.conflicts).toContainEqual(expect.objectContaining({ path: standard, kind: 'writable' }));
    expect((await tree.getNames(standard, false))[0]!.writable).toBe(false);
  });

  it("deployment values (ACS URL, credentials) are left to the agent's settings, not copied", () => {
    expect(i.report.deployment).toContain(`${IGD}ManagementServer.URL`);
    expect(Object.keys(i.profile.values).filter((p) => p.startsWith(`${IGD}ManagementServer.URL`))).toEqual([]);
    expect(i.profile.values[`${IGD}ManagementServer.PeriodicInformInterval`]).toBe(300);
  });

  it('the supported list expands to exactly what the import decided, written short', async () => {
    const mounted = await mountSchema(i.profile.root, i.profile.services, i.profile.overlays);
    const { paths: vendor } = withVendorItems(mounted, i.profile.vendor ?? {}, () => {
      throw new Error('vendor entry refused');
    });
    expect(vendor.length).toBe(Object.keys(i.profile.vendor ?? {}).length);
    const standard = [...i.resolved.supportedPaths].filter((p) => mounted.byPath.has(p));
    // The list, and the standard objects the vendor items hang under.
    const fromList = expand(i.profile.supported, mounted);
    for (const p of vendor) for (const a of ancestorsOf(p)) if (mounted.byPath.has(a)) fromList.add(a);
    expect([...fromList].sort()).toEqual(standard.sort());
    expect(i.profile.supported.length).toBeLessThan(standard.length / 2);
    expect(i.profile.supported).toContain(`${IGD}IPPingDiagnostics.`);
  });
});

describe('import of the other formats', () => {
  it("GenieACS's device export (TR-098): notifications seed the attributes; conflicts reported; values valid", async () => {
    const i = await imported(fixtureDump('genieacs-export-igd.csv'));
    const R = 'InternetGatewayDevice.';
    expect(i.report.format).toBe('GenieACS device export CSV');
    expect(i.report.fit[0]!.model).toBe('InternetGatewayDevice:1.4');
    // Only what differs from the model's default is seeded (ProvisioningCode and ExternalIPAddress
    // notify actively by default).
    expect(i.profile.notifications).toEqual({
      [`${R}DeviceInfo.X_A0B1C2_Temp`]: 2,
      [`${R}ManagementServer.PeriodicInformInterval`]: 1,
    });
    const tree = await treeOf(i);
    expect(await invalidValues(tree)).toEqual([]);
    const attrs = await tree.getAttributes([`${R}DeviceInfo.X_A0B1C2_Temp`, `${R}DeviceInfo.X_A0B1C2_Temp2`]);
    expect(attrs.map((a) => a.notification)).toEqual([2, 0]);
    // The ACS's own change wins over the seeded attribute; a factory reset brings the dump's back.
    await tree.setAttributes([{ path: `${R}DeviceInfo.X_A0B1C2_Temp`, notification: 0 }]);
    expect((await tree.getAttributes([`${R}DeviceInfo.X_A0B1C2_Temp`]))[0]!.notification).toBe(0);
    tree.restore({ values: {}, tables: {}, attributes: {}, writtenOnce: [] });
    expect((await tree.getAttributes([`${R}DeviceInfo.X_A0B1C2_Temp`]))[0]!.notification).toBe(2);
    const kinds = new Map(i.report.conflicts.map((c) => [c.path, c.kind]));
    expect(kinds.get(`${R}LANDevice.1.Hosts.HostNumberOfEntries`)).toBe('rows');
    expect(kinds.get(`${R}WANDevice.1.WANCommonInterfaceConfig.WANAccessType`)).toBe('value');
    expect(kinds.get(`${R}X_A0B1C2_Syslog.Level`)).toBe('type');
    // An empty writable vendor object is a table without rows; the ACS may add one.
    expect(i.profile.vendor?.[`${R}X_A0B1C2_Syslog.Filter.{i}.`]).toEqual({ writable: true });
    expect(await tree.addObject(`${R}X_A0B1C2_Syslog.Server.`, 'acs')).toBe(2);
    expect(i.report.acsRows).toBe(6);
  });

  it('a GetParameterValues JSON of a TR-181 device: device-2, the overlay that types a vendor parameter, the best-fit version', async () => {
    const i = await imported(fixtureDump('gpv-device2.json'));
    expect(i.profile.root).toBe('device-2');
    expect(i.profile.overlays).toEqual(['acme-device']);
    expect(i.report.fit).toEqual([
      { model: 'Device:2.12', basis: 'Device.ManagementServer.InstanceWildcardsSupported needs 2.12' },
    ]);
    expect(i.profile.vendor).toEqual({
      'Device.X_A0B1C2_Tuner.': { writable: false },
      'Device.X_A0B1C2_Tuner.Count': { type: 'unsignedInt', writable: false },
      'Device.X_A0B1C2_Tuner.Serial': { type: 'string', writable: false },
      'Device.X_A0B1C2_Tuner.Tuner.{i}.': { writable: false },
      'Device.X_A0B1C2_Tuner.Tuner.{i}.Frequency': { type: 'int', writable: true },
      'Device.X_A0B1C2_Tuner.Tuner.{i}.Locked': { type: 'boolean', writable: false },
    });
    const tree = await treeOf(i);
    expect(await invalidValues(tree)).toEqual([]);
    const got = new Map(
      (await tree.getValues(['Device.X_A0B1C2_Tuner.', 'Device.IP.Interface.1.'])).map((v) => [v.path, v]),
    );
    expect(got.get('Device.X_A0B1C2_Tuner.Tuner.1.Frequency')?.value).toBe(-1);
    expect(got.get('Device.X_A0B1C2_Tuner.Tuner.2.Locked')?.value).toBe(false);
    expect(got.get('Device.IP.Interface.1.IPv4Address.1.IPAddress')?.value).toBe('198.51.100.20');
    expect(i.profile.values['Device.IP.Interface.1.Stats.BytesSent']).toBe('18446744073709551615');
    expect(i.report.dropped.map((d) => d.path)).toEqual(['entry 26', 'entry 27']);
  });
});
