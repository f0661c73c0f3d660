/**
 * An integrator's binding of a real box to the agent: DeviceInfo values come from the running
 * system and Device.IP.Interface.{i}. lists the host's network interfaces. Everything the
 * bindings leave out keeps the simulated values of the 'stb' profile.
 *
 *   npx tsx --conditions=source examples/integrator.ts --acs-url http://127.0.0.1:7547/ --state-dir /tmp/box
 */
import { networkInterfaces, uptime } from 'node:os';
import { parseArgs } from 'node:util';
import { createAgent } from 'tr069-agent';
import type { Values, WritablePath } from 'tr069-agent/models/device-2';

const { values: args } = parseArgs({
  options: {
    'acs-url': { type: 'string' },
    'state-dir': { type: 'string', default: './integrator-state' },
    'cr-port': { type: 'string', default: '7547' },
  },
});
if (!args['acs-url']) {
  process.stderr.write('integrator: --acs-url is required, e.g. --acs-url http://127.0.0.1:7547/\n');
  process.exit(2);
}

/** The host's interfaces with a stable instance number each (1 = first name in sorted order). */
function interfaces(): { index: number; name: string; addresses: string[] }[] {
  return Object.entries(networkInterfaces())
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, addrs], i) => ({
      index: i + 1,
      name,
      addresses: (addrs ?? []).filter((a) => a.family === 'IPv4').map((a) => a.address),
    }));
}

let provisioningCode = '';

const agent = await createAgent<Values, WritablePath>({
  profile: 'stb',
  stateDir: args['state-dir']!,
  acsUrl: args['acs-url'],
  crPort: Number(args['cr-port']),
  bind: (device) => {
    device
      .handle('Device.DeviceInfo.UpTime', { get: () => Math.floor(uptime()) })
      .handle('Device.DeviceInfo.SoftwareVersion', { get: () => `node-${process.versions.node}` })
      .handle('Device.DeviceInfo.ProvisioningCode', {
        get: () => provisioningCode,
        set: (code) => {
          provisioningCode = code; // a real box would write its config store here
        },
      })
      .handleTable('Device.IP.Interface.{i}.', {
        instances: () => interfaces().map((i) => i.index),
        // One getter per row parameter, by its name relative to the row, each typed: a misspelt
        // name or a value of the wrong type does not compile. Everything left out keeps the
        // profile's simulated value.
        get: {
          Name: ({ instances: [index] }) => interfaces().find((i) => i.index === index)?.name ?? '',
          Enable: () => true,
          Status: () => 'Up',
          Type: ({ instances: [index] }) =>
            interfaces().find((i) => i.index === index)?.name === 'lo' ? 'Loopback' : 'Normal',
        },
      });
  },
});
await agent.start();
process.once('SIGINT', () => void agent.stop().then(() => process.exit(0)));
process.once('SIGTERM', () => void agent.stop().then(() => process.exit(0)));
