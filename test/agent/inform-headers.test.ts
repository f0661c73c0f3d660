import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from '../../src/cwmp/soap/index.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');

describe('Inform SOAP headers', () => {
  it('announces SupportedCWMPVersions and the SessionTimeout the CPE applies (TR-069 A.4.2)', async () => {
    const bodies: string[] = [];
    const acs = new ScriptedAcs({
      script: () => [],
      intercept: (_req, _res, body) => {
        bodies.push(body);
        return false;
      },
    });
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', PROFILE]);
    try {
      await acs.waitForSessions(1);
      const inform = decodeEnvelope(bodies[0]!);
      if (!inform.ok) throw new Error(inform.message);
      expect(inform.body.kind).toBe('Inform');
      expect(inform.header.sessionTimeout).toBe(30);
      expect(inform.header.supportedCwmpVersions).toBe('1.0,1.1,1.2,1.3,1.4');
      expect(bodies[0]).toMatch(/<cwmp:SessionTimeout soap-env:mustUnderstand="0">30<\/cwmp:SessionTimeout>/);
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 30_000);
});
