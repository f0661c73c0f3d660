/**
 * The HTTP(S) client of the Download RPC (TR-069 A.3.2.8; file transfers 3.4.3): GET the file,
 * answer Basic/Digest challenges, follow redirects, and stream the body into a private temp file
 * while counting it, so a firmware image never sits in memory. Every failure is a TransferError
 * with its TransferComplete fault code (TR-069 A.5.1); the temp file is gone then.
 *
 * No digest is computed on the way: at LAN speeds SHA-256 costs more CPU than the transfer itself
 * (BENCHMARKS.md, issue 6), and the firmware check reads the image anyway. DownloadedFile.sha256()
 * hashes on demand for an integrator that wants it.
 */
import type { FileHandle } from 'node:fs/promises';
import { Authenticator } from '../transport/authenticator.ts';
import { ChallengeTracker } from './challenge-tracker.ts';
import { DownloadConnection, type DownloadReply } from './download-connection.ts';
import { createPart, discardPart, reopen, type DownloadCheckpoint, type Part } from './download-part.ts';
import { continuesAt, cutShort, rangeFrom, resumePoint, type ResumePoint } from './download-resume.ts';
import { FileSink } from './file-sink.ts';
import { freeBytes } from './free-space.ts';
import {
  IncompleteResponseError,
  ResponseFormatError,
  type ResponseHeaders,
} from '../transport/http-response-parser.ts';
import { TransferCancelled, TransferError, networkFault, showUrl, transferUrl } from './transfer-error.ts';
import { DEFAULT_TRANSFER_TIMEOUT_MS, type TransferTls } from './transfer-options.ts';

export { DEFAULT_TRANSFER_TIMEOUT_MS, type TransferTls } from './transfer-options.ts';
export type { DownloadCheckpoint } from './download-part.ts';

export interface FetchOptions {
  url: string;
  username?: string;
  password?: string;
  /** Download FileSize; 0 = unknown. */
  expectedSize: number;
  /** Directory for the temp file (the agent's state dir / transfers). */
  dir: string;
  /** Refuse anything larger, whether announced (FileSize, Content-Length) or streamed. */
  maxBytes: number;
  tls?: TransferTls;
  /** Default 5; one more is 9016. */
  maxRedirects?: number;
  /** Inactivity timeout (connect, response headers, gap between body chunks). Default 30 s. */
  timeoutMs?: number;
  /** Cancellation: rejects with TransferCancelled (fault 9010) and removes the temp file (but see onCheckpoint). */
  signal?: AbortSignal;
  /** Bytes of the file on disk so far, and its whole length when the server said it. */
  onProgress?(bytes: number, total: number | undefined): void;
  /**
   * fsync the file before returning, for a caller that records the download as done (a crash
   * after that must find the whole file). Runs on libuv's pool: a large image on slow flash takes
   * seconds that must not stall the event loop.
   */
  durable?: boolean;
  /** How often a body cut short may be resumed with a Range request (default 3; 0 turns it off). */
  maxResumes?: number;
  /** Wait before the n-th resume: n times this (default 1 s). */
  resumeDelayMs?: number;
  /** The receive ring: all the memory the body takes (default 4 MiB, at least 128 KiB). */
  ringBytes?: number;
  /**
   * Make a resumable download survive the process: the file is fsynced every `checkpointBytes`
   * (default 16 MiB) and each durable point reported. A cancelled download then keeps its file,
   * which the caller owns (passes to `continueFrom` later, or deletes).
   */
  onCheckpoint?(c: DownloadCheckpoint): void;
  checkpointBytes?: number;
  /** Continue a checkpointed file of an earlier attempt (after a restart); starts over when that is not possible. */
  continueFrom?: DownloadCheckpoint;
}

export interface FetchedFile {
  /** Mode 0600, inside `dir`; the caller owns it (moves or deletes it). On disk with `durable`. */
  path: string;
  bytes: number;
  /** How often the body was cut short and resumed. */
  resumes: number;
  /** Bytes taken over from an earlier attempt's checkpoint (continueFrom). */
  reused: number;
}

const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_MAX_RESUMES = 3;
const DEFAULT_RESUME_DELAY_MS = 1000;
const DEFAULT_CHECKPOINT_BYTES = 16 << 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function mib(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${n} bytes`;
}

export async function fetchFile(o: FetchOptions): Promise<FetchedFile> {
  if (o.signal?.aborted) throw new TransferCancelled();
  const start = transferUrl(o.url);
  // TR-069 A.5.1 9010: refuse before any traffic what cannot be accepted anyway.
  if (o.expectedSize > o.maxBytes) {
    throw new TransferError(
      9010,
      `the file is too large: FileSize ${mib(o.expectedSize)} exceeds the limit of ${mib(o.maxBytes)}`,
    );
  }
  const free = await freeBytes(o.dir).catch((err: unknown) => {
    throw new TransferError(9010, `cannot use the download directory: ${(err as Error).message}`, { cause: err });
  });
  if (o.expectedSize > free) {
    throw new TransferError(
      9010,
      `not enough free space for the file: FileSize ${mib(o.expectedSize)}, ${mib(free)} free`,
    );
  }

  const conn = new DownloadConnection(o.tls, o.timeoutMs ?? DEFAULT_TRANSFER_TIMEOUT_MS, o.ringBytes);
  const at = { url: start };
  // Credentials stay with the first origin, also when a resume follows the redirects again.
  const get = (headers: Record<string, string> = {}): Promise<DownloadReply> =>
    getFile(o, conn, at, start.origin, headers);
  const earlier = await reopen(o.dir, o.continueFrom, o.maxBytes);
  let part: Part | undefined = earlier;
  try {
    let res = await get(earlier ? rangeFrom(earlier.point!, earlier.startAt) : {});
    if (earlier && !continuesAt(res, earlier.point!, earlier.startAt)) {
      // The server cannot continue that file (or it changed): the whole file, into the same temp file.
      if (res.status === 206) {
        await res.discard();
        res = await get();
      }
      await earlier.file.truncate(0);
      part = { ...earlier, startAt: 0, point: undefined, checkpointed: false };
    }
    const total = part?.startAt ? part.point!.total : res.length;
    checkDeclaredSize(o, total, free + (part?.startAt ?? 0));
    part ??= await createPart(o.dir);
    return await store(res, o, free, get, part);
  } catch (err) {
    if (part && !part.stored) await discardPart(part, o.signal?.aborted === true);
    if (o.signal?.aborted) throw new TransferCancelled();
    const where = showUrl(at.url);
    // TR-069 A.5.1 9017: the server's answer ended early or was not HTTP; the file cannot be completed.
    if (err instanceof IncompleteResponseError)
      throw new TransferError(9017, `download interrupted: ${err.message} (${where})`, { cause: err });
    if (err instanceof ResponseFormatError)
      throw new TransferError(9017, `the file server sent an invalid HTTP response: ${err.message} (${where})`, {
        cause: err,
      });
    throw networkFault(err, where, conn.socketError, conn.connected, 9017);
  } finally {
    conn.close();
  }
}

/**
 * GET until a 200 (or, with a Range in `extra`, a 206): redirects, 401 challenges; `at.url`
 * follows the current target. Credentials go to `origin` only.
 */
async function getFile(
  o: FetchOptions,
  conn: DownloadConnection,
  at: { url: URL },
  origin: string,
  extra: Record<string, string> = {},
): Promise<DownloadReply> {
  const auth = o.username !== undefined ? new Authenticator(o.username, o.password ?? '') : undefined;
  const challenges = new ChallengeTracker(auth);
  const maxRedirects = o.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let redirects = 0;
  for (;;) {
    const url = at.url;
    const where = showUrl(url);
    // Credentials belong to the server the ACS named; a redirect elsewhere does not get them.
    const sameOrigin = url.origin === origin;
    const headers: Record<string, string> = { accept: '*/*', ...extra };
    const authorization = sameOrigin ? auth?.header('GET', `${url.pathname}${url.search}`) : undefined;
    if (authorization !== undefined) {
      // A CR or LF in a user name would end the header early (request splitting).
      if (/[\r\n\0]/.test(authorization))
        throw new TransferError(9012, `the download credentials contain a line break or NUL (${where})`);
      headers['authorization'] = authorization;
    }
    const res = await conn.get(url, headers, o.signal);
    const status = res.status;
    if (status === 200 || status === 203 || (status === 206 && extra['range'] !== undefined)) return res;
    await res.discard();

    if (REDIRECTS.has(status)) {
      if (++redirects > maxRedirects) {
        // TR-069 A.5.1 9016: a redirect loop means the file cannot be reached.
        throw new TransferError(9016, `unable to access the file: more than ${maxRedirects} redirects (${where})`);
      }
      at.url = redirectTarget(url, header(res.headers, 'location'), status);
      challenges.restart();
      continue;
    }
    if (status === 401) {
      if (!sameOrigin)
        throw new TransferError(
          9012,
          `the file server asks for credentials after a redirect to another server (${where})`,
        );
      challenges.onUnauthorized(res.headers['www-authenticate'], where);
      continue;
    }
    // TR-069 A.5.1 9016 "unable to access file": 403/404/410 and any other refusal, 5xx included
    // (the server answered, so it was contacted; it just did not hand out the file).
    throw new TransferError(
      9016,
      `unable to access the file: HTTP ${status}${res.statusText ? ` ${res.statusText}` : ''} (${where})`,
    );
  }
}

function header(headers: ResponseHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function redirectTarget(from: URL, location: string | undefined, status: number): URL {
  const where = showUrl(from);
  if (location === undefined)
    throw new TransferError(9016, `unable to access the file: HTTP ${status} without a Location (${where})`);
  let next: URL;
  try {
    next = transferUrl(location, from);
  } catch (err) {
    if (err instanceof TransferError && err.faultCode === 9013)
      throw new TransferError(9013, `the file server redirects to an unsupported protocol (${where}): ${err.message}`);
    throw new TransferError(9016, `unable to access the file: HTTP ${status} to an invalid Location (${where})`);
  }
  // TR-069 A.5.1 9013: the scheme is part of what the ACS asked for; https->http would silently drop TLS.
  if (next.protocol !== from.protocol) {
    throw new TransferError(
      9013,
      `the file server redirects from ${from.protocol} to ${next.protocol}, which is not allowed (${where} -> ${showUrl(next)})`,
    );
  }
  return next;
}

function checkDeclaredSize(o: FetchOptions, declared: number | undefined, free: number): void {
  if (declared === undefined) return;
  if (declared > o.maxBytes)
    throw new TransferError(9010, `the file is too large: ${mib(declared)} exceeds the limit of ${mib(o.maxBytes)}`);
  // TR-069 A.5.1 9018: the server is about to send something other than what the ACS announced.
  if (o.expectedSize > 0 && declared !== o.expectedSize) {
    throw new TransferError(
      9018,
      `file corrupted: the server announces ${declared} bytes, the ACS announced ${o.expectedSize}`,
    );
  }
  if (declared > free)
    throw new TransferError(9010, `not enough free space for the file: ${mib(declared)}, ${mib(free)} free`);
}

/** Stream the body into the temp file, counting it; the socket waits while the disk is behind. */
async function store(
  first: DownloadReply,
  o: FetchOptions,
  free: number,
  again: (headers: Record<string, string>) => Promise<DownloadReply>,
  part: Part,
): Promise<FetchedFile> {
  part.stored = true;
  const { file, path } = part;
  let point = part.startAt > 0 ? part.point : resumePoint(first);
  let sink = fileSink(file, o, part.startAt > 0 ? point?.total : first.length, part, point);
  let res = first;
  let resumes = 0;
  try {
    for (;;) {
      try {
        await res.pipeTo(sink);
        break;
      } catch (err) {
        await sink.idle(); // every byte received so far is in the file
        if (
          !cutShort(err) ||
          point === undefined ||
          resumes >= (o.maxResumes ?? DEFAULT_MAX_RESUMES) ||
          sink.diskError !== undefined ||
          o.signal?.aborted
        )
          throw err;
        resumes++;
        await delay((o.resumeDelayMs ?? DEFAULT_RESUME_DELAY_MS) * resumes, o.signal);
        const next = await again(rangeFrom(point, sink.bytes)).catch(() => {
          throw err;
        });
        if (continuesAt(next, point, sink.bytes)) {
          res = next;
          continue;
        }
        if (next.status === 206) {
          await next.discard();
          throw err;
        }
        // A 200: the file changed on the server (If-Range did not match), so it starts over.
        checkDeclaredSize(o, next.length, free);
        await file.truncate(0);
        point = resumePoint(next);
        sink = fileSink(file, o, next.length, part, point);
        res = next;
      }
    }
    // TR-069 A.3.2.8 FileSize / A.5.1 9018: not the file the ACS described.
    if (o.expectedSize > 0 && sink.bytes !== o.expectedSize) {
      throw new TransferError(
        9018,
        `file corrupted: received ${sink.bytes} bytes, the ACS announced ${o.expectedSize}`,
      );
    }
    if (o.durable === true) {
      await file.sync().catch((err: unknown) => {
        throw new TransferError(
          9010,
          `writing the download file failed: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
          { cause: err },
        );
      });
    }
    await file.close();
  } catch (err) {
    await sink.idle();
    await discardPart(part, o.signal?.aborted === true);
    const disk = sink.diskError;
    if (disk !== undefined && !(err instanceof TransferError) && !o.signal?.aborted) {
      const code = (disk as NodeJS.ErrnoException).code ?? disk.message;
      throw new TransferError(9010, `writing the download file failed: ${code}`, { cause: disk });
    }
    throw err;
  }
  return { path, bytes: sink.bytes, resumes, reused: part.startAt > 0 && point === part.point ? part.startAt : 0 };
}

/**
 * The sink of one whole file: at most maxBytes, and no more than the server announced; it goes
 * on after the part's `startAt` bytes. A resumable download with onCheckpoint gets durable points.
 */
function fileSink(
  file: FileHandle,
  o: FetchOptions,
  declared: number | undefined,
  part: Part,
  point: ResumePoint | undefined,
): FileSink {
  const report = o.onCheckpoint;
  const progress = o.onProgress;
  const checkpoint =
    point !== undefined && report !== undefined
      ? {
          every: o.checkpointBytes ?? DEFAULT_CHECKPOINT_BYTES,
          durable: (bytes: number): void => {
            part.checkpointed = true;
            report({ path: part.path, bytes, validator: point.validator, total: point.total });
          },
        }
      : undefined;
  const startAt = point !== undefined && point === part.point ? part.startAt : 0;
  return new FileSink(
    file,
    Math.min(o.maxBytes, declared ?? Infinity),
    (bytes) =>
      new TransferError(
        9010,
        bytes > o.maxBytes
          ? `the file is too large: more than the limit of ${mib(o.maxBytes)}`
          : `the file server sent more than the ${declared} bytes it announced`,
      ),
    progress && ((bytes) => progress(bytes, declared)),
    startAt,
    checkpoint,
  );
}

/** Waits `ms`; an abort ends the wait at once (the caller then sees the signal and cancels). */
function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
