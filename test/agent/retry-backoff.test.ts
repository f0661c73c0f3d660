import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Agent } from '../../src/agent/agent.ts';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { retryWindow } from '../../src/cwmp/retry-policy.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { REPO } from '../support/bbf-path.ts';
import { ManualClock } from '../support/manual-clock.ts';

describe('session retry backoff (TR-069 3.2.1.1) with an injected clock and random source', () => {
  it('waits m·(k/1000)^(n-1) .. m·(k/1000)^n seconds after the n-th failure, capped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-retry-'));
    try {
      const profile = await loadProfile(join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml'));
      const clock = new ManualClock();
      const draws = [0, 0.5, 0.999, 0.25, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
      let attempts = 0;
      const agent = new Agent({
        stateDir: dir,
        profileName: 'small',
        device: await simulatedDevice(profile),
        acsUrl: 'http://127.0.0.1:9/acs',
        maxMessageBytes: 1 << 20,
        log: silentLogger,
        clock,
        random: () => draws.shift()!,
        localControl: false,
        pollIntervalMs: 0,
        connect: () => ({
          localAddress: undefined,
          close: async () => {},
          post: async () => {
            attempts++;
            throw new Error('connection refused');
          },
        }),
      });
      // The profile sets m = 1 and k = 1000 (no growth); make it grow with the defaults instead.
      await agent.tree.setValues(
        [
          { path: 'Device.ManagementServer.CWMPRetryMinimumWaitInterval', value: '5' },
          { path: 'Device.ManagementServer.CWMPRetryIntervalMultiplier', value: '2000' },
        ],
        'local',
      );
      await agent.start();
      expect(await clock.fireNext()).toBe(0); // the boot session
      const waits: number[] = [];
      for (let n = 1; n <= 11; n++) waits.push(await clock.fireNext());
      expect(attempts).toBe(12);
      expect(waits.slice(0, 4)).toEqual([5_000, 15_000, 39_980, 50_000]);
      waits.forEach((ms, i) => {
        const { min, max } = retryWindow(i + 1);
        expect(ms).toBeGreaterThanOrEqual(min * 1000);
        expect(ms).toBeLessThanOrEqual(max * 1000);
      });
      expect(waits.at(-1)).toBe(3_840_000); // n ≥ 10 stays at 2560–5120 s
      await agent.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
