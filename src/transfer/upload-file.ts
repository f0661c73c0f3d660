/**
 * The HTTP(S) client of the Upload RPC (TR-069 A.4.1.5: over HTTP the CPE uploads with PUT). The
 * body is a Buffer or a file that is streamed, and re-read when a 401 challenge makes us send it again.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Authenticator } from '../transport/authenticator.ts';
import { ChallengeTracker } from './challenge-tracker.ts';
import { ServerConnection, discard } from './server-connection.ts';
import { DEFAULT_TRANSFER_TIMEOUT_MS, type TransferTls } from './transfer-options.ts';
import { TransferCancelled, TransferError, networkFault, showUrl, transferUrl } from './transfer-error.ts';

export interface UploadOptions {
  url: string;
  username?: string;
  password?: string;
  /** The bytes, or a file to stream (read again from the start on every attempt). */
  body: Buffer | { path: string };
  /** Default application/octet-stream. */
  contentType?: string;
  tls?: TransferTls;
  /** Inactivity timeout, default 30 s. */
  timeoutMs?: number;
  /** Cancellation: rejects with TransferCancelled (fault 9010). */
  signal?: AbortSignal;
}

export async function uploadFile(o: UploadOptions): Promise<{ bytes: number }> {
  if (o.signal?.aborted) throw new TransferCancelled();
  const url = transferUrl(o.url);
  const where = showUrl(url);
  const bytes = await bodySize(o.body);
  const auth = o.username !== undefined ? new Authenticator(o.username, o.password ?? '') : undefined;
  const challenges = new ChallengeTracker(auth);
  const conn = new ServerConnection(o.tls, o.timeoutMs ?? DEFAULT_TRANSFER_TIMEOUT_MS);
  try {
    for (;;) {
      const headers: Record<string, string> = {
        'content-type': o.contentType ?? 'application/octet-stream',
        'content-length': String(bytes),
      };
      const authorization = auth?.header('PUT', `${url.pathname}${url.search}`);
      if (authorization !== undefined) headers['authorization'] = authorization;
      const file = o.body;
      const body = Buffer.isBuffer(file) ? file : (): Readable => createReadStream(file.path);
      const res = await conn.request(url, { method: 'PUT', headers, body, ...(o.signal ? { signal: o.signal } : {}) });
      await discard(res.body);
      const status = res.status;
      if (status >= 200 && status <= 299) return { bytes };
      if (status === 401) {
        challenges.onUnauthorized(res.headers['www-authenticate'], where);
        continue;
      }
      // TR-069 A.5.1 9011 "upload failure": the server answered but did not take the file. Redirects
      // are not followed: a PUT body is not resent to a place the ACS did not name.
      throw new TransferError(
        9011,
        `the file server refused the upload: HTTP ${status}${res.statusText ? ` ${res.statusText}` : ''} (${where})`,
      );
    }
  } catch (err) {
    if (o.signal?.aborted) throw new TransferCancelled();
    throw networkFault(err, where, conn.socketError, conn.connected, 9011);
  } finally {
    conn.close();
  }
}

async function bodySize(body: Buffer | { path: string }): Promise<number> {
  if (Buffer.isBuffer(body)) return body.length;
  try {
    const s = await stat(body.path);
    if (!s.isFile()) throw new Error('not a regular file');
    return s.size;
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new TransferError(9011, `cannot read the file to upload: ${reason}`, { cause: err });
  }
}
