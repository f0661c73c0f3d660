import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

// Ports for the servers tests start themselves (prosody, coturn, dnsmasq, …) come from below
// Linux's ephemeral range (32768+), where no bind(0) or outgoing connection of another test can
// take them, and from a slice of it of its own for each vitest worker, so that two workers never
// hand out the same port. Within a process each port is handed out once: a peer that failed to bind
// a port already taken would otherwise be "started" by a probe answered by the other server.
const FIRST = 10_000;
const LAST = 32_000;
const SLICES = 8;
const SLICE = Math.floor((LAST - FIRST) / SLICES);
const pool = Number(process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? 0);
const sliceStart = FIRST + ((Number.isFinite(pool) ? pool : 0) % SLICES) * SLICE;
// A random start within the slice: the next test file in the same worker does not begin where the
// last one's servers (maybe still closing) were.
let next = Math.floor(Math.random() * SLICE);

function candidate(): number {
  const port = sliceStart + (next % SLICE);
  next++;
  return port;
}

function tcpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

function udpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createSocket('udp4');
    s.once('error', () => {
      s.close();
      resolve(false);
    });
    s.bind(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

async function freePort(free: (port: number) => Promise<boolean>): Promise<number> {
  for (let tries = 0; tries < SLICE; tries++) {
    const port = candidate();
    if (await free(port)) return port;
  }
  throw new Error('no free loopback port in this worker’s range');
}

/** A loopback TCP port that is free now and that no other call in this test run hands out. */
export function freeTcpPort(): Promise<number> {
  return freePort(tcpFree);
}

/** The same for UDP (STUN, DNS, UDP echo peers). */
export function freeUdpPort(): Promise<number> {
  return freePort(udpFree);
}
