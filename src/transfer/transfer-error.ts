/**
 * Failures of a Download or Upload file transfer, carrying the CWMP fault code the agent reports in
 * TransferComplete (TR-069 A.5.1 fault table, 9010-9020). Messages are one operator-readable line
 * and never contain credentials: URLs are shown without userinfo.
 */
import { TransportError, toTransportError } from '../transport/errors.ts';

export type TransferFaultCode = 9010 | 9011 | 9012 | 9013 | 9015 | 9016 | 9017 | 9018 | 9019 | 9020;

export class TransferError extends Error {
  override readonly name: string = 'TransferError';

  constructor(
    readonly faultCode: TransferFaultCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message.replace(/\s*\n\s*/g, ' '), options);
  }
}

/**
 * The transfer was cancelled through its AbortSignal. A subclass so that callers that only want a
 * fault code get 9010 (TR-069 A.5.1: generic file transfer failure) and callers that must tell a
 * cancellation apart (CancelTransfer, shutdown) can test `instanceof TransferCancelled`.
 */
export class TransferCancelled extends TransferError {
  override readonly name: string = 'TransferCancelled';

  constructor() {
    super(9010, 'cancelled');
  }
}

/** A URL for messages: never the userinfo part, which could hold a password. */
export function showUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}${url.search}`;
}

/**
 * Parse a transfer URL; only HTTP and HTTPS are implemented (TR-069 A.3.2.8: other schemes are
 * optional), anything else is 9013 "unsupported protocol for file transfer".
 */
export function transferUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new TransferError(9016, 'the file URL is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TransferError(9013, `unsupported file transfer protocol ${url.protocol} (only http: and https:)`);
  }
  return url;
}

// Errors raised while the connection is being set up: the file server was never reached (9015).
const CONNECT_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

/** What a low-level failure means for a transfer that already had a connection and then lost it. */
export type LateFailure = 9011 | 9017;

/**
 * Map a network/TLS error of Node to a transfer fault, reusing the transport's
 * classification (src/transport/errors.ts). `connected`: a socket to the server had been set up;
 * `late` is the code for a failure after that (9017 for downloads, 9011 for uploads).
 */
export function networkFault(
  err: unknown,
  where: string,
  socketError: unknown,
  connected: boolean,
  late: LateFailure,
): TransferError {
  if (err instanceof TransferError) return err;
  const te: TransportError = toTransportError(err, where, socketError);
  const code = te.code ?? '';
  const detail = tidy(te.message.startsWith(`${where}: `) ? te.message.slice(where.length + 2) : te.message);
  if (te.kind === 'tls') {
    // Node reports verification results as bare OpenSSL names; ERR_TLS_CERT_ALTNAME_INVALID is the
    // host name check. Everything else with ERR_ is the handshake itself (TR-069 A.5.1: 9015).
    const certificate = !code.startsWith('ERR_') || code === 'ERR_TLS_CERT_ALTNAME_INVALID';
    return new TransferError(
      9015,
      certificate
        ? `the file server's certificate is not trusted: ${detail} (${where})`
        : `TLS handshake with the file server failed: ${detail} (${where})`,
      { cause: err },
    );
  }
  // TR-069 A.5.1 9015 "unable to contact file server": DNS, refused, unreachable, connect timeout.
  if (te.kind === 'dns' || CONNECT_CODES.has(code) || !connected) {
    return new TransferError(9015, `unable to contact the file server: ${detail} (${where})`, { cause: err });
  }
  // Connected, then dropped or went silent: 9017 "unable to complete download" / 9011 upload failure.
  const what = late === 9017 ? 'download' : 'upload';
  return new TransferError(
    late,
    `${what} interrupted: ${te.kind === 'timeout' ? 'the file server went silent' : 'the connection was lost'}: ${detail} (${where})`,
    { cause: err },
  );
}

/** OpenSSL's "802C...:error:0A00045C:SSL routines:fn:reason:file:line:..." -> "reason ...". */
function tidy(detail: string): string {
  const m = /^[0-9A-F]+:error:[0-9A-F]+:[^:]*:[^:]*:([^:]+):\S*?:\d+:?(.*)$/.exec(detail);
  return m ? `${m[1] ?? ''}${m[2] ? `, ${m[2].trim()}` : ''}` : detail;
}
