import { describe, expect, it } from 'vitest';
import { DiagnosticsService, type DiagnosticOutcome, type DiagnosticSpec } from '../../src/agent/diagnostics.ts';
import { EventQueue } from '../../src/cwmp/event-queue.ts';
import { DataModel } from '../../src/datamodel/tree.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { deviceSchema } from '../support/device-schema.ts';

const PING = 'Device.IP.Diagnostics.IPPing.';
const TRACE = 'Device.IP.Diagnostics.TraceRoute.';

/** A test whose run waits for the test to release it, so cancellation can be observed. */
function controllable(name: string, rel: string, outcome: DiagnosticOutcome) {
  let release: () => void = () => undefined;
  const seen: { host: string; aborted: boolean }[] = [];
  const spec: DiagnosticSpec = {
    name,
    objects: { 'Device.': rel },
    run: (input, signal) =>
      new Promise((resolve, reject) => {
        const entry = { host: input.str('Host'), aborted: false };
        seen.push(entry);
        signal.addEventListener('abort', () => {
          entry.aborted = true;
          reject(new Error('aborted'));
        });
        release = () => resolve(outcome);
      }),
  };
  return { spec, seen, release: () => release() };
}

function setup(specs: DiagnosticSpec[]) {
  const tree = new DataModel(deviceSchema(['Device.IP.Diagnostics.', 'Device.IP.Interface.']));
  const events = new EventQueue();
  const triggers: string[] = [];
  const d = new DiagnosticsService({
    tree,
    root: 'Device.',
    events,
    log: silentLogger,
    specs,
    trigger: (r) => void triggers.push(r),
  });
  return { tree, events, triggers, d };
}

const tick = () => new Promise((r) => setTimeout(r, 10));

describe('TR-143 diagnostics life cycle', () => {
  it('runs after the session, writes results with the state in one step and raises 8 DIAGNOSTICS COMPLETE', async () => {
    const ping = controllable('IPPing', 'IP.Diagnostics.IPPing.', {
      state: 'Complete',
      values: { SuccessCount: 3, FailureCount: 1, AverageResponseTime: 2, IPAddressUsed: '127.0.0.1' },
    });
    const { tree, events, triggers, d } = setup([ping.spec]);
    await tree.setValues(
      [
        { path: `${PING}Host`, value: '127.0.0.1' },
        { path: `${PING}DiagnosticsState`, value: 'Requested' },
      ],
      'acs',
    );
    d.afterSet([
      { name: `${PING}Host`, value: '127.0.0.1' },
      { name: `${PING}DiagnosticsState`, value: 'Requested' },
    ]);
    expect(ping.seen).toHaveLength(0); // not during the session
    d.startRequested();
    await tick();
    expect(ping.seen).toEqual([{ host: '127.0.0.1', aborted: false }]);
    expect(await tree.readInternal(`${PING}DiagnosticsState`)).toBe('Requested');
    ping.release();
    await tick();
    expect(await tree.readInternal(`${PING}DiagnosticsState`)).toBe('Complete');
    expect(await tree.readInternal(`${PING}SuccessCount`)).toBe(3);
    expect(await tree.readInternal(`${PING}IPAddressUsed`)).toBe('127.0.0.1');
    expect(events.list().map((e) => e.code)).toEqual(['8 DIAGNOSTICS COMPLETE']);
    expect(triggers).toEqual(['diagnostics complete']);
  });

  it('an input set while the test runs cancels it and sets DiagnosticsState None', async () => {
    const ping = controllable('IPPing', 'IP.Diagnostics.IPPing.', { state: 'Complete' });
    const { tree, events, d } = setup([ping.spec]);
    await tree.setValues([{ path: `${PING}DiagnosticsState`, value: 'Requested' }], 'acs');
    d.afterSet([{ name: `${PING}DiagnosticsState`, value: 'Requested' }]);
    d.startRequested();
    await tick();
    d.afterSet([{ name: `${PING}NumberOfRepetitions`, value: '9' }]);
    await tick();
    expect(ping.seen[0]!.aborted).toBe(true);
    expect(await tree.readInternal(`${PING}DiagnosticsState`)).toBe('None');
    expect(events.size).toBe(0);
  });

  it('fills result tables numbered from 1, replacing the previous run', async () => {
    const hops = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ HostAddress: `10.0.0.${i + 1}`, RTTimes: [1, 2, 3], ErrorCode: 0 }));
    let rows = 3;
    const spec: DiagnosticSpec = {
      name: 'TraceRoute',
      objects: { 'Device.': 'IP.Diagnostics.TraceRoute.' },
      run: async () => ({ state: 'Complete', values: { ResponseTime: 5 }, tables: { RouteHops: hops(rows) } }),
    };
    const { tree, d } = setup([spec]);
    for (const n of [3, 2]) {
      rows = n;
      d.afterSet([{ name: `${TRACE}DiagnosticsState`, value: 'Requested' }]);
      d.startRequested();
      await tick();
    }
    const names = (await tree.getNames(`${TRACE}RouteHops.`, true)).map((x) => x.path);
    expect(names).toEqual([`${TRACE}RouteHops.1.`, `${TRACE}RouteHops.2.`]);
    expect(await tree.readInternal(`${TRACE}RouteHops.2.HostAddress`)).toBe('10.0.0.2');
    expect(await tree.readInternal(`${TRACE}RouteHops.1.RTTimes`)).toEqual([1, 2, 3]);
    expect(await tree.readInternal(`${TRACE}RouteHopsNumberOfEntries`)).toBe(2);
  });

  it('hands the runner the OS name of the interface the Interface input refers to', async () => {
    let seen: string | undefined = 'unset';
    const spec: DiagnosticSpec = {
      name: 'IPPing',
      objects: { 'Device.': 'IP.Diagnostics.IPPing.' },
      run: async (i) => {
        seen = i.interfaceName();
        return { state: 'Complete' };
      },
    };
    const { tree, d } = setup([spec]);
    tree.seedRow('Device.IP.Interface.', 1);
    tree.seedValue('Device.IP.Interface.1.Name', 'lo');
    await tree.setValues([{ path: `${PING}Interface`, value: 'Device.IP.Interface.1' }], 'acs');
    d.afterSet([{ name: `${PING}DiagnosticsState`, value: 'Requested' }]);
    d.startRequested();
    await tick();
    expect(seen).toBe('lo');
    await tree.setValues([{ path: `${PING}Interface`, value: '' }], 'acs');
    d.afterSet([{ name: `${PING}DiagnosticsState`, value: 'Requested' }]);
    d.startRequested();
    await tick();
    expect(seen).toBeUndefined();
  });

  it('a runner that throws ends in Error_Internal; a restart turns a stale Requested into None', async () => {
    const spec: DiagnosticSpec = {
      name: 'IPPing',
      objects: { 'Device.': 'IP.Diagnostics.IPPing.' },
      run: async () => {
        throw new Error('boom');
      },
    };
    const { tree, d } = setup([spec]);
    d.afterSet([{ name: `${PING}DiagnosticsState`, value: 'Requested' }]);
    d.startRequested();
    await tick();
    expect(await tree.readInternal(`${PING}DiagnosticsState`)).toBe('Error_Internal');
    await tree.setValues([{ path: `${PING}DiagnosticsState`, value: 'Requested' }], 'acs');
    const again = new DiagnosticsService({
      tree,
      root: 'Device.',
      events: new EventQueue(),
      log: silentLogger,
      specs: [spec],
      trigger: () => undefined,
    });
    await again.boot();
    expect(await tree.readInternal(`${PING}DiagnosticsState`)).toBe('None');
  });
});
