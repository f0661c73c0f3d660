import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { parseDigestHeader } from '../../src/nat/digest-verifier.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';
import { until } from '../support/until.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');

describe('connection requests to the real agent', () => {
  it('starts a session with "6 CONNECTION REQUEST" after a Digest-authenticated GET on ConnectionRequestURL', async () => {
    const acs = new ScriptedAcs({ script: () => [] });
    const url = await acs.listen();
    const agent = new AgentProcess().start([
      '--acs-url',
      url,
      '--profile',
      PROFILE,
      '--cr-username',
      'acs-user',
      '--cr-password',
      'cr-pass-123',
    ]);
    try {
      const [first] = await acs.waitForSessions(1, 15_000);
      const crUrl = first!.inform!.parameterList.find(
        (p) => p.name === 'Device.ManagementServer.ConnectionRequestURL',
      )!.value;
      expect(crUrl).toMatch(/^http:\/\/127\.0\.0\.1:[0-9]+\/[0-9a-f]{24}$/);
      expect((await fetch(crUrl)).status).toBe(401);
      const challenge = (await fetch(crUrl)).headers.get('www-authenticate')!;
      const p = parseDigestHeader(challenge.split(/,\s*(?=Digest )/).find((c) => c.includes('MD5'))!)!;
      const md5 = (s: string): string => createHash('md5').update(s).digest('hex');
      const uri = new URL(crUrl).pathname;
      const cnonce = randomBytes(4).toString('hex');
      const response = md5(
        `${md5(`acs-user:${p['realm']}:cr-pass-123`)}:${p['nonce']}:00000001:${cnonce}:auth:${md5(`GET:${uri}`)}`,
      );
      const auth = `Digest username="acs-user", realm="${p['realm']}", nonce="${p['nonce']}", uri="${uri}", qop=auth, nc=00000001, cnonce="${cnonce}", response="${response}"`;
      expect((await fetch(crUrl, { headers: { Authorization: auth } })).status).toBe(200);
      const sessions = await acs.waitForSessions(2, 15_000);
      expect(sessions[1]!.inform!.events.map((e) => e.eventCode)).toEqual(['6 CONNECTION REQUEST']);
      expect(agent.output).not.toContain('cr-pass-123');
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 30_000);
});

describe('UDP connection requests to the real agent', () => {
  it('starts a session after a signed datagram to UDPConnectionRequestAddress', async () => {
    const acs = new ScriptedAcs({
      script: (_i, n) =>
        n === 0
          ? [{ kind: 'GetParameterValues', parameterNames: ['Device.ManagementServer.UDPConnectionRequestAddress'] }]
          : [],
    });
    const url = await acs.listen();
    const agent = new AgentProcess().start([
      '--acs-url',
      url,
      '--profile',
      PROFILE,
      '--cr-username',
      'acs-user',
      '--cr-password',
      'cr-pass-123',
    ]);
    try {
      const [first] = await acs.waitForSessions(1, 15_000);
      const gpv = first!.received[1]!;
      if (gpv.kind !== 'GetParameterValuesResponse') throw new Error(gpv.kind);
      const address = gpv.parameterList[0]!.value;
      expect(address).toMatch(/^127\.0\.0\.1:[0-9]+$/);
      const [host, port] = address.split(':');
      // The ACS sends again, with a fresh id, until a session follows (UDP may lose a datagram).
      const sock = createSocket('udp4');
      let n = 0;
      await until(
        'a session after the UDP connection request',
        async () => {
          n += 1;
          const ts = Math.floor(Date.now() / 1000);
          const f = { ts, id: `id-${n}`, un: 'acs-user', cn: 'c1' };
          const sig = createHmac('sha1', 'cr-pass-123').update(`${f.ts}${f.id}${f.un}${f.cn}`).digest('hex');
          await new Promise<void>((r) =>
            sock.send(
              Buffer.from(
                `GET http://${address}?ts=${ts}&id=${f.id}&un=acs-user&cn=c1&sig=${sig} HTTP/1.1\r\nHost: ${address}\r\n\r\n`,
              ),
              Number(port),
              host,
              () => r(),
            ),
          );
          return acs.waitForSessions(2, 1_000).then(
            () => true,
            () => false,
          );
        },
        15_000,
      );
      sock.close();
      const sessions = await acs.waitForSessions(2, 15_000);
      expect(sessions[1]!.inform!.events.map((e) => e.eventCode)).toEqual(['6 CONNECTION REQUEST']);
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 30_000);
});
