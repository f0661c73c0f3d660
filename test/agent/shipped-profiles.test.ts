import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '../../src/cwmp/soap/index.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { AgentProcess } from '../support/agent-process.ts';

// The shipped profiles' factory values at work, with the real agent process: the retry backoff
// of TR-069 3.2.1.1 (CWMPRetryMinimumWaitInterval 5, CWMPRetryIntervalMultiplier 2000: the first
// retry 5-10 s after the failure), and transfer URLs checked in the session.
const PROFILES = [
  { name: 'stb', root: 'Device.' },
  { name: 'gateway', root: 'InternetGatewayDevice.' },
] as const;

const download = (commandKey: string, url: string): Message => ({
  kind: 'Download',
  commandKey,
  fileType: '1 Firmware Upgrade Image',
  url,
  username: '',
  password: '',
  fileSize: 0,
  targetFileName: '',
  delaySeconds: 0,
  successUrl: '',
  failureUrl: '',
});

describe.each(PROFILES)('the $name profile', ({ name: profile }) => {
  const cleanups: (() => Promise<unknown> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('waits 5-10 s before its first retry after a failed session', async () => {
    const informs: number[] = [];
    const acs = new ScriptedAcs({
      script: () => [],
      intercept: (_req, res, body) => {
        if (!body.includes(':Inform>')) return false;
        informs.push(Date.now());
        if (informs.length > 1) return false;
        res.writeHead(503).end();
        return true;
      },
    });
    const url = await acs.listen();
    const agent = new AgentProcess().start(['--acs-url', url, '--profile', profile]);
    cleanups.push(
      () => agent.cleanup(),
      () => agent.stop(),
      () => acs.close(),
    );
    const [announced] = await agent.waitFor(/agent: retry 1 in ([0-9]+) s/);
    const seconds = Number(/([0-9]+) s/.exec(announced)![1]);
    expect(seconds).toBeGreaterThanOrEqual(5);
    expect(seconds).toBeLessThanOrEqual(10);
    const [s] = await acs.waitForSessions(1, 15_000);
    expect(s!.inform!.retryCount).toBe(1);
    expect(informs[1]! - informs[0]!).toBeGreaterThanOrEqual(4_900);
  }, 30_000);

  it('answers a Download with an empty or unparsable URL with 9003 in the session, and reports no transfer', async () => {
    const acs = new ScriptedAcs({
      script: (_i, n) =>
        n === 0 ? [download('empty', ''), download('junk', 'http//not a url'), { kind: 'GetRPCMethods' }] : [],
    });
    const url = await acs.listen();
    const agent = new AgentProcess().start(['--acs-url', url, '--profile', profile]);
    cleanups.push(
      () => agent.cleanup(),
      () => agent.stop(),
      () => acs.close(),
    );
    const [s] = await acs.waitForSessions(1, 15_000);
    const faults = s!.received.filter((m): m is Extract<Message, { kind: 'Fault' }> => m.kind === 'Fault');
    expect(faults.map((f) => f.faultCode)).toEqual([9003, 9003]);
    expect(s!.received.at(-1)!.kind).toBe('GetRPCMethodsResponse');
    await new Promise((r) => setTimeout(r, 1000));
    expect(acs.sessions.flatMap((x) => x.received).some((m) => m.kind === 'TransferComplete')).toBe(false);
  }, 30_000);
});
