import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';
import { removeTestPki, testPki } from '../support/tls/test-ca.ts';

// The real agent against an HTTPS ACS signed by a test CA, with mutual TLS.
const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');

describe('agent → ACS over TLS', () => {
  const pki = testPki();
  afterAll(() => removeTestPki());

  async function attempt(
    tls: ConstructorParameters<typeof ScriptedAcs>[0]['tls'],
    args: string[],
  ): Promise<{ acs: ScriptedAcs; agent: AgentProcess; stop: () => Promise<void> }> {
    const acs = new ScriptedAcs({ script: () => [{ kind: 'GetRPCMethods' }], tls });
    const url = await acs.listen();
    const agent = new AgentProcess().start(['--acs-url', url, '--profile', PROFILE, ...args]);
    return {
      acs,
      agent,
      stop: async () => {
        await agent.stop();
        await acs.close();
        agent.cleanup();
      },
    };
  }

  const client = (): string[] => [
    '--ca-file',
    pki.ca.certPath,
    '--cert-file',
    pki.client.certPath,
    '--key-file',
    pki.client.keyPath,
  ];
  const server = (v: 'TLSv1.2' | 'TLSv1.3') => ({
    cert: pki.server.cert,
    key: pki.server.key,
    ca: pki.ca.cert,
    requestCert: true,
    rejectUnauthorized: true,
    minVersion: v,
    maxVersion: v,
  });

  for (const v of ['TLSv1.2', 'TLSv1.3'] as const) {
    it(`completes a session over ${v} with the test CA and a client certificate`, async () => {
      const t = await attempt(server(v), client());
      try {
        const [s] = await t.acs.waitForSessions(1, 15_000);
        expect(s!.received.map((m) => m.kind)).toEqual(['Inform', 'GetRPCMethodsResponse']);
      } finally {
        await t.stop();
      }
    }, 20_000);
  }

  it('refuses an ACS certificate from another CA, and a certificate for another host name', async () => {
    for (const cert of [pki.otherServer, pki.wrongHost]) {
      const t = await attempt({ cert: cert.cert, key: cert.key }, client());
      try {
        await t.agent.waitFor(/session: failed: .*(certificate|self.signed|verify|altnames|Hostname|IP)/i, 15_000);
        expect(t.acs.sessions).toHaveLength(0);
      } finally {
        await t.stop();
      }
    }
  }, 40_000);

  it('is refused by an ACS that requires a client certificate when none is configured', async () => {
    const t = await attempt(server('TLSv1.3'), ['--ca-file', pki.ca.certPath]);
    try {
      await t.agent.waitFor(/session: failed/, 15_000);
      expect(t.acs.sessions).toHaveLength(0);
    } finally {
      await t.stop();
    }
  }, 20_000);
});
