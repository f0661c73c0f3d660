// Prints the RSS (MB) of a process that has loaded every generated model and built the stb
// agent's tree, as `npm run bench -- tree` reports it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputs } from '../generated/index.ts';
import { Agent } from '../src/agent/agent.ts';
import { simulatedDevice } from '../src/agent/device-setup.ts';
import { loadProfile } from '../src/device/profile/load.ts';
import { silentLogger } from '../src/log/logger.ts';

for (const o of Object.values(outputs)) await o.load();
const dir = mkdtempSync(join(tmpdir(), 'tr069-rss-'));
const agent = new Agent({
  stateDir: dir,
  profileName: 'stb',
  device: await simulatedDevice(await loadProfile('stb')),
  acsUrl: 'http://127.0.0.1:9/',
  maxMessageBytes: 1 << 20,
  log: silentLogger,
  localControl: false,
  connect: () => ({
    localAddress: undefined,
    close: async () => {},
    post: async () => ({ status: 204, body: '', empty: true }),
  }),
});
await agent.tree.getValues(['Device.']);
global.gc?.();
process.stdout.write(`${process.memoryUsage().rss / 2 ** 20}\n`);
rmSync(dir, { recursive: true, force: true });
process.exit(0);
