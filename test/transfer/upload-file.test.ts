import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TransferCancelled, TransferError } from '../../src/transfer/transfer-error.ts';
import { uploadFile } from '../../src/transfer/upload-file.ts';
import { removeTestPki, testPki } from '../support/tls/test-ca.ts';
import { startFileServer, type FileServer, type FileServerOptions } from './file-server.ts';

const DATA = randomBytes(100_000);
let dir: string;
const servers: FileServer[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'upload-file-test-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});
afterAll(() => removeTestPki());

async function server(o: FileServerOptions = {}): Promise<FileServer> {
  const s = await startFileServer(o);
  servers.push(s);
  return s;
}

async function fault(p: Promise<unknown>): Promise<TransferError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TransferError);
  return err as TransferError;
}

describe('uploadFile', () => {
  it('PUTs a Buffer with Content-Type and Content-Length', async () => {
    const s = await server();
    const r = await uploadFile({ url: s.url('/up/config.xml'), body: DATA, contentType: 'text/xml' });
    expect(r.bytes).toBe(DATA.length);
    const got = s.uploads.get('/up/config.xml');
    expect(got?.body.equals(DATA)).toBe(true);
    expect(got?.contentType).toBe('text/xml');
    expect(s.requests.map((q) => q.method)).toEqual(['PUT']);
  });

  it('PUTs a file with Digest, streaming it again after the 401', async () => {
    const s = await server({ auth: { scheme: 'digest', username: 'cpe', password: 'pw' } });
    const path = join(dir, 'log.txt');
    writeFileSync(path, DATA);
    const r = await uploadFile({ url: s.url('/up/log.txt?id=7'), username: 'cpe', password: 'pw', body: { path } });
    expect(r.bytes).toBe(DATA.length);
    const got = s.uploads.get('/up/log.txt');
    expect(got?.body.equals(DATA)).toBe(true);
    expect(got?.contentType).toBe('application/octet-stream');
    expect(got?.authorization).toMatch(/^Digest .*uri="\/up\/log\.txt\?id=7"/);
    expect(s.requests.map((q) => q.authorization?.split(' ')[0])).toEqual([undefined, 'Digest']);
  });

  it('PUTs with Basic', async () => {
    const s = await server({ auth: { scheme: 'basic', username: 'cpe', password: 'pw' } });
    await uploadFile({ url: s.url('/up/a'), username: 'cpe', password: 'pw', body: DATA });
    expect(s.uploads.get('/up/a')?.authorization).toBe(`Basic ${Buffer.from('cpe:pw').toString('base64')}`);
  });

  it('9012 for wrong credentials, after exactly one retry', async () => {
    const s = await server({ auth: { scheme: 'digest', username: 'cpe', password: 'pw' } });
    const err = await fault(uploadFile({ url: s.url('/up/a'), username: 'cpe', password: 'bad-secret', body: DATA }));
    expect(err.faultCode).toBe(9012);
    expect(err.message).not.toContain('bad-secret');
    expect(s.requests).toHaveLength(2);
    expect(s.uploads.size).toBe(0);
  });

  it('9012 on a 401 without credentials', async () => {
    const s = await server({ auth: { scheme: 'basic', username: 'cpe', password: 'pw' } });
    expect((await fault(uploadFile({ url: s.url('/up/a'), body: DATA }))).faultCode).toBe(9012);
  });

  it('9011 when the server answers 500 (or any other non-2xx)', async () => {
    const s = await server({ putStatus: 500 });
    const err = await fault(uploadFile({ url: s.url('/up/a'), body: DATA }));
    expect(err.faultCode).toBe(9011);
    expect(err.message).toContain('HTTP 500');
  });

  it('9011 when the file to upload cannot be read, before any traffic', async () => {
    const s = await server();
    const err = await fault(uploadFile({ url: s.url('/up/a'), body: { path: join(dir, 'missing') } }));
    expect(err.faultCode).toBe(9011);
    expect(err.message).toContain('ENOENT');
    expect(s.requests).toHaveLength(0);
  });

  it('9013 for a scheme other than http(s)', async () => {
    expect((await fault(uploadFile({ url: 'ftp://127.0.0.1/up', body: DATA }))).faultCode).toBe(9013);
  });

  it('9015 when the connection is refused', async () => {
    const port = await new Promise<number>((resolve) => {
      const l = createServer().listen(0, '127.0.0.1', () => {
        const p = (l.address() as AddressInfo).port;
        l.close(() => resolve(p));
      });
    });
    expect((await fault(uploadFile({ url: `http://127.0.0.1:${port}/up`, body: DATA }))).faultCode).toBe(9015);
  });

  it('uploads over https with the test CA and a client certificate', async () => {
    const pki = testPki();
    const s = await server({ tls: { cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert, requestCert: true } });
    await uploadFile({
      url: s.url('/up/a'),
      body: DATA,
      tls: { ca: pki.ca.cert, cert: pki.client.cert, key: pki.client.key },
    });
    expect(s.uploads.get('/up/a')?.body.equals(DATA)).toBe(true);
    expect(s.requests[0]?.clientCert).toBe('test-cpe');
  });

  it('rejects with TransferCancelled when the signal is already aborted', async () => {
    const s = await server();
    const ac = new AbortController();
    ac.abort();
    const err = await fault(uploadFile({ url: s.url('/up/a'), body: DATA, signal: ac.signal }));
    expect(err).toBeInstanceOf(TransferCancelled);
    expect(s.requests).toHaveLength(0);
  });
});
