import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPacedServer, type PacedServer } from '../support/paced-http-server.ts';
import { runHttpDownload, runHttpUpload, type ThroughputInput } from '../../src/diagnostics/http-throughput.ts';

const SIZE = 50 * 2 ** 20;
const RATE = 100 * 2 ** 20; // bytes per second

let server: PacedServer;
let base = '';
beforeAll(async () => {
  server = await startPacedServer(SIZE, RATE);
  base = server.base;
});
afterAll(() => server.stop());

const input = (url: string, o: Partial<ThroughputInput> = {}): ThroughputInput => ({
  url,
  protocolVersion: 'Any',
  numberOfConnections: 1,
  timeBasedTestDurationS: 0,
  measurementIntervalS: 0,
  dscp: 0,
  timeoutMs: 5000,
  signal: new AbortController().signal,
  ...o,
});
// Async: the file server runs in this process, so a blocking spawn would starve it.
const run = promisify(execFile);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const us = (iso: string): number => Date.parse(iso.slice(0, 19) + 'Z') * 1000 + Number(iso.slice(20, 26));

describe('TR-143 HTTP download and upload diagnostics', () => {
  it('measures a 50 MB download: exact byte counts, ordered instants, throughput within 10% of curl', async () => {
    const ours: number[] = [];
    const curls: number[] = [];
    for (let k = 0; k < 3; k++) {
      const r = await runHttpDownload(input(`${base}/file`));
      expect(r.state).toBe('Complete');
      expect(r.testBytes).toBe(SIZE);
      expect(r.totalBytesReceived).toBeGreaterThan(SIZE);
      expect(r.totalBytesSent).toBeGreaterThan(0);
      expect(us(r.tcpOpenRequestTime)).toBeLessThanOrEqual(us(r.tcpOpenResponseTime));
      expect(us(r.tcpOpenResponseTime)).toBeLessThanOrEqual(us(r.romTime));
      expect(us(r.romTime)).toBeLessThanOrEqual(us(r.bomTime));
      expect(us(r.bomTime)).toBeLessThan(us(r.eomTime));
      ours.push(r.testBytes / Number(r.eomUs - r.bomUs));
      // curl's own view of the same transfer: body bytes over (total - time to first byte).
      const c = await run(
        'curl',
        ['-s', '-o', '/dev/null', '-w', '%{size_download} %{time_starttransfer} %{time_total}', `${base}/file`],
        { encoding: 'utf8' },
      );
      const [bytes, ttfb, total] = c.stdout.split(' ').map(Number) as [number, number, number];
      curls.push(bytes / ((total - ttfb) * 1e6));
    }
    const ratio = median(ours) / median(curls);
    console.log(
      `TR-143 throughput vs curl: ${ratio.toFixed(3)} (ours ${median(ours).toFixed(1)} MB/s, curl ${median(curls).toFixed(1)} MB/s)`,
    );
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
  }, 60_000);

  it('sums several connections, reads chunked bodies, and reports incremental results of a time-based test', async () => {
    const two = await runHttpDownload(input(`${base}/file-fast`, { numberOfConnections: 2 }));
    expect(two.state).toBe('Complete');
    expect(two.perConnection).toHaveLength(2);
    expect(two.testBytes).toBe(2 * SIZE);
    const chunked = await runHttpDownload(input(`${base}/chunked-fast`));
    expect(chunked.testBytes).toBe(SIZE);
    const timed = await runHttpDownload(
      input(`${base}/chunked`, { timeBasedTestDurationS: 1, measurementIntervalS: 0.2 }),
    );
    expect(timed.state).toBe('Complete');
    expect(timed.incremental.length).toBeGreaterThanOrEqual(1);
    expect(timed.incremental.reduce((a, x) => a + x.testBytes, 0)).toBe(timed.testBytes);
  }, 60_000);

  it('maps failures to the TR-181 states', async () => {
    expect((await runHttpDownload(input(`${base}/missing`))).state).toBe('Error_TransferFailed');
    expect((await runHttpDownload(input('http://127.0.0.1:1/file'))).state).toBe('Error_InitConnectionFailed');
    expect((await runHttpDownload(input('ftp://127.0.0.1/file'))).state).toBe('Error_Other');
    expect((await runHttpDownload(input('http://no-such-host.invalid/file', { timeoutMs: 300 }))).state).toBe(
      'Error_CannotResolveHostName',
    );
  }, 30_000);

  it('maps a server that breaks the HTTP exchange to the TR-181 states', async () => {
    // Each path makes the raw server misbehave in one way.
    const raw = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.once('data', (d: Buffer) => {
        const path = /^GET (\S+)/.exec(d.toString('latin1'))?.[1];
        if (path === '/cut') socket.end('HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nonly this');
        else if (path === '/garbage') socket.end('SSH-2.0-OpenSSH_9.2\r\n\r\n');
        else if (path === '/bad-chunk') socket.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n');
        else if (path === '/stall') socket.write('HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nsome');
        else if (path === '/interim')
          socket.end('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello');
        // '/silent': nothing at all
      });
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const at = (path: string): string => `http://127.0.0.1:${(raw.address() as AddressInfo).port}${path}`;
    try {
      const state = async (path: string): Promise<string> =>
        (await runHttpDownload(input(at(path), { timeoutMs: 300 }))).state;
      expect(await state('/cut')).toBe('Error_TransferFailed');
      expect(await state('/garbage')).toBe('Error_TransferFailed');
      expect(await state('/bad-chunk')).toBe('Error_TransferFailed');
      expect(await state('/stall')).toBe('Error_Timeout');
      expect(await state('/silent')).toBe('Error_NoResponse');
      const interim = await runHttpDownload(input(at('/interim')));
      expect(interim.state).toBe('Complete');
      expect(interim.testBytes).toBe(5);
    } finally {
      raw.close();
    }
  });

  it('uploads 50 MB with PUT and measures it within 10% of curl', async () => {
    // curl reads a file (a pipe would slow it, not the link).
    const upload = join(mkdtempSync(join(tmpdir(), 'tr069-upload-')), 'file.bin');
    writeFileSync(upload, Buffer.alloc(SIZE, 0x5a));
    const ours: number[] = [];
    const curls: number[] = [];
    for (let k = 0; k < 3; k++) {
      const r = await runHttpUpload({ ...input(`${base}/up`), testFileLength: SIZE });
      expect(r.state).toBe('Complete');
      expect(r.testBytes).toBe(SIZE);
      expect(r.totalBytesSent).toBeGreaterThan(SIZE);
      ours.push(r.testBytes / Number(r.eomUs - r.bomUs));
      const c = await run(
        'curl',
        [
          '-s',
          '-o',
          '/dev/null',
          '-H',
          'Expect:',
          '-T',
          upload,
          '-w',
          '%{size_upload} %{time_pretransfer} %{time_total}',
          `${base}/up`,
        ],
        { encoding: 'utf8' },
      );
      const [bytes, pre, total] = c.stdout.split(' ').map(Number) as [number, number, number];
      curls.push(bytes / ((total - pre) * 1e6));
    }
    const ratio = median(ours) / median(curls);
    console.log(
      `TR-143 throughput vs curl: ${ratio.toFixed(3)} (ours ${median(ours).toFixed(1)} MB/s, curl ${median(curls).toFixed(1)} MB/s)`,
    );
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
  }, 60_000);
});
