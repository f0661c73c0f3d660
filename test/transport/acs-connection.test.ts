import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AcsConnection } from '../../src/transport/acs-connection.ts';
import { TransportError } from '../../src/transport/errors.ts';

// A raw TCP server: each test scripts the bytes the "ACS" answers with, request by request.
interface RawServer {
  url: URL;
  connections: number;
  requests: string[];
  close(): Promise<void>;
}

const servers: RawServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** `answer(n, socket)` writes the reply to the n-th request (0-based, across connections). */
async function rawServer(answer: (n: number, socket: Socket) => void): Promise<RawServer> {
  const sockets = new Set<Socket>();
  const state: RawServer = { url: new URL('http://x'), connections: 0, requests: [], close: async () => {} };
  const server: Server = createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      for (;;) {
        const end = text.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/content-length: *([0-9]+)/i.exec(text.slice(0, end))?.[1] ?? 0);
        if (text.length < end + 4 + length) return;
        state.requests.push(text.slice(0, end + 4 + length));
        text = text.slice(end + 4 + length);
        answer(state.requests.length - 1, socket);
      }
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/acs`);
  state.close = () =>
    new Promise<void>((resolve) => {
      sockets.forEach((s) => s.destroy());
      server.close(() => resolve());
    });
  servers.push(state);
  return state;
}

function connection(url: URL, timeoutMs = 2000, maxResponseBytes = 1024): AcsConnection {
  return new AcsConnection(url, { where: url.href, timeoutMs, maxResponseBytes, onSocket: () => {} });
}

const POST = (body: string): string => `POST /acs HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n`;

describe('AcsConnection', () => {
  it('reads Content-Length, chunked and close-framed bodies, and a reply that arrives a byte at a time', async () => {
    const replies = [
      'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n<a/>\n',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n<b/\r\n1\r\n>\r\n0\r\n\r\n',
      'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n<c/>',
      'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n<d/>',
    ];
    const acs = await rawServer((n, socket) => {
      const reply = Buffer.from(replies[n]!, 'latin1');
      if (n === 2) reply.forEach((b, i) => setTimeout(() => socket.write(Buffer.of(b)), i));
      else socket.write(reply);
      if (n === 3) socket.end();
    });
    const c = connection(acs.url);
    const bodies: string[] = [];
    for (const body of ['x', 'yy', 'zzz', '']) bodies.push((await c.exchange(POST(body), body)).body.toString());
    expect(bodies).toEqual(['<a/>\n', '<b/>', '<c/>', '<d/>']);
    expect(acs.connections).toBe(1);
    expect(acs.requests[1]).toBe(`${POST('yy')}yy`);
    c.destroy();
  });

  it("keeps each connection's body intact while many read into the one shared buffer at once", async () => {
    // Bodies of several reads each, interleaved across connections: every read lands in the same
    // buffer, so a body that kept a view of it instead of a copy would end up holding another's bytes.
    const bodyOf = (n: number): string => String.fromCharCode(97 + (n % 26)).repeat(3000 + n);
    const acs = await rawServer((n, socket) => {
      const body = Buffer.from(bodyOf(Number(acs.requests[n]!.slice(-3))), 'latin1');
      socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n`);
      for (let at = 0; at < body.length; at += 1000)
        setTimeout(() => socket.write(body.subarray(at, at + 1000)), Math.floor(at / 1000) + (n % 3));
    });
    const ids = Array.from({ length: 12 }, (_, i) => String(100 + i));
    const cs = ids.map(() => connection(acs.url, 2000, 64 * 1024));
    const bodies = await Promise.all(cs.map(async (c, i) => (await c.exchange(POST(ids[i]!), ids[i]!)).body));
    expect(bodies.map((b) => b.toString('latin1'))).toEqual(ids.map((id) => bodyOf(Number(id))));
    cs.forEach((c) => c.destroy());
  });

  it('opens a new connection when the ACS closed the idle one, or answered with Connection: close', async () => {
    const acs = await rawServer((n, socket) => {
      if (n === 0)
        socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'); // then closes while idle
      else if (n === 1) socket.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      else socket.write('HTTP/1.1 204 No Content\r\n\r\n');
    });
    const c = connection(acs.url);
    await c.exchange(POST(''), '');
    await new Promise((r) => setTimeout(r, 50));
    await c.exchange(POST(''), '');
    const last = await c.exchange(POST(''), '');
    expect(last.head.status).toBe(204);
    expect(acs.connections).toBe(3);
    c.destroy();
  });

  it('fails a request whose connection closes before the reply ends, and one past the size limit', async () => {
    const acs = await rawServer((n, socket) => {
      if (n === 0) socket.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n<a/>');
      else socket.write(`HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n${'x'.repeat(2000)}`);
    });
    const c = connection(acs.url);
    await expect(c.exchange(POST(''), '')).rejects.toThrow(/closed after 4 of 10 bytes/);
    await expect(c.exchange(POST(''), '')).rejects.toMatchObject({ kind: 'too-large' });
  });

  it('times out waiting for the head and in a stalled body, naming the phase', async () => {
    const acs = await rawServer((n, socket) => {
      if (n === 1) socket.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n<a');
    });
    const c = connection(acs.url, 200);
    const headers = await c.exchange(POST(''), '').catch((e: unknown) => e);
    expect(headers).toBeInstanceOf(TransportError);
    expect(headers).toMatchObject({ kind: 'timeout', code: 'HEADERS_TIMEOUT' });
    const body = await c.exchange(POST(''), '').catch((e: unknown) => e);
    expect(body).toMatchObject({ kind: 'timeout', code: 'BODY_TIMEOUT' });
  });

  it('times out a head that trickles in a byte at a time, though the socket never falls silent', async () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-Slow: ' + 'x'.repeat(40) + '\r\n\r\n';
    const acs = await rawServer((_n, socket) => {
      let i = 0;
      const t = setInterval(
        () => (i < head.length && !socket.destroyed ? socket.write(head[i++]!) : clearInterval(t)),
        20,
      );
      socket.on('close', () => clearInterval(t));
    });
    const c = connection(acs.url, 300);
    const t0 = Date.now();
    await expect(c.exchange(POST(''), '')).rejects.toMatchObject({ kind: 'timeout', code: 'HEADERS_TIMEOUT' });
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('waits as long as the agent needs between requests: only a request in flight times out', async () => {
    const acs = await rawServer((_n, socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'));
    const c = connection(acs.url, 100);
    await c.exchange(POST(''), '');
    await new Promise((r) => setTimeout(r, 300));
    expect((await c.exchange(POST(''), '')).head.status).toBe(200);
    expect(acs.connections).toBe(1);
    c.destroy();
  });
});
