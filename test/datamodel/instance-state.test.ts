import { describe, expect, it } from 'vitest';
import { DataModel } from '../../src/datamodel/tree.ts';
import { deviceSchema } from '../support/device-schema.ts';

const schema = deviceSchema(['Device.DeviceInfo.', 'Device.IP.Interface.', 'Device.IP.InterfaceNumberOfEntries']);

/** A profile's base: two interfaces with an address under the first, and a seeded identity. */
function base(): ReturnType<DataModel['toBase']> {
  const t = new DataModel(schema);
  t.seedRow('Device.IP.Interface.', 1);
  t.seedRow('Device.IP.Interface.', 2);
  t.seedRow('Device.IP.Interface.1.IPv4Address.', 1);
  t.seedValue('Device.IP.Interface.1.Alias', 'lan');
  t.seedValue('Device.IP.Interface.1.IPv4Address.1.IPAddress', '192.168.1.1');
  t.seedValue('Device.DeviceInfo.SerialNumber', 'BASE');
  return t.toBase();
}

describe('a tree over a shared base (copy-on-write)', () => {
  it('reads the base, stores only what differs, and leaves the base and other trees alone', async () => {
    const b = base();
    const a = new DataModel(schema, { base: b });
    const other = new DataModel(schema, { base: b });
    a.seedValue('Device.DeviceInfo.SerialNumber', 'A-1');
    await a.setValues([{ path: 'Device.IP.Interface.1.Alias', value: 'wan' }], 'acs');
    expect(
      await a.getValues([
        'Device.DeviceInfo.SerialNumber',
        'Device.IP.Interface.1.Alias',
        'Device.IP.Interface.1.IPv4Address.1.IPAddress',
      ]),
    ).toMatchObject([{ value: 'A-1' }, { value: 'wan' }, { value: '192.168.1.1' }]);
    expect(await other.getValues(['Device.DeviceInfo.SerialNumber', 'Device.IP.Interface.1.Alias'])).toMatchObject([
      { value: 'BASE' },
      { value: 'lan' },
    ]);
    const s = a.snapshot();
    expect(Object.keys(s.values).sort()).toEqual(['Device.DeviceInfo.SerialNumber', 'Device.IP.Interface.1.Alias']);
    expect(s.tables).toEqual({});
    expect(b.values.get('Device.IP.Interface.1.Alias')).toBe('lan');
  });

  it('copies a base table on its first change and keeps numbering after the base rows', async () => {
    const a = new DataModel(schema, { base: base() });
    expect(await a.addObject('Device.IP.Interface.', 'acs')).toBe(3);
    expect(a.snapshot().tables['Device.IP.Interface.']).toEqual({ next: 4, rows: [1, 2, 3] });
    expect((await a.getValues(['Device.IP.InterfaceNumberOfEntries']))[0]!.value).toBe(3);
  });

  it('a deleted base row hides the base values and tables under it, also after a restore', async () => {
    const b = base();
    const a = new DataModel(schema, { base: b });
    await a.deleteObject('Device.IP.Interface.1.', 'acs');
    const s = a.snapshot();
    expect(s.masked).toEqual(['Device.IP.Interface.1.']);
    const again = new DataModel(schema, { base: b });
    again.restore(s);
    for (const t of [a, again]) {
      expect(
        (await t.getNames('Device.IP.', false)).map((n) => n.path).filter((p) => /Interface\.[0-9]+\.$/.test(p)),
      ).toEqual(['Device.IP.Interface.2.']);
      await expect(t.getValues(['Device.IP.Interface.1.IPv4Address.1.IPAddress'])).rejects.toThrow(/does not exist/);
    }
    // A factory reset (an empty restore) brings the base back.
    again.restore({ values: {}, tables: {}, attributes: {}, writtenOnce: [] });
    expect((await again.getValues(['Device.IP.Interface.1.IPv4Address.1.IPAddress']))[0]!.value).toBe('192.168.1.1');
  });

  it('a deleted row the ACS added leaves no mask behind', async () => {
    const a = new DataModel(schema, { base: base() });
    await a.addObject('Device.IP.Interface.', 'acs');
    await a.deleteObject('Device.IP.Interface.3.', 'acs');
    expect(a.snapshot().masked).toBeUndefined();
  });
});
