import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BulkDataService } from '../../src/agent/bulk-data.ts';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { StateWriter } from '../../src/agent/state-writer.ts';
import { RETAINED_DOC } from '../../src/bulkdata/retained-reports.ts';
import { bulkDataRule } from '../../src/bulkdata/rules.ts';
import { HandlerRegistry } from '../../src/datamodel/handlers.ts';
import { DataModel } from '../../src/datamodel/tree.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { StateStore } from '../../src/store/index.ts';
import { bulkTree } from '../bulkdata/bulk-tree.ts';
import { BulkCollector } from '../support/bulk-collector.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { until } from '../support/until.ts';

const P = 'Device.BulkData.Profile.1.';

/** CollectionTime of each report in a JSON body, in order. */
const times = (body: string): number[] =>
  (JSON.parse(body) as { Report: { CollectionTime: number }[] }).Report.map((r) => r.CollectionTime);

describe('BulkDataService: schedule, retries, retained reports and Status (in process, manual clock)', () => {
  let collector: BulkCollector;
  let dir: string;
  let tree: DataModel;
  let clock: ManualClock;
  let store: StateStore;
  let service: BulkDataService;

  const make = (random = (): number => 0): BulkDataService => {
    const s = new BulkDataService({
      tree,
      root: 'Device.',
      clock,
      random,
      log: silentLogger,
      tls: {},
      store,
      writer: new StateWriter(store, silentLogger),
      shared: new HandlerRegistry(),
    });
    return s;
  };
  const set = (values: Record<string, string>): Promise<void> =>
    tree.setValues(
      Object.entries(values).map(([path, value]) => ({ path, value })),
      'acs',
    );
  const status = async (): Promise<unknown> => tree.readInternal('Device.BulkData.Status');

  beforeAll(async () => {
    collector = await new BulkCollector().start();
  });
  afterAll(() => collector.close());

  beforeEach(async () => {
    collector.received.length = 0;
    collector.refused = 0;
    collector.routes.clear();
    dir = mkdtempSync(join(tmpdir(), 'tr069-bulkdata-'));
    store = StateStore.open(dir);
    clock = new ManualClock();
    tree = await bulkTree(true);
    service = make();
    await tree.addObject('Device.BulkData.Profile.', 'acs');
    await tree.addObject(`${P}Parameter.`, 'acs');
    await set({
      'Device.BulkData.Enable': 'true',
      [`${P}Enable`]: 'true',
      [`${P}Protocol`]: 'HTTP',
      [`${P}EncodingType`]: 'JSON',
      [`${P}ReportingInterval`]: '60',
      [`${P}JSONEncoding.ReportFormat`]: 'NameValuePair',
      [`${P}HTTP.URL`]: collector.url('/r'),
      [`${P}Parameter.1.Reference`]: 'Device.IP.Interface.*.Name',
    });
  });
  afterEach(async () => {
    await service.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports at the end of each interval, with the values read then', async () => {
    await service.follow();
    expect(await status()).toBe('Enabled');
    expect(clock.nextIn).toBe(60_000);
    await clock.fireNext();
    const [r] = await until('the first report', () => collector.on('/r').length === 1 && collector.on('/r'));
    const parsed = JSON.parse(r!.body) as { Report: Record<string, unknown>[] };
    expect(parsed.Report).toEqual([
      {
        CollectionTime: Math.floor(clock.now() / 1000),
        'Device.IP.Interface.1.Name': 'lo',
        'Device.IP.Interface.2.Name': 'eth0',
        'Device.IP.Interface.4.Name': 'wlan0, guest',
      },
    ]);
    expect(clock.nextIn).toBe(60_000);
  });

  it('keeps up to NumberOfRetainedFailedReports failed reports, persisted, and sends them with the next one', async () => {
    await set({ [`${P}NumberOfRetainedFailedReports`]: '2' });
    await service.follow();
    collector.route('/r', { failWith: 503 });
    const starts: number[] = [];
    for (let i = 1; i <= 3; i++) {
      await clock.fireNext();
      starts.push(Math.floor(clock.now() / 1000));
      await until(`failure ${i}`, () => collector.refused >= i);
    }
    await until('Status Error', async () => (await status()) === 'Error');
    const kept = await until('two retained reports in the state', () => {
      const doc = store.read('bulkdata', RETAINED_DOC);
      return doc?.profiles['1']?.reports.length === 2 && doc;
    });
    expect(kept.profiles['1']!.reports.map((r) => r.at / 1000)).toEqual(starts.slice(1));
    expect(kept.profiles['1']!.encoding).toBe('JSON');

    // A restart keeps them: a new service on the same state sends them with its first report.
    await service.stop();
    store = StateStore.open(dir);
    service = make();
    await service.follow();
    collector.routes.clear();
    await clock.fireNext();
    const [r] = await until('the catch-up report', () => collector.on('/r').length === 1 && collector.on('/r'));
    expect(times(r!.body)).toEqual([...starts.slice(1), Math.floor(clock.now() / 1000)]);
    await until('Status Enabled', async () => (await status()) === 'Enabled');
    await until('nothing retained', () => store.read('bulkdata', RETAINED_DOC)?.profiles['1'] === undefined);
  });

  it('retries a failed transfer in the session retry windows until the next interval begins', async () => {
    await set({
      [`${P}HTTP.RetryEnable`]: 'true',
      [`${P}HTTP.RetryMinimumWaitInterval`]: '5',
      [`${P}HTTP.RetryIntervalMultiplier`]: '2000',
      [`${P}NumberOfRetainedFailedReports`]: '-1',
      [`${P}ReportingInterval`]: '30',
    });
    await service.follow();
    collector.route('/r', { failWith: 500 });
    await clock.fireNext(); // interval 1 ends: the first attempt fails
    await until('the first failure', () => collector.refused === 1);
    // Retry windows with random 0: 5 s, then 10 s; the next (20 s) would pass the next interval.
    await until('a retry planned', () => clock.nextIn === 5_000);
    expect(await clock.fireNext()).toBe(5_000);
    await until('the second failure', () => collector.refused === 2);
    await until('a second retry planned', () => clock.nextIn === 10_000);
    await clock.fireNext();
    await until('the third failure', () => collector.refused === 3);
    // Only the interval timer is left: at 30 s, 15 s from now.
    await until('no retry past the interval', () => clock.nextIn === 15_000);
    collector.routes.clear();
    await clock.fireNext();
    const [r] = await until('the next report', () => collector.on('/r').length === 1 && collector.on('/r'));
    expect(times(r!.body)).toHaveLength(2); // the failed one, kept, and the current one
  });

  it('a retry that succeeds delivers the report within its interval', async () => {
    await set({ [`${P}HTTP.RetryEnable`]: 'true', [`${P}HTTP.RetryMinimumWaitInterval`]: '1' });
    await service.follow();
    collector.route('/r', { failWith: 502 });
    await clock.fireNext();
    await until('the failure', () => collector.refused === 1);
    collector.routes.clear();
    await until('a retry planned', () => clock.nextIn === 1_000);
    await clock.fireNext();
    const [r] = await until('the retried report', () => collector.on('/r').length === 1 && collector.on('/r'));
    expect(times(r!.body)).toHaveLength(1);
  });

  it('a transfer still under way at the next interval is left to finish; one fresh report waits behind it', async () => {
    await service.follow();
    collector.route('/r', { delayMs: 1500 });
    await clock.fireNext(); // interval 1: its transfer takes 1.5 s
    await clock.fireNext(); // interval 2 ends while it is under way
    await clock.fireNext(); // and interval 3: still one report waiting, not two
    const got = await until('two reports', () => collector.on('/r').length === 2 && collector.on('/r'));
    await new Promise((r) => setTimeout(r, 2000));
    expect(collector.on('/r')).toHaveLength(2);
    expect(collector.refused).toBe(0);
    const [first, second] = got.map((r) => times(r.body));
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
  });

  it('a new EncodingType deletes the outstanding failed reports', async () => {
    await set({ [`${P}NumberOfRetainedFailedReports`]: '5' });
    await service.follow();
    collector.route('/r', { failWith: 503 });
    await clock.fireNext();
    await until('the failure', () => collector.refused === 1);
    await until('one retained', () => store.read('bulkdata', RETAINED_DOC)?.profiles['1']?.reports.length === 1);
    await set({ [`${P}EncodingType`]: 'CSV', [`${P}CSVEncoding.ReportFormat`]: 'ParameterPerRow' });
    await service.follow();
    collector.routes.clear();
    await clock.fireNext();
    const [r] = await until('the CSV report', () => collector.on('/r').length === 1 && collector.on('/r'));
    expect(r!.headers['content-type']).toBe('text/csv; charset=UTF-8; header=present');
    expect(r!.body.split('\r\n').filter((l) => l.includes('Device.IP.Interface.'))).toHaveLength(3);
  });

  it('a change of ReportingInterval starts the first interval now; disabling stops collecting', async () => {
    await service.follow();
    expect(clock.nextIn).toBe(60_000);
    await set({ [`${P}ReportingInterval`]: '15' });
    await service.follow();
    expect(clock.nextIn).toBe(15_000);
    await set({ 'Device.BulkData.Enable': 'false' });
    await service.follow();
    expect(clock.nextIn).toBeUndefined();
    expect(await status()).toBe('Disabled');
  });

  it('at boot, without a TimeReference, the first interval ends at a random point of one interval', async () => {
    await service.stop();
    service = make(() => 0.25);
    await service.start();
    expect(clock.nextIn).toBe(45_000);
    await clock.fireNext();
    expect(clock.nextIn).toBe(60_000);
    // A configuration change starts the first interval now, whatever the phase was.
    await set({ [`${P}ReportingInterval`]: '30' });
    await service.follow();
    expect(clock.nextIn).toBe(30_000);
  });

  it('a profile the ACS deletes stops after that session, its retained reports with it', async () => {
    await set({ [`${P}NumberOfRetainedFailedReports`]: '1' });
    await service.follow();
    collector.route('/r', { failWith: 503 });
    await clock.fireNext();
    await until('one retained', () => store.read('bulkdata', RETAINED_DOC)?.profiles['1']?.reports.length === 1);
    await tree.deleteObject(P, 'acs');
    await service.afterSession();
    expect(clock.nextIn).toBeUndefined();
    expect(store.read('bulkdata', RETAINED_DOC)?.profiles['1']).toBeUndefined();
  });

  it('a profile that cannot send puts Status in Error', async () => {
    await set({ [`${P}HTTP.URL`]: '' });
    await service.follow();
    await clock.fireNext();
    await until('Status Error', async () => (await status()) === 'Error');
    expect(collector.received).toHaveLength(0);
  });
});

describe('Bulk Data in the shipped profiles', () => {
  const treeOf = async (name: string): Promise<DataModel> => {
    const device = await simulatedDevice(await loadProfile(name));
    const t = new DataModel(device.schema, { base: device.base, sharedHandlers: device.sharedHandlers });
    device.bind(t);
    return t;
  };

  it('stb: HTTP with JSON and CSV, off until the ACS enables it; MinReportingInterval holds', async () => {
    const stb = await treeOf('stb');
    expect(BulkDataService.supported(stb, 'Device.')).toBe(true);
    const values = Object.fromEntries((await stb.getValues(['Device.BulkData.'])).map((v) => [v.path, v.wire]));
    expect(values).toMatchObject({
      'Device.BulkData.Enable': 'false',
      'Device.BulkData.Status': 'Disabled',
      'Device.BulkData.Protocols': 'HTTP',
      'Device.BulkData.EncodingTypes': 'JSON,CSV',
      'Device.BulkData.ParameterWildCardSupported': 'true',
      'Device.BulkData.MinReportingInterval': '60',
    });
    // HTTP only: the MQTT, streaming and file-transfer parts of the model are not offered.
    expect(stb.schema.get('Device.BulkData.Profile.{i}.MQTT.')).toBeUndefined();
    expect(stb.schema.get('Device.BulkData.Profile.{i}.StreamingHost')).toBeUndefined();
    stb.addRule(bulkDataRule);
    await stb.addObject('Device.BulkData.Profile.', 'acs');
    await expect(
      stb.setValues([{ path: 'Device.BulkData.Profile.1.ReportingInterval', value: '30' }], 'acs'),
    ).rejects.toMatchObject({ parameters: [{ code: 9007 }] });
  });

  it('gateway (TR-098) has no Bulk Data, and so no collector', async () => {
    expect(BulkDataService.supported(await treeOf('gateway'), 'InternetGatewayDevice.')).toBe(false);
  });
});
