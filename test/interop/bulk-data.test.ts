import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BULK_PROFILE } from '../bulkdata/bulk-tree.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { BulkCollector } from '../support/bulk-collector.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { GenieAcs, type Exchange } from '../support/genieacs/genie-acs.ts';
import type { AcsRequest } from '../support/genieacs/types.ts';
import { until } from '../support/until.ts';
import { expectGenieAcsSatisfied, fault, response, sessionSummary, values, within } from './interop-support.ts';

const B = 'Device.BulkData.';
const P = `${B}Profile.1.`;
const CR = { username: 'acs', password: 'cr-secret' };
const IDENTITY = { Manufacturer: 'Test Co', OUI: '0A0B0C', ProductClass: 'BULKBOX', SerialNumber: 'B0001' };

/**
 * An operator configures Bulk Data from GenieACS in an ordinary session: AddObject for the
 * profile and its parameters, SetParameterValues (a bad one refused with the right faults, then a
 * good one), a read-back; GenieACS parses every answer, and the device starts reporting.
 */
describe.skipIf(skipUnlessPeer('genieacs'))('GenieACS configures Bulk Data (TR-181 Device.BulkData)', () => {
  let acs: GenieAcs;
  let agent: AgentProcess;
  let collector: BulkCollector;
  let id: string;
  const answers: Promise<Exchange>[] = [];
  const detail = (): string => `${sessionSummary(acs, id)}\n--- agent log ---\n${agent.output.slice(-3000)}`;
  const queue = (r: AcsRequest): number => answers.push(acs.enqueue(id, r)) - 1;

  let addProfile: number;
  let addParams: number[];
  let bad: number;
  let good: number;
  let read: number;
  let tooMany: number;

  beforeAll(async () => {
    acs = await GenieAcs.start();
    collector = await new BulkCollector().start();
    id = acs.deviceId(IDENTITY);
    // All of it in the bootstrap session, as a provisioning script would.
    addProfile = queue({ name: 'AddObject', objectName: `${B}Profile.`, parameterKey: 'bd-1', instanceValues: {} });
    addParams = [1, 2].map(() =>
      queue({ name: 'AddObject', objectName: `${P}Parameter.`, parameterKey: 'bd-2', instanceValues: {} }),
    );
    bad = queue({
      name: 'SetParameterValues',
      parameterKey: 'bd-bad',
      parameterList: [
        [`${P}Enable`, true, 'xsd:boolean'],
        [`${P}Protocol`, 'Streaming', 'xsd:string'],
        [`${P}EncodingType`, 'XML', 'xsd:string'],
        [`${P}ReportingInterval`, 0, 'xsd:unsignedInt'],
        [`${P}Parameter.1.Reference`, 'Device.Nowhere.', 'xsd:string'],
      ],
    });
    good = queue({
      name: 'SetParameterValues',
      parameterKey: 'bd-good',
      parameterList: [
        [`${B}Enable`, true, 'xsd:boolean'],
        [`${P}Enable`, true, 'xsd:boolean'],
        [`${P}Protocol`, 'HTTP', 'xsd:string'],
        [`${P}EncodingType`, 'JSON', 'xsd:string'],
        [`${P}ReportingInterval`, 1, 'xsd:unsignedInt'],
        [`${P}JSONEncoding.ReportFormat`, 'NameValuePair', 'xsd:string'],
        [`${P}HTTP.URL`, collector.url('/genie'), 'xsd:string'],
        [`${P}HTTP.Compression`, 'GZIP', 'xsd:string'],
        [`${P}Parameter.1.Reference`, 'Device.IP.Interface.*.Name', 'xsd:string'],
        // No such interface now: accepted, and it reports nothing.
        [`${P}Parameter.2.Reference`, 'Device.IP.Interface.7.Stats.', 'xsd:string'],
      ],
    });
    read = queue({ name: 'GetParameterValues', parameterNames: [B] });
    for (let i = 2; i <= 6; i++)
      queue({ name: 'AddObject', objectName: `${B}Profile.`, parameterKey: 'bd-more', instanceValues: {} });
    tooMany = queue({ name: 'AddObject', objectName: `${B}Profile.`, parameterKey: 'bd-7', instanceValues: {} });
    agent = new AgentProcess().start([
      '--acs-url',
      acs.url,
      '--profile',
      BULK_PROFILE,
      '--cr-username',
      CR.username,
      '--cr-password',
      CR.password,
      '--cr-host',
      '127.0.0.1',
      '--session-timeout',
      '5',
    ]);
  });

  afterAll(async () => {
    await agent?.stop();
    await acs?.close();
    await collector?.close();
    agent?.cleanup();
  });

  it('takes the configuration in the bootstrap session, refusing what it cannot run with CWMP faults', async () => {
    const mark = { parseErrors: 0, parseWarnings: 0, log: 0, sessionFaults: 0 };
    const got = await within(Promise.all(answers), 30_000, 'the configuration session', detail);
    expect(got[addProfile]!.session.events).toContain('0 BOOTSTRAP');
    expect(response(got[addProfile]!, 'AddObjectResponse').instanceNumber).toBe('1');
    expect(addParams.map((i) => response(got[i]!, 'AddObjectResponse').instanceNumber)).toEqual(['1', '2']);

    const f = fault(got[bad]!).detail!;
    expect(f.faultCode).toBe('9003');
    expect(Object.fromEntries((f.setParameterValuesFault ?? []).map((x) => [x.parameterName, x.faultCode]))).toEqual({
      [`${P}Protocol`]: '9007',
      [`${P}EncodingType`]: '9007',
      [`${P}ReportingInterval`]: '9007',
      [`${P}Parameter.1.Reference`]: '9007',
    });
    expect(response(got[good]!, 'SetParameterValuesResponse').status).toBe(0);

    const v = values(got[read]!);
    expect(v.get(`${B}Enable`)).toBe(true);
    expect(v.get(`${B}Protocols`)).toBe('HTTP');
    expect(v.get(`${B}EncodingTypes`)).toBe('JSON,CSV');
    expect(v.get(`${B}ProfileNumberOfEntries`)).toBe(1);
    expect(v.get(`${P}Protocol`)).toBe('HTTP');
    expect(v.get(`${P}ParameterNumberOfEntries`)).toBe(2);
    expect(v.get(`${P}HTTP.CompressionsSupported`)).toBe('GZIP,Deflate');
    expect(v.get(`${P}HTTP.Compression`)).toBe('GZIP');
    expect(v.get(`${P}HTTP.Password`)).toBe('');
    expect(v.get(`${P}Parameter.2.Reference`)).toBe('Device.IP.Interface.7.Stats.');

    expect(fault(got[tooMany]!).detail?.faultCode).toBe('9004');
    const session = got[tooMany]!.session;
    await acs.waitForSession((s) => s === session && s.outcome !== 'open', { timeoutMs: 10_000, detail });
    expect(session.outcome).toBe('ended');
    expectGenieAcsSatisfied(acs, mark);
  });

  it('then reports what the configuration names, and Status is Enabled', async () => {
    const r = await until('a report from the GenieACS-configured profile', () => collector.on('/genie')[0], 15_000);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(Object.fromEntries(r.query)).toEqual({ oui: '0A0B0C', pc: 'BULKBOX', sn: 'B0001' });
    const [report] = (JSON.parse(r.body) as { Report: Record<string, unknown>[] }).Report;
    expect(Object.keys(report!).sort()).toEqual([
      'CollectionTime',
      'Device.IP.Interface.1.Name',
      'Device.IP.Interface.2.Name',
      'Device.IP.Interface.4.Name',
    ]);
    const mark = acs.mark();
    const status = acs.enqueue(id, { name: 'GetParameterValues', parameterNames: [`${B}Status`] });
    expect(await acs.httpConnectionRequest(id, CR)).toBe('');
    const e = await within(status, 20_000, 'the Status read', detail);
    expect(values(e).get(`${B}Status`)).toBe('Enabled');
    expectGenieAcsSatisfied(acs, mark);
  });
});
