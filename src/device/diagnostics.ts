import {
  runHttpDownload,
  runHttpUpload,
  type ThroughputInput,
  type ThroughputResult,
  type UploadInput,
} from '../diagnostics/http-throughput.ts';
import { runNsLookup, type NsLookupInput, type NsLookupResult } from '../diagnostics/nslookup.ts';
import { runPing, type PingInput, type PingResult } from '../diagnostics/ping.ts';
import type { ProtocolVersion } from '../diagnostics/resolve-host.ts';
import {
  runServerSelection,
  type ServerSelectionInput,
  type ServerSelectionResult,
} from '../diagnostics/server-selection.ts';
import { runTraceRoute, type TraceRouteInput, type TraceRouteResult } from '../diagnostics/traceroute.ts';
import { runUdpEcho, type UdpEchoInput, type UdpEchoResult } from '../diagnostics/udp-echo.ts';

/** What a test reads: its input parameters, relative to the diagnostics object. */
export interface DiagnosticInput {
  str(name: string): string;
  num(name: string, fallback: number): number;
  bool(name: string): boolean;
  list(name: string): string[];
  /** The OS name of the interface the Interface input refers to (its IP.Interface row's Name). */
  interfaceName(): string | undefined;
}

export type ResultValue = string | number | boolean | bigint | readonly (string | number)[];

/** A finished test: its DiagnosticsState, its result parameters and its result tables. */
export interface DiagnosticOutcome {
  state: string;
  values?: Record<string, ResultValue | undefined>;
  /** Table name relative to the object ('RouteHops') → rows of relative name → value. */
  tables?: Record<string, Record<string, ResultValue | undefined>[]>;
}

/** One kind of test and where it lives in each root model. */
export interface DiagnosticSpec {
  name: string;
  /** The object path relative to the root, per root ('Device.' / 'InternetGatewayDevice.'). */
  objects: Partial<Record<string, string>>;
  run(input: DiagnosticInput, signal: AbortSignal): Promise<DiagnosticOutcome>;
}

/**
 * The measurements behind the diagnostics: the abstraction layer's platform hooks. The defaults
 * use the system's ping/traceroute, node:dns and raw sockets; an integrator replaces any of
 * them (for example a hardware-offloaded speed test) through createAgent({ diagnostics }).
 */
export interface DiagnosticRunners {
  ping(i: PingInput): Promise<PingResult>;
  traceRoute(i: TraceRouteInput): Promise<TraceRouteResult>;
  nsLookup(i: NsLookupInput): Promise<NsLookupResult>;
  download(i: ThroughputInput): Promise<ThroughputResult>;
  upload(i: UploadInput): Promise<ThroughputResult>;
  udpEcho(i: UdpEchoInput): Promise<UdpEchoResult>;
  serverSelection(i: ServerSelectionInput): Promise<ServerSelectionResult>;
}

export const defaultDiagnosticRunners: DiagnosticRunners = {
  ping: runPing,
  traceRoute: runTraceRoute,
  nsLookup: runNsLookup,
  download: runHttpDownload,
  upload: runHttpUpload,
  udpEcho: runUdpEcho,
  serverSelection: (i) => runServerSelection(i, { ping: runPing, udpEcho: runUdpEcho }),
};

const version = (input: DiagnosticInput): ProtocolVersion => {
  const v = input.str('ProtocolVersion');
  return v === 'IPv4' || v === 'IPv6' ? v : 'Any';
};
const DEFAULT_TIMEOUT_MS = 5000;

function throughputInput(input: DiagnosticInput, url: string, signal: AbortSignal): ThroughputInput {
  return {
    url,
    protocolVersion: version(input),
    numberOfConnections: input.num('NumberOfConnections', 1),
    timeBasedTestDurationS: input.num('TimeBasedTestDuration', 0),
    measurementIntervalS: input.num('TimeBasedTestMeasurementInterval', 0),
    dscp: input.num('DSCP', 0),
    timeoutMs: 30_000,
    signal,
  };
}

function throughputOutcome(r: ThroughputResult, download: boolean, perConnection: boolean): DiagnosticOutcome {
  const bytes = download ? 'TestBytesReceived' : 'TestBytesSent';
  return {
    state: r.state,
    values: {
      ROMTime: r.romTime,
      BOMTime: r.bomTime,
      EOMTime: r.eomTime,
      TCPOpenRequestTime: r.tcpOpenRequestTime,
      TCPOpenResponseTime: r.tcpOpenResponseTime,
      IPAddressUsed: r.ipAddressUsed,
      [bytes]: r.testBytes,
      TotalBytesReceived: r.totalBytesReceived,
      TotalBytesSent: r.totalBytesSent,
      // Our test loads the link for its whole duration: "under full loading" is the whole test.
      [`${bytes}UnderFullLoading`]: r.testBytes,
      TotalBytesReceivedUnderFullLoading: r.totalBytesReceived,
      TotalBytesSentUnderFullLoading: r.totalBytesSent,
      PeriodOfFullLoading: r.state === 'Complete' ? Number(r.eomUs - r.bomUs) : 0, // µs
    },
    tables: {
      PerConnectionResult: perConnection
        ? r.perConnection.map((c) => ({
            ROMTime: c.romTime,
            BOMTime: c.bomTime,
            EOMTime: c.eomTime,
            TCPOpenRequestTime: c.tcpOpenRequestTime,
            TCPOpenResponseTime: c.tcpOpenResponseTime,
            [bytes]: c.testBytes,
            TotalBytesReceived: c.totalBytesReceived,
            TotalBytesSent: c.totalBytesSent,
          }))
        : [],
      IncrementalResult: r.incremental.map((x) => ({
        StartTime: x.startTime,
        EndTime: x.endTime,
        [bytes]: x.testBytes,
        TotalBytesReceived: x.totalBytesReceived,
        TotalBytesSent: x.totalBytesSent,
      })),
    },
  };
}

/**
 * The TR-143 tests of TR-181 Device:2 and TR-098 InternetGatewayDevice:1, each mapped from the
 * object's inputs to a runner and back to its result parameters (same names in both models;
 * parameters a model lacks are skipped when written).
 */
export function diagnosticSpecs(r: DiagnosticRunners = defaultDiagnosticRunners): DiagnosticSpec[] {
  return [
    {
      name: 'IPPing',
      objects: { 'Device.': 'IP.Diagnostics.IPPing.', 'InternetGatewayDevice.': 'IPPingDiagnostics.' },
      run: async (i, signal) => {
        const p = await r.ping({
          host: i.str('Host'),
          protocolVersion: version(i),
          repetitions: i.num('NumberOfRepetitions', 1),
          timeoutMs: i.num('Timeout', DEFAULT_TIMEOUT_MS),
          dataBlockSize: i.num('DataBlockSize', 56),
          dscp: i.num('DSCP', 0),
          interfaceName: i.interfaceName(),
          signal,
        });
        return {
          state: p.state,
          values: {
            IPAddressUsed: p.ipAddressUsed,
            SuccessCount: p.successCount,
            FailureCount: p.failureCount,
            AverageResponseTime: p.averageMs,
            MinimumResponseTime: p.minimumMs,
            MaximumResponseTime: p.maximumMs,
            AverageResponseTimeDetailed: p.averageUs,
            MinimumResponseTimeDetailed: p.minimumUs,
            MaximumResponseTimeDetailed: p.maximumUs,
          },
        };
      },
    },
    {
      name: 'TraceRoute',
      objects: { 'Device.': 'IP.Diagnostics.TraceRoute.', 'InternetGatewayDevice.': 'TraceRouteDiagnostics.' },
      run: async (i, signal) => {
        const t = await r.traceRoute({
          host: i.str('Host'),
          protocolVersion: version(i),
          tries: i.num('NumberOfTries', 3),
          timeoutMs: i.num('Timeout', DEFAULT_TIMEOUT_MS),
          dataBlockSize: i.num('DataBlockSize', 38),
          dscp: i.num('DSCP', 0),
          maxHopCount: i.num('MaxHopCount', 30),
          interfaceName: i.interfaceName(),
          signal,
        });
        return {
          state: t.state,
          values: { IPAddressUsed: t.ipAddressUsed, ResponseTime: t.responseTimeMs },
          tables: {
            RouteHops: t.hops.map((h) => ({
              Host: h.host,
              HostAddress: h.hostAddress,
              ErrorCode: h.errorCode,
              RTTimes: h.rtTimesMs,
            })),
          },
        };
      },
    },
    {
      name: 'NSLookup',
      objects: { 'Device.': 'DNS.Diagnostics.NSLookupDiagnostics.', 'InternetGatewayDevice.': 'NSLookupDiagnostics.' },
      run: async (i, signal) => {
        const n = await r.nsLookup({
          hostName: i.str('HostName'),
          dnsServer: i.str('DNSServer'),
          timeoutMs: i.num('Timeout', DEFAULT_TIMEOUT_MS),
          repetitions: i.num('NumberOfRepetitions', 1),
          signal,
        });
        return {
          state: n.state,
          values: { SuccessCount: n.successCount },
          tables: {
            Result: n.results.map((x) => ({
              Status: x.status,
              AnswerType: x.answerType,
              HostNameReturned: x.hostNameReturned,
              IPAddresses: x.ipAddresses,
              DNSServerIP: x.dnsServerIp,
              ResponseTime: x.responseTimeMs,
            })),
          },
        };
      },
    },
    {
      name: 'DownloadDiagnostics',
      objects: { 'Device.': 'IP.Diagnostics.DownloadDiagnostics.', 'InternetGatewayDevice.': 'DownloadDiagnostics.' },
      run: async (i, signal) =>
        throughputOutcome(
          await r.download(throughputInput(i, i.str('DownloadURL'), signal)),
          true,
          i.bool('EnablePerConnectionResults'),
        ),
    },
    {
      name: 'UploadDiagnostics',
      objects: { 'Device.': 'IP.Diagnostics.UploadDiagnostics.', 'InternetGatewayDevice.': 'UploadDiagnostics.' },
      run: async (i, signal) =>
        throughputOutcome(
          await r.upload({
            ...throughputInput(i, i.str('UploadURL'), signal),
            testFileLength: i.num('TestFileLength', 0),
          }),
          false,
          i.bool('EnablePerConnectionResults'),
        ),
    },
    {
      name: 'UDPEcho',
      objects: { 'Device.': 'IP.Diagnostics.UDPEchoDiagnostics.' },
      run: async (i, signal) => {
        const u = await r.udpEcho({
          host: i.str('Host'),
          port: i.num('Port', 7),
          protocolVersion: version(i),
          repetitions: i.num('NumberOfRepetitions', 1),
          timeoutMs: i.num('Timeout', DEFAULT_TIMEOUT_MS),
          dataBlockSize: i.num('DataBlockSize', 24),
          dscp: i.num('DSCP', 0),
          interTransmissionTimeMs: i.num('InterTransmissionTime', 1000),
          signal,
        });
        return {
          state: u.state,
          values: {
            IPAddressUsed: u.ipAddressUsed,
            SuccessCount: u.successCount,
            FailureCount: u.failureCount,
            // TR-181 UDPEchoDiagnostics reports these in microseconds.
            AverageResponseTime: u.averageResponseTimeUs,
            MinimumResponseTime: u.minimumResponseTimeUs,
            MaximumResponseTime: u.maximumResponseTimeUs,
          },
          tables: {
            IndividualPacketResult: i.bool('EnableIndividualPacketResults')
              ? u.packets.map((p) => ({
                  PacketSuccess: p.success,
                  PacketSendTime: p.sendTime,
                  PacketReceiveTime: p.receiveTime,
                  TestGenSN: p.testGenSN,
                  TestRespSN: p.testRespSN,
                  TestRespRcvTimeStamp: p.testRespRcvTimeStamp,
                  TestRespReplyTimeStamp: p.testRespReplyTimeStamp,
                  TestRespReplyFailureCount: p.testRespReplyFailureCount,
                }))
              : [],
          },
        };
      },
    },
    {
      name: 'ServerSelection',
      objects: { 'Device.': 'IP.Diagnostics.ServerSelectionDiagnostics.' },
      run: async (i, signal) => {
        const s = await r.serverSelection({
          hostList: i.list('HostList'),
          protocol: i.str('Protocol') === 'UDP Echo' ? 'UDP Echo' : 'ICMP',
          port: i.num('Port', 7),
          protocolVersion: version(i),
          repetitions: i.num('NumberOfRepetitions', 1),
          timeoutMs: i.num('Timeout', DEFAULT_TIMEOUT_MS),
          signal,
        });
        return {
          state: s.state,
          values: {
            FastestHost: s.fastestHost,
            IPAddressUsed: s.ipAddressUsed,
            AverageResponseTime: s.averageResponseTimeUs,
            MinimumResponseTime: s.minimumResponseTimeUs,
            MaximumResponseTime: s.maximumResponseTimeUs,
          },
        };
      },
    },
  ];
}
