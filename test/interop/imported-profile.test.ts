import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDump } from '../../src/device/import/import-dump.ts';
import { readDump } from '../../src/device/import/read-dump.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';
import { HUAWEI_DUMP, deviceDump } from '../support/device-dumps.ts';
import { GenieAcs, type Exchange } from '../support/genieacs/genie-acs.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { until } from '../support/until.ts';
import { expectGenieAcsSatisfied, response, sessionSummary, values, within } from './interop-support.ts';

const R = 'InternetGatewayDevice.';
const IDENTITY = {
  Manufacturer: 'Huawei Technologies Co., Ltd.',
  OUI: '202BC1',
  ProductClass: 'BM632w',
  SerialNumber: '8KA8WA1151100043',
};
const TELNET_PORT = `${R}DeviceInfo.X_HUAWEI_ServiceManage.TelnetPort`;

/**
 * The real Huawei BM632w (genieacs-sim's dump, TR-098), imported with `import-profile` and run
 * against GenieACS's own CWMP code: alone through a bootstrap session that reads the whole tree,
 * and as a fleet of five.
 */
describe.skipIf(skipUnlessPeer('genieacs'))('an imported device dump against GenieACS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imported-profile-'));
  const profile = join(dir, 'huawei-bm632w.yaml');
  let acs: GenieAcs;

  beforeAll(async () => {
    const dump = deviceDump(HUAWEI_DUMP);
    writeFileSync(profile, (await importDump(await readDump(dump), dump)).yaml);
    acs = await GenieAcs.start();
  });
  afterAll(async () => {
    await acs?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('bootstraps, and GenieACS reads the whole tree (names and values) and sets a vendor parameter, without an error or a warning', async () => {
    const mark = acs.mark();
    const id = acs.deviceId(IDENTITY);
    // Queued before the agent starts: all of it runs in the bootstrap session.
    const answers = [
      acs.enqueue(id, { name: 'GetParameterNames', parameterPath: R, nextLevel: false }),
      acs.enqueue(id, { name: 'GetParameterValues', parameterNames: [R] }),
      acs.enqueue(id, {
        name: 'SetParameterValues',
        parameterList: [[TELNET_PORT, 2323, 'xsd:int']],
        parameterKey: 'vendor-1',
      }),
      acs.enqueue(id, { name: 'GetParameterValues', parameterNames: [TELNET_PORT] }),
    ];
    const agent = new AgentProcess().start(['--acs-url', acs.url, '--profile', profile, '--cr-host', '127.0.0.1']);
    try {
      const detail = (): string => `${sessionSummary(acs, id)}\n--- agent log ---\n${agent.output.slice(-3000)}`;
      const [names, all, set, readBack] = (await within(
        Promise.all(answers),
        60_000,
        'the bootstrap session',
        detail,
      )) as Exchange[];
      const s = names!.session;
      expect(s.events).toEqual(expect.arrayContaining(['0 BOOTSTRAP', '1 BOOT']));
      expect(s.inform.deviceId).toEqual(IDENTITY);

      const gpn = response(names!, 'GetParameterNamesResponse').parameterList;
      const parameters = gpn
        .filter(([, object]) => !object)
        .map(([p]) => p.toString())
        .sort();
      const got = values(all!);
      expect([...got.keys()].sort()).toEqual(parameters);
      expect(parameters.length).toBeGreaterThan(500);
      // Vendor parameters, served with the dump's xsi:type as GenieACS parsed them.
      const typed = new Map(
        response(all!, 'GetParameterValuesResponse').parameterList.map(([p, v, t]) => [p.toString(), [v, t]]),
      );
      expect(typed.get(TELNET_PORT)).toEqual([23, 'xsd:int']);
      expect(typed.get(`${R}DeviceInfo.X_HUAWEI_ServiceManage.TelnetEnable`)).toEqual([true, 'xsd:boolean']);
      expect(typed.get(`${R}LANDevice.1.Hosts.Host.5.X_HUAWEI_DeviceType`)).toEqual(['Computer', 'xsd:string']);
      expect(gpn.find(([p]) => p.toString() === TELNET_PORT)?.[2]).toBe(true);
      expect(response(set!, 'SetParameterValuesResponse').status).toBe(0);
      expect(values(readBack!).get(TELNET_PORT)).toBe(2323);
      await acs.waitForSession((x) => x === s && x.outcome !== 'open', {
        what: 'the end of the bootstrap session',
        detail,
      });
      expect(s.outcome).toBe('ended');
      expectGenieAcsSatisfied(acs, mark);
    } finally {
      await agent.stop();
      agent.cleanup();
    }
  }, 90_000);

  it('runs as a fleet of five (`tr069-agent fleet --profile imported.yaml --count 5`): every device bootstraps', async () => {
    const mark = acs.mark();
    const before = acs.sessions.length;
    const serial = (n: number): string => `8KA8WA${String(n).padStart(6, '0')}`;
    const third = acs.deviceId({ ...IDENTITY, SerialNumber: serial(3) });
    const read = acs.enqueue(third, {
      name: 'GetParameterValues',
      parameterNames: [TELNET_PORT, `${R}DeviceInfo.SerialNumber`],
    });
    let output = '';
    const child: ChildProcess = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPO, 'src', 'cli', 'main.ts'),
        'fleet',
        '--acs-url',
        acs.url,
        '--profile',
        profile,
        '--count',
        '5',
        '--serial-template',
        '8KA8WA{n:06}',
        '--memory',
        '--cr-port',
        '0',
        '--udp-port',
        '0',
        '--cr-host',
        '127.0.0.1',
      ],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      const booted = (): string[] =>
        [
          ...new Set(
            acs.sessions
              .slice(before)
              .filter(
                (s) => s.outcome === 'ended' && s.events.includes('0 BOOTSTRAP') && s.inform.deviceId.OUI === '202BC1',
              )
              .map((s) => s.inform.deviceId.SerialNumber),
          ),
        ].sort();
      await until('five bootstrap sessions', () => booted().length === 5, 60_000).catch((e: Error) => {
        throw new Error(
          `${e.message}: ${booted().join(', ')}\n${sessionSummary(acs)}\n--- fleet log ---\n${output.slice(-3000)}`,
        );
      });
      expect(booted()).toEqual([1, 2, 3, 4, 5].map(serial));
      // Each device its own serial number, the vendor layer the profile's.
      expect(Object.fromEntries(values(await read))).toEqual({
        [TELNET_PORT]: 23,
        [`${R}DeviceInfo.SerialNumber`]: serial(3),
      });
      expectGenieAcsSatisfied(acs, mark);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 90_000);
});
