import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { DiagnosticState } from './diagnostic-state.ts';

export interface NsLookupInput {
  hostName: string;
  /** Server address, optionally with :port ([v6]:port); empty: the system's resolver. */
  dnsServer: string;
  timeoutMs: number;
  repetitions: number;
  signal: AbortSignal;
}

export type NsLookupStatus =
  'Success' | 'Error_DNSServerNotAvailable' | 'Error_HostNameNotResolved' | 'Error_Timeout' | 'Error_Other';

export interface NsLookupAnswer {
  status: NsLookupStatus;
  answerType: 'None' | 'Authoritative' | 'NonAuthoritative';
  hostNameReturned: string;
  ipAddresses: string[];
  dnsServerIp: string;
  responseTimeMs: number;
}

export interface NsLookupResult {
  state: Extract<DiagnosticState, 'Complete' | 'Error_DNSServerNotResolved' | 'Error_Internal' | 'Error_Other'>;
  successCount: number;
  results: NsLookupAnswer[];
}

/** c-ares error codes as TR-181 NSLookupDiagnostics.Result.{i}.Status values. */
function statusOf(code: string | undefined): NsLookupStatus {
  switch (code) {
    case 'ENOTFOUND':
    case 'ENODATA':
    case 'ENONAME':
      return 'Error_HostNameNotResolved';
    case 'ETIMEOUT':
      return 'Error_Timeout';
    case 'ECONNREFUSED':
    case 'ESERVFAIL':
    case 'EREFUSED':
      return 'Error_DNSServerNotAvailable';
    default:
      return 'Error_Other';
  }
}

/** TR-181 NSLookupDiagnostics through node:dns, against the given server, NumberOfRepetitions times. */
export async function runNsLookup(i: NsLookupInput): Promise<NsLookupResult> {
  const resolver = new Resolver({ timeout: Math.max(100, i.timeoutMs), tries: 1 });
  const server = i.dnsServer.trim();
  if (server !== '') {
    const host = server.replace(/^\[(.*)\](:[0-9]+)?$/, '$1').replace(/^([^:]+):[0-9]+$/, '$1');
    // TR-181: a DNSServer given by name must resolve first.
    if (isIP(host) === 0) return { state: 'Error_DNSServerNotResolved', successCount: 0, results: [] };
    try {
      resolver.setServers([server]);
    } catch {
      return { state: 'Error_Other', successCount: 0, results: [] };
    }
  }
  const serverIp =
    resolver
      .getServers()[0]
      ?.replace(/^\[(.*)\](:[0-9]+)?$/, '$1')
      .replace(/^([0-9.]+):[0-9]+$/, '$1') ?? '';
  const results: NsLookupAnswer[] = [];
  const abort = (): void => resolver.cancel();
  i.signal.addEventListener('abort', abort, { once: true });
  try {
    for (let n = 0; n < Math.max(1, Math.floor(i.repetitions)); n++) {
      if (i.signal.aborted) break;
      const started = process.hrtime.bigint();
      const [v4, v6] = await Promise.allSettled([resolver.resolve4(i.hostName), resolver.resolve6(i.hostName)]);
      const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
      const addresses = [
        ...(v4.status === 'fulfilled' ? v4.value : []),
        ...(v6.status === 'fulfilled' ? v6.value : []),
      ];
      if (addresses.length > 0) {
        // c-ares does not expose the AA bit; answers through a resolver are reported non-authoritative.
        results.push({
          status: 'Success',
          answerType: 'NonAuthoritative',
          hostNameReturned: i.hostName,
          ipAddresses: addresses,
          dnsServerIp: serverIp,
          responseTimeMs: ms,
        });
      } else {
        const err = (v4.status === 'rejected' ? v4.reason : v6.status === 'rejected' ? v6.reason : undefined) as
          NodeJS.ErrnoException | undefined;
        const status =
          v4.status === 'fulfilled' || v6.status === 'fulfilled' ? 'Error_HostNameNotResolved' : statusOf(err?.code);
        results.push({
          status,
          answerType: 'None',
          hostNameReturned: '',
          ipAddresses: [],
          dnsServerIp: serverIp,
          responseTimeMs: 0,
        });
      }
    }
  } finally {
    i.signal.removeEventListener('abort', abort);
  }
  return { state: 'Complete', successCount: results.filter((r) => r.status === 'Success').length, results };
}
