import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Agent } from '../../src/agent/agent.ts';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { decodeEnvelope, encodeEnvelope } from '../../src/cwmp/soap/index.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { REPO } from '../support/bbf-path.ts';
import { ManualClock } from '../support/manual-clock.ts';

/** The event codes of an Inform the agent posted. */
function eventCodes(body: string): string[] {
  const d = decodeEnvelope(body);
  if (!d.ok || d.body.kind !== 'Inform') throw new Error('not an Inform');
  return d.body.events.map((e) => e.eventCode);
}

/**
 * An agent on a manual clock whose ACS calls `duringInform(n)` while Inform n (from 0) is in
 * flight, then answers InformResponse (or fails the session when `fail(n)`), then ends it.
 */
async function agentWith(
  dir: string,
  clock: ManualClock,
  duringInform: (agent: Agent, n: number) => void,
  fail: (n: number) => boolean = () => false,
): Promise<{ agent: Agent; informs: string[][] }> {
  const profile = await loadProfile(join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml'));
  const informs: string[][] = [];
  const agent: Agent = new Agent({
    stateDir: dir,
    profileName: 'small',
    device: await simulatedDevice(profile),
    acsUrl: 'http://127.0.0.1:9/acs',
    maxMessageBytes: 1 << 20,
    log: silentLogger,
    localControl: false,
    pollIntervalMs: 0,
    clock,
    random: () => 0,
    connect: () => ({
      localAddress: undefined,
      close: async () => {},
      post: async (body: string) => {
        if (body.includes(':Inform>')) {
          const n = informs.length;
          informs.push(eventCodes(body));
          duringInform(agent, n);
          if (fail(n)) throw new Error('connection reset');
          return {
            status: 200,
            empty: false,
            body: encodeEnvelope({ version: '1.4', header: {}, body: { kind: 'InformResponse', maxEnvelopes: 1 } }),
          };
        }
        return { status: 204, empty: true, body: '' };
      },
    }),
  });
  return { agent, informs };
}

describe('a connection request during a session (TR-069 3.2.2)', () => {
  it('opens one more session with "6 CONNECTION REQUEST" as soon as the running one ends, however many arrive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-merge-'));
    const clock = new ManualClock();
    const { agent, informs } = await agentWith(dir, clock, (a, n) => {
      if (n === 0) {
        a.connectionRequest(); // both arrive while the boot session runs
        a.connectionRequest();
      }
    });
    try {
      await agent.start();
      await clock.fireNext(); // the boot session
      expect(informs).toHaveLength(1);
      expect(informs[0]).toContain('1 BOOT');
      expect(informs[0]).not.toContain('6 CONNECTION REQUEST');
      // The follow-up is due now, not at the next periodic Inform.
      expect(clock.nextIn).toBe(0);
      await clock.fireNext();
      expect(informs).toHaveLength(2);
      expect(informs[1]).toEqual(['6 CONNECTION REQUEST']);
      // The second request of the boot session queued nothing more.
      expect(clock.nextIn === undefined || clock.nextIn > 0).toBe(true);
    } finally {
      await agent.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("also after a session that fails: the request is not dropped with the failed session's events", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-merge-'));
    const clock = new ManualClock();
    const { agent, informs } = await agentWith(
      dir,
      clock,
      (a, n) => {
        if (n === 0) a.connectionRequest();
      },
      (n) => n === 0,
    );
    try {
      await agent.start();
      await clock.fireNext(); // the boot session, cut after the Inform
      expect(informs).toHaveLength(1);
      expect(clock.nextIn).toBe(0);
      await clock.fireNext();
      expect(informs).toHaveLength(2);
      expect(informs[1]).toContain('6 CONNECTION REQUEST');
    } finally {
      await agent.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a request between sessions still starts one session of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-merge-'));
    const clock = new ManualClock();
    const { agent, informs } = await agentWith(dir, clock, () => undefined);
    try {
      await agent.start();
      await clock.fireNext(); // the boot session
      expect(clock.nextIn === undefined || clock.nextIn > 0).toBe(true);
      agent.connectionRequest();
      expect(clock.nextIn).toBe(0);
      await clock.fireNext();
      expect(informs).toHaveLength(2);
      expect(informs[1]).toEqual(['6 CONNECTION REQUEST']);
    } finally {
      await agent.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
