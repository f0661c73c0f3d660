import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';
import { until } from '../support/until.ts';

// The small device retries after 1 s without growth (CWMPRetryMinimumWaitInterval 1, multiplier 1000).
const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');

type Misbehaviour = 'silent' | 'dribble' | 'reset-request' | 'reset-response';

const WHAT: Record<Misbehaviour, string> = {
  silent: 'accepts TCP but never answers',
  dribble: 'answers one byte per second',
  'reset-request': 'resets the connection in the middle of the Inform',
  'reset-response': 'resets the connection in the middle of its answer',
};

/**
 * A TCP "ACS" that misbehaves: holds connections silently, dribbles one byte per second, or
 * sends a TCP RST part-way through the request or through its own answer.
 */
async function badAcs(
  mode: Misbehaviour,
): Promise<{ server: Server; port: number; connections: () => number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((sock) => {
    connections += 1;
    sockets.add(sock);
    sock.on('error', () => undefined);
    sock.on('close', () => sockets.delete(sock));
    if (mode === 'dribble') {
      const reply = 'HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 100\r\n\r\n';
      let i = 0;
      const t = setInterval(() => {
        if (sock.destroyed || i >= reply.length) return void clearInterval(t);
        sock.write(reply[i++]!);
      }, 1000);
      sock.on('close', () => clearInterval(t));
    }
    if (mode === 'reset-request') sock.once('data', () => sock.resetAndDestroy());
    if (mode === 'reset-response') {
      sock.once('data', () => {
        sock.write(
          'HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 400\r\n\r\n<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/"><soap-env:Bo',
        );
        setTimeout(() => sock.resetAndDestroy(), 50);
      });
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return {
    server,
    port,
    connections: () => connections,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

describe('faults on the way to the ACS', () => {
  for (const mode of ['silent', 'dribble', 'reset-request', 'reset-response'] as const) {
    it(`an ACS that ${WHAT[mode]} ${mode.startsWith('reset') ? 'fails the session' : 'times out'}, is retried, and loses no event`, async () => {
      const bad = await badAcs(mode);
      const agent = new AgentProcess().start([
        '--acs-url',
        `http://127.0.0.1:${bad.port}/acs`,
        '--profile',
        PROFILE,
        '--session-timeout',
        '1',
      ]);
      let acs: ScriptedAcs | undefined;
      try {
        await agent.waitFor(/session: failed/, 10_000);
        await until('a retry', () => bad.connections() >= 2, 10_000);
        // The ACS comes back on the same port: the pending BOOTSTRAP and BOOT arrive, with RetryCount.
        await bad.close();
        acs = new ScriptedAcs({ script: () => [] });
        await acs.listen(bad.port);
        const [first] = await acs.waitForSessions(1, 20_000);
        expect(first!.inform!.events.map((e) => e.eventCode)).toEqual(['0 BOOTSTRAP', '1 BOOT']);
        expect(first!.inform!.retryCount).toBeGreaterThanOrEqual(1);
      } finally {
        await agent.stop();
        await acs?.close();
        await bad.close().catch(() => undefined);
        agent.cleanup();
      }
    }, 40_000);
  }

  it('a 200 MB answer is cut at --max-message-bytes: the session fails, memory stays bounded, the next one is retried', async () => {
    let posts = 0;
    const block = Buffer.alloc(1 << 20, 0x20);
    const huge = createHttpServer((req, res) => {
      req.resume();
      req.on('end', () => {
        posts += 1;
        res.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(200 * 2 ** 20) });
        let sent = 0;
        const pump = (): void => {
          while (sent < 200 && !res.destroyed) {
            sent += 1;
            if (!res.write(block)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      });
    });
    await new Promise<void>((r) => huge.listen(0, '127.0.0.1', () => r()));
    const port = (huge.address() as { port: number }).port;
    const agent = new AgentProcess().start([
      '--acs-url',
      `http://127.0.0.1:${port}/acs`,
      '--profile',
      PROFILE,
      '--max-message-bytes',
      String(2 * 2 ** 20),
    ]);
    try {
      await agent.waitFor(/session: failed/, 15_000);
      await until('a retry', () => posts >= 2, 15_000);
      const rssMb =
        Number(/VmRSS:\s+([0-9]+)/.exec(readFileSync(`/proc/${agent.pid!}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      // The agent idles at ~150 MB (BENCHMARKS.md); buffering the answer would add 200 MB.
      expect(rssMb).toBeLessThan(300);
      expect(agent.output).toMatch(/session: failed: .*(too large|exceeds|limit)/i);
    } finally {
      await agent.stop();
      huge.closeAllConnections();
      huge.close();
      agent.cleanup();
    }
  }, 40_000);

  it('a DNS failure for the ACS host is a failed session that is retried, not a crash', async () => {
    const agent = new AgentProcess().start([
      '--acs-url',
      'http://acs.no-such-domain.invalid:7547/',
      '--profile',
      PROFILE,
      '--session-timeout',
      '2',
    ]);
    try {
      await agent.waitFor(/session: failed/, 20_000);
      await agent.waitFor(/agent: retry 1 in/, 20_000);
      expect(agent.output).not.toMatch(/TypeError|Unhandled|triggerUncaughtException/);
    } finally {
      expect(await agent.stop()).toBe(0);
      agent.cleanup();
    }
  }, 40_000);
});
