/** What every file transfer (Download, Upload) is configured with, whichever HTTP client carries it. */

export interface TransferTls {
  /** PEM; when given it is the only trust anchor (the system store is not used). */
  ca?: string | Buffer;
  /** PEM client certificate and key for mutual TLS; both or neither. */
  cert?: string | Buffer;
  key?: string | Buffer;
  /** Turns off certificate and host name verification. */
  insecureSkipVerify?: boolean;
}

/** Inactivity limit of a transfer: connect, response head, any gap in the body. */
export const DEFAULT_TRANSFER_TIMEOUT_MS = 30_000;
