// A table getter for a row-relative name the row does not have must not compile.
import type { Values, WritablePath } from '../../generated/device-2/index.ts';
import type { TypedTree } from '../../src/datamodel/typed.ts';

declare const device: TypedTree<Values, WritablePath>;
device.handleTable('Device.IP.Interface.{i}.', {
  instances: () => [1],
  get: { Name: () => 'eth0', 'Stats.BytesSnt': () => 1n },
});
