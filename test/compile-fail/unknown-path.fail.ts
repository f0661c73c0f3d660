// A path that does not exist in Device:2.19 must not compile.
import type { Values } from '../../generated/device-2/index.ts';

function set<P extends keyof Values>(path: P, value: Values[P]): [P, Values[P]] {
  return [path, value];
}
export const bad = set('Device.DeviceInfo.NoSuchParameter', 'x');
