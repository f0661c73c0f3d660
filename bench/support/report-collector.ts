import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// The Bulk Data collector of the bulkdata benchmark, run as its own process (`tsx
// bench/support/report-collector.ts`): it takes every report with 200, notes when it arrived and
// the CollectionTime it carries, and answers GET /stats?from=MS&to=MS with what arrived in that
// window. It prints its base URL first.
interface Arrival {
  at: number;
  /** Arrival minus the report's CollectionTime (whole seconds), ms. */
  lag: number;
  reports: number;
}

const arrivals: Arrival[] = [];
let unreadable = 0;
const COLLECTION_TIME = /"CollectionTime":([0-9]+)/g;

const quantile = (xs: number[], q: number): number => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url?.startsWith('/stats')) {
    const u = new URL(req.url, 'http://x');
    const from = Number(u.searchParams.get('from') ?? 0);
    const to = Number(u.searchParams.get('to') ?? Date.now());
    const win = arrivals.filter((a) => a.at >= from && a.at < to);
    const lags = win.map((a) => a.lag).sort((a, b) => a - b);
    const third = (to - from) / 3;
    const median = (lo: number, hi: number): number =>
      quantile(
        win
          .filter((a) => a.at >= lo && a.at < hi)
          .map((a) => a.lag)
          .sort((a, b) => a - b),
        0.5,
      );
    const body = JSON.stringify({
      posts: win.length,
      reports: win.reduce((n, a) => n + a.reports, 0),
      retained: win.filter((a) => a.reports > 1).length,
      unreadable,
      lagP50: quantile(lags, 0.5),
      lagP99: quantile(lags, 0.99),
      lagMax: lags.at(-1) ?? 0,
      firstThirdMedian: median(from, from + third),
      lastThirdMedian: median(to - third, to),
    });
    return void res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const at = Date.now();
    const times = [...Buffer.concat(chunks).toString('utf8').matchAll(COLLECTION_TIME)].map((m) => Number(m[1]));
    if (times.length === 0) unreadable += 1;
    else arrivals.push({ at, lag: at - times.at(-1)! * 1000, reports: times.length });
    res.writeHead(200, { 'content-length': 0 }).end();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
