import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, type Row } from '../measure.ts';

const SIZE = 200 * 2 ** 20;
const LABEL = 'download 200 MB';

// The file server runs in its own process so that serving does not share fetchFile's event loop.
const SERVER = `
const fs = require('node:fs');
const http = require('node:http');
const file = process.argv[1];
const size = fs.statSync(file).size;
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-length': String(size), 'content-type': 'application/octet-stream' });
  fs.createReadStream(file, { highWaterMark: 1 << 20 }).pipe(res);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;

/** Issue target: a 200 MB download at >= 0.8 of curl's throughput with <= 32 MB of RSS growth. */
export async function downloadSuite(repo: string, runs: number): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tr069-bench-download-'));
  let server: ChildProcess | undefined;
  try {
    const { path, sha256 } = makeFile(dir);
    const started = await startServer(path);
    server = started.child;
    const url = `http://127.0.0.1:${started.port}/image.bin`;
    curlMs(url);                                   // warm-up: page cache, server JIT
    const m = { curl: [] as number[], curlDisk: [] as number[], fetch: [] as number[], rss: [] as number[], hashed: [] as number[], reader: [] as number[], nodeHttp: [] as number[], nodeHttpRss: [] as number[] };
    const ratio: number[] = [];
    const diskRatio: number[] = [];
    const hashedRatio: number[] = [];
    const readerRatio: number[] = [];
    const nodeHttpRatio: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Each ratio pairs measurements taken next to each other, so a slow moment hits both sides.
      // Every step starts from a flushed disk: the writeback and discard of the 200 MB file the
      // step before wrote and deleted would otherwise land on whichever step comes next.
      const c = quiet(() => curlMs(url));
      const p = quiet(() => probe(repo, url, dir, sha256, 'fetchFile'));
      const cd = quiet(() => curlMs(url, join(dir, 'curl-copy.bin')));
      const h = quiet(() => probe(repo, url, dir, sha256, 'fetchFile+sha256'));
      const r = quiet(() => probe(repo, url, dir, sha256, 'reader'));
      const n = quiet(() => probe(repo, url, dir, sha256, 'node-http'));
      m.curl.push(c);
      m.curlDisk.push(cd);
      m.fetch.push(p.ms);
      m.rss.push(p.rssGrowthMb);
      m.hashed.push(h.ms);
      m.reader.push(r.ms);
      m.nodeHttp.push(n.ms);
      m.nodeHttpRss.push(n.rssGrowthMb);
      ratio.push(c / p.ms);                        // throughput ratio = inverse time ratio
      diskRatio.push(cd / p.ms);
      hashedRatio.push(c / h.ms);
      readerRatio.push(c / r.ms);
      nodeHttpRatio.push(c / n.ms);
    }
    const r1 = (x: number): number => Math.round(x * 10) / 10;
    const r2 = (x: number): number => Math.round(x * 100) / 100;
    const mbps = (ms: number): number => Math.round(SIZE / 2 ** 20 / (ms / 1000));
    const q = median(diskRatio);
    const peak = median(m.rss);
    const spread = (xs: number[]): string => `ratios of ${runs} runs ${xs.map(r2).join(', ')}`;
    return [
      { suite: 'download', name: `${LABEL}: fetchFile throughput / curl -o FILE (both store the file on the same disk; loopback, server in a child process)`, value: r2(q), unit: '×', target: '>= 0.8', ok: q >= 0.8, note: `fetchFile ${r1(median(m.fetch))} ms, curl ${r1(median(m.curlDisk))} ms; ${spread(diskRatio)}` },
      { suite: 'download', name: `${LABEL}: peak RSS growth during fetchFile`, value: r1(peak), unit: 'MB', target: '<= 32 MB', ok: peak <= 32, note: `max of ${runs} runs ${r1(Math.max(...m.rss))} MB` },
      { suite: 'download', name: `${LABEL}: fetchFile throughput / curl -o /dev/null (curl stores nothing)`, value: r2(median(ratio)), unit: '×', target: 'informational (disk write stalls of this VM land on fetchFile only)', ok: true, note: `fetchFile ${mbps(median(m.fetch))} MB/s, curl ${mbps(median(m.curl))} MB/s; ${spread(ratio)}` },
      { suite: 'download', name: `${LABEL}: fetchFile's connection into a no-op sink (the network path alone), throughput / curl -o /dev/null`, value: r2(median(readerRatio)), unit: '×', target: 'informational', ok: true, note: `${r1(median(m.reader))} ms; ${spread(readerRatio)}` },
      { suite: 'download', name: `${LABEL}: fetchFile, then SHA-256 of the file (DownloadedFile.sha256()), throughput / curl -o /dev/null`, value: r2(median(hashedRatio)), unit: '×', target: 'informational (what an integrator asking for the digest pays)', ok: true, note: `${r1(median(m.hashed))} ms` },
      { suite: 'download', name: `${LABEL}: node:http GET into a no-op sink (the client before the ring reader), throughput / curl -o /dev/null`, value: r2(median(nodeHttpRatio)), unit: '×', target: 'informational', ok: true, note: `peak RSS growth ${r1(median(m.nodeHttpRss))} MB` },
    ];
  } finally {
    server?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 200 MB of a repeated 1 MiB random block: incompressible enough, and quick to write. */
function makeFile(dir: string): { path: string; sha256: string } {
  const path = join(dir, 'image.bin');
  const block = randomBytes(2 ** 20);
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  for (let done = 0; done < SIZE; done += block.length) {
    writeSync(fd, block);
    hash.update(block);
  }
  closeSync(fd);
  return { path, sha256: hash.digest('hex') };
}

function startServer(file: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['-e', SERVER, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`download bench server exited with ${code}`)));
    child.stdout?.once('data', (d: Buffer) => resolve({ child, port: Number(d.toString().trim()) }));
  });
}

function quiet<T>(step: () => T): T {
  spawnSync('sync');
  return step();
}

/** curl's own transfer time (excludes its process start, as the probe's figure does). */
function curlMs(url: string, out = '/dev/null'): number {
  const r = spawnSync('curl', ['-s', '-o', out, '-w', '%{time_total} %{size_download}', url], { encoding: 'utf8' });
  if (out !== '/dev/null') rmSync(out, { force: true });
  const [seconds, size] = r.stdout.trim().split(' ').map(Number);
  if (r.status !== 0 || size !== SIZE || seconds === undefined) throw new Error(`curl failed: ${r.stderr || r.stdout}`);
  return seconds * 1000;
}

function probe(repo: string, url: string, dir: string, sha256: string, mode: 'fetchFile' | 'fetchFile+sha256' | 'reader' | 'node-http'): { ms: number; rssGrowthMb: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'bench', 'download-probe.ts'), url, dir, String(SIZE), sha256, mode], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`download probe failed: ${r.stderr.slice(-500)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; rssGrowthMb: number };
}
