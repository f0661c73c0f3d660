import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '../../src/cwmp/soap/index.ts';
import { ScriptedAcs, type AcsScript, type AcsSessionRecord } from '../../src/demo-acs/scripted-acs.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { digestConnectionRequest } from '../support/digest-client.ts';
import { REPO } from '../support/bbf-path.ts';
import { until } from '../support/until.ts';
import { startFileServer } from '../transfer/file-server.ts';

// The ACS owns what it configures (TR-069 3.2.1): a URL it sets bootstraps the device at the new
// ACS, and start-up flags given again on a restart do not undo what it set. Both shipped
// profiles, the real agent process, ScriptedAcs peers on loopback.
const PROFILES = [
  { name: 'stb', root: 'Device.' },
  { name: 'gateway', root: 'InternetGatewayDevice.' },
] as const;

const codes = (s: AcsSessionRecord): string[] => s.inform!.events.map((e) => e.eventCode);
const value = (s: AcsSessionRecord, name: string): string | undefined =>
  s.received
    .flatMap((m) => (m.kind === 'GetParameterValuesResponse' ? m.parameterList : []))
    .find((p) => p.name === name)?.value;
const str = (name: string, v: string): { name: string; value: string; xsiType: string } => ({
  name,
  value: v,
  xsiType: 'xsd:string',
});

/** Answers every request without the expected Basic credentials with 401 (an ACS that checks who calls). */
function basicAuth(user: string, pass: string): (req: IncomingMessage, res: ServerResponse) => boolean {
  const want = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  return (req, res) => {
    if (req.headers.authorization === want) return false;
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="acs-b"' }).end();
    return true;
  };
}

describe.each(PROFILES)('the ACS owns what it configures ($name profile)', ({ name: profile, root }) => {
  const ms = `${root}ManagementServer.`;
  const cleanups: (() => Promise<unknown> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  async function acs(
    script: AcsScript,
    intercept?: (req: IncomingMessage, res: ServerResponse) => boolean,
  ): Promise<{ acs: ScriptedAcs; url: string }> {
    const a = new ScriptedAcs({ script, ...(intercept ? { intercept } : {}) });
    const url = await a.listen();
    cleanups.push(() => a.close());
    return { acs: a, url };
  }
  function agent(args: string[], dir?: string): AgentProcess {
    const p = new AgentProcess(dir).start(['--profile', profile, ...args]);
    // Cleanups run in reverse: the process stops before its state directory is removed.
    if (dir === undefined) cleanups.push(() => p.cleanup());
    cleanups.push(() => p.stop());
    return p;
  }

  it('bootstraps at a URL the ACS sets, within 10 s, and the new ACS gets nothing the old one asked for', async () => {
    const files = await startFileServer({ files: new Map() });
    cleanups.push(() => files.close());
    const b = await acs(() => []);
    const a = await acs((_i, n) =>
      n === 0
        ? ([
            { kind: 'ScheduleInform', delaySeconds: 300, commandKey: 'old-schedule' },
            {
              kind: 'Download',
              commandKey: 'old-download',
              fileType: '1 Firmware Upgrade Image',
              url: files.url('/status/404'),
              username: '',
              password: '',
              fileSize: 0,
              targetFileName: '',
              delaySeconds: 0,
              successUrl: '',
              failureUrl: '',
            },
            { kind: 'SetParameterValues', parameterKey: 'move', parameterList: [str(`${ms}URL`, b.url)] },
          ] as Message[])
        : [],
    );
    const p = agent(['--acs-url', a.url]);
    await a.acs.waitForSessions(1, 15_000);
    const ended = Date.now();
    const [first] = await b.acs.waitForSessions(1, 10_000);
    expect(Date.now() - ended).toBeLessThan(10_000);
    expect(codes(first!)).toContain('0 BOOTSTRAP');
    // Time for the dropped download to have reported, had it not been dropped.
    await new Promise((r) => setTimeout(r, 1500));
    for (const s of b.acs.sessions) {
      expect(s.inform!.events.map((e) => e.commandKey)).not.toContain('old-download');
      expect(s.inform!.events.map((e) => e.commandKey)).not.toContain('old-schedule');
      expect(s.received.some((m) => m.kind === 'TransferComplete')).toBe(false);
    }
    expect(a.acs.sessions).toHaveLength(1);
    await p.waitFor(/bootstrapping with the new ACS, dropping what the previous one asked for/);
  }, 40_000);

  it('bootstraps at a URL local control sets while it runs (tr069-agent set)', async () => {
    const b = await acs(() => []);
    const a = await acs(() => []);
    const p = agent(['--acs-url', a.url]);
    await a.acs.waitForSessions(1, 15_000);
    const set = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts'), 'set', '--state-dir', p.stateDir, `${ms}URL`, b.url],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect(set.stderr).toBe('');
    const [first] = await b.acs.waitForSessions(1, 10_000);
    expect(codes(first!)).toContain('0 BOOTSTRAP');
  }, 40_000);

  it('keeps ACS-set URL, credentials and PeriodicInformInterval across a restart with the same flags; a new --acs-url bootstraps', async () => {
    const flags = (url: string): string[] => [
      '--acs-url',
      url,
      '--acs-username',
      'u1',
      '--acs-password',
      'p1',
      '--cr-username',
      'c1',
      '--cr-password',
      'cp1',
      '--periodic-inform-interval',
      '3600',
    ];
    const read: Message = {
      kind: 'GetParameterValues',
      parameterNames: [
        `${ms}URL`,
        `${ms}Username`,
        `${ms}ConnectionRequestUsername`,
        `${ms}ConnectionRequestURL`,
        `${ms}PeriodicInformInterval`,
      ],
    };
    const b = await acs(() => [read], basicAuth('u2', 'p2'));
    const a = await acs((_i, n) =>
      n === 0
        ? [
            {
              kind: 'SetParameterValues',
              parameterKey: 'provision',
              parameterList: [
                str(`${ms}URL`, b.url),
                str(`${ms}Username`, 'u2'),
                str(`${ms}Password`, 'p2'),
                str(`${ms}ConnectionRequestUsername`, 'c2'),
                str(`${ms}ConnectionRequestPassword`, 'cp2'),
                { name: `${ms}PeriodicInformInterval`, value: '1800', xsiType: 'xsd:unsignedInt' },
              ],
            },
          ]
        : [],
    );
    const first = agent(flags(a.url));
    await b.acs.waitForSessions(1, 15_000);
    expect(codes(b.acs.sessions[0]!)).toContain('0 BOOTSTRAP');
    expect(await first.stop()).toBe(0);

    // Same flags again: the ACS's values stand, no BOOTSTRAP, the old ACS hears nothing.
    const second = agent(flags(a.url), first.stateDir);
    const [, again] = await b.acs.waitForSessions(2, 15_000);
    // (A new connection-request port makes ConnectionRequestURL a "4 VALUE CHANGE".)
    expect(codes(again!)).toContain('1 BOOT');
    expect(codes(again!)).not.toContain('0 BOOTSTRAP');
    expect(value(again!, `${ms}URL`)).toBe(b.url);
    expect(value(again!, `${ms}Username`)).toBe('u2');
    expect(value(again!, `${ms}ConnectionRequestUsername`)).toBe('c2');
    expect(value(again!, `${ms}PeriodicInformInterval`)).toBe('1800');
    expect(a.acs.sessions).toHaveLength(1);
    // The ACS-provisioned connection-request password works; the flag's does not.
    const crUrl = value(again!, `${ms}ConnectionRequestURL`)!;
    expect(await digestConnectionRequest(crUrl, 'c1', 'cp1')).toBe(401);
    expect(await digestConnectionRequest(crUrl, 'c2', 'cp2')).toBe(200);
    const cr = await until(
      'the connection-request session',
      () => b.acs.sessions.find((s) => codes(s).includes('6 CONNECTION REQUEST')),
      15_000,
    );
    expect(codes(cr)).not.toContain('0 BOOTSTRAP');
    expect(await second.stop()).toBe(0);

    // A different --acs-url on purpose: applied, logged, bootstrapped there.
    const c = await acs(() => [read]);
    const third = agent(flags(c.url), first.stateDir);
    const [boot] = await c.acs.waitForSessions(1, 15_000);
    expect(codes(boot!)).toEqual(expect.arrayContaining(['0 BOOTSTRAP', '1 BOOT']));
    expect(value(boot!, `${ms}URL`)).toBe(c.url);
    // Only the URL flag changed: the ACS's other values still stand.
    expect(value(boot!, `${ms}Username`)).toBe('u2');
    expect(value(boot!, `${ms}PeriodicInformInterval`)).toBe('1800');
    await third.waitFor(
      new RegExp(`start-up setting for ${root.replace('.', '\\.')}ManagementServer\\.URL changed since the last start`),
    );
  }, 60_000);
});
