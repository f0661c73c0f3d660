import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSocket, type Socket } from 'node:dgram';
import { rawAttributes } from '../../src/nat/stun-binding.ts';
import { freeUdpPort } from './free-port.ts';
import { until } from './until.ts';

/** A UDP socket bound to a free loopback port. */
export async function boundUdp(): Promise<Socket> {
  const s = createSocket('udp4');
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', () => r()));
  return s;
}

/** Resolves once the STUN server on `port` answers a Binding Request (coturn takes a moment to listen). */
async function stunAnswers(port: number, timeoutMs: number): Promise<void> {
  const probe = await boundUdp();
  try {
    const request = Buffer.alloc(20);
    request.writeUInt16BE(0x0001, 0); // Binding Request, no attributes (RFC 5389 6)
    request.writeUInt32BE(0x2112a442, 4); // magic cookie
    randomBytes(12).copy(request, 8);
    let answered = false;
    probe.on('message', () => void (answered = true));
    await until(
      `coturn on 127.0.0.1:${port}`,
      () => {
        if (!answered) probe.send(request, port, '127.0.0.1');
        return answered;
      },
      timeoutMs,
    );
  } finally {
    probe.close();
  }
}

/**
 * coturn in STUN-only mode on loopback (installed by .ci/run), answering once this resolves. Each
 * instance keeps its pid file and user database apart (several test files start one at once), and
 * a start that does not answer (its port, or the port after it that coturn also binds for RFC
 * 5780, taken meanwhile) is tried again on another port.
 */
export async function startCoturn(): Promise<{ port: number; stop(): void }> {
  let last: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freeUdpPort();
    const dir = mkdtempSync(join(tmpdir(), 'coturn-'));
    const child: ChildProcess = spawn(
      'turnserver',
      [
        '-n',
        '--stun-only',
        '--listening-ip=127.0.0.1',
        `--listening-port=${port}`,
        '--no-tls',
        '--no-dtls',
        '--no-cli',
        '--log-file=stdout',
        `--pidfile=${join(dir, 'turnserver.pid')}`,
        `--userdb=${join(dir, 'turndb')}`,
      ],
      { stdio: 'ignore' },
    );
    const stop = (): void => {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    };
    try {
      await stunAnswers(port, 6_000);
      return { port, stop };
    } catch (e) {
      stop();
      last = e;
    }
  }
  throw last;
}

/** One Binding Request that went through a relay: who sent it and its USERNAME attribute. */
export interface RelayedRequest {
  fromPort: number;
  username: string | undefined;
  bytes: Buffer;
}

/**
 * A NAT-like relay in front of a STUN server: requests to `port` go on from the relay's own
 * outside socket (so the server sees the relay's mapping), answers come back to their sender by
 * transaction id. Like a full-cone NAT, anything else reaching the outside socket (a UDP
 * connection request sent to the mapping) goes to the inside socket that last sent. It records
 * every request, so a test can count them per USERNAME.
 */
export class StunRelay {
  readonly requests: RelayedRequest[] = [];
  private readonly back = new Map<string, { address: string; port: number }>();
  private inner: { address: string; port: number } | undefined;

  private constructor(
    private readonly inside: Socket,
    readonly outside: Socket,
    server: number,
  ) {
    inside.on('message', (msg, from) => {
      if (msg.length < 20) return;
      this.requests.push({ fromPort: from.port, username: rawAttributes(msg).get(0x0006)?.toString(), bytes: msg });
      this.inner = { address: from.address, port: from.port };
      this.back.set(msg.toString('hex', 8, 20), this.inner);
      outside.send(msg, server, '127.0.0.1');
    });
    outside.on('message', (msg, from) => {
      const key = msg.toString('hex', 8, 20);
      const to = from.port === server ? this.back.get(key) : this.inner;
      if (from.port === server) this.back.delete(key);
      if (to) inside.send(msg, to.port, to.address);
    });
  }

  static async start(server: number): Promise<StunRelay> {
    return new StunRelay(await boundUdp(), await boundUdp(), server);
  }

  /** Where devices send their Binding Requests. */
  get port(): number {
    return this.inside.address().port;
  }

  /** The port the STUN server sees: the mapping every device behind the relay learns. */
  get mappedPort(): number {
    return this.outside.address().port;
  }

  /** Requests per USERNAME. */
  countsByUsername(): Map<string | undefined, number> {
    const out = new Map<string | undefined, number>();
    for (const r of this.requests) out.set(r.username, (out.get(r.username) ?? 0) + 1);
    return out;
  }

  close(): void {
    this.inside.close();
    this.outside.close();
  }
}
