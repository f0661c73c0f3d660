import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Agent } from '../../src/agent/agent.ts';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { AGENT_DOC } from '../../src/agent/persisted.ts';
import { retryWindow, RETRY_EXPONENT_CAP } from '../../src/cwmp/retry-policy.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { StateStore } from '../../src/store/index.ts';
import { AcsSession } from '../../src/transport/index.ts';
import { REPO } from '../support/bbf-path.ts';
import { ManualClock } from '../support/manual-clock.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');
const DAY = 86_400_000;

describe('an ACS that is down for 7 days (simulated time)', () => {
  it('retries with a capped backoff across a restart, loses no event or TransferComplete, and recovers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-outage-'));
    const files = createServer((_req, res) => void res.writeHead(404).end());
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', () => r()));
    const fileUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}/fw.img`;
    const acs = new ScriptedAcs({
      script: (_i, n) =>
        n === 0
          ? [
              {
                kind: 'Download',
                commandKey: 'dl-7d',
                fileType: '1 Firmware Upgrade Image',
                url: fileUrl,
                username: '',
                password: '',
                fileSize: 0,
                targetFileName: '',
                delaySeconds: 0,
                successUrl: '',
                failureUrl: '',
              },
            ]
          : [],
    });
    const url = await acs.listen();
    const port = Number(new URL(url).port);
    const clock = new ManualClock();
    const device = await simulatedDevice(await loadProfile(PROFILE));
    const makeAgent = (): Agent =>
      new Agent({
        stateDir: dir,
        profileName: PROFILE,
        device,
        acsUrl: url,
        maxMessageBytes: 1 << 20,
        log: silentLogger,
        clock,
        random: () => 0.5,
        localControl: false,
        pollIntervalMs: 0,
        connect: (u) => new AcsSession({ url: u, maxResponseBytes: 1 << 20, timeoutMs: 5_000 }),
      });
    let agent = makeAgent();
    let back: ScriptedAcs | undefined;
    try {
      // The profile retries every second; use the TR-069 defaults (m = 5 s, k = 2000) instead.
      await agent.tree.setValues(
        [
          { path: 'Device.ManagementServer.CWMPRetryMinimumWaitInterval', value: '5' },
          { path: 'Device.ManagementServer.CWMPRetryIntervalMultiplier', value: '2000' },
        ],
        'local',
      );
      await agent.start();
      await clock.fireNext(); // bootstrap session: the ACS asks for a Download
      expect(acs.sessions).toHaveLength(1);
      await acs.close(); // ... and is gone for a week
      const waits: number[] = [];
      const outageStart = clock.monotonic();
      let restarted = false;
      while (clock.monotonic() - outageStart < 7 * DAY) {
        if (!restarted && clock.monotonic() - outageStart > 3 * DAY) {
          // A power cut on day 3: the new process carries on from the persisted state.
          await agent.stop();
          agent = makeAgent();
          await agent.start();
          restarted = true;
        }
        waits.push(await clock.fireNext());
      }
      const retries = waits.filter((w) => w > 0);
      expect(restarted).toBe(true);
      expect(retries.length).toBeGreaterThan(100);
      const cap = retryWindow(RETRY_EXPONENT_CAP);
      for (const w of retries) expect(w).toBeLessThanOrEqual(cap.max * 1000);
      // Past the cap every wait stays inside the last window (2560–5120 s with random 0.5: 3840 s).
      expect(retries.slice(-20).every((w) => w === (cap.min + (cap.max - cap.min) * 0.5) * 1000)).toBe(true);
      const failures = StateStore.open(dir).read('agent', AGENT_DOC)!.retryCount;
      expect(failures).toBeGreaterThan(100);

      back = new ScriptedAcs({ script: () => [] });
      await back.listen(port);
      while (back.sessions.length === 0) await clock.fireNext();
      const [s] = back.sessions;
      const events = s!.inform!.events.map((e) => `${e.eventCode}${e.commandKey ? `:${e.commandKey}` : ''}`);
      expect(events).toEqual(expect.arrayContaining(['1 BOOT', '7 TRANSFER COMPLETE', 'M Download:dl-7d']));
      expect(s!.inform!.retryCount).toBe(failures);
      const tc = s!.received.find((m) => m.kind === 'TransferComplete');
      if (tc?.kind !== 'TransferComplete') throw new Error('the TransferComplete did not survive the week');
      expect(tc.commandKey).toBe('dl-7d');
      // Recovered: the count starts again from zero.
      expect(StateStore.open(dir).read('agent', AGENT_DOC)!.retryCount).toBe(0);
    } finally {
      await agent.stop();
      await back?.close();
      files.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
