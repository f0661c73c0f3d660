import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message, ParameterValueStruct } from '../../src/cwmp/soap/index.ts';
import { ScriptedAcs, type AcsSessionRecord } from '../../src/demo-acs/scripted-acs.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';
import { DnsmasqServer } from '../support/dnsmasq.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { startPacedServer } from '../support/paced-http-server.ts';
import { freeUdpPort } from '../support/free-port.ts';

const run = promisify(execFile);

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'diag-device.yaml');
const D = 'Device.IP.Diagnostics.';
const NS = 'Device.DNS.Diagnostics.NSLookupDiagnostics.';
const s = (name: string, value: string, type = 'xsd:string'): ParameterValueStruct => ({ name, value, xsiType: type });
const u = (name: string, value: number): ParameterValueStruct => s(name, String(value), 'xsd:unsignedInt');

const codes = (x: AcsSessionRecord): string[] => x.inform!.events.map((e) => e.eventCode);
function values(x: AcsSessionRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of x.received)
    if (m.kind === 'GetParameterValuesResponse') for (const p of m.parameterList) out[p.name] = p.value;
  return out;
}

describe.skipIf(skipUnlessPeer('dnsmasq'))('TR-143 diagnostics run by the real agent', () => {
  let dns: DnsmasqServer;
  let http: Server;
  let fileUrl = '';
  beforeAll(async () => {
    dns = new DnsmasqServer(await freeUdpPort(), { 'cpe.test': '192.0.2.7' });
    await dns.start();
    const body = Buffer.alloc(2 * 2 ** 20, 1);
    http = createServer((_req, res) => res.writeHead(200, { 'content-length': String(body.length) }).end(body));
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
    fileUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}/file.bin`;
  }, 20_000);
  afterAll(async () => {
    await dns?.stop();
    await new Promise<void>((r) => http?.close(() => r()));
  });

  it('runs ping, traceroute, NSLookup, download and UDP echo (against its own responder) and reports each with 8 DIAGNOSTICS COMPLETE', async () => {
    const echoPort = await freeUdpPort();
    const read: Message = {
      kind: 'GetParameterValues',
      parameterNames: [
        `${D}IPPing.`,
        `${D}TraceRoute.`,
        NS,
        `${D}DownloadDiagnostics.`,
        `${D}UDPEchoDiagnostics.`,
        `${D}UDPEchoConfig.`,
      ],
    };
    const acs = new ScriptedAcs({
      script: (inform, n) => {
        if (n === 0) {
          return [
            {
              kind: 'SetParameterValues',
              parameterKey: 'diag',
              parameterList: [
                s(`${D}IPPing.Host`, '127.0.0.1'),
                u(`${D}IPPing.NumberOfRepetitions`, 3),
                s(`${D}IPPing.DiagnosticsState`, 'Requested'),
                s(`${D}TraceRoute.Host`, '127.0.0.1'),
                u(`${D}TraceRoute.NumberOfTries`, 1),
                u(`${D}TraceRoute.MaxHopCount`, 5),
                s(`${D}TraceRoute.DiagnosticsState`, 'Requested'),
                s(`${NS}HostName`, 'cpe.test'),
                s(`${NS}DNSServer`, `127.0.0.1:${dns.port}`),
                u(`${NS}NumberOfRepetitions`, 2),
                s(`${NS}DiagnosticsState`, 'Requested'),
                s(`${D}DownloadDiagnostics.DownloadURL`, fileUrl),
                s(`${D}DownloadDiagnostics.DiagnosticsState`, 'Requested'),
                s(`${D}UDPEchoConfig.Enable`, 'true', 'xsd:boolean'),
                u(`${D}UDPEchoConfig.UDPPort`, echoPort),
                s(`${D}UDPEchoConfig.EchoPlusEnabled`, 'true', 'xsd:boolean'),
                s(`${D}UDPEchoDiagnostics.Host`, '127.0.0.1'),
                u(`${D}UDPEchoDiagnostics.Port`, echoPort),
                u(`${D}UDPEchoDiagnostics.NumberOfRepetitions`, 3),
                u(`${D}UDPEchoDiagnostics.InterTransmissionTime`, 10),
                s(`${D}UDPEchoDiagnostics.EnableIndividualPacketResults`, 'true', 'xsd:boolean'),
                s(`${D}UDPEchoDiagnostics.DiagnosticsState`, 'Requested'),
              ],
            },
            { kind: 'GetParameterValues', parameterNames: [`${D}IPPing.DiagnosticsState`] },
          ];
        }
        return inform.events.some((e) => e.eventCode === '8 DIAGNOSTICS COMPLETE') ? [read] : [];
      },
    });
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', PROFILE]);
    try {
      const [first] = await acs.waitForSessions(1);
      expect(first!.received[1]).toMatchObject({ kind: 'SetParameterValuesResponse', status: 0 });
      // Not run during the session: still Requested when read back in it.
      expect(values(first!)[`${D}IPPing.DiagnosticsState`]).toBe('Requested');
      const states = [`${D}IPPing.`, `${D}TraceRoute.`, NS, `${D}DownloadDiagnostics.`, `${D}UDPEchoDiagnostics.`].map(
        (o) => `${o}DiagnosticsState`,
      );
      const deadline = Date.now() + 20_000;
      let v: Record<string, string> = {};
      for (;;) {
        const done = acs.sessions.filter((x) => codes(x).includes('8 DIAGNOSTICS COMPLETE'));
        v = Object.assign({}, ...done.map(values)) as Record<string, string>;
        if (states.every((p) => v[p] === 'Complete')) break;
        if (Date.now() > deadline)
          throw new Error(
            `diagnostics did not complete: ${JSON.stringify(states.map((p) => v[p]))}\n${agent.output.slice(-2000)}`,
          );
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(v[`${D}IPPing.SuccessCount`]).toBe('3');
      expect(v[`${D}IPPing.IPAddressUsed`]).toBe('127.0.0.1');
      expect(Number(v[`${D}IPPing.MaximumResponseTimeDetailed`])).toBeGreaterThan(0);
      expect(v[`${D}TraceRoute.RouteHopsNumberOfEntries`]).toBe('1');
      expect(v[`${D}TraceRoute.RouteHops.1.HostAddress`]).toBe('127.0.0.1');
      expect(v[`${NS}SuccessCount`]).toBe('2');
      expect(v[`${NS}Result.1.IPAddresses`]).toBe('192.0.2.7');
      expect(v[`${NS}Result.2.Status`]).toBe('Success');
      expect(v[`${D}DownloadDiagnostics.TestBytesReceived`]).toBe(String(2 * 2 ** 20));
      expect(v[`${D}DownloadDiagnostics.BOMTime`]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
      expect(v[`${D}UDPEchoDiagnostics.SuccessCount`]).toBe('3');
      expect(v[`${D}UDPEchoDiagnostics.IndividualPacketResult.3.TestRespSN`]).toBe('3');
      expect(Number(v[`${D}UDPEchoConfig.PacketsResponded`])).toBeGreaterThanOrEqual(3);
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 60_000);

  it('reports 50 MB download and upload throughput (from BOMTime/EOMTime and the byte counts) within 10% of curl', async () => {
    const SIZE = 50 * 2 ** 20;
    const paced = await startPacedServer(SIZE, 100 * 2 ** 20);
    const DL = `${D}DownloadDiagnostics.`;
    const UL = `${D}UploadDiagnostics.`;
    const acs = new ScriptedAcs({
      script: (inform, n) => {
        if (n === 0)
          return [
            {
              kind: 'SetParameterValues',
              parameterKey: 'dl',
              parameterList: [s(`${DL}DownloadURL`, `${paced.base}/file`), s(`${DL}DiagnosticsState`, 'Requested')],
            },
          ];
        if (!inform.events.some((e) => e.eventCode === '8 DIAGNOSTICS COMPLETE')) return [];
        return [
          { kind: 'GetParameterValues', parameterNames: [DL, UL] },
          {
            kind: 'SetParameterValues',
            parameterKey: 'ul',
            parameterList: [
              s(`${UL}UploadURL`, `${paced.base}/up`),
              s(`${UL}TestFileLength`, String(SIZE), 'xsd:unsignedLong'),
              s(`${UL}DiagnosticsState`, 'Requested'),
            ],
          },
        ];
      },
    });
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', PROFILE]);
    const us = (iso: string): number => Date.parse(iso.slice(0, 19) + 'Z') * 1000 + Number(iso.slice(20, 26));
    try {
      const deadline = Date.now() + 30_000;
      let v: Record<string, string> = {};
      while (!(v[`${DL}DiagnosticsState`] === 'Complete' && v[`${UL}DiagnosticsState`] === 'Complete')) {
        if (Date.now() > deadline)
          throw new Error(
            `not complete: ${JSON.stringify(Object.fromEntries(Object.entries(v).filter(([k]) => k.includes('Upload') && !k.includes('.IncrementalResult') && !k.includes('PerConn'))))}\n${agent.output.slice(-1500)}`,
          );
        await new Promise((r) => setTimeout(r, 100));
        v = Object.assign({}, ...acs.sessions.map(values)) as Record<string, string>;
      }
      expect(v[`${DL}TestBytesReceived`]).toBe(String(SIZE));
      expect(v[`${UL}TestBytesSent`]).toBe(String(SIZE));
      const ours = {
        down: SIZE / (us(v[`${DL}EOMTime`]!) - us(v[`${DL}BOMTime`]!)),
        up: SIZE / (us(v[`${UL}EOMTime`]!) - us(v[`${UL}BOMTime`]!)),
      };
      const dl = (
        await run(
          'curl',
          ['-s', '-o', '/dev/null', '-w', '%{size_download} %{time_starttransfer} %{time_total}', `${paced.base}/file`],
          { encoding: 'utf8' },
        )
      ).stdout
        .split(' ')
        .map(Number) as [number, number, number];
      const file = join(mkdtempSync(join(tmpdir(), 'tr069-up-')), 'f.bin');
      writeFileSync(file, Buffer.alloc(SIZE, 1));
      const ul = (
        await run(
          'curl',
          [
            '-s',
            '-o',
            '/dev/null',
            '-H',
            'Expect:',
            '-T',
            file,
            '-w',
            '%{size_upload} %{time_pretransfer} %{time_total}',
            `${paced.base}/up`,
          ],
          { encoding: 'utf8' },
        )
      ).stdout
        .split(' ')
        .map(Number) as [number, number, number];
      const curl = { down: dl[0] / ((dl[2] - dl[1]) * 1e6), up: ul[0] / ((ul[2] - ul[1]) * 1e6) };
      console.log(
        `agent TR-143 vs curl: download ${(ours.down / curl.down).toFixed(3)}, upload ${(ours.up / curl.up).toFixed(3)}`,
      );
      for (const k of ['down', 'up'] as const) {
        expect(ours[k] / curl[k]).toBeGreaterThan(0.9);
        expect(ours[k] / curl[k]).toBeLessThan(1.1);
      }
    } finally {
      paced.stop();
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 60_000);

  it('runs IPPing on the TR-098 gateway profile (InternetGatewayDevice.IPPingDiagnostics)', async () => {
    const P = 'InternetGatewayDevice.IPPingDiagnostics.';
    const acs = new ScriptedAcs({
      script: (inform, n) =>
        n === 0
          ? [
              {
                kind: 'SetParameterValues',
                parameterKey: 'p',
                parameterList: [
                  s(`${P}Host`, '127.0.0.1'),
                  u(`${P}NumberOfRepetitions`, 2),
                  s(`${P}DiagnosticsState`, 'Requested'),
                ],
              },
            ]
          : inform.events.some((e) => e.eventCode === '8 DIAGNOSTICS COMPLETE')
            ? [{ kind: 'GetParameterValues', parameterNames: [P] }]
            : [],
    });
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', 'gateway']);
    try {
      const deadline = Date.now() + 15_000;
      let done: AcsSessionRecord | undefined;
      while (!(done = acs.sessions.find((x) => codes(x).includes('8 DIAGNOSTICS COMPLETE') && x.received.length > 1))) {
        if (Date.now() > deadline) throw new Error(`no 8 DIAGNOSTICS COMPLETE session\n${agent.output.slice(-1500)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const v = values(done);
      expect(v[`${P}DiagnosticsState`]).toBe('Complete');
      expect(v[`${P}SuccessCount`]).toBe('2');
      expect(v[`${P}FailureCount`]).toBe('0');
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);

  it('an input set while a test runs cancels it: DiagnosticsState None and no result', async () => {
    const P = `${D}IPPing.`;
    const acs = new ScriptedAcs({
      script: (_i, n) => {
        if (n === 0)
          return [
            {
              kind: 'SetParameterValues',
              parameterKey: 'p',
              parameterList: [
                s(`${P}Host`, '127.0.0.1'),
                u(`${P}NumberOfRepetitions`, 40),
                s(`${P}DiagnosticsState`, 'Requested'),
              ],
            },
          ];
        if (n === 1)
          return [
            { kind: 'SetParameterValues', parameterKey: 'q', parameterList: [u(`${P}DataBlockSize`, 100)] },
            { kind: 'GetParameterValues', parameterNames: [`${P}DiagnosticsState`] },
          ];
        return [{ kind: 'GetParameterValues', parameterNames: [`${P}DiagnosticsState`, `${P}SuccessCount`] }];
      },
    });
    const agent = new AgentProcess().start([
      '--acs-url',
      await acs.listen(),
      '--profile',
      PROFILE,
      '--periodic-inform-interval',
      '1',
    ]);
    try {
      const sessions = await acs.waitForSessions(4, 20_000);
      expect(values(sessions[1]!)[`${P}DiagnosticsState`]).toBe('None');
      expect(values(sessions[3]!)[`${P}DiagnosticsState`]).toBe('None');
      expect(acs.sessions.some((x) => codes(x).includes('8 DIAGNOSTICS COMPLETE'))).toBe(false);
      expect(agent.output).toContain('diagnostics: IPPing cancelled');
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);
});
