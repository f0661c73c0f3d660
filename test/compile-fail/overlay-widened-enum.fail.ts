// Without the overlay on top, the vendor's widened enumeration value is not a Device:2.19 value.
import type { Values, WritablePath } from '../../generated/device-2/index.ts';
import type { TypedTree } from '../../src/datamodel/typed.ts';

declare const device: TypedTree<Values, WritablePath>;
device.handle('Device.DeviceInfo.FirmwareImage.{i}.Status', { get: () => 'X_00D09E_Decrypting' });
