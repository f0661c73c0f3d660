// createAgent without its type arguments: the first binding says what is missing.
import { createAgent } from '../../src/agent/create-agent.ts';

await createAgent({
  profile: 'stb',
  stateDir: '/tmp/x',
  acsUrl: 'http://acs.example/',
  bind: (device) => device.handle('Device.DeviceInfo.UpTime', { get: () => 1 }),
});
