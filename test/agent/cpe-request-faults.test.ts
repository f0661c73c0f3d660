import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../src/cwmp/soap/index.ts';
import { ScriptedAcs, type ScriptedAcsOptions } from '../../src/demo-acs/scripted-acs.ts';
import { buildImage } from '../../src/transfer/firmware-image.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';
import { until } from '../support/until.ts';
import { startFileServer, type FileServer } from '../transfer/file-server.ts';

// TR-069 A.3.3: an ACS Fault to a CPE request other than 8005 ends that request, not the session.
// GenieACS answers AutonomousTransferComplete with 8000; a device with that policy on must stay
// manageable.
const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');
const FIRMWARE = '1 Firmware Upgrade Image';
const POLICY = 'Device.ManagementServer.AutonomousTransferCompletePolicy.';

const acsFault = (code: number, text: string): string =>
  '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:c="urn:dslforum-org:cwmp-1-2"><s:Body><s:Fault><faultcode>Server</faultcode><faultstring>CWMP fault</faultstring>' +
  `<detail><c:Fault><FaultCode>${code}</FaultCode><FaultString>${text}</FaultString></c:Fault></detail></s:Fault></s:Body></s:Envelope>`;

const gpv: Message = { kind: 'GetParameterValues', parameterNames: ['Device.DeviceInfo.SoftwareVersion'] };

describe('ACS faults to CPE requests', () => {
  let files: FileServer;
  const cleanups: (() => Promise<unknown> | void)[] = [];
  beforeAll(async () => {
    const image = buildImage(
      { version: '2.0.0', productClass: 'TESTBOX', created: '2026-11-23T00:00:00Z' },
      Buffer.alloc(50_000, 1),
    );
    files = await startFileServer({ files: new Map([['/fw-2.0.0.img', image]]) });
  });
  afterAll(async () => files?.close());
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function setup(opts: ScriptedAcsOptions): Promise<{ acs: ScriptedAcs; agent: AgentProcess }> {
    const acs = new ScriptedAcs(opts);
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', PROFILE]);
    cleanups.push(
      () => agent.cleanup(),
      () => agent.stop(),
      () => acs.close(),
    );
    return { acs, agent };
  }

  it('goes on after a Fault 8000 to AutonomousTransferComplete, drops that report and opens no further session for it', async () => {
    let atc = 0;
    const { acs, agent } = await setup({
      script: (_i, n) =>
        n === 0
          ? [
              {
                kind: 'SetParameterValues',
                parameterKey: 'policy',
                parameterList: [
                  { name: `${POLICY}Enable`, value: 'true', xsiType: 'xsd:boolean' },
                  { name: `${POLICY}FileTypeFilter`, value: FIRMWARE, xsiType: 'xsd:string' },
                  { name: `${POLICY}TransferTypeFilter`, value: 'Both', xsiType: 'xsd:string' },
                  { name: `${POLICY}ResultTypeFilter`, value: 'Both', xsiType: 'xsd:string' },
                ],
              },
            ]
          : [gpv],
      intercept: (_req, res, body) => {
        if (!body.includes(':AutonomousTransferComplete>')) return false;
        atc += 1;
        res.writeHead(500, { 'Content-Type': 'text/xml' }).end(acsFault(8000, 'Method not supported'));
        return true;
      },
    });
    await acs.waitForSessions(1);
    const cli = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPO, 'src', 'cli', 'main.ts'),
        'install',
        '--state-dir',
        agent.stateDir,
        files.url('/fw-2.0.0.img'),
      ],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect(cli.stderr).toBe('');
    await agent.waitFor(/the ACS does not support AutonomousTransferComplete; the report is dropped/, 20_000);
    // The session that carried it went on to the ACS's request.
    const s = await until(
      'the GetParameterValues answer',
      () => acs.sessions.find((x) => x.received.some((m) => m.kind === 'GetParameterValuesResponse')),
      10_000,
    );
    expect(s.inform!.events.map((e) => e.eventCode)).toContain('10 AUTONOMOUS TRANSFER COMPLETE');
    expect(s.received.find((m) => m.kind === 'GetParameterValuesResponse')).toMatchObject({
      parameterList: [{ value: '2.0.0' }],
    });
    const sessions = acs.sessions.length;
    await new Promise((r) => setTimeout(r, 2500));
    expect(acs.sessions.length).toBe(sessions);
    expect(atc).toBe(1);
  }, 45_000);

  it('goes on after a Fault 8002 to TransferComplete and delivers it again in a later session', async () => {
    let tc = 0;
    const { acs, agent } = await setup({
      script: (_i, n) =>
        n === 0
          ? [
              {
                kind: 'Download',
                commandKey: 'fw-1',
                fileType: FIRMWARE,
                url: files.url('/fw-2.0.0.img'),
                username: '',
                password: '',
                fileSize: 0,
                targetFileName: '',
                delaySeconds: 0,
                successUrl: '',
                failureUrl: '',
              },
            ]
          : n === 1
            ? [gpv, { kind: 'ScheduleInform', delaySeconds: 1, commandKey: 'again' }]
            : [],
      intercept: (_req, res, body) => {
        if (!body.includes(':TransferComplete>') || ++tc > 1) return false;
        res.writeHead(500, { 'Content-Type': 'text/xml' }).end(acsFault(8002, 'Internal error'));
        return true;
      },
    });
    await agent.waitFor(/the ACS answered TransferComplete with fault 8002/, 20_000);
    const refusedIn = await until(
      'the session that got the fault',
      () => acs.sessions.find((x) => x.received.some((m) => m.kind === 'GetParameterValuesResponse')),
      10_000,
    );
    expect(refusedIn.inform!.events.map((e) => e.eventCode)).toEqual(
      expect.arrayContaining(['7 TRANSFER COMPLETE', 'M Download']),
    );
    // The later ScheduleInform session carries it again, and the ACS takes it.
    const delivered = await until(
      'TransferComplete accepted',
      () => acs.sessions.find((x) => x.received.some((m) => m.kind === 'TransferComplete')),
      15_000,
    );
    expect(delivered.inform!.events.map((e) => `${e.eventCode}:${e.commandKey}`)).toEqual(
      expect.arrayContaining(['7 TRANSFER COMPLETE:', 'M Download:fw-1', '3 SCHEDULED:']),
    );
    expect(delivered.received.find((m) => m.kind === 'TransferComplete')).toMatchObject({
      commandKey: 'fw-1',
      fault: { faultCode: 0 },
    });
    expect(tc).toBe(2);
  }, 45_000);
});

describe('what the CPE answers besides RPCs', () => {
  const cleanups: (() => Promise<unknown> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  const envelope = (id: string, inner: string, header = ''): string =>
    `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:c="urn:dslforum-org:cwmp-1-2"><s:Header><c:ID s:mustUnderstand="1">${id}</c:ID>${header}</s:Header><s:Body>${inner}</s:Body></s:Envelope>`;

  it('answers a must-understand header it does not know with a SOAP MustUnderstand fault, an ACS Inform with 9000, and goes on', async () => {
    const answers: string[] = [];
    let step = 0;
    const acs = new ScriptedAcs({
      script: () => [gpv],
      intercept: (_req, res, body) => {
        if (step > 0) answers.push(body);
        const next =
          body.trim() === '' && step === 0
            ? envelope('m1', '<c:GetRPCMethods/>', '<x:Frob xmlns:x="urn:example:frob" s:mustUnderstand="1">1</x:Frob>')
            : step === 1
              ? envelope(
                  'm2',
                  '<c:Inform><DeviceId><Manufacturer>A</Manufacturer><OUI>000000</OUI><ProductClass>P</ProductClass><SerialNumber>S</SerialNumber></DeviceId><Event/><MaxEnvelopes>1</MaxEnvelopes><CurrentTime>2026-12-03T00:00:00Z</CurrentTime><RetryCount>0</RetryCount><ParameterList/></c:Inform>',
                )
              : undefined;
        if (next === undefined) return false;
        step += 1;
        res.writeHead(200, { 'Content-Type': 'text/xml' }).end(next);
        return true;
      },
    });
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', PROFILE]);
    cleanups.push(
      () => agent.cleanup(),
      () => agent.stop(),
      () => acs.close(),
    );
    const [s] = await acs.waitForSessions(1, 15_000);
    expect(answers[0]).toContain('<faultcode>soap-env:MustUnderstand</faultcode>');
    expect(answers[0]).toContain('>m1</cwmp:ID>');
    expect(answers[1]).toContain('<FaultCode>9000</FaultCode>');
    expect(answers[1]).toContain('<faultcode>Server</faultcode>');
    expect(s!.received.at(-1)!.kind).toBe('GetParameterValuesResponse');
  }, 20_000);

  it('takes a GenieACS-style cwmp-1-3 answer and ignores a UseCWMPVersion it did not offer', async () => {
    const bodies: string[] = [];
    const acs = new ScriptedAcs({
      script: () => [gpv],
      intercept: (_req, res, body) => {
        bodies.push(body);
        if (!body.includes(':Inform>')) return false;
        const id = /<cwmp:ID[^>]*>([^<]*)</.exec(body)![1]!;
        res
          .writeHead(200, { 'Content-Type': 'text/xml', 'Set-Cookie': 'cwmpsession=x' })
          .end(
            `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:c="urn:dslforum-org:cwmp-1-3"><s:Header><c:ID s:mustUnderstand="1">${id}</c:ID><c:UseCWMPVersion s:mustUnderstand="1">1.9</c:UseCWMPVersion></s:Header><s:Body><c:InformResponse><MaxEnvelopes>1</MaxEnvelopes></c:InformResponse></s:Body></s:Envelope>`,
          );
        return true;
      },
    });
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', PROFILE]);
    cleanups.push(
      () => agent.cleanup(),
      () => agent.stop(),
      () => acs.close(),
    );
    await agent.waitFor(/asked for CWMP version '1\.9', which this CPE did not offer/);
    await agent.waitFor(/session: end/);
    // Every CPE message, the Inform included, is in the one CWMP 1.2+ namespace.
    for (const b of bodies.filter((x) => x.trim() !== '')) {
      expect(b).toContain('xmlns:cwmp="urn:dslforum-org:cwmp-1-2"');
      expect(b).not.toMatch(/cwmp-1-[34]/);
    }
  }, 20_000);
});
