import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DownloadConnection, type BodySink } from '../../src/transfer/download-connection.ts';
import { removeTestPki, testPki } from '../support/tls/test-ca.ts';
import { startFileServer, type FileServer } from './file-server.ts';

const RING = 128 * 1024;

/**
 * A raw HTTP/1.1 server: `answer` gets the request head, the connection's number and the request's
 * number on it, and writes whatever it likes to the socket (return false to leave it unanswered).
 */
interface RawServer {
  url(path: string): URL;
  connections: number;
  close(): Promise<void>;
}

async function rawServer(
  answer: (head: string, socket: Socket, conn: number, req: number) => void,
): Promise<RawServer> {
  const sockets = new Set<Socket>();
  const state = { connections: 0 };
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const conn = ++state.connections;
    let req = 0;
    let text = '';
    socket.on('data', (d: Buffer) => {
      text += d.toString('latin1');
      let end: number;
      while ((end = text.indexOf('\r\n\r\n')) >= 0) {
        const head = text.slice(0, end);
        text = text.slice(end + 4);
        answer(head, socket, conn, ++req);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path) => new URL(`http://127.0.0.1:${port}${path}`),
    get connections() {
      return state.connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Collects the body; releases each view after `delayMs` (0: at once) and tracks what it holds. */
function collector(delayMs = 0): BodySink & { body(): Buffer; maxHeld: number } {
  const parts: Buffer[] = [];
  let held = 0;
  const sink = {
    maxHeld: 0,
    body: () => Buffer.concat(parts),
    data(view: Buffer, release: (err?: Error) => void): void {
      held += view.length;
      sink.maxHeld = Math.max(sink.maxHeld, held);
      const copy = Buffer.from(view);
      const done = (): void => {
        // The view must still hold what it held when it came: the ring did not overwrite it.
        expect(view.equals(copy)).toBe(true);
        parts.push(copy);
        held -= view.length;
        release();
      };
      if (delayMs > 0) setTimeout(done, delayMs);
      else done();
    },
  };
  return sink;
}

function chunkedWire(body: Buffer): Buffer {
  const out: Buffer[] = [];
  for (let at = 0; at < body.length;) {
    const n = Math.min(body.length - at, 1 + Math.floor(Math.random() * 20_000));
    out.push(Buffer.from(`${n.toString(16)}\r\n`), body.subarray(at, at + n), Buffer.from('\r\n'));
    at += n;
  }
  out.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(out);
}

const servers: Array<{ close(): Promise<void> }> = [];
const conns: DownloadConnection[] = [];
afterEach(async () => {
  for (const c of conns.splice(0)) c.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => removeTestPki());

function connection(timeoutMs = 2000, ring = RING): DownloadConnection {
  const c = new DownloadConnection(undefined, timeoutMs, ring);
  conns.push(c);
  return c;
}

async function fileServer(files: Map<string, Buffer>, tls?: { cert: string; key: string }): Promise<FileServer> {
  const s = await startFileServer({ files, ...(tls ? { tls } : {}) });
  servers.push(s);
  return s;
}

describe('DownloadConnection', () => {
  it('never holds more than its ring: reading waits for a slow sink, and the bytes arrive intact', async () => {
    const file = randomBytes(2 * 1024 * 1024 + 17);
    const s = await fileServer(new Map([['/f', file]]));
    const res = await connection().get(new URL(s.url('/f')), {});
    expect(res.status).toBe(200);
    expect(res.length).toBe(file.length);
    const sink = collector(2);
    await res.pipeTo(sink);
    expect(sink.body().equals(file)).toBe(true);
    expect(sink.maxHeld).toBeLessThanOrEqual(RING);
    expect(sink.maxHeld).toBeGreaterThan(RING / 2); // it did fill up: the wait was exercised
  });

  it('reads a chunked body whose framing crosses the end of the ring', async () => {
    const file = randomBytes(1024 * 1024 + 3);
    const wire = chunkedWire(file);
    const s = await rawServer((_head, socket) => {
      socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n');
      // Odd-sized writes, so reads end at every kind of place in the framing.
      for (let at = 0; at < wire.length; at += 7919) socket.write(wire.subarray(at, at + 7919));
    });
    servers.push(s);
    const res = await connection().get(s.url('/f'), {});
    expect(res.length).toBeUndefined();
    const sink = collector(1);
    await res.pipeTo(sink);
    expect(sink.body().equals(file)).toBe(true);
  });

  it('counts inactivity only while waiting for the server: a steady slow server and a slow disk both pass', async () => {
    const file = randomBytes(40 * 1024);
    const s = await fileServer(new Map([['/f', file]]));
    // 1 KiB every 10 ms: 400 ms in all, each gap far below the 150 ms limit.
    const slowServer = await connection(150).get(new URL(s.url('/slow/f?every=10')), {});
    const a = collector();
    await slowServer.pipeTo(a);
    expect(a.body().equals(file)).toBe(true);
    // A sink that takes 200 ms per view, with a 100 ms limit: our own wait is not the server's silence.
    const big = randomBytes(RING * 3);
    const t = await fileServer(new Map([['/big', big]]));
    const slowDisk = await connection(100).get(new URL(t.url('/big')), {});
    const b = collector(200);
    await slowDisk.pipeTo(b);
    expect(b.body().equals(big)).toBe(true);
  });

  it('keeps the connection for the next request, and opens a new one after Connection: close', async () => {
    const s = await rawServer((head, socket, _conn, req) => {
      const close = head.includes('/close');
      socket.write(
        `HTTP/1.1 ${req === 1 ? '401 Unauthorized' : '200 OK'}\r\nContent-Length: 2\r\n${close ? 'Connection: close\r\n' : ''}\r\nok`,
      );
    });
    servers.push(s);
    const c = connection();
    await (await c.get(s.url('/a'), {})).discard();
    const second = await c.get(s.url('/a'), {});
    expect(second.status).toBe(200);
    await second.discard();
    expect(s.connections).toBe(1);
    await (await c.get(s.url('/close'), {})).discard();
    await (await c.get(s.url('/a'), {})).discard();
    expect(s.connections).toBe(2);
  });

  it('retries a GET once on a new connection when the kept one dies before any answer', async () => {
    const s = await rawServer((_head, socket, conn, req) => {
      // The first connection answers once, then drops the second request unanswered.
      if (conn === 1 && req === 2) {
        socket.destroy();
        return;
      }
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    });
    servers.push(s);
    const c = connection();
    await (await c.get(s.url('/a'), {})).discard();
    const res = await c.get(s.url('/a'), {});
    const sink = collector();
    await res.pipeTo(sink);
    expect(sink.body().toString()).toBe('ok');
    expect(s.connections).toBe(2);
  });

  it('does not reuse a connection that sent more than the response', async () => {
    const s = await rawServer((_head, socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokGARBAGE');
    });
    servers.push(s);
    const c = connection();
    const first = collector();
    await (await c.get(s.url('/a'), {})).pipeTo(first);
    expect(first.body().toString()).toBe('ok');
    await (await c.get(s.url('/a'), {})).discard();
    expect(s.connections).toBe(2);
  });

  it('fails the body with the error of a sink that cannot write, and closes the connection', async () => {
    const file = randomBytes(RING * 2);
    const s = await fileServer(new Map([['/f', file]]));
    const res = await connection().get(new URL(s.url('/f')), {});
    const disk = Object.assign(new Error('no space left'), { code: 'ENOSPC' });
    let calls = 0;
    await expect(
      res.pipeTo({
        data: (_v, release) => {
          if (++calls === 3) release(disk);
          else release();
        },
      }),
    ).rejects.toBe(disk);
  });

  it('rejects with the abort reason when the signal fires while waiting for the head', async () => {
    const s = await rawServer(() => undefined);
    servers.push(s);
    const ac = new AbortController();
    const p = connection().get(s.url('/a'), {}, ac.signal);
    setTimeout(() => ac.abort(new Error('stop')), 20);
    await expect(p).rejects.toThrow('stop');
  });

  it('reads through TLS into the ring just the same', async () => {
    const pki = testPki();
    const file = randomBytes(RING * 5 + 11);
    const s = await fileServer(new Map([['/f', file]]), { cert: pki.server.cert, key: pki.server.key });
    const c = new DownloadConnection({ ca: pki.ca.cert }, 2000, RING);
    conns.push(c);
    const res = await c.get(new URL(s.url('/f')), {});
    const sink = collector(1);
    await res.pipeTo(sink);
    expect(sink.body().equals(file)).toBe(true);
    expect(sink.maxHeld).toBeLessThanOrEqual(RING);
  });

  it('reaches an IPv6 literal host and names it in the Host header', async () => {
    let host = '';
    const v6 = createServer((socket) => {
      socket.once('data', (d: Buffer) => {
        host = /\r\nhost: (\S+)/i.exec(d.toString('latin1'))?.[1] ?? '';
        socket.end('HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nv6ok');
      });
    });
    await new Promise<void>((resolve) => v6.listen(0, '::1', resolve));
    servers.push({ close: () => new Promise<void>((resolve) => v6.close(() => resolve())) });
    const port = (v6.address() as AddressInfo).port;
    const sink = collector();
    await (await connection().get(new URL(`http://[::1]:${port}/f`), {})).pipeTo(sink);
    expect(sink.body().toString()).toBe('v6ok');
    expect(host).toBe(`[::1]:${port}`);
  });

  it('refuses header values that would split the request', async () => {
    await expect(
      connection().get(new URL('http://127.0.0.1:9/'), { authorization: 'Basic x\r\nX-Evil: 1' }),
    ).rejects.toThrow(/CR, LF or NUL/);
  });
});
