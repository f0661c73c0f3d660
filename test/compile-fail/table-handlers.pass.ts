// Typed table bindings compile: row-relative getters of the right types, a narrowed change, and
// createAgent with the profile of its types' root (built-in or a file).
import type { Values, WritablePath } from '../../generated/device-2/index.ts';
import type { Values as IgdValues, WritablePath as IgdWritable } from '../../generated/igd-1/index.ts';
import { createAgent } from '../../src/agent/create-agent.ts';
import type { TypedTree } from '../../src/datamodel/typed.ts';

declare const device: TypedTree<Values, WritablePath>;
device.handleTable('Device.IP.Interface.{i}.', {
  instances: () => [1, 2],
  get: {
    Name: ({ instances: [n] }) => `eth${n}`,
    Status: () => 'Up',
    Type: ({ instances: [n] }) => (n === 1 ? 'Loopback' : 'Normal'),
    'Stats.BytesSent': async () => 5n,
  },
  set: (change) => {
    if (change.name === 'Enable') {
      const on: boolean = change.value;
      void on;
    }
  },
});
await createAgent<Values, WritablePath>({ profile: 'stb', stateDir: '/tmp/x', acsUrl: 'http://acs.example/' });
await createAgent<Values, WritablePath>({ profile: './my-box.yaml', stateDir: '/tmp/x', acsUrl: 'http://a/' });
await createAgent<IgdValues, IgdWritable>({
  profile: 'gateway',
  stateDir: '/tmp/x',
  acsUrl: 'http://acs.example/',
  bind: (d) => d.handle('InternetGatewayDevice.DeviceInfo.UpTime', { get: () => 1 }),
});
