import { createSocket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.ts';
import { UdpConnectionRequestListener } from '../../src/nat/udp-connection-request.ts';
import { createHmac } from 'node:crypto';

// Datagrams are built here from the TR-111 description, independently of src/.
function datagram(port: number, f: { ts: number; id: string; un: string; cn: string }, password: string, sig?: string): Buffer {
  const s = sig ?? createHmac('sha1', password).update(`${f.ts}${f.id}${f.un}${f.cn}`).digest('hex');
  return Buffer.from(`GET http://127.0.0.1:${port}?ts=${f.ts}&id=${f.id}&un=${f.un}&cn=${f.cn}&sig=${s} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
}

describe('UDP connection requests (TR-111)', () => {
  let listener: UdpConnectionRequestListener | undefined;
  afterEach(async () => listener?.close());

  async function start(rate = { requests: 100, windowMs: 10_000 }): Promise<{ port: number; hits: () => number; send: (b: Buffer) => Promise<void> }> {
    let hits = 0;
    listener = new UdpConnectionRequestListener({ port: 0, host: '127.0.0.1', log: silentLogger, rateLimit: rate });
    listener.attach('acs', { credentials: async () => ({ username: 'acs', password: 'udp-secret' }), onRequest: () => void hits++ });
    const port = await listener.listen();
    const client = createSocket('udp4');
    const send = (b: Buffer): Promise<void> => new Promise((resolve) => client.send(b, port, '127.0.0.1', () => setTimeout(resolve, 30)));
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
    for (let i = 0; i < 6; i++) await send(datagram(port, { ts: 1_800_000_000 + i, id: `r${i}`, un: 'acs', cn: 'c' }, 'udp-secret'));
    expect(hits()).toBe(3);
  });

  it('routes datagrams by username to each device of a shared socket, also after a username change (fleet mode)', async () => {
    listener = new UdpConnectionRequestListener({ port: 0, host: '127.0.0.1', log: silentLogger });
    const port = await listener.listen();
    const creds = { a: { username: 'dev-a', password: 'pa' }, b: { username: 'dev-b', password: 'pb' } };
    const hits = { a: 0, b: 0 };
    listener.attach('dev-a', { credentials: async () => creds.a, onRequest: () => void hits.a++ });
    listener.attach('dev-b', { credentials: async () => creds.b, onRequest: () => void hits.b++ });
    const client = createSocket('udp4');
    const send = (b: Buffer): Promise<void> => new Promise((resolve) => client.send(b, port, '127.0.0.1', () => setTimeout(resolve, 30)));
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
    listener = new UdpConnectionRequestListener({ port: 0, host: '127.0.0.1', log: silentLogger, rateLimit: { requests: 3, windowMs: 10_000 }, now: () => t });
    listener.attach('acs', { credentials: async () => ({ username: 'acs', password: 'udp-secret' }), onRequest: () => void hits++ });
    const port = await listener.listen();
    const client = createSocket('udp4');
    const send = (b: Buffer): Promise<void> => new Promise((resolve) => client.send(b, port, '127.0.0.1', () => setTimeout(resolve, 30)));
    for (let i = 0; i < 4; i++) await send(datagram(port, { ts: 1_800_000_000 + i, id: `j${i}`, un: 'acs', cn: 'c' }, 'udp-secret'));
    expect(hits).toBe(3);
    t -= 3 * 3_600_000;
    await send(datagram(port, { ts: 1_800_000_010, id: 'j10', un: 'acs', cn: 'c' }, 'udp-secret'));
    expect(hits).toBe(4);
    client.close();
  });
});
