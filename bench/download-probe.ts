// One download in a fresh process, for `npm run bench -- download`: prints JSON with the elapsed
// time and the peak RSS growth over the process's own baseline (sampled every 20 ms).
// Usage: download-probe.ts <url> <dir> <size> <sha256> [fetchFile|floor]
// `floor` is the same GET through the same node:http connection into a no-op sink: what Node itself
// costs, without the file, the hash and the checks.
import { rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ServerConnection, fetchFile, type FetchedFile } from '../src/transfer/fetch-file.ts';

const [url = '', dir = '', size = '0', sha256 = '', mode = 'fetchFile'] = process.argv.slice(2);
const bytes = Number(size);

const baseline = process.memoryUsage().rss;
let peak = baseline;
const sample = (): void => { peak = Math.max(peak, process.memoryUsage().rss); };
const timer = setInterval(sample, 20);

const t0 = performance.now();
const file = mode === 'floor' ? await floor() : await fetchFile({ url, dir, expectedSize: bytes, maxBytes: bytes, timeoutMs: 30_000 });
const ms = performance.now() - t0;
sample();
clearInterval(timer);
if (mode !== 'floor') {
  rmSync(file.path);
  if (file.sha256 !== sha256) throw new Error(`sha256 mismatch: got ${file.sha256}, expected ${sha256}`);
}
if (file.bytes !== bytes) throw new Error(`got ${file.bytes} bytes, expected ${bytes}`);
process.stdout.write(`${JSON.stringify({ ms, bytes: file.bytes, rssGrowthMb: (peak - baseline) / 2 ** 20 })}\n`);

async function floor(): Promise<FetchedFile> {
  const conn = new ServerConnection(undefined, 30_000);
  const res = await conn.request(new URL(url), { method: 'GET', headers: {} });
  let n = 0;
  await pipeline(res.body, new Writable({ write(chunk: Buffer, _encoding, done): void { n += chunk.length; done(); } }));
  conn.close();
  return { path: '', bytes: n, sha256: '' };
}
