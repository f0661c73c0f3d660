// A handler bound to a path that Device:2.19 does not have must not compile.
import type { Values, WritablePath } from '../../generated/device-2/index.ts';
import type { TypedTree } from '../../src/datamodel/typed.ts';

declare const device: TypedTree<Values, WritablePath>;
device.handle('Device.DeviceInfo.NoSuchThing', { get: () => 'x' });
