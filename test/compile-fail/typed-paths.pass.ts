// The same shapes with the right types compile.
import type { ObjectPath, Values, WritablePath } from '../../generated/device-2/index.ts';

function set<P extends keyof Values>(path: P, value: Values[P]): [P, Values[P]] {
  return [path, value];
}
export const ok = [
  set('Device.DeviceInfo.Manufacturer', 'Acme'),
  set('Device.DeviceInfo.UpTime', 42),
  set('Device.IP.Interface.{i}.Stats.BytesSent', 5n),
  set('Device.IP.Interface.{i}.Status', 'Up'),
  set('Device.IP.Interface.{i}.Enable', true),
];
export const writable: WritablePath = 'Device.ManagementServer.PeriodicInformInterval';
export const object: ObjectPath = 'Device.IP.Interface.{i}.';
