import { createHmac, randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { retryDelayMs } from '../../src/cwmp/retry-policy.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { parseDeviceTemplate } from '../../src/fleet/device-template.ts';
import { Fleet } from '../../src/fleet/fleet.ts';
import type { Message } from '../../src/cwmp/soap/index.ts';
import { REPO } from '../support/bbf-path.ts';
import { digestConnectionRequest } from '../support/digest-client.ts';
import { until } from '../support/until.ts';
import { startFileServer } from '../transfer/file-server.ts';
import { LOOPBACK_FLEET } from '../support/loopback-fleet.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'fleet-device.yaml');
const COUNT = 200;
const CR_PASSWORD = 'fleet-cr-secret';
type Inform = Extract<Message, { kind: 'Inform' }>;

const param = (inform: Inform | undefined, name: string): string | undefined =>
  inform?.parameterList.find((p) => p.name === name)?.value;

describe(`a fleet of ${COUNT} devices against the test ACS`, () => {
  // Bootstrap sessions read each device's own serial number back with GetParameterValues; a
  // connection-requested session of a device in `campaign` is asked to download its URL.
  const campaign = new Map<string, string>();
  const script = (inform: Inform): Message[] => {
    if (inform.events.some((e) => e.eventCode === '0 BOOTSTRAP'))
      return [
        { kind: 'GetParameterValues', parameterNames: ['Device.DeviceInfo.SerialNumber', 'Device.DeviceInfo.UpTime'] },
      ];
    const url = campaign.get(inform.deviceId.serialNumber);
    if (url === undefined || !inform.events.some((e) => e.eventCode === '6 CONNECTION REQUEST')) return [];
    campaign.delete(inform.deviceId.serialNumber);
    return [
      {
        kind: 'Download',
        commandKey: `web-${inform.deviceId.serialNumber}`,
        fileType: '2 Web Content',
        url,
        username: '',
        password: '',
        fileSize: 0,
        targetFileName: 'web.tar',
        delaySeconds: 0,
        successUrl: '',
        failureUrl: '',
      },
    ];
  };
  let acs: ScriptedAcs;
  let url: string;
  let fleet: Fleet;

  beforeAll(async () => {
    acs = new ScriptedAcs({ script });
    url = await acs.listen();
    const device = await simulatedDevice(await loadProfile(PROFILE));
    fleet = new Fleet({
      first: 1,
      last: COUNT,
      device,
      profileName: PROFILE,
      acsUrl: url,
      serial: parseDeviceTemplate('FLT-{n:04}', 'serial-template', true),
      crPassword: CR_PASSWORD,
      bootRate: 400,
      ...LOOPBACK_FLEET,
      random: () => 0.5,
    });
    await fleet.start();
  }, 30_000);

  afterAll(async () => {
    await fleet?.stop();
    await acs?.close();
  });

  it('bootstraps every device exactly once, each with its own serial, and answers GetParameterValues', async () => {
    await until('every device informed', () => fleet.metrics.informed === COUNT, 30_000);
    const boots = acs.sessions.filter((s) => s.inform?.events.some((e) => e.eventCode === '0 BOOTSTRAP'));
    const serials = boots.map((s) => s.inform!.deviceId.serialNumber);
    expect(serials).toHaveLength(COUNT);
    expect(new Set(serials).size).toBe(COUNT);
    expect(serials.every((s) => /^FLT-[0-9]{4}$/.test(s))).toBe(true);
    for (const s of boots) {
      expect(s.inform!.events.map((e) => e.eventCode).sort()).toEqual(['0 BOOTSTRAP', '1 BOOT']);
      const gpv = s.received.find((m) => m.kind === 'GetParameterValuesResponse');
      if (gpv?.kind !== 'GetParameterValuesResponse')
        throw new Error(`no GetParameterValuesResponse from ${s.inform!.deviceId.serialNumber}`);
      expect(gpv.parameterList[0]).toMatchObject({
        name: 'Device.DeviceInfo.SerialNumber',
        value: s.inform!.deviceId.serialNumber,
      });
    }
    expect(fleet.metrics.summary().sessions).toMatchObject({ failed: 0, faults: 0 });
    // Every device advertises the one shared listener, on a path of its own.
    const crUrls = boots.map((s) => param(s.inform, 'Device.ManagementServer.ConnectionRequestURL')!);
    expect(new Set(crUrls).size).toBe(COUNT);
    expect(new Set(crUrls.map((u) => new URL(u).port))).toEqual(new Set([String(fleet.ports.http)]));
  }, 40_000);

  it('routes a connection request on the shared listeners to the device it names, and to no other', async () => {
    const boots = acs.sessions.filter((s) => s.inform?.events.some((e) => e.eventCode === '0 BOOTSTRAP'));
    const targets = [boots[3]!, boots[97]!, boots[COUNT - 1]!].map((s) => s.inform!);
    for (const t of targets) {
      const serial = t.deviceId.serialNumber;
      const before = acs.sessions.length;
      expect(
        await digestConnectionRequest(param(t, 'Device.ManagementServer.ConnectionRequestURL')!, serial, CR_PASSWORD),
      ).toBe(200);
      const s = await until(`a session from ${serial}`, () =>
        acs.sessions.slice(before).find((x) => x.inform?.events.some((e) => e.eventCode === '6 CONNECTION REQUEST')),
      );
      expect(s.inform!.deviceId.serialNumber).toBe(serial);
      // Another device's password on this device's path is refused.
      expect(
        await digestConnectionRequest(
          param(t, 'Device.ManagementServer.ConnectionRequestURL')!,
          serial,
          'not-the-password',
        ),
      ).toBe(401);
    }
    // UDP (TR-111): the shared socket picks the device by the username in the datagram.
    const t = boots[150]!.inform!;
    const serial = t.deviceId.serialNumber;
    const [address] = await fleet
      .agent(serial)!
      .tree.getValues(['Device.ManagementServer.UDPConnectionRequestAddress']);
    const [host, port] = String(address!.value).split(':');
    expect(Number(port)).toBe(fleet.ports.udp);
    const f = { ts: Math.floor(Date.now() / 1000), id: 'fleet-1', un: serial, cn: 'c1' };
    const sig = createHmac('sha1', CR_PASSWORD).update(`${f.ts}${f.id}${f.un}${f.cn}`).digest('hex');
    const before = acs.sessions.length;
    const sock = createSocket('udp4');
    await new Promise<void>((r) =>
      sock.send(
        Buffer.from(
          `GET http://${host}:${port}?ts=${f.ts}&id=${f.id}&un=${f.un}&cn=${f.cn}&sig=${sig} HTTP/1.1\r\n\r\n`,
        ),
        Number(port),
        host,
        () => r(),
      ),
    );
    sock.close();
    const s = await until(`a UDP-requested session from ${serial}`, () =>
      acs.sessions.slice(before).find((x) => x.inform?.events.some((e) => e.eventCode === '6 CONNECTION REQUEST')),
    );
    expect(s.inform!.deviceId.serialNumber).toBe(serial);
  }, 30_000);

  it('runs a download campaign: 20 devices fetch a file at once, each on its own small receive ring, and all report success', async () => {
    const content = randomBytes(900 * 1024);
    const files = await startFileServer({ files: new Map([['/web.tar', content]]) });
    // In-memory devices outlive nothing: their downloads are never fsynced.
    const probe = join(tmpdir(), `fleet-sync-probe-${process.pid}`);
    const handle = await open(probe, 'w');
    const sync = vi.spyOn(Object.getPrototypeOf(handle) as { sync(): Promise<void> }, 'sync');
    await handle.close();
    rmSync(probe, { force: true });
    try {
      const serials = Array.from({ length: 20 }, (_, i) => `FLT-${String(10 + i * 9).padStart(4, '0')}`);
      for (const serial of serials) campaign.set(serial, files.url('/web.tar'));
      const before = acs.sessions.length;
      for (const serial of serials) fleet.agent(serial)!.connectionRequest();
      const done = await until(
        '20 TransferCompletes',
        () => {
          const tcs = acs.sessions
            .slice(before)
            .flatMap((x) => x.received)
            .filter((m) => m.kind === 'TransferComplete');
          return tcs.length >= serials.length && tcs;
        },
        20_000,
      );
      expect(
        done.map((m) => (m.kind === 'TransferComplete' ? `${m.commandKey}:${m.fault.faultCode}` : '')).sort(),
      ).toEqual(serials.map((x) => `web-${x}:0`).sort());
      expect(files.requests.filter((r) => r.url === '/web.tar')).toHaveLength(serials.length);
      // Quiet before the next test takes the ACS away: every session that started has ended.
      await acs.waitForSessions(acs.sessions.length);
      expect(sync).not.toHaveBeenCalled();
    } finally {
      sync.mockRestore();
      await files.close();
    }
  }, 30_000);

  it('survives an ACS restart: every device retries by the TR-069 backoff and reaches the ACS again', async () => {
    const port = Number(new URL(url).port);
    await acs.close();
    const failedBefore = fleet.metrics.failed;
    const okBefore = fleet.metrics.ok;
    const down = Date.now();
    for (const serial of fleet.serials()) fleet.agent(serial)!.connectionRequest();
    // At least two failed attempts per device: the request's, and the first retry's (on a slow
    // machine a quick device may fail its second retry too before the slowest fails its first).
    await until('two failed sessions per device', () => fleet.metrics.failed - failedBefore >= 2 * COUNT, 30_000);
    const back = new ScriptedAcs({ script: () => [] });
    await back.listen(port);
    try {
      const sessions = await back.waitForSessions(COUNT, 30_000);
      const elapsed = Date.now() - down;
      // The ACS has every Inform; the fleet counts a session when it ends. COUNT sessions ended
      // is not yet every device's (a device may have had a second one meanwhile): its retried
      // session counts once it ends, so that is waited for too.
      await until(
        'every returning session ended',
        () => fleet.metrics.ok - okBefore >= COUNT && fleet.metrics.summary().sessions.retries >= 2 * COUNT,
        30_000,
      );
      // Every device came back once, counting its failed attempts in RetryCount (TR-069 A.3.3.1);
      // "6 CONNECTION REQUEST" is not carried into retries (TR-069 Table 7: discarded on failure).
      expect(new Set(sessions.map((s) => s.inform!.deviceId.serialNumber)).size).toBe(COUNT);
      const failures = fleet.metrics.failed - failedBefore;
      expect(sessions.reduce((n, s) => n + s.inform!.retryCount, 0)).toBe(failures);
      for (const s of sessions) {
        expect(s.inform!.retryCount).toBeGreaterThanOrEqual(2);
        expect(s.inform!.events).toEqual([]);
      }
      // No device came back sooner than the backoff allows: m·(k/1000)^(n-1) scaled by random 0.5.
      const settings = { minimumWaitSeconds: 1, intervalMultiplier: 2000 };
      expect(elapsed).toBeGreaterThanOrEqual(
        retryDelayMs(1, () => 0.5, settings) + retryDelayMs(2, () => 0.5, settings),
      );
      expect(fleet.metrics.summary().sessions.retries).toBeGreaterThanOrEqual(2 * COUNT);
    } finally {
      acs = back;
    }
  }, 60_000);
});
