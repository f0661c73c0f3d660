import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Agent } from '../../src/agent/agent.ts';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { AcsSession } from '../../src/transport/index.ts';
import { REPO } from '../support/bbf-path.ts';
import { until } from '../support/until.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');

describe('one agent per state directory', () => {
  it("a second agent on a live agent's state directory fails before writing anything, and starts once the first stopped", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-one-agent-'));
    const acs = new ScriptedAcs({ script: () => [] });
    const url = await acs.listen();
    const device = await simulatedDevice(await loadProfile(PROFILE));
    const make = (): Agent =>
      new Agent({
        stateDir: dir,
        profileName: PROFILE,
        device,
        acsUrl: url,
        maxMessageBytes: 1 << 20,
        log: silentLogger,
        random: () => 0.5,
        pollIntervalMs: 0,
        connect: (u) => new AcsSession({ url: u, maxResponseBytes: 1 << 20, timeoutMs: 5_000 }),
      });
    const first = make();
    let second: Agent | undefined;
    try {
      await first.start();
      await acs.waitForSessions(1);
      // Atomic writes replace a file (a new inode): the same inode means nothing was written.
      const inodes = (): string =>
        ['agent.json', 'events.json', 'datamodel.json'].map((f) => statSync(join(dir, f)).ino).join(',');
      // The first agent's own end-of-session writes settle first.
      let last = '';
      const before = await until('the first agent at rest', async () => {
        const now = inodes();
        const still = now === last;
        last = now;
        if (!still) await new Promise((r) => setTimeout(r, 200));
        return still && now;
      });
      second = make();
      await expect(second.start()).rejects.toThrow(
        `another agent is running on ${dir}; stop it or use another --state-dir`,
      );
      expect(inodes()).toEqual(before);
      expect(acs.sessions).toHaveLength(1);
      // The first agent still owns its socket and answers on it.
      expect(statSync(join(dir, 'control.sock')).isSocket()).toBe(true);
      await first.stop();
      second = make();
      await second.start();
      await until('a session of the second agent', () => acs.sessions.length >= 2);
    } finally {
      await second?.stop();
      await first.stop();
      await acs.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
