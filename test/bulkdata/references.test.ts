import { beforeAll, describe, expect, it } from 'vitest';
import { collectParameters, type ParameterReference } from '../../src/bulkdata/references.ts';
import type { DataModel } from '../../src/datamodel/tree.ts';
import { bulkTree } from './bulk-tree.ts';

const ref = (reference: string, name = '', exclude = false): ParameterReference => ({ name, reference, exclude });
const names = async (tree: DataModel, refs: ParameterReference[], limit = -1): Promise<string[]> =>
  (await collectParameters(tree, refs, limit)).entries.map((e) => e[0]);

// The test device has IP.Interface rows 1, 2 and 4 (a gap, as after a DeleteObject).
describe('Bulk Data parameter references (TR-069 Annex N.3.1)', () => {
  let tree: DataModel;
  beforeAll(async () => {
    tree = await bulkTree();
  });

  it('a parameter path reports that parameter with its value and base type', async () => {
    const { entries } = await collectParameters(tree, [ref('Device.IP.Interface.2.Name')], -1);
    expect(entries).toEqual([['Device.IP.Interface.2.Name', 'eth0', 'string']]);
  });

  it('a wildcard takes every instance that exists now, in order', async () => {
    expect(await names(tree, [ref('Device.IP.Interface.*.Name')])).toEqual([
      'Device.IP.Interface.1.Name',
      'Device.IP.Interface.2.Name',
      'Device.IP.Interface.4.Name',
    ]);
  });

  it('a wildcard with a partial path reports every parameter below each instance, through the handlers', async () => {
    const { entries } = await collectParameters(tree, [ref('Device.IP.Interface.*.Stats.')], -1);
    const paths = entries.map((e) => e[0]);
    expect(paths).toContain('Device.IP.Interface.4.Stats.BytesSent');
    expect(paths.filter((p) => p.endsWith('.Stats.BytesSent'))).toHaveLength(3);
    const bytes = entries.find((e) => e[0] === 'Device.IP.Interface.2.Stats.BytesSent')!;
    expect(bytes[2]).toBe('unsignedLong');
    expect(bytes[1]).toMatch(/^[0-9]+$/);
  });

  it('an alternative Name takes the wildcard instances, then the rest of an object path (R-BULK.9, R-BULK.10)', async () => {
    expect(await names(tree, [ref('Device.IP.Interface.*.Name', 'IfName')])).toEqual([
      'IfName.1',
      'IfName.2',
      'IfName.4',
    ]);
    const stats = await names(tree, [ref('Device.IP.Interface.*.Stats.', 'IP')]);
    expect(stats).toContain('IP.4.BytesReceived');
    expect(await names(tree, [ref('Device.IP.Interface.2.Stats.', 'Eth')])).toContain('Eth.PacketsSent');
    expect(await names(tree, [ref('Device.IP.Interface.2.Name', 'Eth0Name')])).toEqual(['Eth0Name']);
  });

  it('references that match nothing now contribute nothing', async () => {
    expect(
      await names(tree, [
        ref('Device.IP.Interface.9.Name'),
        ref('Device.IP.Interface.*.IPv4Address.*.IPAddress'),
        ref(''),
      ]),
    ).toEqual([]);
  });

  it('an Exclude row leaves out what it matches', async () => {
    const got = await names(tree, [
      ref('Device.IP.Interface.2.Stats.'),
      ref('Device.IP.Interface.*.Stats.Bytes*', '', true),
      ref('Device.IP.Interface.2.Stats.PacketsSent', '', true),
    ]);
    expect(got).not.toContain('Device.IP.Interface.2.Stats.PacketsSent');
    expect(got).toContain('Device.IP.Interface.2.Stats.BytesSent'); // 'Bytes*' is no wildcard: it matches nothing
    expect(got).toContain('Device.IP.Interface.2.Stats.PacketsReceived');
  });

  it('MaxNumberOfParameterReferences caps a report and says how many were left out', async () => {
    const r = await collectParameters(
      tree,
      [ref('Device.IP.Interface.*.Name'), ref('Device.IP.Interface.*.Enable')],
      4,
    );
    expect(r.entries).toHaveLength(4);
    expect(r.dropped).toBe(2);
  });

  it('instances added later are reported at the next collection', async () => {
    const n = await tree.addObject('Device.IP.Interface.', 'acs');
    expect(await names(tree, [ref('Device.IP.Interface.*.Name', 'If')])).toContain(`If.${n}`);
    await tree.deleteObject(`Device.IP.Interface.${n}.`, 'acs');
    expect(await names(tree, [ref('Device.IP.Interface.*.Name', 'If')])).not.toContain(`If.${n}`);
  });
});
