// A setter on a read-only parameter must not compile.
import type { Values, WritablePath } from '../../generated/device-2/index.ts';
import type { TypedTree } from '../../src/datamodel/typed.ts';

declare const device: TypedTree<Values, WritablePath>;
device.handle('Device.DeviceInfo.UpTime', { get: () => 1, set: (v: number) => void v });
