// Correct handlers compile: typed getters, a setter on a writable parameter, a table handler.
import type { Values, WritablePath } from '../../generated/device-2/index.ts';
import type { TypedTree } from '../../src/datamodel/typed.ts';

declare const device: TypedTree<Values, WritablePath>;
device
  .handle('Device.DeviceInfo.UpTime', { get: () => 1 })
  .handle('Device.DeviceInfo.SoftwareVersion', { get: async () => '1.0' })
  .handle('Device.ManagementServer.PeriodicInformInterval', { get: () => 300, set: (v) => void v })
  .handle('Device.IP.Interface.{i}.Stats.BytesSent', { get: () => 1n })
  .handleTable('Device.IP.Interface.{i}.', { instances: () => [1] });
