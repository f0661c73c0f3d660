// One download in a fresh process, for `npm run bench -- download`: prints JSON with the elapsed
// time and the peak RSS growth over the process's own baseline (sampled every 20 ms).
// Usage: download-probe.ts <url> <dir> <size> <sha256> [fetchFile|fetchFile+sha256|reader|node-http] [ca.pem]
// `fetchFile+sha256` also hashes the file afterwards (what DownloadedFile.sha256() costs);
// `reader` is fetchFile's connection into a no-op sink (the network path without the disk);
// `node-http` is a GET through node:http into a no-op sink: the client fetchFile had before.
import { readFileSync, rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fetchFile, type FetchedFile } from '../src/transfer/fetch-file.ts';
import { DownloadConnection } from '../src/transfer/download-connection.ts';
import { sha256OfFile } from '../src/transfer/file-digest.ts';
import { ServerConnection } from '../src/transfer/server-connection.ts';

const [url = '', dir = '', size = '0', sha256 = '', mode = 'fetchFile', ca] = process.argv.slice(2);
const bytes = Number(size);

const baseline = process.memoryUsage().rss;
let peak = baseline;
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 20);

const t0 = performance.now();
const noFile = mode === 'node-http' || mode === 'reader';
const file =
  mode === 'node-http'
    ? await nodeHttp()
    : mode === 'reader'
      ? await reader()
      : await fetchFile({
          url,
          dir,
          expectedSize: bytes,
          maxBytes: bytes,
          timeoutMs: 30_000,
          ...(ca ? { tls: { ca: readFileSync(ca) } } : {}),
        });
const digest = mode === 'fetchFile+sha256' ? await sha256OfFile(file.path) : undefined;
const ms = performance.now() - t0;
sample();
clearInterval(timer);
if (!noFile) {
  // Checked outside the timed part unless the mode times it.
  const got = digest ?? (await sha256OfFile(file.path));
  rmSync(file.path);
  if (got !== sha256) throw new Error(`sha256 mismatch: got ${got}, expected ${sha256}`);
}
if (file.bytes !== bytes) throw new Error(`got ${file.bytes} bytes, expected ${bytes}`);
process.stdout.write(`${JSON.stringify({ ms, bytes: file.bytes, rssGrowthMb: (peak - baseline) / 2 ** 20 })}\n`);

async function reader(): Promise<FetchedFile> {
  const conn = new DownloadConnection(undefined, 30_000);
  const res = await conn.get(new URL(url), {});
  let n = 0;
  await res.pipeTo({
    data: (view, release): void => {
      n += view.length;
      release();
    },
  });
  conn.close();
  return { path: '', bytes: n, resumes: 0, reused: 0 };
}

async function nodeHttp(): Promise<FetchedFile> {
  const conn = new ServerConnection(undefined, 30_000);
  const res = await conn.request(new URL(url), { method: 'GET', headers: {} });
  let n = 0;
  await pipeline(
    res.body,
    new Writable({
      write(chunk: Buffer, _encoding, done): void {
        n += chunk.length;
        done();
      },
    }),
  );
  conn.close();
  return { path: '', bytes: n, resumes: 0, reused: 0 };
}
