import { beforeEach, describe, expect, it } from 'vitest';
import { DataModelFault } from '../../src/datamodel/faults.ts';
import type { DataModel } from '../../src/datamodel/tree.ts';
import { bulkTree } from './bulk-tree.ts';

const P = 'Device.BulkData.Profile.';

/** The per-parameter faults of a refused set, as name → code. */
async function refused(tree: DataModel, entries: [string, string][]): Promise<Record<string, number>> {
  try {
    await tree.setValues(
      entries.map(([path, value]) => ({ path, value })),
      'acs',
    );
  } catch (e) {
    if (!(e instanceof DataModelFault)) throw e;
    expect(e.code).toBe(9003);
    return Object.fromEntries(e.parameters.map((p) => [p.name, p.code]));
  }
  return {};
}

describe('Bulk Data configuration rules (TR-181 BulkData, TR-069 Annex N)', () => {
  let tree: DataModel;
  beforeEach(async () => {
    tree = await bulkTree();
    expect(await tree.addObject(P, 'acs')).toBe(1);
    expect(await tree.addObject(`${P}1.Parameter.`, 'acs')).toBe(1);
    expect(await tree.addObject(`${P}1.HTTP.RequestURIParameter.`, 'acs')).toBe(1);
  });

  it('accepts a complete, valid profile', async () => {
    expect(
      await refused(tree, [
        [`${P}1.Enable`, 'true'],
        [`${P}1.Protocol`, 'HTTP'],
        [`${P}1.EncodingType`, 'CSV'],
        [`${P}1.ReportingInterval`, '1'],
        [`${P}1.HTTP.URL`, 'https://collector.example.net/bdc'],
        [`${P}1.HTTP.Compression`, 'GZIP'],
        [`${P}1.HTTP.Method`, 'PUT'],
        [`${P}1.Parameter.1.Reference`, 'Device.IP.Interface.*.Stats.'],
        [`${P}1.HTTP.RequestURIParameter.1.Reference`, 'Device.DeviceInfo.SoftwareVersion'],
      ]),
    ).toEqual({});
    expect(await tree.readInternal(`${P}1.HTTP.CompressionsSupported`)).toEqual(['GZIP', 'Deflate']);
    expect(await tree.readInternal(`${P}1.HTTP.MethodsSupported`)).toEqual(['POST', 'PUT']);
  });

  it('values outside the capabilities the device lists are 9007, and nothing of the set is applied', async () => {
    expect(
      await refused(tree, [
        [`${P}1.Enable`, 'true'],
        [`${P}1.Protocol`, 'Streaming'],
        [`${P}1.EncodingType`, 'XML'],
        [`${P}1.HTTP.Compression`, 'Compress'],
      ]),
    ).toEqual({ [`${P}1.Protocol`]: 9007, [`${P}1.EncodingType`]: 9007, [`${P}1.HTTP.Compression`]: 9007 });
    expect(await tree.readInternal(`${P}1.Enable`)).toBe(false);
    expect(await refused(tree, [[`${P}1.HTTP.Compression`, 'None']])).toEqual({});
  });

  it('a ReportingInterval below MinReportingInterval is 9007', async () => {
    tree.seedValue('Device.BulkData.MinReportingInterval', 300);
    expect(await refused(tree, [[`${P}1.ReportingInterval`, '60']])).toEqual({ [`${P}1.ReportingInterval`]: 9007 });
    expect(await refused(tree, [[`${P}1.ReportingInterval`, '300']])).toEqual({});
  });

  it('a Reference must name the data model; one that matches no instance now is accepted', async () => {
    const R = `${P}1.Parameter.1.Reference`;
    expect(await refused(tree, [[R, 'Device.IP.Interface.9.Stats.BytesSent']])).toEqual({});
    expect(await refused(tree, [[R, 'Device.IP.Interface.']])).toEqual({});
    expect(await refused(tree, [[R, 'Device.IP.Interface.*.Stats.']])).toEqual({});
    for (const bad of [
      'Device.Nowhere.X',
      'Device.IP.Interface.*.Stats',
      'Device.IP.Interface.*.Name.',
      'Device.IP.*.Name',
      'Device.IP.Interface.1*.Name',
      'not a path',
    ])
      expect(await refused(tree, [[R, bad]]), bad).toEqual({ [R]: 9007 });
  });

  it('wildcards are refused when ParameterWildCardSupported is false', async () => {
    tree.seedValue('Device.BulkData.ParameterWildCardSupported', false);
    const R = `${P}1.Parameter.1.Reference`;
    expect(await refused(tree, [[R, 'Device.IP.Interface.*.Name']])).toEqual({ [R]: 9007 });
    expect(await refused(tree, [[R, 'Device.IP.Interface.2.Name']])).toEqual({});
  });

  it('a RequestURIParameter names one parameter; the URL is http or https', async () => {
    const R = `${P}1.HTTP.RequestURIParameter.1.Reference`;
    expect(await refused(tree, [[R, 'Device.DeviceInfo.']])).toEqual({ [R]: 9007 });
    expect(await refused(tree, [[R, 'Device.IP.Interface.*.Name']])).toEqual({ [R]: 9007 });
    expect(await refused(tree, [[`${P}1.HTTP.URL`, 'ftp://collector/x']])).toEqual({ [`${P}1.HTTP.URL`]: 9007 });
  });

  it('no more profiles than MaxNumberOfProfiles, no more Parameter rows than MaxNumberOfParameterReferences (9004)', async () => {
    for (let i = 2; i <= 6; i++) expect(await tree.addObject(P, 'acs')).toBe(i);
    await expect(tree.addObject(P, 'acs')).rejects.toMatchObject({ code: 9004 });
    tree.seedValue('Device.BulkData.MaxNumberOfParameterReferences', 3);
    await tree.addObject(`${P}1.Parameter.`, 'acs');
    await tree.addObject(`${P}2.Parameter.`, 'acs');
    await expect(tree.addObject(`${P}3.Parameter.`, 'acs')).rejects.toMatchObject({ code: 9004 });
    await tree.deleteObject(`${P}2.`, 'acs');
    expect(await tree.addObject(`${P}3.Parameter.`, 'acs')).toBe(1);
    expect(await tree.addObject(P, 'acs')).toBe(7); // the refused one took no instance number
    await expect(tree.addObject(P, 'acs')).rejects.toMatchObject({ code: 9004 });
    tree.seedValue('Device.BulkData.MaxNumberOfProfiles', -1);
    expect(await tree.addObject(P, 'acs')).toBe(8);
  });

  it("a tree without the rule takes what the schema allows (the rule is the device's own)", async () => {
    const bare = await bulkTree(true);
    await bare.addObject(P, 'acs');
    expect(await refused(bare, [[`${P}1.Protocol`, 'Streaming']])).toEqual({});
  });
});
