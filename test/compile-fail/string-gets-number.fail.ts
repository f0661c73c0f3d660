// A number assigned to a string parameter must not compile.
import type { Values } from '../../generated/device-2/index.ts';

export const manufacturer: Values['Device.DeviceInfo.Manufacturer'] = 42;
