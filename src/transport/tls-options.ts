/**
 * TLS settings for the ACS connection (TR-069 3.2.2: TLS 1.2 or later, certificate and host name
 * validation; mutual TLS with a CPE certificate when configured).
 */
import type { ConnectionOptions } from 'node:tls';
import type { AcsClientOptions } from './options.ts';

export function tlsOptions(opts: AcsClientOptions): ConnectionOptions {
  const out: ConnectionOptions = { minVersion: 'TLSv1.2', rejectUnauthorized: opts.insecureSkipVerify !== true };
  // Node's `ca` replaces the default root store, which is exactly "trust only this bundle".
  if (opts.ca !== undefined) out.ca = opts.ca;
  if (opts.cert !== undefined && opts.key !== undefined) {
    out.cert = opts.cert;
    out.key = opts.key;
  }
  // With rejectUnauthorized=false Node already ignores the host name check result; make it explicit.
  if (opts.insecureSkipVerify === true) out.checkServerIdentity = () => undefined;
  return out;
}

/** Configuration errors that should fail at construction, not at the first POST. */
export function checkTlsConfig(opts: AcsClientOptions): void {
  if ((opts.cert === undefined) !== (opts.key === undefined)) {
    throw new TypeError('AcsClientOptions: cert and key must be given together for mutual TLS');
  }
}
