import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message, ParameterValueStruct } from '../../src/cwmp/soap/index.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { BULK_PROFILE } from '../bulkdata/bulk-tree.ts';
import { cli } from '../interop/interop-support.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { BulkCollector, type ReceivedReport } from '../support/bulk-collector.ts';
import { until } from '../support/until.ts';

const B = 'Device.BulkData.';
const s = (name: string, value: string | number | boolean): ParameterValueStruct => ({
  name,
  value: String(value),
  xsiType: typeof value === 'number' ? 'xsd:int' : typeof value === 'boolean' ? 'xsd:boolean' : 'xsd:string',
});

/** The AddObjects and sets that configure profile `n` (rows numbered from 1 on a fresh device). */
function profile(
  n: number,
  values: Record<string, string | number | boolean>,
  references: [string, string, boolean?][],
): Message[] {
  const p = `${B}Profile.${n}.`;
  return [
    { kind: 'AddObject', objectName: `${B}Profile.`, parameterKey: `p${n}` },
    ...references.map((): Message => ({ kind: 'AddObject', objectName: `${p}Parameter.`, parameterKey: `p${n}` })),
    {
      kind: 'SetParameterValues',
      parameterKey: `p${n}`,
      parameterList: [
        s(`${p}Enable`, true),
        s(`${p}Protocol`, 'HTTP'),
        s(`${p}ReportingInterval`, 1),
        ...Object.entries(values).map(([k, v]) => s(`${p}${k}`, v)),
        ...references.flatMap(([reference, name, exclude], i) => [
          s(`${p}Parameter.${i + 1}.Reference`, reference),
          s(`${p}Parameter.${i + 1}.Name`, name),
          ...(exclude ? [s(`${p}Parameter.${i + 1}.Exclude`, true)] : []),
        ]),
      ],
    },
  ];
}

const json = (r: ReceivedReport): { Report: Record<string, unknown>[] } => JSON.parse(r.body) as never;

describe('Bulk Data from the real agent to a real collector (TR-069 Annex N)', () => {
  let collector: BulkCollector;
  let acs: ScriptedAcs;
  let agent: AgentProcess;
  const start = (): AgentProcess =>
    new AgentProcess(agent?.stateDir).start(['--acs-url', acsUrl, '--profile', BULK_PROFILE]);
  let acsUrl = '';
  const get = async (path: string): Promise<string> => {
    const r = await cli(['get', '--state-dir', agent.stateDir, path]);
    return /= (.*)$/m.exec(r.output)?.[1] ?? r.output;
  };

  beforeAll(async () => {
    collector = await new BulkCollector().start();
    collector.route('/oh', { auth: { scheme: 'Digest', username: 'cpe', password: 'digest-pw' } });
    collector.route('/nvp', { auth: { scheme: 'Basic', username: 'cpe', password: 'basic-pw' } });
    // The outage profile's collector is down from the start.
    collector.route('/outage', { failWith: 503 });
    acs = new ScriptedAcs({
      script: (_inform, n) =>
        n > 0
          ? []
          : [
              ...profile(
                1,
                {
                  EncodingType: 'JSON',
                  'JSONEncoding.ReportFormat': 'ObjectHierarchy',
                  'JSONEncoding.ReportTimestamp': 'Unix-Epoch',
                  'HTTP.URL': collector.url('/oh'),
                  'HTTP.Username': 'cpe',
                  'HTTP.Password': 'digest-pw',
                  'HTTP.Compression': 'GZIP',
                },
                [
                  ['Device.IP.Interface.*.Stats.', 'IPStats'],
                  ['Device.IP.Interface.*.Stats.Reset', '', true],
                ],
              ),
              { kind: 'AddObject', objectName: `${B}Profile.1.HTTP.RequestURIParameter.`, parameterKey: 'u' },
              {
                kind: 'SetParameterValues',
                parameterKey: 'u',
                parameterList: [
                  s(`${B}Profile.1.HTTP.RequestURIParameter.1.Name`, 'fw'),
                  s(`${B}Profile.1.HTTP.RequestURIParameter.1.Reference`, 'Device.DeviceInfo.SoftwareVersion'),
                ],
              },
              ...profile(
                2,
                {
                  EncodingType: 'JSON',
                  'JSONEncoding.ReportFormat': 'NameValuePair',
                  'JSONEncoding.ReportTimestamp': 'ISO-8601',
                  'HTTP.URL': collector.url('/nvp'),
                  'HTTP.Method': 'PUT',
                  'HTTP.UseDateHeader': false,
                  'HTTP.Username': 'cpe',
                  'HTTP.Password': 'basic-pw',
                },
                [
                  ['Device.DeviceInfo.SerialNumber', ''],
                  ['Device.IP.Interface.*.Name', 'If'],
                ],
              ),
              ...profile(
                3,
                {
                  EncodingType: 'CSV',
                  'CSVEncoding.ReportFormat': 'ParameterPerRow',
                  'CSVEncoding.RowTimestamp': 'Unix-Epoch',
                  'HTTP.URL': collector.url('/row'),
                },
                [['Device.IP.Interface.*.Name', '']],
              ),
              ...profile(
                4,
                {
                  EncodingType: 'CSV',
                  'CSVEncoding.ReportFormat': 'ParameterPerColumn',
                  'CSVEncoding.RowTimestamp': 'None',
                  'CSVEncoding.FieldSeparator': ';',
                  'HTTP.URL': collector.url('/column'),
                },
                [
                  ['Device.IP.Interface.4.Name', 'wlan'],
                  ['Device.IP.Interface.2.', 'eth'],
                  ['Device.IP.Interface.2.Stats.', '', true],
                ],
              ),
              ...profile(
                5,
                {
                  EncodingType: 'JSON',
                  'JSONEncoding.ReportFormat': 'NameValuePair',
                  NumberOfRetainedFailedReports: 3,
                  'HTTP.URL': collector.url('/outage'),
                },
                [['Device.DeviceInfo.SerialNumber', 'sn']],
              ),
              { kind: 'SetParameterValues', parameterKey: 'on', parameterList: [s(`${B}Enable`, true)] },
            ],
    });
    acsUrl = await acs.listen();
    agent = start();
  });

  afterAll(async () => {
    await agent?.stop();
    await acs?.close();
    await collector?.close();
    agent?.cleanup();
  });

  it('configured in one session, every profile reports on its own schedule', async () => {
    await acs.waitForSessions(1, 40_000);
    for (const x of acs.sessions[0]!.received) expect(x.kind, JSON.stringify(x)).not.toBe('Fault');
    for (const path of ['/oh', '/nvp', '/row', '/column'])
      await until(`two reports on ${path}`, () => collector.on(path).length >= 2, 30_000);
  }, 120_000);

  it('JSON ObjectHierarchy, gzip, Digest: the wildcard and partial path under the alternative name', () => {
    const [r] = collector.on('/oh');
    expect(r!.headers['content-encoding']).toBe('gzip');
    expect(r!.headers['content-type']).toBe('application/json; charset=UTF-8');
    expect(r!.headers['bbf-report-format']).toBe('ObjectHierarchy');
    expect(r!.headers['date']).toMatch(/ GMT$/);
    expect(r!.headers['authorization']).toMatch(/^Digest /);
    expect(Object.fromEntries(r!.query)).toEqual({ oui: '0A0B0C', pc: 'BULKBOX', sn: 'B0001', fw: '1.0.0' });
    const [report] = json(r!).Report;
    expect(typeof report!['CollectionTime']).toBe('number');
    const stats = report!['IPStats'] as Record<string, Record<string, unknown>>;
    expect(Object.keys(stats)).toEqual(['1', '2', '4']);
    expect(typeof stats['2']!['BytesSent']).toBe('number');
    expect(stats['2']!['Reset']).toBeUndefined(); // excluded
  });

  it('JSON NameValuePair, PUT, Basic, ISO-8601 time and no Date header', () => {
    const [r] = collector.on('/nvp');
    expect(r!.method).toBe('PUT');
    expect(r!.headers['authorization']).toMatch(/^Basic /);
    expect(r!.headers['date']).toBeUndefined();
    expect(r!.headers['bbf-report-format']).toBe('NameValuePair');
    expect(json(r!).Report[0]).toEqual({
      CollectionTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      'Device.DeviceInfo.SerialNumber': 'B0001',
      'If.1': 'lo',
      'If.2': 'eth0',
      'If.4': 'wlan0, guest',
    });
  });

  it('CSV ParameterPerRow and ParameterPerColumn with the configured separator', () => {
    const [row] = collector.on('/row');
    expect(row!.headers['content-type']).toBe('text/csv; charset=UTF-8; header=present');
    expect(row!.headers['bbf-report-format']).toBe('ParameterPerRow');
    const lines = row!.body.split('\r\n');
    expect(lines[0]).toBe('ReportTimestamp,ParameterName,ParameterValue,ParameterType');
    expect(lines.slice(1, 4).map((l) => l.replace(/^[0-9]+,/, ''))).toEqual([
      'Device.IP.Interface.1.Name,lo,string',
      'Device.IP.Interface.2.Name,eth0,string',
      'Device.IP.Interface.4.Name,"wlan0, guest",string',
    ]);
    const [col] = collector.on('/column');
    expect(col!.headers['bbf-report-format']).toBe('ParameterPerColumn');
    const [header, values] = col!.body.split('\r\n');
    const columns = header!.split(';');
    expect(columns[0]).toBe('wlan');
    expect(columns).toContain('eth.Name');
    expect(columns.some((c) => c.startsWith('eth.Stats.'))).toBe(false);
    expect(values!.split(';')[columns.indexOf('eth.Name')]).toBe('eth0');
    expect(values!.split(';')[0]).toBe('wlan0, guest');
  });

  it('a local set is followed at once', async () => {
    expect(
      (await cli(['set', '--state-dir', agent.stateDir, `${B}Profile.3.HTTP.URL`, collector.url('/row2')])).code,
    ).toBe(0);
    await until('a report on the new URL', () => collector.on('/row2').length >= 1, 30_000);
  });

  it('a collector outage: Status Error, failed reports retained across a restart, sent together once it is back', async () => {
    await until('three refused transfers', () => collector.refused >= 3, 30_000);
    expect(await get(`${B}Status`)).toBe('Error');
    expect(collector.on('/outage')).toHaveLength(0);
    await agent.stop();
    const stoppedAt = Date.now();
    agent = start();
    await agent.waitFor(/bulkdata: profile 5 collecting/, 45_000);
    collector.routes.delete('/outage');
    const r = await until('the catch-up report', () => collector.on('/outage')[0], 30_000);
    const reports = json(r).Report;
    expect(reports).toHaveLength(4); // three retained, the current one last
    const times = reports.map((x) => x['CollectionTime'] as number);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times[3]! * 1000).toBeGreaterThanOrEqual(stoppedAt - 1000);
    expect(times[2]! * 1000).toBeLessThanOrEqual(stoppedAt);
    for (const x of reports) expect(x['sn']).toBe('B0001');
    await until('Status Enabled', async () => (await get(`${B}Status`)) === 'Enabled', 30_000);
  }, 120_000);
});
