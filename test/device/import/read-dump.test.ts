import { describe, expect, it } from 'vitest';
import { DumpFormatError } from '../../../src/device/import/read-csv-dump.ts';
import { parseDump, readDump } from '../../../src/device/import/read-dump.ts';
import { HUAWEI_DUMP, deviceDump, fixtureDump } from '../../support/device-dumps.ts';

const entry = (d: Awaited<ReturnType<typeof readDump>>, path: string) => d.entries.find((e) => e.path === path);

describe('reading device dumps', () => {
  it("genieacs-sim CSV: DeviceID rows are the identity, objects end in '.', values and types as written", async () => {
    const d = await readDump(deviceDump(HUAWEI_DUMP));
    expect(d.format).toBe('genieacs-sim CSV');
    expect(d.identity).toEqual({
      manufacturer: 'Huawei Technologies Co., Ltd.',
      oui: '202BC1',
      productClass: 'BM632w',
      serialNumber: '8KA8WA1151100043',
    });
    expect(d.malformed).toEqual([]);
    // 1006 rows: 4 DeviceID rows, the rest data-model entries.
    expect(d.entries).toHaveLength(1002);
    expect(entry(d, 'InternetGatewayDevice.DeviceInfo.')).toMatchObject({ object: true, writable: false });
    expect(entry(d, 'InternetGatewayDevice.DeviceInfo.X_HUAWEI_ServiceManage.TelnetPort')).toMatchObject({
      object: false,
      writable: true,
      value: '23',
      type: 'xsd:int',
      where: 'line 29',
    });
  });

  it("GenieACS's device export: its extra columns, split rows merged, notifications, the ACS's own rows skipped", async () => {
    const d = await readDump(fixtureDump('genieacs-export-igd.csv'));
    expect(d.format).toBe('GenieACS device export CSV');
    expect(d.identity.serialNumber).toBe('NB4000001234');
    // Events.* (3), Tags (2) and DeviceID.ID are GenieACS's records, not the device's.
    expect(d.acsRows).toBe(6);
    // Sorted by "path:attribute", X_A0B1C2_Temp2 lands between two halves of X_A0B1C2_Temp.
    expect(entry(d, 'InternetGatewayDevice.DeviceInfo.X_A0B1C2_Temp')).toMatchObject({
      value: '41',
      type: 'xsd:int',
      notification: 2,
      writable: false,
    });
    expect(entry(d, 'InternetGatewayDevice.ManagementServer.PeriodicInformInterval')).toMatchObject({
      value: '3600',
      notification: 1,
    });
    expect(entry(d, 'InternetGatewayDevice.DeviceInfo.Description')?.value).toBe(
      'Nimbus "NB-400" gateway, fibre, 4 ports',
    );
    expect(d.entries.filter((e) => e.path.startsWith('InternetGatewayDevice.DeviceInfo.X_A0B1C2_Temp'))).toHaveLength(
      2,
    );
  });

  it('GetParameterValues JSON: objects, [name, value, type] triples, DeviceId; bad entries reported, not thrown', async () => {
    const d = await readDump(fixtureDump('gpv-device2.json'));
    expect(d.format).toBe('GetParameterValues JSON');
    expect(d.identity).toEqual({
      manufacturer: 'Nimbus Networks',
      oui: 'A0B1C2',
      productClass: 'NB-STB',
      serialNumber: 'NBS000042',
    });
    expect(entry(d, 'Device.X_A0B1C2_Tuner.Serial')).toMatchObject({ value: 'T-0042', type: 'xsd:string' });
    expect(entry(d, 'Device.DeviceInfo.UpTime')?.value).toBe('5400');
    expect(entry(d, 'Device.Hosts.Host.1.')?.object).toBe(true);
    expect(d.malformed).toEqual([
      { where: 'entry 26', reason: 'the entry has no name' },
      { where: 'entry 27', reason: '"Device..Broken" is not a data-model path (segment "")' },
    ]);
  });

  it('malformed CSV rows are dropped with where and why; the rest reads', () => {
    const d = parseDump(
      [
        'Parameter,Object,Writable,Value,Value type',
        'Device.DeviceInfo.Manufacturer,false,false,Acme,xsd:string',
        'Device.DeviceInfo.UpTime,maybe,false,1,xsd:unsignedInt',
        'Device.DeviceInfo.HardwareVersion,false,often,1,xsd:string',
        'Device.IP.Interface.99999999999.Name,false,false,x,xsd:string',
        'not a path!,false,false,,',
        ',false,false,,',
        'Device.DeviceInfo.SoftwareVersion,false,false,"1.0',
      ].join('\n'),
    );
    expect(d.entries.map((e) => e.path)).toEqual(['Device.DeviceInfo.Manufacturer']);
    expect(d.malformed.map((m) => m.where)).toEqual(['line 3', 'line 4', 'line 5', 'line 6', 'line 7', 'line 8']);
    expect(d.malformed[0]!.reason).toBe('Object is "maybe", not true or false');
    expect(d.malformed[5]!.reason).toBe('a quoted field is never closed');
  });

  it('what is no dump at all fails with one line saying what a dump is', async () => {
    const fails = (text: string): string => {
      try {
        parseDump(text);
      } catch (e) {
        expect(e).toBeInstanceOf(DumpFormatError);
        return (e as Error).message;
      }
      throw new Error('expected a DumpFormatError');
    };
    expect(fails('')).toBe('the file is empty');
    expect(fails('hello,world\n1,2')).toMatch(/^no dump header: /);
    expect(fails('{"a": 1}')).toMatch(/^a JSON dump is a list of/);
    expect(fails('[1, 2')).toMatch(/^not valid JSON/);
    await expect(readDump('/nonexistent/dump.csv')).rejects.toThrow('cannot read /nonexistent/dump.csv: no such file');
    for (const m of [fails(''), fails('x'), fails('{')]) expect(m).not.toContain('\n');
  });
});
