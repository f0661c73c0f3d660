import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '../../src/cwmp/soap/index.ts';
import { ScriptedAcs, type ScriptedAcsOptions } from '../../src/demo-acs/scripted-acs.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';

// Session-level rules, each against the real agent process and a scripted ACS on loopback.
const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');

describe('CWMP session rules', () => {
  const cleanups: (() => Promise<unknown> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function setup(
    opts: ScriptedAcsOptions,
    agent = new AgentProcess(),
  ): Promise<{ acs: ScriptedAcs; agent: AgentProcess; url: string }> {
    const acs = new ScriptedAcs(opts);
    const url = await acs.listen();
    agent.start(['--acs-url', url, '--profile', PROFILE]);
    cleanups.push(
      () => agent.cleanup(),
      () => agent.stop(),
      () => acs.close(),
    );
    return { acs, agent, url };
  }

  it('retries after an HTTP 500 with RetryCount, keeping BOOTSTRAP until a session succeeds', async () => {
    let informs = 0;
    const { acs } = await setup({
      script: () => [],
      intercept: (_req, res, body) => {
        if (!body.includes(':Inform>') || ++informs > 1) return false;
        res.writeHead(500).end('busy');
        return true;
      },
    });
    const [s] = await acs.waitForSessions(1, 15_000);
    expect(informs).toBe(2);
    expect(s!.inform!.retryCount).toBe(1);
    expect(s!.inform!.events.map((e) => e.eventCode).sort()).toEqual(['0 BOOTSTRAP', '1 BOOT']);
  }, 20_000);

  it('resends the Inform in the same session when the ACS answers with fault 8005 (retry request)', async () => {
    let faults = 0;
    const { acs } = await setup({
      script: () => [],
      intercept: (_req, res, body) => {
        if (!body.includes(':Inform>') || faults++ > 0) return false;
        res
          .writeHead(500, { 'Content-Type': 'text/xml' })
          .end(
            '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:c="urn:dslforum-org:cwmp-1-0"><s:Body><s:Fault><faultcode>Server</faultcode><faultstring>CWMP fault</faultstring>' +
              '<detail><c:Fault><FaultCode>8005</FaultCode><FaultString>Retry request</FaultString></c:Fault></detail></s:Fault></s:Body></s:Envelope>',
          );
        return true;
      },
    });
    const [s] = await acs.waitForSessions(1, 15_000);
    expect(faults).toBe(2);
    expect(s!.inform!.retryCount).toBe(0); // same session, not a failed one
  }, 20_000);

  it('retries after the ACS drops the connection mid-session', async () => {
    let drops = 0;
    const { acs } = await setup({
      script: () => [],
      intercept: (req, _res, body) => {
        if (!body.includes(':Inform>') || drops++ > 0) return false;
        req.socket.destroy();
        return true;
      },
    });
    const [s] = await acs.waitForSessions(1, 15_000);
    expect(s!.inform!.retryCount).toBe(1);
  }, 20_000);

  it('answers an unknown RPC with 9000 and bad arguments with 9003, and keeps the session going', async () => {
    const envelope = (id: string, inner: string): string =>
      `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:c="urn:dslforum-org:cwmp-1-0"><s:Header><c:ID s:mustUnderstand="1">${id}</c:ID></s:Header><s:Body>${inner}</s:Body></s:Envelope>`;
    const injected: string[] = [];
    const { acs } = await setup({
      script: () => [{ kind: 'GetParameterValues', parameterNames: ['Device.DeviceInfo.SerialNumber'] }],
      intercept: (_req, res, body) => {
        // The empty POST gets a method no CPE has; the CPE's 9000 fault gets a broken argument.
        const next =
          body.trim() === '' && injected.length === 0
            ? '<c:FrobnicateWidgets><Speed>9</Speed></c:FrobnicateWidgets>'
            : body.includes('<FaultCode>9000</FaultCode>') && injected.length === 1
              ? '<c:GetParameterNames><ParameterPath>Device.</ParameterPath><NextLevel>maybe</NextLevel></c:GetParameterNames>'
              : undefined;
        if (next === undefined) return false;
        injected.push(next);
        res.writeHead(200, { 'Content-Type': 'text/xml' }).end(envelope(`x${injected.length}`, next));
        return true;
      },
    });
    const [s] = await acs.waitForSessions(1, 15_000);
    const faults = s!.received.filter((m): m is Extract<Message, { kind: 'Fault' }> => m.kind === 'Fault');
    expect(injected.length).toBe(2);
    expect(faults.map((f) => f.faultCode)).toEqual([9003]);
    expect(s!.received.at(-1)!.kind).toBe('GetParameterValuesResponse');
  }, 20_000);

  it('closes the session on entity-laden or malformed XML instead of expanding or crashing', async () => {
    let sent = 0;
    const { acs, agent } = await setup({
      script: () => [],
      intercept: (_req, res, body) => {
        if (body.trim() !== '' || sent >= 2) return false;
        sent++;
        const evil =
          sent === 1
            ? '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>'
            : '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><unclosed>';
        res.writeHead(200, { 'Content-Type': 'text/xml' }).end(evil);
        return true;
      },
    });
    await acs.waitForSessions(1, 20_000);
    await agent.waitFor(/session: failed: unusable message from the ACS \(dtd/);
    await agent.waitFor(/session: failed: unusable message from the ACS \(malformed/);
  }, 25_000);

  it('answers a mixed SetParameterValues with one fault per bad parameter and applies none', async () => {
    const { acs } = await setup({
      script: () => [
        {
          kind: 'SetParameterValues',
          parameterKey: 'k1',
          parameterList: [
            { name: 'Device.ManagementServer.PeriodicInformInterval', value: '77', xsiType: 'xsd:unsignedInt' },
            { name: 'Device.DeviceInfo.SerialNumber', value: 'X', xsiType: 'xsd:string' },
            { name: 'Device.ManagementServer.PeriodicInformEnable', value: 'perhaps', xsiType: 'xsd:boolean' },
            { name: 'Device.Nope', value: '1', xsiType: 'xsd:string' },
          ],
        },
        {
          kind: 'GetParameterValues',
          parameterNames: ['Device.ManagementServer.PeriodicInformInterval', 'Device.ManagementServer.ParameterKey'],
        },
      ],
    });
    const [s] = await acs.waitForSessions(1, 15_000);
    const fault = s!.received[1]!;
    if (fault.kind !== 'Fault') throw new Error(`expected a fault, got ${fault.kind}`);
    expect(fault.faultCode).toBe(9003);
    expect(fault.setParameterValuesFault!.map((f) => [f.parameterName, f.faultCode])).toEqual([
      ['Device.DeviceInfo.SerialNumber', 9008],
      ['Device.ManagementServer.PeriodicInformEnable', 9006],
      ['Device.Nope', 9005],
    ]);
    const gpv = s!.received[2]!;
    if (gpv.kind !== 'GetParameterValuesResponse') throw new Error('unreachable');
    expect(gpv.parameterList.map((p) => p.value)).not.toContain('77');
    expect(gpv.parameterList.find((p) => p.name.endsWith('ParameterKey'))!.value).not.toBe('k1');
  }, 20_000);

  it('keeps state across a restart: BOOT without BOOTSTRAP, set values and instance numbers survive', async () => {
    const agent = new AgentProcess();
    const first = await setup(
      {
        script: (_i, n) =>
          n === 0
            ? [
                {
                  kind: 'SetParameterValues',
                  parameterKey: 'p1',
                  parameterList: [
                    { name: 'Device.DeviceInfo.ProvisioningCode', value: 'PC-42', xsiType: 'xsd:string' },
                  ],
                },
                { kind: 'AddObject', objectName: 'Device.IP.Interface.', parameterKey: 'p2' },
              ]
            : [],
      },
      agent,
    );
    await first.acs.waitForSessions(1, 15_000);
    await agent.stop();
    await first.acs.close();
    // The same ACS URL again: no new BOOTSTRAP (TR-069 3.2.1), only BOOT.
    const acs2 = new ScriptedAcs({
      script: () => [{ kind: 'AddObject', objectName: 'Device.IP.Interface.', parameterKey: 'p3' }],
    });
    await acs2.listen(Number(new URL(first.url).port));
    cleanups.push(() => acs2.close());
    const again = new AgentProcess(agent.stateDir).start(['--acs-url', first.url, '--profile', PROFILE]);
    cleanups.push(() => again.stop());
    const [s] = await acs2.waitForSessions(1, 15_000);
    // No BOOTSTRAP for the same ACS; the connection-request port (0 = any) changed, so its URL
    // changed too, which is a value change of a forceEnabled parameter.
    expect(s!.inform!.events.map((e) => e.eventCode).sort()).toEqual(['1 BOOT', '4 VALUE CHANGE']);
    const params = new Map(s!.inform!.parameterList.map((p) => [p.name, p.value]));
    expect(params.get('Device.DeviceInfo.ProvisioningCode')).toBe('PC-42');
    expect(params.get('Device.ManagementServer.ParameterKey')).toBe('p2');
    const add = s!.received[1]!;
    if (add.kind !== 'AddObjectResponse') throw new Error('unreachable');
    expect(add.instanceNumber).toBe(3);
  }, 30_000);

  it('speaks the version the ACS answers with (cwmp-1-0)', async () => {
    const { acs } = await setup({ script: () => [{ kind: 'GetRPCMethods' }], answerVersion: '1.0' });
    const [s] = await acs.waitForSessions(1, 15_000);
    // The CPE offers 1.4 (in the cwmp-1-2 namespace); the ACS's 1.0 answer fixes the rest of the session at 1.0.
    expect(s!.receivedVersions).toEqual(['1.2', '1.0']);
    const methods = s!.received[1]!;
    if (methods.kind !== 'GetRPCMethodsResponse') throw new Error('unreachable');
    expect(methods.methodList).toEqual(
      expect.arrayContaining([
        'GetParameterValues',
        'SetParameterValues',
        'GetParameterNames',
        'AddObject',
        'DeleteObject',
        'ScheduleInform',
      ]),
    );
  }, 20_000);
});
