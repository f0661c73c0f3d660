import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeEnvelope } from '../../src/cwmp/soap/index.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';
import { SEED } from './fuzz-config.ts';
import { hostile } from './hostile-soap.ts';

// The small device retries after 1 s; periodic Informs every second keep sessions coming.
const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');
const SECONDS = Number(process.env['SOAK_SECONDS'] ?? 8);
const INFORM_RESPONSE = encodeEnvelope({
  version: '1.4',
  header: { id: 'i' },
  body: { kind: 'InformResponse', maxEnvelopes: 1 },
});

function rssKb(pid: number): number {
  return Number(/VmRSS:\s+([0-9]+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

/**
 * A hostile ACS: every POST gets one of the fuzz corpus (or a valid InformResponse, so that
 * sessions reach the request phase), a random status, or a dropped connection.
 */
function hostileAcs(): { server: Server; answers: () => number } {
  let n = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      n += 1;
      const [body] = fc.sample(hostile, { numRuns: 1, seed: SEED + n });
      const roll = n % 10;
      if (roll === 0) return void res.socket?.destroy();
      if (roll <= 3) return void res.writeHead(200, { 'content-type': 'text/xml' }).end(INFORM_RESPONSE);
      if (roll === 4)
        return void res
          .writeHead([401, 500, 302, 503][n % 4]!, {
            'www-authenticate': 'Digest realm="x", nonce="',
            location: 'ftp://x',
          })
          .end(body);
      res.writeHead(200, { 'content-type': 'text/xml' }).end(body);
    });
  });
  return { server, answers: () => n };
}

describe('a hostile ACS for a while, then a normal one', () => {
  it(
    `survives ${SECONDS} s of fuzz-corpus answers with bounded memory, then completes a normal session`,
    async () => {
      const bad = hostileAcs();
      await new Promise<void>((r) => bad.server.listen(0, '127.0.0.1', () => r()));
      const port = (bad.server.address() as { port: number }).port;
      const agent = new AgentProcess().start([
        '--acs-url',
        `http://127.0.0.1:${port}/acs`,
        '--profile',
        PROFILE,
        '--periodic-inform-interval',
        '1',
        '--session-timeout',
        '2',
      ]);
      let good: ScriptedAcs | undefined;
      try {
        await agent.waitFor(/session: Inform/, 15_000);
        const pid = agent.pid!;
        const samples: number[] = [rssKb(pid)];
        const end = Date.now() + SECONDS * 1000;
        while (Date.now() < end) {
          await new Promise((r) => setTimeout(r, Math.min(5000, SECONDS * 250)));
          samples.push(rssKb(pid)); // throws if the agent died
        }
        const answers = bad.answers();
        await new Promise<void>((r) => {
          bad.server.closeAllConnections();
          bad.server.close(() => r());
        });
        good = new ScriptedAcs({
          script: () => [{ kind: 'GetParameterValues', parameterNames: ['Device.DeviceInfo.SoftwareVersion'] }],
        });
        await good.listen(port);
        const [session] = await good.waitForSessions(1, 20_000);
        expect(session!.received.map((m) => m.kind)).toEqual(['Inform', 'GetParameterValuesResponse']);
        const growthMb = (Math.max(...samples.slice(1)) - samples[0]!) / 1024;
        console.log(
          `hostile ACS soak: ${SECONDS} s, ${answers} hostile answers, RSS ${Math.round(samples[0]! / 1024)} → max ${Math.round(Math.max(...samples) / 1024)} MB (growth ${growthMb.toFixed(1)} MB)`,
        );
        expect(answers).toBeGreaterThan(SECONDS); // sessions kept coming
        expect(growthMb).toBeLessThan(64);
        expect(agent.output).not.toMatch(/TypeError|RangeError|Unhandled|triggerUncaughtException/);
      } finally {
        await agent.stop();
        await good?.close();
        bad.server.close();
        agent.cleanup();
      }
    },
    (SECONDS + 90) * 1000,
  );
});
