import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Agent } from '../../src/agent/agent.ts';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { AGENT_DOC, EVENTS_DOC } from '../../src/agent/persisted.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { createLogger } from '../../src/log/logger.ts';
import { StateStore } from '../../src/store/index.ts';
import { AcsSession } from '../../src/transport/index.ts';
import { REPO } from '../support/bbf-path.ts';
import { FaultyFs } from '../store/faulty-fs.ts';
import { until } from '../support/until.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');

describe('a full disk while the agent writes its state', () => {
  it('keeps running on ENOSPC, keeps pending events in memory, and saves them once there is room', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-disk-full-'));
    let full = false;
    const fs = new FaultyFs().fail('open', 'ENOSPC', (t) => full && t.startsWith(dir), Number.MAX_SAFE_INTEGER);
    const lines: string[] = [];
    const log = createLogger({ level: 'info', write: (l) => lines.push(l) });
    // The ACS is away at first: the boot events stay pending while the disk is full.
    const acs = new ScriptedAcs({ script: () => [] });
    const url = await acs.listen();
    await acs.close();
    const agent = new Agent({
      stateDir: dir,
      profileName: PROFILE,
      device: await simulatedDevice(await loadProfile(PROFILE)),
      acsUrl: url,
      maxMessageBytes: 1 << 20,
      log,
      localControl: false,
      fs,
      connect: (u) => new AcsSession({ url: u, maxResponseBytes: 1 << 20 }),
    });
    try {
      full = true;
      await agent.start(); // must not throw although nothing can be written
      expect(lines.some((l) => /state: cannot save (events|agent|datamodel) \(.*ENOSPC/.test(l))).toBe(true);
      expect(StateStore.open(dir).read('events', EVENTS_DOC)?.events ?? []).toEqual([]);
      // Room again: the next write or tick saves what was kept.
      full = false;
      agent.connectionRequest();
      const deadline = Date.now() + 10_000;
      let saved: string[] = [];
      while (Date.now() < deadline) {
        saved = (StateStore.open(dir).read('events', EVENTS_DOC)?.events ?? []).map((e) => e.code);
        if (saved.includes('0 BOOTSTRAP')) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(saved).toEqual(expect.arrayContaining(['0 BOOTSTRAP', '1 BOOT']));
      expect(lines.some((l) => /state: events saved again/.test(l))).toBe(true);
      // And the ACS, once back, gets the events that waited.
      const back = new ScriptedAcs({ script: () => [] });
      await back.listen(Number(new URL(url).port));
      agent.connectionRequest();
      const [first] = await back.waitForSessions(1, 20_000);
      expect(first!.inform!.events.map((e) => e.eventCode)).toEqual(expect.arrayContaining(['0 BOOTSTRAP', '1 BOOT']));
      await back.close();
      // The agent saves the outcome after the ACS's last answer reaches it.
      expect(
        await until('bootstrappedUrl saved', () => StateStore.open(dir).read('agent', AGENT_DOC)?.bootstrappedUrl),
      ).toBe(url);
    } finally {
      await agent.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);
});
