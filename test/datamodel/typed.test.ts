import { describe, expect, it } from 'vitest';
import type { Values, WritablePath } from '../../generated/device-2/index.ts';
import { DataModelFault, FAULT } from '../../src/datamodel/faults.ts';
import { HandlerRegistry } from '../../src/datamodel/handlers.ts';
import { DataModel } from '../../src/datamodel/tree.ts';
import { TypedTree } from '../../src/datamodel/typed.ts';
import { LiveValues } from '../../src/device/simulated/live-values.ts';
import { deviceSchema } from '../support/device-schema.ts';

const schema = deviceSchema(['Device.DeviceInfo.', 'Device.IP.Interface.', 'Device.IP.InterfaceNumberOfEntries']);

async function faultOf(p: Promise<unknown>): Promise<DataModelFault> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DataModelFault) return e;
    throw e;
  }
  throw new Error('expected a DataModelFault');
}

/** A tree with the simulated live values shared, as every agent's tree has them. */
function simulatedTree(): { tree: DataModel; warnings: string[]; device: TypedTree<Values, WritablePath> } {
  const live = new LiveValues(schema, undefined, () => 1_000_000);
  const tree = new DataModel(schema, { sharedHandlers: live.handlers });
  live.boot(tree);
  const warnings: string[] = [];
  return {
    tree,
    warnings,
    device: new TypedTree<Values, WritablePath>(tree, { log: { warn: (m) => warnings.push(m) } }),
  };
}

describe('TypedTree table bindings', () => {
  it('serves row values by row-relative name and hands sets over as typed changes', async () => {
    const { tree, device } = simulatedTree();
    const changes: unknown[] = [];
    device.handleTable('Device.IP.Interface.{i}.', {
      instances: () => [1, 4],
      get: {
        Name: ({ instances: [n] }) => `eth${n}`,
        Status: () => 'Up',
        'Stats.BytesSent': async ({ instances: [n] }) => BigInt(n! * 1000),
      },
      set: (change, ctx) => void changes.push({ ...change, instances: ctx.instances }),
    });
    const v = await tree.getValues([
      'Device.IP.Interface.4.Name',
      'Device.IP.Interface.4.Status',
      'Device.IP.Interface.4.Stats.BytesSent',
      'Device.IP.InterfaceNumberOfEntries',
    ]);
    expect(v.map((x) => x.wire)).toEqual(['eth4', 'Up', '4000', '2']);
    await tree.setValues([{ path: 'Device.IP.Interface.1.Enable', value: 'true' }], 'acs');
    expect(changes).toEqual([{ name: 'Enable', value: true, instances: [1] }]);
  });

  it("wins over the simulator's live counter for its rows (the table owns its subtree)", async () => {
    const { tree, device } = simulatedTree();
    // Without a binding, the simulator serves the counter.
    await tree.addObject('Device.IP.Interface.', 'acs');
    const simulated = await tree.getValues(['Device.IP.Interface.1.Stats.BytesSent']);
    expect(simulated[0]!.value).not.toBe(7n);
    device.handleTable('Device.IP.Interface.{i}.', {
      instances: () => [1],
      get: { 'Stats.BytesSent': () => 7n },
    });
    const [bytes, received] = await tree.getValues([
      'Device.IP.Interface.1.Stats.BytesSent',
      'Device.IP.Interface.1.Stats.BytesReceived',
    ]);
    expect(bytes!.value).toBe(7n);
    // A name the binding leaves out still gets the simulated value.
    expect(typeof received!.value).toBe('bigint');
  });

  it('binds a nested table on its own; the outer binding leaves its rows alone', async () => {
    const { tree, device } = simulatedTree();
    device
      .handleTable('Device.IP.Interface.{i}.', { instances: () => [1], get: { Name: () => 'eth0' } })
      .handleTable('Device.IP.Interface.{i}.IPv4Address.{i}.', {
        instances: ({ instances: [itf] }) => (itf === 1 ? [1, 2] : []),
        get: { IPAddress: ({ instances: [, n] }) => `192.0.2.${n}` },
      });
    const v = await tree.getValues(['Device.IP.Interface.1.IPv4Address.']);
    expect(v.filter((x) => x.path.endsWith('.IPAddress')).map((x) => [x.path, x.wire])).toEqual([
      ['Device.IP.Interface.1.IPv4Address.1.IPAddress', '192.0.2.1'],
      ['Device.IP.Interface.1.IPv4Address.2.IPAddress', '192.0.2.2'],
    ]);
  });

  it('keeps a parameter binding ahead of a table binding, and both ahead of shared handlers', () => {
    const shared = new HandlerRegistry();
    const own = new HandlerRegistry(shared);
    shared.parameters.set('Device.IP.Interface.{i}.Name', { get: () => 'shared' });
    own.tables.set('Device.IP.Interface.{i}.', { instances: () => [] });
    own.parameters.set('Device.IP.Interface.{i}.Name', { get: () => 'own' });
    expect(own.owners('Device.IP.Interface.{i}.Name').map((o) => o.kind)).toEqual(['parameter', 'table', 'parameter']);
    expect(own.boundPaths()).toEqual(['Device.IP.Interface.{i}.', 'Device.IP.Interface.{i}.Name']);
  });
});

describe('TypedTree handler failures', () => {
  it('logs a getter that throws at WARN with its path, and the ACS gets 9002 naming it', async () => {
    const { tree, warnings, device } = simulatedTree();
    device.handle('Device.DeviceInfo.SoftwareVersion', {
      get: () => {
        throw new Error('flash not mounted');
      },
    });
    const f = await faultOf(tree.getValues(['Device.DeviceInfo.SoftwareVersion']));
    expect(f.code).toBe(FAULT.internalError);
    expect(f.message).toContain('Device.DeviceInfo.SoftwareVersion');
    expect(warnings).toEqual([
      'binding: the get handler of Device.DeviceInfo.SoftwareVersion failed: flash not mounted',
    ]);
  });

  it('refuses a value out of range from a getter, logging the path and the reason', async () => {
    const { tree, warnings, device } = simulatedTree();
    // UpTime is an unsignedInt: -1 is out of its range (the cast stands in for untyped code).
    (device as unknown as TypedTree<Record<string, number>>).handle('Device.DeviceInfo.UpTime', { get: () => -1 });
    const f = await faultOf(tree.getValues(['Device.DeviceInfo.UpTime']));
    expect(f.code).toBe(FAULT.internalError);
    expect(f.message).toMatch(/^Device\.DeviceInfo\.UpTime: its handler returned an invalid value/);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^binding: the get handler of Device\.DeviceInfo\.UpTime returned an invalid value: /);
  });

  it('logs a table getter that fails with the concrete path of the row parameter', async () => {
    const { tree, warnings, device } = simulatedTree();
    device.handleTable('Device.IP.Interface.{i}.', {
      instances: () => [2],
      get: {
        Name: () => {
          throw new Error('netlink gone');
        },
      },
    });
    const f = await faultOf(tree.getValues(['Device.IP.Interface.2.Name']));
    expect(f.code).toBe(FAULT.internalError);
    expect(warnings).toEqual(['binding: the get handler of Device.IP.Interface.2.Name failed: netlink gone']);
  });

  it('logs a setter that throws, and the set is undone as one', async () => {
    const { tree, warnings, device } = simulatedTree();
    let code = 'A';
    device.handle('Device.DeviceInfo.ProvisioningCode', {
      get: () => code,
      set: (v) => {
        if (v === 'BAD') throw new Error('config store is read-only');
        code = v;
      },
    });
    const f = await faultOf(tree.setValues([{ path: 'Device.DeviceInfo.ProvisioningCode', value: 'BAD' }], 'acs'));
    expect(f.code).toBe(FAULT.internalError);
    expect(code).toBe('A');
    expect(warnings).toEqual([
      'binding: the set handler of Device.DeviceInfo.ProvisioningCode failed: config store is read-only',
    ]);
  });
});
