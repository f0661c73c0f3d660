import type { DiagnosticState } from './diagnostic-state.ts';
import { resolveHost, type ProtocolVersion } from './resolve-host.ts';
import { runTool } from './run-tool.ts';

export interface PingInput {
  host: string;
  protocolVersion: ProtocolVersion;
  repetitions: number;
  timeoutMs: number;
  dataBlockSize: number;
  dscp: number;
  interfaceName?: string | undefined;
  signal: AbortSignal;
}

export interface PingResult {
  state: Extract<DiagnosticState, 'Complete' | 'Error_CannotResolveHostName' | 'Error_Internal' | 'Error_Other'>;
  ipAddressUsed: string;
  successCount: number;
  failureCount: number;
  /** Whole milliseconds (TR-181 IPPing *ResponseTime). */
  averageMs: number;
  minimumMs: number;
  maximumMs: number;
  /** Microseconds (the *ResponseTimeDetailed parameters). */
  averageUs: number;
  minimumUs: number;
  maximumUs: number;
}

const EMPTY = {
  successCount: 0,
  failureCount: 0,
  averageMs: 0,
  minimumMs: 0,
  maximumMs: 0,
  averageUs: 0,
  minimumUs: 0,
  maximumUs: 0,
};

/** Per-reply round-trip times in µs from iputils ping output ("time=0.049 ms"). */
export function parsePingReplies(out: string): number[] {
  const times: number[] = [];
  for (const m of out.matchAll(/ time[=<]([0-9.]+) ms/g)) times.push(Math.round(Number(m[1]) * 1000));
  return times;
}

/** TR-181 IPPing with the system ping (iputils): counts, and min/avg/max in ms and µs. */
export async function runPing(i: PingInput): Promise<PingResult> {
  const address = await resolveHost(i.host, i.protocolVersion, i.timeoutMs);
  if (address === undefined) return { state: 'Error_CannotResolveHostName', ipAddressUsed: '', ...EMPTY };
  const count = Math.max(1, Math.floor(i.repetitions));
  const args = [
    '-n',
    '-c',
    String(count),
    // Replies later than Timeout count as failures (TR-181 IPPing.Timeout, in ms); -W takes seconds.
    '-W',
    String(Math.max(1, Math.ceil(i.timeoutMs / 1000))),
    '-i',
    '0.2',
    '-s',
    String(Math.max(0, Math.min(65507, i.dataBlockSize))),
    '-Q',
    String((i.dscp & 0x3f) << 2),
    ...(i.interfaceName ? ['-I', i.interfaceName] : []),
    ...(address.includes(':') ? ['-6'] : ['-4']),
    address,
  ];
  const r = await runTool('ping', args, i.signal);
  if (r.missing) return { state: 'Error_Internal', ipAddressUsed: address, ...EMPTY };
  // ping exits 1 when replies are missing and 2 on other errors (bad interface, no route …).
  if (r.code !== 0 && r.code !== 1) {
    return /unreachable|no route/i.test(r.stderr + r.stdout)
      ? { state: 'Complete', ipAddressUsed: address, ...EMPTY, failureCount: count }
      : { state: 'Error_Other', ipAddressUsed: address, ...EMPTY };
  }
  const times = parsePingReplies(r.stdout).filter((us) => us <= i.timeoutMs * 1000);
  const ok = Math.min(count, times.length);
  if (ok === 0) return { state: 'Complete', ipAddressUsed: address, ...EMPTY, failureCount: count };
  const sum = times.reduce((a, b) => a + b, 0);
  const avg = Math.round(sum / times.length);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const ms = (us: number): number => Math.round(us / 1000);
  return {
    state: 'Complete',
    ipAddressUsed: address,
    successCount: ok,
    failureCount: count - ok,
    averageMs: ms(avg),
    minimumMs: ms(min),
    maximumMs: ms(max),
    averageUs: avg,
    minimumUs: min,
    maximumUs: max,
  };
}
