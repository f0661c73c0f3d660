// Device:2 types on the TR-098 'gateway' profile (root InternetGatewayDevice.) must not compile.
import type { Values, WritablePath } from '../../generated/device-2/index.ts';
import { createAgent } from '../../src/agent/create-agent.ts';

await createAgent<Values, WritablePath>({
  profile: 'gateway',
  stateDir: '/tmp/x',
  acsUrl: 'http://acs.example/',
  bind: (device) => device.handle('Device.DeviceInfo.UpTime', { get: () => 1 }),
});
