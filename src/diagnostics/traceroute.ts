import type { DiagnosticState } from './diagnostic-state.ts';
import { resolveHost, type ProtocolVersion } from './resolve-host.ts';
import { runTool } from './run-tool.ts';

export interface TraceRouteInput {
  host: string;
  protocolVersion: ProtocolVersion;
  tries: number;
  timeoutMs: number;
  dataBlockSize: number;
  dscp: number;
  maxHopCount: number;
  interfaceName?: string | undefined;
  signal: AbortSignal;
}

export interface RouteHop {
  host: string;
  hostAddress: string;
  /** ICMP error of the hop (TR-181 RouteHops.ErrorCode), 0 when none. */
  errorCode: number;
  /** Round-trip times of the tries that got an answer, in ms. */
  rtTimesMs: number[];
}

export interface TraceRouteResult {
  state: Extract<
    DiagnosticState,
    'Complete' | 'Error_CannotResolveHostName' | 'Error_MaxHopCountExceeded' | 'Error_Internal' | 'Error_Other'
  >;
  ipAddressUsed: string;
  /** Round trip to the destination, in ms (TR-181 TraceRoute.ResponseTime). */
  responseTimeMs: number;
  hops: RouteHop[];
}

/** traceroute's !X annotations as ICMP destination-unreachable codes (RFC 792 / RFC 1812). */
const ICMP_CODES: Record<string, number> = { N: 0, H: 1, P: 2, F: 4, S: 5, X: 13, V: 14, C: 15 };

/** Parses `traceroute -n` output into hops; '*' tries are left out of RTTimes. */
export function parseTraceroute(out: string): RouteHop[] {
  const hops: RouteHop[] = [];
  for (const line of out.split('\n')) {
    const m = /^\s*([0-9]+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const rest = m[2]!;
    const address = /([0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:]+)/.exec(rest)?.[1] ?? '';
    const rtTimesMs = [...rest.matchAll(/([0-9.]+) ms/g)].map((x) => Math.max(0, Math.round(Number(x[1]))));
    const bang = /!([A-Z]|<[0-9]+>)?/.exec(rest);
    let errorCode = 0;
    if (bang) errorCode = bang[1]?.startsWith('<') ? Number(bang[1].slice(1, -1)) : (ICMP_CODES[bang[1] ?? ''] ?? 0);
    hops.push({ host: address, hostAddress: address, errorCode, rtTimesMs });
  }
  return hops;
}

/** TR-181 TraceRoute with the system traceroute: the RouteHops table and the response time. */
export async function runTraceRoute(i: TraceRouteInput): Promise<TraceRouteResult> {
  const address = await resolveHost(i.host, i.protocolVersion, i.timeoutMs);
  if (address === undefined)
    return { state: 'Error_CannotResolveHostName', ipAddressUsed: '', responseTimeMs: 0, hops: [] };
  const maxHops = Math.max(1, Math.min(64, Math.floor(i.maxHopCount) || 30));
  const args = [
    '-n',
    address.includes(':') ? '-6' : '-4',
    '-q',
    String(Math.max(1, Math.min(10, Math.floor(i.tries) || 3))),
    '-w',
    String(Math.max(1, Math.ceil(i.timeoutMs / 1000))),
    '-m',
    String(maxHops),
    '-t',
    String((i.dscp & 0x3f) << 2),
    ...(i.interfaceName ? ['-i', i.interfaceName] : []),
    address,
    String(Math.max(28, Math.min(65000, i.dataBlockSize || 60))),
  ];
  const r = await runTool('traceroute', args, i.signal);
  if (r.missing) return { state: 'Error_Internal', ipAddressUsed: address, responseTimeMs: 0, hops: [] };
  if (r.code !== 0) return { state: 'Error_Other', ipAddressUsed: address, responseTimeMs: 0, hops: [] };
  const hops = parseTraceroute(r.stdout);
  const last = hops.at(-1);
  // TR-181: not reaching the host within MaxHopCount is its own error.
  if (!last || last.hostAddress !== address)
    return { state: 'Error_MaxHopCountExceeded', ipAddressUsed: address, responseTimeMs: 0, hops };
  const times = last.rtTimesMs;
  return {
    state: 'Complete',
    ipAddressUsed: address,
    responseTimeMs: times.length > 0 ? Math.round(times.reduce((a, b) => a + b, 0) / times.length) : 0,
    hops,
  };
}
