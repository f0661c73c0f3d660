import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.ts';
import { UdpConnectionRequestListener, type UdpReplayState } from '../../src/nat/udp-connection-request.ts';
import { ScriptedAcs, type AcsSessionRecord } from '../../src/demo-acs/scripted-acs.ts';
import { createHmac } from 'node:crypto';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';
import { until } from '../support/until.ts';

// Datagrams are built here from the TR-111 description, independently of src/.
function datagram(
  port: number,
  f: { ts: number; id: string; un: string; cn: string },
  password: string,
  sig?: string,
): Buffer {
  const s = sig ?? createHmac('sha1', password).update(`${f.ts}${f.id}${f.un}${f.cn}`).digest('hex');
  return Buffer.from(
    `GET http://127.0.0.1:${port}?ts=${f.ts}&id=${f.id}&un=${f.un}&cn=${f.cn}&sig=${s} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`,
  );
}

describe('UDP connection requests (TR-111)', () => {
  let listener: UdpConnectionRequestListener | undefined;
  afterEach(async () => listener?.close());

  async function start(
    rate: { requests: number; windowMs: number } | undefined = { requests: 100, windowMs: 10_000 },
  ): Promise<{ port: number; hits: () => number; send: (b: Buffer) => Promise<void> }> {
    let hits = 0;
    listener = new UdpConnectionRequestListener({
      port: 0,
      host: '127.0.0.1',
      log: silentLogger,
      ...(rate ? { rateLimit: rate } : {}),
    });
    listener.attach('acs', {
      credentials: async () => ({ username: 'acs', password: 'udp-secret' }),
      onRequest: () => void hits++,
    });
    const port = await listener.listen();
    const client = createSocket('udp4');
    const send = (b: Buffer): Promise<void> =>
      new Promise((resolve) => client.send(b, port, '127.0.0.1', () => setTimeout(resolve, 30)));
    return { port, hits: () => hits, send };
  }

  it('accepts a correctly signed datagram, and ignores bad signatures, replayed ids, old ts and wrong usernames', async () => {
    const { port, hits, send } = await start();
    const ts = 1_800_000_000;
    await send(datagram(port, { ts, id: 'a1', un: 'acs', cn: 'x1' }, 'udp-secret'));
    expect(hits()).toBe(1);
    await send(datagram(port, { ts: ts + 1, id: 'a2', un: 'acs', cn: 'x2' }, 'wrong-key'));
    await send(datagram(port, { ts: ts + 1, id: 'a1', un: 'acs', cn: 'x3' }, 'udp-secret')); // replayed id
    await send(datagram(port, { ts: ts - 5, id: 'a3', un: 'acs', cn: 'x4' }, 'udp-secret')); // older ts
    await send(datagram(port, { ts: ts + 2, id: 'a4', un: 'intruder', cn: 'x5' }, 'udp-secret'));
    await send(Buffer.from('GET http://x?ts=1 HTTP/1.1\r\n\r\n'));
    await send(Buffer.from([0, 1, 0, 0, 0x21, 0x12, 0xa4, 0x42]));
    expect(hits()).toBe(1);
    await send(datagram(port, { ts: ts + 3, id: 'a5', un: 'acs', cn: 'x6' }, 'udp-secret'));
    expect(hits()).toBe(2);
  });

  it('is rate-limited', async () => {
    const { port, hits, send } = await start({ requests: 3, windowMs: 60_000 });
    for (let i = 0; i < 6; i++)
      await send(datagram(port, { ts: 1_800_000_000 + i, id: `r${i}`, un: 'acs', cn: 'c' }, 'udp-secret'));
    expect(hits()).toBe(3);
  });

  it('counts only signed datagrams against the rate limit: 100 forged ones leave the real ACS its quota', async () => {
    const { port, hits } = await start(undefined); // the default limit: 10 per 10 s
    const client = createSocket('udp4');
    const ts = 1_800_000_000;
    try {
      for (let i = 0; i < 100; i++) {
        const forged = datagram(port, { ts: ts + i, id: `f${i}`, un: 'acs', cn: 'c' }, 'guessed-key');
        await new Promise<void>((resolve) => client.send(forged, port, '127.0.0.1', () => resolve()));
      }
      const good = datagram(port, { ts: ts + 100, id: 'real', un: 'acs', cn: 'c' }, 'udp-secret');
      await new Promise<void>((resolve) => client.send(good, port, '127.0.0.1', () => resolve()));
      await until('the real request accepted', () => hits() === 1);
    } finally {
      client.close();
    }
  });

  it('repeats of an accepted request (replays, the ACS sending it again) do not use up the quota', async () => {
    const { port, hits, send } = await start({ requests: 3, windowMs: 60_000 });
    const ts = 1_800_000_000;
    const first = datagram(port, { ts, id: 'q1', un: 'acs', cn: 'c' }, 'udp-secret');
    await send(first);
    for (let i = 0; i < 5; i++) await send(first);
    await send(datagram(port, { ts: ts + 1, id: 'q2', un: 'acs', cn: 'c' }, 'udp-secret'));
    await send(datagram(port, { ts: ts + 2, id: 'q3', un: 'acs', cn: 'c' }, 'udp-secret'));
    expect(hits()).toBe(3);
  });

  it('starts from the replay state its target saved, and saves the new state on accepted requests only', async () => {
    listener = new UdpConnectionRequestListener({ port: 0, host: '127.0.0.1', log: silentLogger });
    const port = await listener.listen();
    const ts = 1_800_000_000;
    const saves: UdpReplayState[] = [];
    let hits = 0;
    listener.attach('acs', {
      credentials: async () => ({ username: 'acs', password: 'udp-secret' }),
      onRequest: () => void hits++,
      replayState: () => ({ lastTs: ts, seenIds: ['old-1', 'old-2'] }),
      saveReplayState: (st) => void saves.push(st),
    });
    const client = createSocket('udp4');
    const send = (b: Buffer): Promise<void> =>
      new Promise((resolve) => client.send(b, port, '127.0.0.1', () => setTimeout(resolve, 30)));
    await send(datagram(port, { ts: ts + 5, id: 'old-2', un: 'acs', cn: 'c' }, 'udp-secret')); // an id seen before the restart
    await send(datagram(port, { ts: ts - 1, id: 'n0', un: 'acs', cn: 'c' }, 'udp-secret')); // older than the last accepted ts
    await send(datagram(port, { ts: ts + 1, id: 'n1', un: 'acs', cn: 'c' }, 'wrong-key'));
    expect(hits).toBe(0);
    expect(saves).toEqual([]);
    await send(datagram(port, { ts: ts + 1, id: 'n1', un: 'acs', cn: 'c' }, 'udp-secret'));
    expect(hits).toBe(1);
    expect(saves).toEqual([{ lastTs: ts + 1, seenIds: ['old-1', 'old-2', 'n1'] }]);
    client.close();
  });

  it('routes datagrams by username to each device of a shared socket, also after a username change (fleet mode)', async () => {
    listener = new UdpConnectionRequestListener({ port: 0, host: '127.0.0.1', log: silentLogger });
    const port = await listener.listen();
    const creds = { a: { username: 'dev-a', password: 'pa' }, b: { username: 'dev-b', password: 'pb' } };
    const hits = { a: 0, b: 0 };
    listener.attach('dev-a', { credentials: async () => creds.a, onRequest: () => void hits.a++ });
    listener.attach('dev-b', { credentials: async () => creds.b, onRequest: () => void hits.b++ });
    const client = createSocket('udp4');
    const send = (b: Buffer): Promise<void> =>
      new Promise((resolve) => client.send(b, port, '127.0.0.1', () => setTimeout(resolve, 30)));
    const ts = 1_800_000_000;
    await send(datagram(port, { ts, id: 'x1', un: 'dev-b', cn: 'c' }, 'pb'));
    await send(datagram(port, { ts, id: 'x2', un: 'dev-a', cn: 'c' }, 'pb')); // b's key for a
    expect(hits).toEqual({ a: 0, b: 1 });
    // Replay state is per device: the same id is new to a.
    await send(datagram(port, { ts, id: 'x1', un: 'dev-a', cn: 'c' }, 'pa'));
    expect(hits).toEqual({ a: 1, b: 1 });
    creds.a = { username: 'renamed-a', password: 'pa2' };
    await send(datagram(port, { ts: ts + 1, id: 'x3', un: 'renamed-a', cn: 'c' }, 'pa2'));
    await send(datagram(port, { ts: ts + 2, id: 'x4', un: 'dev-a', cn: 'c' }, 'pa')); // the old name is gone
    expect(hits).toEqual({ a: 2, b: 1 });
    client.close();
  });

  it('a backward step of the device clock does not leave the rate limit shut for hours', async () => {
    let t = Date.UTC(2026, 10, 22, 12);
    let hits = 0;
    listener = new UdpConnectionRequestListener({
      port: 0,
      host: '127.0.0.1',
      log: silentLogger,
      rateLimit: { requests: 3, windowMs: 10_000 },
      now: () => t,
    });
    listener.attach('acs', {
      credentials: async () => ({ username: 'acs', password: 'udp-secret' }),
      onRequest: () => void hits++,
    });
    const port = await listener.listen();
    const client = createSocket('udp4');
    const send = (b: Buffer): Promise<void> =>
      new Promise((resolve) => client.send(b, port, '127.0.0.1', () => setTimeout(resolve, 30)));
    for (let i = 0; i < 4; i++)
      await send(datagram(port, { ts: 1_800_000_000 + i, id: `j${i}`, un: 'acs', cn: 'c' }, 'udp-secret'));
    expect(hits).toBe(3);
    t -= 3 * 3_600_000;
    await send(datagram(port, { ts: 1_800_000_010, id: 'j10', un: 'acs', cn: 'c' }, 'udp-secret'));
    expect(hits).toBe(4);
    client.close();
  });
});

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');
const ADDRESS = 'Device.ManagementServer.UDPConnectionRequestAddress';

/** The UDPConnectionRequestAddress the agent reported in a session (every session asks). */
function addressIn(s: AcsSessionRecord): { host: string; port: number } {
  const r = s.received.find((m) => m.kind === 'GetParameterValuesResponse');
  if (r?.kind !== 'GetParameterValuesResponse') throw new Error('no GetParameterValuesResponse');
  const [host, port] = r.parameterList[0]!.value.split(':');
  return { host: host!, port: Number(port) };
}

const accepted = (output: string): number => output.split('UDP connection request accepted').length - 1;

describe('UDP connection requests to the real agent across a restart', () => {
  it('refuses a captured datagram replayed after the agent restarted', async () => {
    const acs = new ScriptedAcs({ script: () => [{ kind: 'GetParameterValues', parameterNames: [ADDRESS] }] });
    const url = await acs.listen();
    const stateDir = mkdtempSync(join(tmpdir(), 'tr069-udp-replay-'));
    const args = ['--acs-url', url, '--profile', PROFILE, '--cr-username', 'acs-user', '--cr-password', 'cr-pass-123'];
    const sock = createSocket('udp4');
    const sendTo = (b: Buffer, to: { host: string; port: number }): Promise<void> =>
      new Promise((resolve) => sock.send(b, to.port, to.host, () => resolve()));
    const ts = Math.floor(Date.now() / 1000);
    const captured = datagram(0, { ts, id: 'captured', un: 'acs-user', cn: 'c1' }, 'cr-pass-123');
    let agent = new AgentProcess(stateDir).start(args);
    try {
      const [boot] = await acs.waitForSessions(1, 15_000);
      await sendTo(captured, addressIn(boot!));
      // A request during the closing boot session is followed by a session of its own.
      const sessions = await acs.waitForSessions(2, 15_000);
      expect(sessions[1]!.inform!.events.map((e) => e.eventCode)).toEqual(['6 CONNECTION REQUEST']);
      expect(await agent.stop()).toBe(0);
      expect(accepted(agent.output)).toBe(1);

      agent = new AgentProcess(stateDir).start(args);
      const again = await acs.waitForSessions(3, 15_000);
      expect(again[2]!.inform!.events.map((e) => e.eventCode)).toContain('1 BOOT');
      const to = addressIn(again[2]!);
      await sendTo(captured, to);
      // A fresh request after it: once that one is accepted, the replay has been decided.
      await sendTo(datagram(0, { ts: ts + 1, id: 'fresh', un: 'acs-user', cn: 'c2' }, 'cr-pass-123'), to);
      const after = await acs.waitForSessions(4, 15_000);
      expect(after[3]!.inform!.events.map((e) => e.eventCode)).toEqual(['6 CONNECTION REQUEST']);
      await until('the fresh request logged', () => accepted(agent.output) >= 1);
      expect(accepted(agent.output)).toBe(1);
    } finally {
      sock.close();
      await agent.stop();
      await acs.close();
      rmSync(stateDir, { recursive: true, force: true });
    }
  }, 60_000);
});
