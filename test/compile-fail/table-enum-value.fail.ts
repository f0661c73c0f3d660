// A table getter returning a value outside the parameter's enumeration must not compile.
import type { Values, WritablePath } from '../../generated/device-2/index.ts';
import type { TypedTree } from '../../src/datamodel/typed.ts';

declare const device: TypedTree<Values, WritablePath>;
device.handleTable('Device.IP.Interface.{i}.', { instances: () => [1], get: { Status: () => 'Running' } });
