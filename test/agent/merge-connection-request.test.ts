import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Agent } from '../../src/agent/agent.ts';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { encodeEnvelope } from '../../src/cwmp/soap/index.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { REPO } from '../support/bbf-path.ts';

describe('a connection request during a session', () => {
  it('is merged into the running session instead of starting a second one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-merge-'));
    const informs: string[] = [];
    let agent: Agent | undefined;
    try {
      const profile = await loadProfile(join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml'));
      agent = new Agent({
        stateDir: dir, profileName: 'small', device: await simulatedDevice(profile), acsUrl: 'http://127.0.0.1:9/acs', maxMessageBytes: 1 << 20,
        log: silentLogger, localControl: false, pollIntervalMs: 0,
        connect: () => ({
          localAddress: undefined,
          close: async () => {},
          post: async (body: string) => {
            if (body.includes(':Inform>')) {
              informs.push(body);
              agent!.connectionRequest(); // arrives while this session runs
              return { status: 200, empty: false, body: encodeEnvelope({ version: '1.4', header: {}, body: { kind: 'InformResponse', maxEnvelopes: 1 } }) };
            }
            return { status: 204, empty: true, body: '' };
          },
        }),
      });
      await agent.start();
      await new Promise((r) => setTimeout(r, 1500));
      expect(informs).toHaveLength(1);
      expect(informs[0]).toContain('1 BOOT');
    } finally {
      await agent?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
