/** Configuration and result types of the ACS transport (kept apart so helpers can import them without cycles). */

export interface TransportLog {
  debug(msg: string): void;
  warn(msg: string): void;
}

export interface AcsClientOptions {
  /** ManagementServer.URL; http: or https:. */
  url: string;
  /** ManagementServer.Username/Password, used for Basic or Digest when the ACS challenges (TR-069 3.4.4). */
  username?: string;
  password?: string;
  /** PEM. When `ca` is given it is the ONLY trust anchor (the system store is not used). */
  ca?: string | Buffer;
  /** PEM client certificate and key for mutual TLS (TR-069 3.2.2 / 3.4.4); both or neither. */
  cert?: string | Buffer;
  key?: string | Buffer;
  /** Turns off certificate AND hostname verification; every session start logs a warning. */
  insecureSkipVerify?: boolean;
  /**
   * The connection, TLS handshake and response head come within it of a POST; the body never
   * pauses longer. Default 30 s.
   */
  timeoutMs?: number;
  /** Largest response body accepted; a larger one aborts the session with kind 'too-large'. Default 10 MiB. */
  maxResponseBytes?: number;
  /** Redirects followed per session (TR-069 3.4.5). Default 5. */
  maxRedirects?: number;
  log?: TransportLog;
}

export interface AcsReply {
  status: number;
  body: string;
  contentType: string | undefined;
  /** 204, or 2xx with an empty (or whitespace-only) body: the ACS has nothing more to say (TR-069 3.7.1.3). */
  empty: boolean;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
