import type { DiagnosticState } from './diagnostic-state.ts';
import type { PingInput, PingResult } from './ping.ts';
import type { ProtocolVersion } from './resolve-host.ts';
import type { UdpEchoInput, UdpEchoResult } from './udp-echo.ts';

export interface ServerSelectionInput {
  hostList: readonly string[];
  protocol: 'ICMP' | 'UDP Echo';
  /** UDP Echo port. */
  port: number;
  protocolVersion: ProtocolVersion;
  repetitions: number;
  timeoutMs: number;
  signal: AbortSignal;
}

export interface ServerSelectionResult {
  state: Extract<DiagnosticState, 'Complete' | 'Error_CannotResolveHostName' | 'Error_Internal' | 'Error_Other'>;
  fastestHost: string;
  ipAddressUsed: string;
  /** µs (TR-181 ServerSelectionDiagnostics *ResponseTime). */
  averageResponseTimeUs: number;
  minimumResponseTimeUs: number;
  maximumResponseTimeUs: number;
}

/** The probes it uses, injectable so an integrator (or a test) can replace either. */
export interface ServerSelectionProbes {
  ping(i: PingInput): Promise<PingResult>;
  udpEcho(i: UdpEchoInput): Promise<UdpEchoResult>;
}

/**
 * TR-181 ServerSelectionDiagnostics: probe each host of HostList with ping or UDP echo and pick
 * the one with the lowest average response time among those that answered.
 */
export async function runServerSelection(
  i: ServerSelectionInput,
  probes: ServerSelectionProbes,
): Promise<ServerSelectionResult> {
  const none: ServerSelectionResult = {
    state: 'Error_Other',
    fastestHost: '',
    ipAddressUsed: '',
    averageResponseTimeUs: 0,
    minimumResponseTimeUs: 0,
    maximumResponseTimeUs: 0,
  };
  let best: ServerSelectionResult | undefined;
  let resolved = 0;
  for (const host of i.hostList.map((h) => h.trim()).filter((h) => h !== '')) {
    if (i.signal.aborted) break;
    const common = {
      host,
      protocolVersion: i.protocolVersion,
      repetitions: i.repetitions,
      timeoutMs: i.timeoutMs,
      dscp: 0,
      signal: i.signal,
    };
    let r: { ok: boolean; address: string; avg: number; min: number; max: number; unresolved: boolean };
    if (i.protocol === 'UDP Echo') {
      const u = await probes.udpEcho({ ...common, port: i.port, dataBlockSize: 24, interTransmissionTimeMs: 10 });
      r = {
        ok: u.successCount > 0,
        address: u.ipAddressUsed,
        avg: u.averageResponseTimeUs,
        min: u.minimumResponseTimeUs,
        max: u.maximumResponseTimeUs,
        unresolved: u.state === 'Error_CannotResolveHostName',
      };
    } else {
      const p = await probes.ping({ ...common, dataBlockSize: 24 });
      r = {
        ok: p.successCount > 0,
        address: p.ipAddressUsed,
        avg: p.averageUs,
        min: p.minimumUs,
        max: p.maximumUs,
        unresolved: p.state === 'Error_CannotResolveHostName',
      };
    }
    if (!r.unresolved) resolved += 1;
    if (r.ok && (!best || r.avg < best.averageResponseTimeUs)) {
      best = {
        state: 'Complete',
        fastestHost: host,
        ipAddressUsed: r.address,
        averageResponseTimeUs: r.avg,
        minimumResponseTimeUs: r.min,
        maximumResponseTimeUs: r.max,
      };
    }
  }
  if (best) return best;
  return { ...none, state: resolved === 0 && i.hostList.length > 0 ? 'Error_CannotResolveHostName' : 'Error_Other' };
}
