import { describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../../src/agent/device-setup.ts';
import { DataModel } from '../../../src/datamodel/tree.ts';
import { ProfileError } from '../../../src/device/profile/errors.ts';
import { parseProfile } from '../../../src/device/profile/load.ts';

/** A Device:2 profile with a vendor layer: a vendor object, a vendor table and a parameter under a standard row. */
const BASE = `name: vendor box
identity:
  manufacturer: Acme Set-Top
  manufacturerOUI: 00D09E
  productClass: STB4K
  serialNumber: ACME0000001
  modelName: STB4K-200
  hardwareVersion: rev C
  softwareVersion: 4.2.0
root: device-2
supported:
  - Device.DeviceInfo.
  - Device.IP.Interface.{i}.Name
instances:
  Device.IP.Interface.: [1]
  Device.X_ACME_Fan.Speed.: [1, 3]
values:
  Device.X_ACME_Fan.Enable: true
  Device.X_ACME_Fan.Speed.3.RPM: 2400
  Device.IP.Interface.1.X_ACME_Driver: e1000
vendor:
  Device.X_ACME_Fan.: {}
  Device.X_ACME_Fan.Enable: { type: xsd:boolean, writable: true }
  Device.X_ACME_Fan.Speed.{i}.: { writable: true }
  Device.X_ACME_Fan.Speed.{i}.RPM: xsd:unsignedInt
  Device.IP.Interface.{i}.X_ACME_Driver: xsd:string
notifications:
  Device.X_ACME_Fan.Speed.3.RPM: 2
  Device.DeviceInfo.Description: 1
`;

async function problems(text: string): Promise<string[]> {
  try {
    await parseProfile(text, 'p.yaml');
  } catch (e) {
    if (e instanceof ProfileError) return e.problems.map((p) => `${p.line ?? '?'}: ${p.key}: ${p.message}`);
    throw e;
  }
  throw new Error('expected the profile to be refused');
}

describe('the vendor and notifications sections of a profile', () => {
  it('serves vendor items with their types, rows and access, and seeds the notifications', async () => {
    const profile = await parseProfile(BASE, 'p.yaml');
    expect(profile.supportedPaths.has('Device.X_ACME_Fan.Speed.{i}.RPM')).toBe(true);
    const device = await simulatedDevice(profile);
    const tree = new DataModel(device.schema, { base: device.base });
    const values = new Map(
      (await tree.getValues(['Device.X_ACME_Fan.', 'Device.IP.Interface.1.'])).map((v) => [v.path, v]),
    );
    expect(values.get('Device.X_ACME_Fan.Enable')).toMatchObject({ value: true, type: 'boolean' });
    expect(values.get('Device.X_ACME_Fan.Speed.1.RPM')).toMatchObject({ value: 0, type: 'unsignedInt' });
    expect(values.get('Device.X_ACME_Fan.Speed.3.RPM')).toMatchObject({ value: 2400, type: 'unsignedInt' });
    expect(values.get('Device.IP.Interface.1.X_ACME_Driver')?.value).toBe('e1000');
    const names = new Map((await tree.getNames('Device.X_ACME_Fan.', true)).map((n) => [n.path, n.writable]));
    expect(names).toEqual(
      new Map([
        ['Device.X_ACME_Fan.Enable', true],
        ['Device.X_ACME_Fan.Speed.', true],
      ]),
    );
    expect(await tree.addObject('Device.X_ACME_Fan.Speed.', 'acs')).toBe(4);
    const attrs = await tree.getAttributes(['Device.X_ACME_Fan.Speed.3.RPM', 'Device.DeviceInfo.Description']);
    expect(attrs.map((a) => a.notification)).toEqual([2, 1]);
    // The change poller watches parameters the profile gave a notification.
    expect((await tree.notifiedParameters()).map((p) => p.path)).toContain('Device.X_ACME_Fan.Speed.3.RPM');
  });

  it('refuses what is no vendor item, a model item, an orphan and a bad type, each at its line', async () => {
    const text = BASE.replace(
      '  Device.IP.Interface.{i}.X_ACME_Driver: xsd:string\n',
      [
        '  Device.IP.Interface.{i}.X_ACME_Driver: xsd:string',
        '  Device.DeviceInfo.Tuner: xsd:int',
        '  Device.DeviceInfo.ModelName: xsd:string',
        '  Device.X_ACME_Gone.Level: xsd:int',
        '  Device.X_ACME_Fan.Noise: xsd:float',
        '  Device.X_ACME_Fan.Mode.: { type: xsd:string }',
        '',
      ].join('\n'),
    );
    expect(await problems(text)).toEqual([
      "27: vendor.Device.DeviceInfo.Tuner: 'Device.DeviceInfo.Tuner' has no vendor segment; vendor items have a name starting with 'X_' (TR-106 3.3)",
      "28: vendor.Device.DeviceInfo.ModelName: 'Device.DeviceInfo.ModelName' has no vendor segment; vendor items have a name starting with 'X_' (TR-106 3.3)",
      "29: vendor.Device.X_ACME_Gone.Level: its object 'Device.X_ACME_Gone.' is neither in the mounted schema nor in vendor; add it to vendor",
      '30: vendor.Device.X_ACME_Fan.Noise: type "xsd:float": give one of xsd:string, xsd:int, xsd:unsignedInt, xsd:long, xsd:unsignedLong, xsd:boolean, xsd:dateTime, xsd:base64Binary, xsd:hexBinary, xsd:decimal',
      "31: vendor.Device.X_ACME_Fan.Mode.: 'Device.X_ACME_Fan.Mode.' is an object (it ends in '.'); objects have no type",
    ]);
  });

  it('refuses a vendor entry the model defines, and notifications the model or the rows refuse', async () => {
    const text = BASE.replace('root: device-2\n', 'root: device-2\noverlays: [acme-device]\n')
      .replace(
        '  Device.X_ACME_Fan.: {}\n',
        '  Device.X_ACME_Fan.: {}\n  Device.DeviceInfo.X_00D09E_BootLoaderVersion: xsd:string\n',
      )
      .replace(
        '  Device.DeviceInfo.Description: 1\n',
        [
          '  Device.DeviceInfo.Description: 3',
          '  Device.DeviceInfo.SoftwareVersion: 0',
          '  Device.X_ACME_Fan.Speed.2.RPM: 1',
          '  Device.IP.Interface.1.Enable: 1',
          '',
        ].join('\n'),
      );
    expect(await problems(text)).toEqual([
      "24: vendor.Device.DeviceInfo.X_00D09E_BootLoaderVersion: 'Device.DeviceInfo.X_00D09E_BootLoaderVersion' is defined by acme-device; remove it from vendor",
      '31: notifications.Device.DeviceInfo.Description: expected 0 (off), 1 (passive) or 2 (active), got 3',
      // TR-106 activeNotify forceEnabled: SoftwareVersion always notifies actively.
      '32: notifications.Device.DeviceInfo.SoftwareVersion: Device.DeviceInfo.SoftwareVersion always notifies actively; notification 0 refused',
      "33: notifications.Device.X_ACME_Fan.Speed.2.RPM: row 'Device.X_ACME_Fan.Speed.2.' does not exist; add 2 to instances['Device.X_ACME_Fan.Speed.'] (now [1, 3])",
      "34: notifications.Device.IP.Interface.1.Enable: parameter 'Device.IP.Interface.{i}.Enable' is not supported; add it to supported",
    ]);
  });
});
