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
    const curl: number[] = [];
    const curlDisk: number[] = [];
    const diskRatio: number[] = [];
    const fetch: number[] = [];
    const ratio: number[] = [];
    const rss: number[] = [];
    const floorRatio: number[] = [];
    const floorRss: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c = curlMs(url);
      const cd = curlMs(url, join(dir, 'curl-copy.bin'));
      const p = probe(repo, url, dir, sha256, 'fetchFile');
      curlDisk.push(cd);
      diskRatio.push(cd / p.ms);
      const f = probe(repo, url, dir, sha256, 'floor');
      curl.push(c);
      fetch.push(p.ms);
      rss.push(p.rssGrowthMb);
      ratio.push(c / p.ms);                        // throughput ratio = inverse time ratio
      floorRatio.push(c / f.ms);
      floorRss.push(f.rssGrowthMb);
    }
    const r1 = (x: number): number => Math.round(x * 10) / 10;
    const mbps = (ms: number): number => Math.round(SIZE / 2 ** 20 / (ms / 1000));
    const q = median(ratio);
    const peak = median(rss);
    return [
      { suite: 'download', name: `${LABEL}: fetchFile throughput / curl (loopback, server in a child process)`, value: Math.round(q * 100) / 100, unit: '×', target: '>= 0.8', ok: q >= 0.8, note: `fetchFile ${mbps(median(fetch))} MB/s, curl ${mbps(median(curl))} MB/s` },
      { suite: 'download', name: `${LABEL}: peak RSS growth during fetchFile`, value: r1(peak), unit: 'MB', target: '<= 32 MB', ok: peak <= 32, note: `max of ${runs} runs ${r1(Math.max(...rss))} MB` },
      { suite: 'download', name: `${LABEL}: fetchFile time (file written to disk, sha256)`, value: r1(median(fetch)), unit: 'ms', target: 'informational', ok: true },
      { suite: 'download', name: `${LABEL}: curl -o /dev/null time`, value: r1(median(curl)), unit: 'ms', target: 'informational', ok: true },
      { suite: 'download', name: `${LABEL}: fetchFile throughput / curl writing the file to the same disk`, value: Math.round(median(diskRatio) * 100) / 100, unit: '×', target: 'informational (like for like: both write the file)', ok: true, note: `curl -o file ${r1(median(curlDisk))} ms` },
      { suite: 'download', name: `${LABEL}: floor - the same node:http GET into a no-op sink, throughput / curl`, value: Math.round(median(floorRatio) * 100) / 100, unit: '×', target: 'informational', ok: true, note: `peak RSS growth ${r1(median(floorRss))} MB` },
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

/** curl's own transfer time (excludes its process start, as the probe's figure does). */
function curlMs(url: string, out = '/dev/null'): number {
  const r = spawnSync('curl', ['-s', '-o', out, '-w', '%{time_total} %{size_download}', url], { encoding: 'utf8' });
  if (out !== '/dev/null') rmSync(out, { force: true });
  const [seconds, size] = r.stdout.trim().split(' ').map(Number);
  if (r.status !== 0 || size !== SIZE || seconds === undefined) throw new Error(`curl failed: ${r.stderr || r.stdout}`);
  return seconds * 1000;
}

function probe(repo: string, url: string, dir: string, sha256: string, mode: 'fetchFile' | 'floor'): { ms: number; rssGrowthMb: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'bench', 'download-probe.ts'), url, dir, String(SIZE), sha256, mode], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`download probe failed: ${r.stderr.slice(-500)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; rssGrowthMb: number };
}
