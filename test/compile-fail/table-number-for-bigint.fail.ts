// A table getter returning a number for a 64-bit counter (bigint) must not compile.
import type { Values, WritablePath } from '../../generated/device-2/index.ts';
import type { TypedTree } from '../../src/datamodel/typed.ts';

declare const device: TypedTree<Values, WritablePath>;
device.handleTable('Device.IP.Interface.{i}.', { instances: () => [1], get: { 'Stats.BytesSent': () => 5 } });
