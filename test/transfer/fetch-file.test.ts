import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchFile, type DownloadCheckpoint, type FetchOptions } from '../../src/transfer/fetch-file.ts';
import { TransferCancelled, TransferError } from '../../src/transfer/transfer-error.ts';
import { removeTestPki, testPki } from '../support/tls/test-ca.ts';
import { startFileServer, type FileServer, type FileServerOptions } from './file-server.ts';

const FILE = randomBytes(256 * 1024 + 123);
const SHA = createHash('sha256').update(FILE).digest('hex');
const MB = 1 << 20;

let dir: string;
const servers: FileServer[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fetch-file-test-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});
afterAll(() => removeTestPki());

async function server(o: FileServerOptions = {}): Promise<FileServer> {
  const s = await startFileServer({ files: new Map([['/fw.bin', FILE]]), ...o });
  servers.push(s);
  return s;
}

function fetch(url: string, o: Partial<FetchOptions> = {}): ReturnType<typeof fetchFile> {
  return fetchFile({ url, expectedSize: FILE.length, dir, maxBytes: 16 * MB, timeoutMs: 2000, ...o });
}

async function fault(p: Promise<unknown>): Promise<TransferError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TransferError);
  return err as TransferError;
}

function sha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function leftovers(): string[] {
  return readdirSync(dir);
}

describe('fetchFile over http', () => {
  it('streams the file into a 0600 temp file in dir with its size', async () => {
    const s = await server();
    const progress: number[] = [];
    const got = await fetch(s.url('/fw.bin'), { onProgress: (n) => progress.push(n) });
    expect(got.bytes).toBe(FILE.length);
    expect(sha(got.path)).toBe(SHA);
    expect(got.path.startsWith(`${dir}/`)).toBe(true);
    expect(statSync(got.path).mode & 0o777).toBe(0o600);
    expect(readFileSync(got.path).equals(FILE)).toBe(true);
    expect(progress.at(-1)).toBe(FILE.length);
    expect(leftovers()).toHaveLength(1);
  });

  it('downloads a chunked body (no Content-Length) and checks FileSize against what arrived', async () => {
    const s = await server();
    const got = await fetch(s.url('/chunked/fw.bin'));
    expect(sha(got.path)).toBe(SHA);
    expect((await fault(fetch(s.url('/chunked/fw.bin'), { expectedSize: FILE.length - 1 }))).faultCode).toBe(9018);
    expect((await fault(fetch(s.url('/chunked/fw.bin'), { expectedSize: 0, maxBytes: 1000 }))).faultCode).toBe(9010);
    expect(leftovers()).toHaveLength(1);
  });

  it('9017 naming the cause when the server does not speak HTTP/1.x', async () => {
    const raw = createServer((socket) => socket.end('SSH-2.0-OpenSSH_9.2\r\n\r\n'));
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    try {
      const err = await fault(fetch(`http://127.0.0.1:${(raw.address() as AddressInfo).port}/fw.bin`));
      expect(err.faultCode).toBe(9017);
      expect(err.message).toMatch(/invalid HTTP response: not an HTTP\/1.x status line/);
      expect(leftovers()).toEqual([]);
    } finally {
      raw.close();
    }
  });

  it('fsyncs the file through its handle (off the event loop) only when asked to be durable', async () => {
    const s = await server();
    const probe = await open(join(dir, 'probe'), 'w');
    const sync = vi.spyOn(Object.getPrototypeOf(probe) as { sync(): Promise<void> }, 'sync');
    await probe.close();
    rmSync(join(dir, 'probe'));
    try {
      rmSync((await fetch(s.url('/fw.bin'))).path);
      expect(sync).not.toHaveBeenCalled();
      const got = await fetch(s.url('/fw.bin'), { durable: true });
      expect(sync).toHaveBeenCalledTimes(1);
      expect(sha(got.path)).toBe(SHA);
    } finally {
      sync.mockRestore();
    }
  });

  it('downloads an empty file (Content-Length: 0, and chunked with no data)', async () => {
    const s = await server();
    s.files.set('/empty.bin', Buffer.alloc(0));
    for (const path of ['/empty.bin', '/chunked/empty.bin']) {
      const got = await fetch(s.url(path), { expectedSize: 0 });
      expect(got.bytes).toBe(0);
      expect(statSync(got.path).size).toBe(0);
      rmSync(got.path);
    }
  });

  it('accepts an unknown size (FileSize 0)', async () => {
    const s = await server();
    const got = await fetch(s.url('/fw.bin'), { expectedSize: 0 });
    expect(got.bytes).toBe(FILE.length);
  });

  it('9018 when the server announces another size than FileSize, and leaves no file', async () => {
    const s = await server();
    const err = await fault(fetch(s.url('/fw.bin'), { expectedSize: FILE.length + 1 }));
    expect(err.faultCode).toBe(9018);
    expect(err.message).toMatch(/corrupted/);
    expect(leftovers()).toEqual([]);
  });

  it('9018 when the body received differs from FileSize (Content-Length shorter than the file)', async () => {
    const s = await server();
    const err = await fault(
      fetch(s.url(`/bad-length/fw.bin?cl=${FILE.length - 100}`), { expectedSize: 0 }).then(async (f) => {
        // FileSize unknown: what the server declared is what we get.
        expect(f.bytes).toBe(FILE.length - 100);
        return fetch(s.url(`/bad-length/fw.bin?cl=${FILE.length - 100}`), { expectedSize: FILE.length });
      }),
    );
    expect(err.faultCode).toBe(9018);
  });

  it('9017 when the body is cut short (Content-Length longer than what is sent), no file left', async () => {
    const s = await server();
    const err = await fault(fetch(s.url(`/bad-length/fw.bin?cl=${FILE.length + 5000}`), { expectedSize: 0 }));
    expect(err.faultCode).toBe(9017);
    expect(leftovers()).toEqual([]);
  });

  it('9017 when the connection drops mid-body of a server that offers no byte ranges', async () => {
    const s = await server();
    const err = await fault(fetch(s.url('/truncated/fw.bin')));
    expect(err.faultCode).toBe(9017);
    expect(err.message).toMatch(/interrupted/);
    expect(s.requests).toHaveLength(1);
    expect(leftovers()).toEqual([]);
  });

  it('resumes a body cut short from where it stopped (Range, If-Range), as often as maxResumes allows', async () => {
    const s = await server();
    const got = await fetch(s.url('/flaky/fw.bin?cut=50000&times=2'), { resumeDelayMs: 0 });
    expect(sha(got.path)).toBe(SHA);
    expect(got.resumes).toBe(2);
    expect(s.requests.map((r) => r.range)).toEqual([undefined, 'bytes=50000-', 'bytes=100000-']);
    rmSync(got.path);
    const err = await fault(fetch(s.url('/flaky/fw.bin?cut=1000&times=9'), { resumeDelayMs: 0, maxResumes: 3 }));
    expect(err.faultCode).toBe(9017);
    expect(err.message).toMatch(/interrupted/);
    expect(s.requests).toHaveLength(3 + 4);
    expect(leftovers()).toEqual([]);
  });

  it('starts over when the file changed on the server between the cut and the resume', async () => {
    const s = await server();
    const got = await fetch(s.url('/changing/fw.bin?cut=70000'), { resumeDelayMs: 0 });
    expect(sha(got.path)).toBe(SHA);
    expect(got.resumes).toBe(1);
    expect(s.requests.map((r) => r.range)).toEqual([undefined, 'bytes=70000-']);
  });

  it('resumes a body that stalled (inactivity timeout) on a new connection', async () => {
    const s = await server();
    const got = await fetch(s.url('/flaky/fw.bin?cut=10000&times=1&stall=1'), { resumeDelayMs: 0, timeoutMs: 300 });
    expect(sha(got.path)).toBe(SHA);
    expect(got.resumes).toBe(1);
    expect(s.requests.map((r) => r.range)).toEqual([undefined, 'bytes=10000-']);
  });

  it('waits before a resume, and a cancellation during the wait ends it at once', async () => {
    const s = await server();
    const ac = new AbortController();
    const t0 = Date.now();
    const p = fetch(s.url('/flaky/fw.bin?cut=1000&times=1'), {
      signal: ac.signal,
      resumeDelayMs: 10_000,
      onProgress: (n) => {
        if (n >= 1000) setTimeout(() => ac.abort(), 50);
      },
    });
    expect(await fault(p)).toBeInstanceOf(TransferCancelled);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(s.requests).toHaveLength(1);
    expect(leftovers()).toEqual([]);
  });

  it('checkpoints a resumable download, keeps the file when cancelled, and a later attempt continues it', async () => {
    const s = await server();
    const points: DownloadCheckpoint[] = [];
    const ac = new AbortController();
    const slow = s.url('/slow/fw.bin?every=2&chunk=8192&ranges=1');
    const cut = fetch(slow, {
      signal: ac.signal,
      checkpointBytes: 32 * 1024,
      onCheckpoint: (c) => points.push(c),
      onProgress: (n) => {
        if (n >= 150_000) ac.abort();
      },
    });
    expect(await fault(cut)).toBeInstanceOf(TransferCancelled);
    const last = points.at(-1)!;
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(last).toMatchObject({ validator: '"v1"', total: FILE.length });
    expect(last.path.startsWith(`${dir}/`)).toBe(true);
    // What the checkpoint names is the file's own beginning.
    expect(readFileSync(last.path).subarray(0, last.bytes).equals(FILE.subarray(0, last.bytes))).toBe(true);

    const got = await fetch(slow, { continueFrom: last });
    expect(got.path).toBe(last.path);
    expect(got.reused).toBe(last.bytes);
    expect(sha(got.path)).toBe(SHA);
    expect(s.requests.at(-1)?.range).toBe(`bytes=${last.bytes}-`);
    expect(leftovers()).toHaveLength(1);
  });

  it('starts over in the same file when an earlier checkpoint cannot be continued', async () => {
    const s = await server();
    const part = join(dir, '.download-earlier.part');
    writeFileSync(part, Buffer.alloc(5000, 7), { mode: 0o600 });
    // The server no longer has that version: If-Range fails, the whole file comes.
    const got = await fetch(s.url('/fw.bin'), {
      continueFrom: { path: part, bytes: 4000, validator: '"v0"', total: FILE.length },
    });
    expect(got.path).toBe(part);
    expect(got.reused).toBe(0);
    expect(sha(got.path)).toBe(SHA);
    // A checkpoint that names more than the file holds, or a file outside dir, is not used.
    writeFileSync(part, Buffer.alloc(10, 7), { mode: 0o600 });
    const again = await fetch(s.url('/fw.bin'), {
      continueFrom: { path: part, bytes: 4000, validator: '"v1"', total: FILE.length },
    });
    expect(again.reused).toBe(0);
    expect(sha(again.path)).toBe(SHA);
    const outside = await fetch(s.url('/fw.bin'), {
      continueFrom: { path: '/etc/passwd', bytes: 10, validator: '"v1"', total: FILE.length },
    });
    expect(outside.path.startsWith(`${dir}/.download-`)).toBe(true);
    expect(sha(outside.path)).toBe(SHA);
  });

  it('9017 when the server goes silent mid-body (inactivity timeout)', async () => {
    const s = await server();
    const t0 = Date.now();
    const err = await fault(fetch(s.url('/stall/fw.bin'), { timeoutMs: 300 }));
    expect(err.faultCode).toBe(9017);
    expect(err.message).toMatch(/silent/);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(leftovers()).toEqual([]);
  });

  it('9016 for 404 and for 500', async () => {
    const s = await server();
    expect((await fault(fetch(s.url('/missing.bin')))).faultCode).toBe(9016);
    expect((await fault(fetch(s.url('/status/403')))).faultCode).toBe(9016);
    const err = await fault(fetch(s.url('/status/500')));
    expect(err.faultCode).toBe(9016);
    expect(err.message).toContain('HTTP 500');
  });

  it('9013 for ftp:// and other schemes, before any traffic', async () => {
    const err = await fault(fetch('ftp://user:secret@127.0.0.1/fw.bin'));
    expect(err.faultCode).toBe(9013);
    expect(err.message).not.toContain('secret');
    expect((await fault(fetch('file:///etc/passwd'))).faultCode).toBe(9013);
  });

  it('9010 when FileSize exceeds maxBytes, without contacting the server', async () => {
    const s = await server();
    const err = await fault(fetch(s.url('/fw.bin'), { maxBytes: FILE.length - 1 }));
    expect(err.faultCode).toBe(9010);
    expect(s.requests).toHaveLength(0);
  });

  it('9010 when the Content-Length exceeds maxBytes (FileSize unknown), no file left', async () => {
    const s = await server();
    const err = await fault(fetch(s.url('/fw.bin'), { expectedSize: 0, maxBytes: 1000 }));
    expect(err.faultCode).toBe(9010);
    expect(err.message).toMatch(/too large/);
    expect(leftovers()).toEqual([]);
  });

  it('9010 when the streamed body exceeds maxBytes (no Content-Length), no file left', async () => {
    const s = await server();
    const err = await fault(fetch(s.url('/bad-length/fw.bin'), { expectedSize: 0, maxBytes: 100_000 }));
    expect(err.faultCode).toBe(9010);
    expect(leftovers()).toEqual([]);
  });

  it('9010 when FileSize exceeds the free space of dir', async () => {
    const s = await server();
    const huge = 2 ** 60;
    const err = await fault(fetch(s.url('/fw.bin'), { expectedSize: huge, maxBytes: huge }));
    expect(err.faultCode).toBe(9010);
    expect(err.message).toMatch(/free space/);
  });

  it('9010 when the download directory is not usable', async () => {
    const s = await server();
    const err = await fault(fetch(s.url('/fw.bin'), { dir: join(dir, 'missing') }));
    expect(err.faultCode).toBe(9010);
    expect(err.message).toMatch(/download directory/);
  });

  it('9015 when the connection is refused', async () => {
    const port = await new Promise<number>((resolve) => {
      const l = createServer().listen(0, '127.0.0.1', () => {
        const p = (l.address() as AddressInfo).port;
        l.close(() => resolve(p));
      });
    });
    const err = await fault(fetch(`http://127.0.0.1:${port}/fw.bin`));
    expect(err.faultCode).toBe(9015);
    expect(err.message).toContain('ECONNREFUSED');
  });

  it('cancellation via AbortSignal rejects with TransferCancelled (9010) and removes the temp file', async () => {
    const s = await server();
    const ac = new AbortController();
    const p = fetch(s.url('/slow/fw.bin?every=5'), {
      signal: ac.signal,
      onProgress: (n) => {
        if (n >= 4096) ac.abort();
      },
    });
    const err = await fault(p);
    expect(err).toBeInstanceOf(TransferCancelled);
    expect(err.faultCode).toBe(9010);
    expect(err.message).toBe('cancelled');
    expect(leftovers()).toEqual([]);
  });
});

describe('fetchFile redirects', () => {
  it('follows a redirect within the scheme (relative and absolute Location)', async () => {
    const s = await server();
    s.redirect('/a', '/b', 301);
    s.redirect('/b', s.url('/fw.bin'), 307);
    const got = await fetch(s.url('/a'));
    expect(sha(got.path)).toBe(SHA);
    expect(s.requests.map((r) => r.url)).toEqual(['/a', '/b', '/fw.bin']);
  });

  it('9013 on a redirect to another scheme (http -> https, http -> ftp)', async () => {
    const pki = testPki();
    const tls = await server({ tls: { cert: pki.server.cert, key: pki.server.key } });
    const s = await server();
    s.redirect('/to-https', tls.url('/fw.bin'));
    s.redirect('/to-ftp', 'ftp://127.0.0.1/fw.bin');
    expect((await fault(fetch(s.url('/to-https'), { tls: { ca: pki.ca.cert } }))).faultCode).toBe(9013);
    expect((await fault(fetch(s.url('/to-ftp')))).faultCode).toBe(9013);
    expect(tls.requests).toHaveLength(0);
  });

  it('9016 after more than maxRedirects', async () => {
    const s = await server();
    s.redirect('/loop', '/loop');
    const err = await fault(fetch(s.url('/loop'), { maxRedirects: 3 }));
    expect(err.faultCode).toBe(9016);
    expect(err.message).toMatch(/more than 3 redirects/);
    expect(s.requests).toHaveLength(4);
  });

  it('does not send credentials to another origin after a redirect', async () => {
    const other = await server();
    const s = await server({ auth: { scheme: 'basic', username: 'cpe', password: 'pw' } });
    s.redirect('/fw-moved', other.url('/fw.bin'));
    const got = await fetch(s.url('/fw-moved'), { username: 'cpe', password: 'pw' });
    expect(sha(got.path)).toBe(SHA);
    expect(s.requests.at(-1)?.authorization).toMatch(/^Basic /);
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]?.authorization).toBeUndefined();
  });
});

describe('fetchFile authentication', () => {
  for (const scheme of ['basic', 'digest'] as const) {
    it(`answers a ${scheme} challenge`, async () => {
      const s = await server({ auth: { scheme, username: 'cpe', password: 'pw' } });
      const got = await fetch(s.url('/fw.bin'), { username: 'cpe', password: 'pw' });
      expect(sha(got.path)).toBe(SHA);
      expect(s.requests.map((r) => r.authorization?.split(' ')[0])).toEqual([
        undefined,
        scheme === 'basic' ? 'Basic' : 'Digest',
      ]);
    });

    it(`9012 for wrong ${scheme} credentials, and the password is not in the message`, async () => {
      const s = await server({ auth: { scheme, username: 'cpe', password: 'pw' } });
      const err = await fault(fetch(s.url('/fw.bin'), { username: 'cpe', password: 'wrong-secret' }));
      expect(err.faultCode).toBe(9012);
      expect(err.message).toMatch(/rejected the credentials/);
      expect(err.message).not.toContain('wrong-secret');
      expect(s.requests).toHaveLength(2);
    });
  }

  it('9012 on a 401 when no credentials are configured', async () => {
    const s = await server({ auth: { scheme: 'digest', username: 'cpe', password: 'pw' } });
    const err = await fault(fetch(s.url('/fw.bin')));
    expect(err.faultCode).toBe(9012);
    expect(s.requests).toHaveLength(1);
  });
});

describe('fetchFile over https', () => {
  it('downloads with the test CA as the only trust anchor (TLS 1.2+)', async () => {
    const pki = testPki();
    const s = await server({ tls: { cert: pki.server.cert, key: pki.server.key } });
    const got = await fetch(s.url('/fw.bin'), { tls: { ca: pki.ca.cert } });
    expect(sha(got.path)).toBe(SHA);
  });

  it('9015 naming the certificate when the server is signed by another CA', async () => {
    const pki = testPki();
    const s = await server({ tls: { cert: pki.otherServer.cert, key: pki.otherServer.key } });
    const err = await fault(fetch(s.url('/fw.bin'), { tls: { ca: pki.ca.cert } }));
    expect(err.faultCode).toBe(9015);
    expect(err.message).toMatch(/certificate is not trusted/);
    expect(s.requests).toHaveLength(0);
  });

  it('9015 when the certificate is for another host name', async () => {
    const pki = testPki();
    const s = await server({ tls: { cert: pki.wrongHost.cert, key: pki.wrongHost.key } });
    const err = await fault(fetch(s.url('/fw.bin'), { tls: { ca: pki.ca.cert } }));
    expect(err.faultCode).toBe(9015);
    expect(err.message).toMatch(/certificate is not trusted.*(altnames|Host|IP)/i);
  });

  it('insecureSkipVerify accepts the wrong CA', async () => {
    const pki = testPki();
    const s = await server({ tls: { cert: pki.otherServer.cert, key: pki.otherServer.key } });
    const got = await fetch(s.url('/fw.bin'), { tls: { ca: pki.ca.cert, insecureSkipVerify: true } });
    expect(got.bytes).toBe(FILE.length);
  });

  it('sends the client certificate when configured, and fails with 9015 without one', async () => {
    const pki = testPki();
    const s = await server({ tls: { cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert, requestCert: true } });
    const got = await fetch(s.url('/fw.bin'), { tls: { ca: pki.ca.cert, cert: pki.client.cert, key: pki.client.key } });
    expect(sha(got.path)).toBe(SHA);
    expect(s.requests[0]?.clientCert).toBe('test-cpe');
    const err = await fault(fetch(s.url('/fw.bin'), { tls: { ca: pki.ca.cert } }));
    expect(err.faultCode).toBe(9015);
    expect(err.message).toMatch(/^TLS handshake with the file server failed: [^\n]*certificate/);
    expect(s.requests).toHaveLength(1);
  });
});
