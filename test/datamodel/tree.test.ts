import { beforeEach, describe, expect, it } from 'vitest';
import { FAULT, DataModelFault } from '../../src/datamodel/faults.ts';
import { DataModel } from '../../src/datamodel/tree.ts';
import type { TreeSnapshot } from '../../src/datamodel/instance-state.ts';
import { SchemaIndex } from '../../src/datamodel/schema-index.ts';
import { compileValidator } from '../../src/schema/index.ts';
import { deviceSchema } from '../support/device-schema.ts';

function syntheticSchema(): SchemaIndex {
  const str = compileValidator({ type: 'string' });
  return new SchemaIndex([
    { meta: { kind: 'object', path: 'X.', access: 'readOnly', minEntries: 1, maxEntries: 1 } },
    { meta: { kind: 'parameter', path: 'X.Serial', access: 'writeOnceReadOnly', syntax: 0 }, validator: str },
    { meta: { kind: 'object', path: 'X.Row.{i}.', access: 'readWrite', minEntries: 1, maxEntries: 2 } },
    { meta: { kind: 'parameter', path: 'X.Row.{i}.Name', access: 'readWrite', syntax: 0 }, validator: str },
  ]);
}

const schema = deviceSchema([
  'Device.DeviceInfo.',
  'Device.ManagementServer.',
  'Device.IP.Interface.',
  'Device.IP.InterfaceNumberOfEntries',
  'Device.Ethernet.Link.',
]);

async function faultOf(p: Promise<unknown>): Promise<DataModelFault> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DataModelFault) return e;
    throw e;
  }
  throw new Error('expected a DataModelFault');
}

describe('DataModel', () => {
  let tree: DataModel;
  let commits: TreeSnapshot[];
  beforeEach(() => {
    commits = [];
    tree = new DataModel(schema, { onCommit: (s) => commits.push(s) });
  });

  it('assigns instance numbers monotonically and never reuses them', async () => {
    expect(await tree.addObject('Device.IP.Interface.', 'acs')).toBe(1);
    expect(await tree.addObject('Device.IP.Interface.', 'acs')).toBe(2);
    await tree.deleteObject('Device.IP.Interface.2.', 'acs');
    expect(await tree.addObject('Device.IP.Interface.', 'acs')).toBe(3);
    const names = await tree.getNames('Device.IP.Interface.', true);
    expect(names.map((n) => n.path)).toEqual(['Device.IP.Interface.1.', 'Device.IP.Interface.3.']);
    expect(commits.at(-1)!.tables['Device.IP.Interface.']).toEqual({ next: 4, rows: [1, 3] });
  });

  it('derives NumberOfEntries from the rows', async () => {
    await tree.addObject('Device.IP.Interface.', 'acs');
    await tree.addObject('Device.IP.Interface.', 'acs');
    await tree.addObject('Device.IP.Interface.1.IPv4Address.', 'acs');
    const v = await tree.getValues([
      'Device.IP.InterfaceNumberOfEntries',
      'Device.IP.Interface.1.IPv4AddressNumberOfEntries',
      'Device.IP.Interface.2.IPv4AddressNumberOfEntries',
    ]);
    expect(v.map((x) => x.value)).toEqual([2, 1, 0]);
    expect(v[0]).toMatchObject({ wire: '2', type: 'unsignedInt' });
  });

  it('resolves partial paths, the table path itself and the whole tree', async () => {
    await tree.addObject('Device.IP.Interface.', 'acs');
    const sub = await tree.getValues(['Device.IP.Interface.1.Stats.']);
    expect(sub.length).toBeGreaterThan(10);
    expect(sub.every((x) => x.path.startsWith('Device.IP.Interface.1.Stats.'))).toBe(true);
    expect(sub.find((x) => x.path.endsWith('.BytesSent'))).toMatchObject({
      value: 0n,
      type: 'unsignedLong',
      wire: '0',
    });
    const table = await tree.getValues(['Device.IP.Interface.']);
    expect(table.some((x) => x.path === 'Device.IP.Interface.1.Enable')).toBe(true);
    const all = await tree.getValues(['']);
    expect(all.length).toBeGreaterThan(table.length);
    expect(all.some((x) => x.path === 'Device.DeviceInfo.Manufacturer')).toBe(true);
  });

  it('faults 9005 on unknown names, missing instances and object/parameter mix-ups', async () => {
    expect((await faultOf(tree.getValues(['Device.Nope.']))).code).toBe(FAULT.invalidParameterName);
    expect((await faultOf(tree.getValues(['Device.IP.Interface.7.Enable']))).code).toBe(FAULT.invalidParameterName);
    expect((await faultOf(tree.getValues(['Device.DeviceInfo']))).code).toBe(FAULT.invalidParameterName);
    expect((await faultOf(tree.getValues(['Device.DeviceInfo.Manufacturer.']))).code).toBe(FAULT.invalidParameterName);
    expect((await faultOf(tree.getValues(['Device..DeviceInfo.']))).code).toBe(FAULT.invalidParameterName);
  });

  it('follows the GetParameterNames NextLevel rules', async () => {
    await tree.addObject('Device.IP.Interface.', 'acs');
    expect(await tree.getNames('', true)).toEqual([{ path: 'Device.', writable: false }]);
    const next = await tree.getNames('Device.IP.Interface.1.', true);
    expect(next).toContainEqual({ path: 'Device.IP.Interface.1.Enable', writable: true });
    expect(next).toContainEqual({ path: 'Device.IP.Interface.1.Status', writable: false });
    expect(next).toContainEqual({ path: 'Device.IP.Interface.1.IPv4Address.', writable: true });
    expect(next).toContainEqual({ path: 'Device.IP.Interface.1.Stats.', writable: false });
    expect(next.some((n) => n.path.startsWith('Device.IP.Interface.1.Stats.B'))).toBe(false);
    const deep = await tree.getNames('Device.IP.Interface.1.', false);
    expect(deep[0]).toEqual({ path: 'Device.IP.Interface.1.', writable: true });
    expect(deep.some((n) => n.path === 'Device.IP.Interface.1.Stats.BytesSent')).toBe(true);
    expect(await tree.getNames('Device.IP.Interface.1.Enable', false)).toEqual([
      { path: 'Device.IP.Interface.1.Enable', writable: true },
    ]);
    expect((await faultOf(tree.getNames('Device.IP.Interface.1.Enable', true))).code).toBe(FAULT.invalidArguments);
  });

  it('applies a valid multi-parameter set atomically and persists it', async () => {
    await tree.addObject('Device.IP.Interface.', 'acs');
    await tree.setValues(
      [
        { path: 'Device.IP.Interface.1.Enable', value: '1' },
        { path: 'Device.ManagementServer.PeriodicInformInterval', value: '600' },
      ],
      'acs',
    );
    const v = await tree.getValues(['Device.IP.Interface.1.Enable', 'Device.ManagementServer.PeriodicInformInterval']);
    expect(v.map((x) => x.value)).toEqual([true, 600]);
    expect(commits.at(-1)!.values['Device.ManagementServer.PeriodicInformInterval']).toBe('600');
  });

  it('rejects a mixed set with one fault per bad parameter and applies nothing', async () => {
    await tree.addObject('Device.IP.Interface.', 'acs');
    const f = await faultOf(
      tree.setValues(
        [
          { path: 'Device.IP.Interface.1.Enable', value: 'true' },
          { path: 'Device.DeviceInfo.Manufacturer', value: 'x' },
          { path: 'Device.ManagementServer.PeriodicInformInterval', value: 'abc' },
          { path: 'Device.ManagementServer.PeriodicInformInterval', value: '5' },
          { path: 'Device.ManagementServer.CWMPRetryMinimumWaitInterval', value: '0' },
          { path: 'Device.No.Such', value: '1' },
        ],
        'acs',
      ),
    );
    expect(f.code).toBe(FAULT.invalidArguments);
    expect(f.parameters.map((p) => [p.name, p.code])).toEqual([
      ['Device.DeviceInfo.Manufacturer', FAULT.nonWritableParameter],
      ['Device.ManagementServer.PeriodicInformInterval', FAULT.invalidParameterType],
      ['Device.ManagementServer.PeriodicInformInterval', FAULT.invalidArguments],
      ['Device.ManagementServer.CWMPRetryMinimumWaitInterval', FAULT.invalidParameterValue],
      ['Device.No.Such', FAULT.invalidParameterName],
    ]);
    expect((await tree.getValues(['Device.IP.Interface.1.Enable']))[0]!.value).toBe(false);
  });

  it('enforces unique keys on set', async () => {
    await tree.addObject('Device.IP.Interface.', 'acs');
    await tree.addObject('Device.IP.Interface.', 'acs');
    expect((await tree.getValues(['Device.IP.Interface.2.Alias']))[0]!.value).toBe('cpe-2');
    const f = await faultOf(tree.setValues([{ path: 'Device.IP.Interface.2.Alias', value: 'cpe-1' }], 'acs'));
    expect(f.parameters).toEqual([
      expect.objectContaining({ name: 'Device.IP.Interface.2.Alias', code: FAULT.invalidParameterValue }),
    ]);
    await tree.setValues([{ path: 'Device.IP.Interface.2.Alias', value: 'wan' }], 'acs');
  });

  it('checks strong path references against existing objects', async () => {
    await tree.addObject('Device.IP.Interface.', 'acs');
    await tree.addObject('Device.Ethernet.Link.', 'acs');
    const f = await faultOf(
      tree.setValues([{ path: 'Device.IP.Interface.1.LowerLayers', value: 'Device.Ethernet.Link.9.' }], 'acs'),
    );
    expect(f.parameters[0]).toMatchObject({ code: FAULT.invalidParameterValue });
    await tree.setValues([{ path: 'Device.IP.Interface.1.LowerLayers', value: 'Device.Ethernet.Link.1.' }], 'acs');
  });

  it('reads hidden parameters back empty, but lets the agent read them internally', async () => {
    await tree.setValues([{ path: 'Device.ManagementServer.Password', value: 's3cret' }], 'acs');
    expect((await tree.getValues(['Device.ManagementServer.Password']))[0]).toMatchObject({ value: '', wire: '' });
    expect(await tree.readInternal('Device.ManagementServer.Password')).toBe('s3cret');
  });

  it('only adds rows to writable tables', async () => {
    expect((await faultOf(tree.addObject('Device.DeviceInfo.', 'acs'))).code).toBe(FAULT.invalidParameterName);
    expect((await faultOf(tree.addObject('Device.IP.Interface.1.', 'acs'))).code).toBe(FAULT.invalidParameterName);
    expect((await faultOf(tree.addObject('Device.DeviceInfo.VendorConfigFile.', 'acs'))).code).toBe(
      FAULT.invalidParameterName,
    );
  });

  it('lets the device add and remove rows of a read-only table itself, numbered after the ACS rows, NumberOfEntries notified', async () => {
    const table = 'Device.DeviceInfo.VendorConfigFile.';
    const count = 'Device.DeviceInfo.VendorConfigFileNumberOfEntries';
    await tree.setAttributes([{ path: count, notification: 2 }]);
    const active: string[] = [];
    tree.changes.onActive((p) => active.push(p));
    expect(tree.addDeviceRow(table)).toBe(1);
    expect(tree.addDeviceRow(table)).toBe(2);
    expect(active).toEqual([count, count]);
    expect(commits.at(-1)!.tables[table]).toEqual({ next: 3, rows: [1, 2] });
    await tree.setAttributes([{ path: `${table}2.Name`, notification: 1 }]);
    await tree.changed(`${table}2.Name`);
    tree.deleteDeviceRow(table, 2);
    expect(tree.addDeviceRow(table)).toBe(3); // never 2 again
    expect(await tree.readInternal(count)).toBe(2);
    expect((await faultOf(tree.getValues([`${table}2.Name`]))).code).toBe(FAULT.invalidParameterName);
    // The row that left took its attributes and pending change along.
    expect(tree.changes.list().map((c) => c.path)).toEqual([count]);
    expect([...tree.attributes.entries.keys()]).toEqual([count]);
    // Rows under the new row come with it.
    const n = tree.addDeviceRow('Device.IP.Interface.', ['IPv4Address.1.', 'IPv6Address.2.']);
    expect(await tree.readInternal(`Device.IP.Interface.${n}.IPv4AddressNumberOfEntries`)).toBe(1);
    expect((await tree.getNames(`Device.IP.Interface.${n}.IPv6Address.`, true)).map((x) => x.path)).toEqual([
      `Device.IP.Interface.${n}.IPv6Address.2.`,
    ]);
  });

  it('enforces maxEntries (9004), minEntries and writeOnceReadOnly on a small synthetic model', async () => {
    const t = new DataModel(syntheticSchema());
    expect(await t.addObject('X.Row.', 'acs')).toBe(1);
    expect(await t.addObject('X.Row.', 'acs')).toBe(2);
    expect((await faultOf(t.addObject('X.Row.', 'acs'))).code).toBe(FAULT.resourcesExceeded);
    await t.deleteObject('X.Row.2.', 'acs');
    expect((await faultOf(t.deleteObject('X.Row.1.', 'acs'))).code).toBe(FAULT.requestDenied);
    await t.setValues([{ path: 'X.Serial', value: 'A1' }], 'acs');
    expect((await t.getNames('X.Serial', false))[0]!.writable).toBe(false);
    const f = await faultOf(t.setValues([{ path: 'X.Serial', value: 'A2' }], 'acs'));
    expect(f.parameters[0]!.code).toBe(FAULT.nonWritableParameter);
  });

  it("refuses an integer outside its type's bounds as a value out of range (9007), text that is no integer as a wrong type (9006)", async () => {
    const codes = async (value: string | number | bigint): Promise<number[]> =>
      (
        await faultOf(tree.setValues([{ path: 'Device.ManagementServer.PeriodicInformInterval', value }], 'acs'))
      ).parameters.map((p) => p.code);
    expect(await codes('-1')).toEqual([FAULT.invalidParameterValue]); // unsignedInt
    expect(await codes('4294967296')).toEqual([FAULT.invalidParameterValue]);
    expect(await codes(-1)).toEqual([FAULT.invalidParameterValue]);
    expect(await codes('1.5')).toEqual([FAULT.invalidParameterType]);
    expect(await codes(5n)).toEqual([FAULT.invalidParameterType]); // a bigint is not the JS kind of an unsignedInt
  });

  it('keeps forceEnabled notifications on (9009) and refuses active notification on canDeny', async () => {
    await tree.addObject('Device.IP.Interface.', 'acs');
    expect(
      (await faultOf(tree.setAttributes([{ path: 'Device.DeviceInfo.SoftwareVersion', notification: 0 }]))).code,
    ).toBe(FAULT.notificationRequestRejected);
    expect(
      (await faultOf(tree.setAttributes([{ path: 'Device.IP.Interface.1.Stats.BytesSent', notification: 2 }]))).code,
    ).toBe(FAULT.notificationRequestRejected);
    await tree.setAttributes([{ path: 'Device.IP.Interface.1.Stats.', notification: 1 }]);
    const attrs = await tree.getAttributes([
      'Device.DeviceInfo.SoftwareVersion',
      'Device.IP.Interface.1.Stats.BytesSent',
    ]);
    expect(attrs).toEqual([
      { path: 'Device.DeviceInfo.SoftwareVersion', notification: 2, accessList: [] },
      { path: 'Device.IP.Interface.1.Stats.BytesSent', notification: 1, accessList: [] },
    ]);
  });

  it('lists the parameters with notification on, their handled ones for the poller, none in a row that went', async () => {
    await tree.addObject('Device.IP.Interface.', 'acs');
    await tree.setAttributes([
      { path: 'Device.IP.Interface.1.Name', notification: 1 },
      { path: 'Device.IP.Interface.1.Enable', notification: 2 },
      { path: 'Device.ManagementServer.PeriodicInformInterval', notification: 1 },
    ]);
    tree.handlers.parameters.set('Device.IP.Interface.{i}.Name', { get: () => 'eth0' });
    const all = await tree.notifiedParameters();
    expect(all).toEqual(
      expect.arrayContaining([
        { path: 'Device.IP.Interface.1.Name', handled: true },
        { path: 'Device.IP.Interface.1.Enable', handled: false },
        { path: 'Device.ManagementServer.PeriodicInformInterval', handled: false },
      ]),
    );
    expect(all.every((p) => p.path !== 'Device.IP.Interface.1.Alias')).toBe(true);
    expect(await tree.notifiedParameters({ handledOnly: true })).toEqual([
      { path: 'Device.IP.Interface.1.Name', handled: true },
    ]);
    // The attribute outlives nothing: a row deleted takes its parameters out of both lists.
    await tree.deleteObject('Device.IP.Interface.1.', 'acs');
    expect(await tree.notifiedParameters({ handledOnly: true })).toEqual([]);
    expect((await tree.notifiedParameters()).some((p) => p.path.startsWith('Device.IP.Interface.1.'))).toBe(false);
  });

  it("applies a partial path's notification to the subtree, skipping the forced ones it cannot turn off", async () => {
    await tree.setAttributes([{ path: 'Device.DeviceInfo.', notification: 1, accessList: ['Subscriber'] }]);
    const attrs = await tree.getAttributes([
      'Device.DeviceInfo.SoftwareVersion',
      'Device.DeviceInfo.ProvisioningCode',
      'Device.DeviceInfo.HardwareVersion',
    ]);
    expect(attrs).toEqual([
      { path: 'Device.DeviceInfo.SoftwareVersion', notification: 2, accessList: ['Subscriber'] }, // forceEnabled: stays active, access list still changes
      { path: 'Device.DeviceInfo.ProvisioningCode', notification: 2, accessList: ['Subscriber'] }, // forceEnabled too
      { path: 'Device.DeviceInfo.HardwareVersion', notification: 1, accessList: ['Subscriber'] },
    ]);
    // forceDefaultEnabled only starts active: a partial path may turn it off.
    await tree.setAttributes([{ path: 'Device.ManagementServer.', notification: 0 }]);
    expect((await tree.getAttributes(['Device.ManagementServer.ConnectionRequestURL']))[0]!.notification).toBe(0);
  });

  it('applies active notification under a partial path except where the model denies it', async () => {
    await tree.setAttributes([{ path: 'Device.DeviceInfo.MemoryStatus.', notification: 1 }]);
    await tree.setAttributes([{ path: 'Device.DeviceInfo.', notification: 2 }]);
    const attrs = await tree.getAttributes([
      'Device.DeviceInfo.MemoryStatus.Free',
      'Device.DeviceInfo.MemoryStatus.Total',
      'Device.DeviceInfo.HardwareVersion',
    ]);
    expect(attrs).toEqual([
      { path: 'Device.DeviceInfo.MemoryStatus.Free', notification: 1, accessList: [] }, // canDeny: keeps what it had
      { path: 'Device.DeviceInfo.MemoryStatus.Total', notification: 2, accessList: [] },
      { path: 'Device.DeviceInfo.HardwareVersion', notification: 2, accessList: [] },
    ]);
  });

  it('builds a later request on what an earlier one in the same call set for the same parameter', async () => {
    await tree.setAttributes([
      { path: 'Device.DeviceInfo.', notification: 1 },
      { path: 'Device.DeviceInfo.HardwareVersion', accessList: ['Subscriber'] },
    ]);
    expect(await tree.getAttributes(['Device.DeviceInfo.HardwareVersion'])).toEqual([
      { path: 'Device.DeviceInfo.HardwareVersion', notification: 1, accessList: ['Subscriber'] },
    ]);
  });

  it("queues local and device changes for notification but not the ACS's own", async () => {
    await tree.setAttributes([
      { path: 'Device.ManagementServer.PeriodicInformInterval', notification: 2 },
      { path: 'Device.DeviceInfo.ProvisioningCode', notification: 2 },
    ]);
    const active: string[] = [];
    tree.changes.onActive((p) => active.push(p));
    await tree.setValues([{ path: 'Device.ManagementServer.PeriodicInformInterval', value: '100' }], 'acs');
    expect(tree.changes.list()).toEqual([]);
    await tree.setValues([{ path: 'Device.ManagementServer.PeriodicInformInterval', value: '200' }], 'local');
    await tree.changed('Device.DeviceInfo.ProvisioningCode');
    expect(tree.changes.list()).toEqual([
      { path: 'Device.DeviceInfo.ProvisioningCode', active: true },
      { path: 'Device.ManagementServer.PeriodicInformInterval', active: true },
    ]);
    expect(active).toEqual(['Device.ManagementServer.PeriodicInformInterval', 'Device.DeviceInfo.ProvisioningCode']);
  });

  it('lets handlers override the store, sync or async, and rolls back applied handlers on failure', async () => {
    let upTime = 7;
    let code = 'A';
    tree.handlers.parameters.set('Device.DeviceInfo.UpTime', { get: () => upTime });
    tree.handlers.parameters.set('Device.DeviceInfo.ProvisioningCode', {
      get: async () => code,
      set: async (v) => void (code = String(v)),
    });
    tree.handlers.parameters.set('Device.ManagementServer.PeriodicInformInterval', {
      get: () => 60,
      set: () => {
        throw new Error('device busy');
      },
    });
    upTime = 9;
    expect((await tree.getValues(['Device.DeviceInfo.UpTime']))[0]!.value).toBe(9);
    const f = await faultOf(
      tree.setValues(
        [
          { path: 'Device.DeviceInfo.ProvisioningCode', value: 'B' },
          { path: 'Device.ManagementServer.PeriodicInformInterval', value: '30' },
        ],
        'acs',
      ),
    );
    expect(f.code).toBe(FAULT.internalError);
    expect(code).toBe('A');
  });

  it('lets a table handler own the rows of a table', async () => {
    const rows = new Map<number, string>([
      [4, 'eth0'],
      [9, 'wlan0'],
    ]);
    tree.handlers.tables.set('Device.IP.Interface.{i}.', {
      instances: () => [...rows.keys()],
      get: (name, ctx) => (name === 'Name' ? rows.get(ctx.instances[0]!)! : name === 'Enable' ? true : ''),
      add: () => {
        rows.set(10, 'new');
        return 10;
      },
      delete: (ctx) => void rows.delete(ctx.instances[0]!),
    });
    expect(
      (await tree.getValues(['Device.IP.Interface.9.Name', 'Device.IP.InterfaceNumberOfEntries'])).map((v) => v.value),
    ).toEqual(['wlan0', 2]);
    expect(await tree.addObject('Device.IP.Interface.', 'acs')).toBe(10);
    await tree.deleteObject('Device.IP.Interface.4.', 'acs');
    expect((await tree.getNames('Device.IP.Interface.', true)).map((n) => n.path)).toEqual([
      'Device.IP.Interface.9.',
      'Device.IP.Interface.10.',
    ]);
  });

  it('restores what it persisted', async () => {
    await tree.addObject('Device.IP.Interface.', 'acs');
    await tree.addObject('Device.IP.Interface.', 'acs');
    await tree.deleteObject('Device.IP.Interface.1.', 'acs');
    await tree.setValues([{ path: 'Device.IP.Interface.2.Enable', value: 'true' }], 'acs');
    await tree.setAttributes([{ path: 'Device.IP.Interface.2.Enable', notification: 1 }]);
    const again = new DataModel(schema);
    again.restore(JSON.parse(JSON.stringify(commits.at(-1))) as TreeSnapshot);
    expect((await again.getValues(['Device.IP.Interface.2.Enable']))[0]!.value).toBe(true);
    expect(await again.addObject('Device.IP.Interface.', 'acs')).toBe(3);
    expect((await again.getAttributes(['Device.IP.Interface.2.Enable']))[0]!.notification).toBe(1);
  });
});
