/**
 * One error type for everything that can go wrong between the agent and its ACS, classified so the
 * session layer can pick a retry policy (TR-069 3.2.1.1) and log something useful.
 */
export type TransportErrorKind = 'connect' | 'tls' | 'timeout' | 'http' | 'auth' | 'too-large' | 'redirect' | 'dns';

export class TransportError extends Error {
  override readonly name = 'TransportError';
  readonly kind: TransportErrorKind;
  readonly status?: number;
  /** The underlying error's code (ECONNREFUSED, HEADERS_TIMEOUT, ERR_TLS_CERT_ALTNAME_INVALID, ...). */
  readonly code?: string;

  constructor(
    kind: TransportErrorKind,
    message: string,
    opts: { status?: number; code?: string; cause?: unknown } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.kind = kind;
    if (opts.status !== undefined) this.status = opts.status;
    if (opts.code !== undefined) this.code = opts.code;
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const TIMEOUT_CODES = new Set(['CONNECT_TIMEOUT', 'HEADERS_TIMEOUT', 'BODY_TIMEOUT', 'ETIMEDOUT']);
// OpenSSL verification results that Node reports as error.code (X509_V_ERR_* without the prefix).
const CERT_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'INVALID_CA',
  'INVALID_PURPOSE',
  'HOSTNAME_MISMATCH',
  'IP_ADDRESS_MISMATCH',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'PATH_LENGTH_EXCEEDED',
]);

function codeOf(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const code: unknown = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]?.trim() ?? '';
}

/** The innermost interesting error: Node's happy-eyeballs connect throws an AggregateError. */
function unwrap(err: unknown): unknown {
  if (err instanceof AggregateError && err.errors.length > 0 && codeOf(err) === undefined) return err.errors[0];
  return err;
}

/**
 * Classify a low-level error (Node net/tls/dns/http) for `where` (the URL being talked to).
 * `socketError` is what the socket itself emitted: with TLS 1.3 a server that rejects the client
 * certificate sends its alert after the client considers the handshake done, and the request
 * then reports only that the socket closed - the socket's own error says what really happened.
 */
export function toTransportError(err: unknown, where: string, socketError?: unknown): TransportError {
  if (err instanceof TransportError) return err;
  const primary = classify(err, where);
  if (primary.kind !== 'connect' || socketError === undefined) return primary;
  const detail = classify(socketError, where);
  return detail.kind === 'connect' ? primary : detail;
}

function classify(err: unknown, where: string): TransportError {
  const inner = unwrap(err);
  const code = codeOf(inner) ?? '';
  const text = `${where}: ${messageOf(inner)}${code ? ` (${code})` : ''}`;
  const opts = { code, cause: err };
  if (DNS_CODES.has(code)) return new TransportError('dns', text, opts);
  if (TIMEOUT_CODES.has(code)) return new TransportError('timeout', text, opts);
  // EPROTO: OpenSSL's own failure on the socket (e.g. the server's "protocol version" alert).
  if (CERT_CODES.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_') || code === 'EPROTO')
    return new TransportError('tls', text, opts);
  return new TransportError('connect', text, opts);
}
