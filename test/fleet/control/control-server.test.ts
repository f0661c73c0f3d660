import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../../src/agent/device-setup.ts';
import type { Message } from '../../../src/cwmp/soap/index.ts';
import { ScriptedAcs } from '../../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../../src/device/profile/load.ts';
import { bearerMatches, isLoopback } from '../../../src/fleet/control/control-auth.ts';
import { ControlServer } from '../../../src/fleet/control/control-server.ts';
import { ControlledFleet } from '../../../src/fleet/controlled-fleet.ts';
import { parseDeviceTemplate } from '../../../src/fleet/device-template.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { REPO } from '../../support/bbf-path.ts';
import { until } from '../../support/until.ts';
import { LOOPBACK_FLEET } from '../../support/loopback-fleet.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'fleet-device.yaml');
const COUNT = 12;
const TOKEN = 'test-control-token-0123456789';
const serial = parseDeviceTemplate('CTL-{n:02}', 'serial-template', true);
type Inform = Extract<Message, { kind: 'Inform' }>;

describe('the fleet control API', () => {
  let acs: ScriptedAcs;
  let cf: ControlledFleet;
  let server: ControlServer;
  let base: string;
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` },
  ): Promise<{ status: number; json: Record<string, unknown> }> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...headers, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };
  const sessionsOf = (n: number): Inform[] =>
    acs.sessions.map((s) => s.inform!).filter((i) => i.deviceId.serialNumber === serial(n));
  const nextSession = (n: number, code: string, after: number): Promise<Inform> =>
    until(
      `a '${code}' session of device ${n}`,
      () =>
        sessionsOf(n)
          .slice(after)
          .find((i) => i.events.some((e) => e.eventCode === code)),
      20_000,
    );

  beforeAll(async () => {
    // A connection-requested session reads a value: the RPC a fault is injected into.
    acs = new ScriptedAcs({
      script: (inform) =>
        inform.events.some((e) => e.eventCode === '6 CONNECTION REQUEST')
          ? [{ kind: 'GetParameterValues', parameterNames: ['Device.DeviceInfo.SoftwareVersion'] }]
          : [],
    });
    const url = await acs.listen();
    cf = new ControlledFleet({
      count: COUNT,
      first: 1,
      last: COUNT,
      device: await simulatedDevice(await loadProfile(PROFILE)),
      profileName: 'fleet-device',
      acsUrl: url,
      serial,
      crPassword: 'cr',
      bootRate: 0,
      ...LOOPBACK_FLEET,
    });
    await cf.fleet.start();
    await until('every device informed', () => cf.fleet.metrics.informed === COUNT, 30_000);
    server = new ControlServer({ cf, seed: 1, host: '127.0.0.1', port: 0, token: TOKEN, log: silentLogger });
    const { host, port } = await server.listen();
    base = `http://${host}:${port}`;
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await cf?.fleet.stop();
    await acs?.close();
  });

  it('refuses every request without the token (401, a Bearer challenge), and the wrong token alike', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer wrong' },
      { Authorization: `Basic ${TOKEN}` },
    ];
    for (const headers of attempts) {
      const res = await fetch(`${base}/devices`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
      expect(await res.json()).toEqual({ error: 'send the control token: Authorization: Bearer <token>' });
    }
    const post = await fetch(`${base}/actions`, { method: 'POST', body: '{"reboot": {}}' });
    expect(post.status).toBe(401);
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
    expect(bearerMatches(undefined, '')).toBe(false);
    expect(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '10.0.0.1', '::', 'example.net'].some(isLoopback)).toBe(false);
  });

  it('lists devices a page at a time and shows one device', async () => {
    const page = await call('GET', '/devices?offset=10&limit=5');
    expect(page.status).toBe(200);
    expect(page.json).toMatchObject({ total: COUNT, offset: 10, limit: 5 });
    expect((page.json['devices'] as { serial: string }[]).map((d) => d.serial)).toEqual([serial(11), serial(12)]);
    const one = await call('GET', `/devices/${serial(3)}`);
    expect(one.json).toMatchObject({
      serial: serial(3),
      number: 3,
      profile: 'fleet-device',
      powered: true,
      online: true,
      retryCount: 0,
      softwareVersion: '1.0.0',
      eventsPending: [],
      conditions: { acsOutage: false, unreachable: false, faults: [] },
      lastSession: { ok: true },
    });
    expect((await call('GET', '/devices/NOPE')).status).toBe(404);
    expect((await call('GET', '/devices?limit=5000')).json).toEqual({
      error: "'limit' is a whole number from 1 to 1000, e.g. ?limit=100",
    });
  });

  it('triggers a connection request, a value change, a reboot and a factory reset on one device', async () => {
    const n = 4;
    let seen = sessionsOf(n).length;
    expect((await call('POST', `/devices/${serial(n)}/actions`, { 'connection-request': {} })).json).toEqual({
      action: 'connection-request',
      devices: 1,
      failed: 0,
    });
    await nextSession(n, '6 CONNECTION REQUEST', seen);
    seen = sessionsOf(n).length;
    const change = await call('POST', `/devices/${serial(n)}/actions`, {
      'value-change': { parameter: 'Device.DeviceInfo.ProvisioningCode', value: 'ctl-1', notify: 'active' },
    });
    expect(change.status).toBe(200);
    const vc = await nextSession(n, '4 VALUE CHANGE', seen);
    expect(vc.parameterList.find((p) => p.name === 'Device.DeviceInfo.ProvisioningCode')?.value).toBe('ctl-1');
    seen = sessionsOf(n).length;
    expect((await call('POST', `/devices/${serial(n)}/actions`, { reboot: {} })).status).toBe(200);
    const boot = await nextSession(n, '1 BOOT', seen);
    expect(boot.events.map((e) => e.eventCode)).not.toContain('0 BOOTSTRAP');
    seen = sessionsOf(n).length;
    expect((await call('POST', `/devices/${serial(n)}/actions`, { 'factory-reset': {} })).status).toBe(200);
    await nextSession(n, '0 BOOTSTRAP', seen);
    expect((await call('GET', `/devices/${serial(n)}`)).json['powered']).toBe(true);
  });

  it('injects a fault on a selection while the fleet runs, shows it, and clears it', async () => {
    const inject = await call('POST', '/actions', {
      select: { devices: '5-8' },
      'rpc-fault': { rpc: 'GetParameterValues', code: 9002 },
    });
    expect(inject.json).toEqual({ action: 'rpc-fault', devices: 4, failed: 0 });
    expect((await call('GET', `/devices/${serial(6)}`)).json['conditions']).toEqual({
      acsOutage: false,
      unreachable: false,
      faults: [{ rpc: 'GetParameterValues', code: 9002 }],
    });
    const before = acs.sessions.length;
    await call('POST', '/actions', { select: { devices: [6, 9] }, 'connection-request': {} });
    const answers = async (n: number): Promise<Message | undefined> =>
      (
        await until(`device ${n}'s answer`, () =>
          acs.sessions
            .slice(before)
            .find((s) => s.inform?.deviceId.serialNumber === serial(n) && s.received.length > 1),
        )
      ).received[1];
    expect(await answers(6)).toMatchObject({ kind: 'Fault', faultCode: 9002 });
    expect((await answers(9))?.kind).toBe('GetParameterValuesResponse');
    expect((await call('GET', `/devices/${serial(6)}`)).json['faultsSeen']).toEqual({ 'RPC 9002': 1 });
    expect((await call('POST', '/actions', { select: { devices: '5-8' }, 'clear-faults': {} })).status).toBe(200);
    expect(((await call('GET', `/devices/${serial(6)}`)).json['conditions'] as { faults: unknown[] }).faults).toEqual(
      [],
    );
  });

  it('answers bad requests with a 4xx saying what to send', async () => {
    expect(await call('POST', '/actions', { 'rpc-fault': { rpc: 'Dowload', code: 9010 } })).toMatchObject({
      status: 400,
      json: {
        error: expect.stringMatching(/^rpc-fault\.rpc: string "Dowload" is not one of .*did you mean "Download"/),
      },
    });
    expect(await call('POST', '/actions', { select: { serials: 'XYZ' }, reboot: {} })).toMatchObject({
      status: 400,
      json: { error: expect.stringMatching(/^serial XYZ is not in this fleet/) },
    });
    expect(await call('POST', `/devices/${serial(1)}/actions`, { at: '5s', reboot: {} })).toMatchObject({
      status: 400,
    });
    const change = await call('POST', `/devices/${serial(1)}/actions`, {
      'value-change': { parameter: 'Device.DeviceInfo.Nope', value: 'x' },
    });
    expect(change).toEqual({
      status: 409,
      json: {
        action: 'value-change',
        devices: 1,
        failed: 1,
        problem: `Device.DeviceInfo.Nope is not a parameter of ${serial(1)}`,
      },
    });
    const plain = await fetch(`${base}/actions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(plain.status).toBe(415);
    expect((await call('DELETE', '/devices')).status).toBe(405);
    expect((await call('GET', '/scenario')).status).toBe(404);
  });
});
