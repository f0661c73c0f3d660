import type { Socket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log/logger.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { bindingRequest } from '../../src/nat/stun-binding.ts';
import { StunKeepAlive, type StunSettings } from '../../src/nat/stun-keepalive.ts';
import { StunTransactions, type Mapping, type StunRequester } from '../../src/nat/stun-transactions.ts';
import { boundUdp } from '../support/coturn.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { until } from '../support/until.ts';

const MAGIC = 0x2112a442;

/** A Binding Success (or error) Response to `request` with an XOR-MAPPED-ADDRESS (RFC 5389 15.2). */
function response(request: Buffer, m: Mapping, type = 0x0101): Buffer {
  const b = Buffer.alloc(32);
  b.writeUInt16BE(type, 0);
  b.writeUInt16BE(12, 2);
  b.writeUInt32BE(MAGIC, 4);
  request.copy(b, 8, 8, 20);
  b.writeUInt16BE(0x0020, 20);
  b.writeUInt16BE(8, 22);
  b.writeUInt16BE(0x0001, 24); // IPv4
  b.writeUInt16BE(m.port ^ (MAGIC >>> 16), 26);
  const ip = m.address.split('.').reduce((n, x) => (n << 8) + Number(x), 0) >>> 0;
  b.writeUInt32BE((ip ^ MAGIC) >>> 0, 28);
  return b;
}

/** A requester that records its answers and its log lines. */
function requester(): StunRequester & { answers: (Mapping | undefined)[]; lines: string[] } {
  const lines: string[] = [];
  const log: Logger = { ...silentLogger, warn: (m) => void lines.push(m), child: () => log };
  const answers: (Mapping | undefined)[] = [];
  return { answers, lines, log, answered: (m) => void answers.push(m) };
}

describe('STUN transactions of a shared UDP socket', () => {
  const sockets: Socket[] = [];
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });

  /** The socket devices send from, and a stand-in STUN server that keeps the requests it got. */
  async function pair(): Promise<{ cpe: Socket; server: Socket; got: Buffer[] }> {
    const cpe = await boundUdp();
    const server = await boundUdp();
    sockets.push(cpe, server);
    const got: Buffer[] = [];
    server.on('message', (msg) => void got.push(msg));
    return { cpe, server, got };
  }

  it('resolves a STUN server name once for every requester, and again after a failed lookup', async () => {
    const { cpe, got, server } = await pair();
    const asked: string[] = [];
    let fail = true;
    const tx = new StunTransactions({
      socket: cpe,
      log: silentLogger,
      resolve: async (host, family) => {
        asked.push(`${host}/${family}`);
        if (fail) throw new Error('ENOTFOUND');
        return '127.0.0.1';
      },
    });
    const to = { host: 'stun.example.net', port: server.address().port };
    const lost = requester();
    const r0 = bindingRequest({ bindingChange: false });
    tx.send(r0.bytes, r0.transactionId, to, lost);
    await until('the failed lookup ends the request', () => lost.answers.length === 1);
    expect(lost.answers).toEqual([undefined]);
    fail = false;
    const devices = Array.from({ length: 50 }, () => requester());
    for (const d of devices) {
      const r = bindingRequest({ bindingChange: false });
      tx.send(r.bytes, r.transactionId, to, d);
    }
    await until('50 requests at the server', () => got.length === 50);
    expect(asked).toEqual(['stun.example.net/4', 'stun.example.net/4']);
  });

  it('routes each answer to the device that sent its request, answered out of order, by transaction id', async () => {
    const { cpe, server, got } = await pair();
    const tx = new StunTransactions({ socket: cpe, log: silentLogger });
    cpe.on('message', (msg) => tx.handleDatagram(msg));
    const devices = [requester(), requester(), requester()];
    const to = { host: '127.0.0.1', port: server.address().port };
    for (const d of devices) {
      const { bytes, transactionId } = bindingRequest({ bindingChange: false });
      tx.send(bytes, transactionId, to, d);
    }
    expect(tx.size).toBe(3);
    await until('three requests at the server', () => got.length === 3);
    // Answered last first, each with its own port, so a mix-up would show.
    for (let i = 2; i >= 0; i--)
      server.send(response(got[i]!, { address: '192.0.2.7', port: 40_000 + i }), cpe.address().port, '127.0.0.1');
    await until('all three answered', () => devices.every((d) => d.answers.length === 1));
    expect(devices.map((d) => d.answers)).toEqual([0, 1, 2].map((i) => [{ address: '192.0.2.7', port: 40_000 + i }]));
    expect(tx.size).toBe(0);
    // A repeated answer is not anyone's any more.
    expect(tx.handleDatagram(response(got[0]!, { address: '192.0.2.7', port: 1 }))).toBe(false);
  });

  it('does not take datagrams that are not answers to its requests', async () => {
    const { cpe } = await pair();
    const tx = new StunTransactions({ socket: cpe, log: silentLogger });
    const d = requester();
    const { bytes, transactionId } = bindingRequest({ bindingChange: false });
    tx.send(bytes, transactionId, { host: '127.0.0.1', port: 9 }, d);
    const stranger = bindingRequest({ bindingChange: false }).bytes;
    expect(tx.handleDatagram(Buffer.from('GET / HTTP/1.1\r\n\r\n'))).toBe(false);
    expect(tx.handleDatagram(Buffer.alloc(8))).toBe(false);
    expect(tx.handleDatagram(response(stranger, { address: '192.0.2.1', port: 1 }))).toBe(false);
    // The request itself echoed back is a Binding Request, not an answer.
    expect(tx.handleDatagram(bytes)).toBe(false);
    expect(d.answers).toEqual([]);
    expect(tx.size).toBe(1);
    // An error response (say 401) ends the request with no mapping.
    expect(tx.handleDatagram(response(bytes, { address: '192.0.2.1', port: 1 }, 0x0111))).toBe(true);
    expect(d.answers).toEqual([undefined]);
    expect(tx.size).toBe(0);
  });

  it('times requests out on its clock with one sweep timer, and logs one line, then one sum per window', async () => {
    const { cpe, server } = await pair();
    const clock = new ManualClock();
    const summary: string[] = [];
    const log: Logger = { ...silentLogger, warn: (m) => void summary.push(m), child: () => log };
    const tx = new StunTransactions({ socket: cpe, log, clock, timeoutMs: 2000, quietMs: 60_000 });
    const to = { host: '127.0.0.1', port: server.address().port };
    const devices = Array.from({ length: 100 }, requester);
    const sent = devices.map((d) => {
      const { bytes, transactionId } = bindingRequest({ bindingChange: false });
      tx.send(bytes, transactionId, to, d);
      return bytes;
    });
    expect(clock.nextIn).toBe(2000); // one timer for all hundred
    await clock.fireNext();
    expect(devices.every((d) => d.answers.length === 1 && d.answers[0] === undefined)).toBe(true);
    expect(tx.size).toBe(0);
    // The first device's own logger says it; the other 99 wait for the window's sum.
    expect(devices.flatMap((d) => d.lines)).toEqual([`STUN: no answer from ${to.host}:${to.port}`]);
    expect(summary).toEqual([]);
    // An answer after the timeout is dropped.
    expect(tx.handleDatagram(response(sent[0]!, { address: '192.0.2.1', port: 1 }))).toBe(false);
    await clock.fireNext(); // the window ends
    expect(summary).toEqual([`STUN: 99 more Binding Requests to ${to.host}:${to.port} got no answer in the last 60 s`]);
    // The server still silent: the next round logs nothing at once, only the next window's sum.
    for (const d of devices) {
      const { bytes, transactionId } = bindingRequest({ bindingChange: false });
      tx.send(bytes, transactionId, to, d);
    }
    clock.advance(1000);
    const late = requester();
    const r = bindingRequest({ bindingChange: false });
    tx.send(r.bytes, r.transactionId, to, late);
    await clock.fireNext(); // the hundred expire; the one sent later still waits
    expect(devices.flatMap((d) => d.lines)).toHaveLength(1);
    expect(tx.size).toBe(1);
    expect(tx.handleDatagram(response(r.bytes, { address: '192.0.2.1', port: 1 }))).toBe(true);
    expect(late.answers).toEqual([{ address: '192.0.2.1', port: 1 }]);
    await clock.fireNext();
    expect(summary.at(-1)).toBe(
      `STUN: 100 more Binding Requests to ${to.host}:${to.port} got no answer in the last 60 s`,
    );
    tx.close();
    expect(clock.nextIn).toBeUndefined();
  });

  it('answers a cancelled request (its device stopped) at once, without a log line, and drops it', async () => {
    const { cpe, server } = await pair();
    const clock = new ManualClock();
    const tx = new StunTransactions({ socket: cpe, log: silentLogger, clock });
    const [a, b] = [requester(), requester()];
    const to = { host: '127.0.0.1', port: server.address().port };
    const ra = bindingRequest({ bindingChange: false });
    const key = tx.send(ra.bytes, ra.transactionId, to, a);
    const rb = bindingRequest({ bindingChange: false });
    tx.send(rb.bytes, rb.transactionId, to, b);
    tx.cancel(key);
    expect(a.answers).toEqual([undefined]);
    expect(tx.size).toBe(1);
    expect(tx.handleDatagram(response(ra.bytes, { address: '192.0.2.1', port: 1 }))).toBe(false);
    expect(tx.handleDatagram(response(rb.bytes, { address: '192.0.2.1', port: 2 }))).toBe(true);
    expect(b.answers).toEqual([{ address: '192.0.2.1', port: 2 }]);
    expect([...a.lines, ...b.lines]).toEqual([]);
    // Closing answers what is left and leaves no timer.
    const rc = bindingRequest({ bindingChange: false });
    tx.send(rc.bytes, rc.transactionId, to, a);
    tx.close();
    expect(a.answers).toEqual([undefined, undefined]);
    expect(tx.size).toBe(0);
    expect(clock.nextIn).toBeUndefined();
  });
});

describe('a STUN keep-alive on a clock of its owner (a fleet timer heap)', () => {
  it('sends through the transactions, plans its next round on that clock between min and max, and cancels on stop', async () => {
    const cpe = await boundUdp();
    const server = await boundUdp();
    const got: Buffer[] = [];
    server.on('message', (msg) => void got.push(msg));
    const clock = new ManualClock();
    const tx = new StunTransactions({ socket: cpe, log: silentLogger, clock });
    cpe.on('message', (msg) => tx.handleDatagram(msg));
    const mapped: [Mapping, boolean][] = [];
    const settings: StunSettings = {
      server: { host: '127.0.0.1', port: server.address().port },
      username: 'dev-1',
      password: 'p',
      minPeriodS: 10,
      maxPeriodS: 30,
    };
    const ka = new StunKeepAlive(
      { stunSettings: async () => settings, stunMapped: (m, changed) => void mapped.push([m, changed]) },
      { transactions: tx, log: silentLogger, clock, random: () => 0.5 },
    );
    try {
      ka.start();
      await until('the first request', () => got.length === 1);
      server.send(response(got[0]!, { address: '192.0.2.9', port: 5000 }), cpe.address().port, '127.0.0.1');
      await until('the mapping', () => mapped.length === 1);
      await until('the next round planned', () => clock.nextIn === 20_000); // 10 + (30 - 10) * 0.5 s
      expect(mapped).toEqual([[{ address: '192.0.2.9', port: 5000 }, false]]);
      await clock.fireNext();
      await until('the second request', () => got.length === 2);
      expect(tx.size).toBe(1);
      ka.stop();
      expect(tx.size).toBe(0);
      expect(clock.nextIn).toBeUndefined(); // no round, no sweep
    } finally {
      ka.stop();
      cpe.close();
      server.close();
    }
  });
});
