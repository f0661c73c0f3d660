// The overlay recipe of the README: a vendor overlay's map on top of its base's, for one tree.
import type { Values as DeviceValues, WritablePath as DeviceWritable } from '../../generated/device-2/index.ts';
import type { Values as AcmeValues, WritablePath as AcmeWritable } from '../../generated/acme-device/index.ts';
import type { Overlay, TypedTree } from '../../src/datamodel/typed.ts';

type Values = Overlay<DeviceValues, AcmeValues>;
declare const device: TypedTree<Values, DeviceWritable | AcmeWritable>;
device
  .handle('Device.DeviceInfo.UpTime', { get: () => 1 })
  .handle('Device.DeviceInfo.X_00D09E_BootLoaderVersion', { get: () => 'u-boot 2024.01' })
  .handle('Device.DeviceInfo.FirmwareImage.{i}.Status', { get: () => 'X_00D09E_Decrypting' })
  .handleTable('Device.X_00D09E_SetTop.Channel.{i}.', { instances: () => [1], get: { Type: () => 'IPTV' } });
