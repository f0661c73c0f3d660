import { mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isoSeconds } from '../common/date-time.ts';
import { fetchFile, type DownloadCheckpoint } from '../transfer/fetch-file.ts';
import { sha256OfFile } from '../transfer/file-digest.ts';
import { TransferError } from '../transfer/transfer-error.ts';
import type { TransferJob } from '../transfer/transfer-queue.ts';
import { uploadFile } from '../transfer/upload-file.ts';
import { completeTransfer, unwanted, type OutcomeHost } from './transfer-outcome.ts';

/** What running one job needs of the transfer service. */
export interface TransferRunHost extends OutcomeHost {
  /** The transfers folder: temp files of downloads. */
  readonly dir: string;
  /** The service is shutting down: an aborted job is resumed at the next start, not failed. */
  stopped(): boolean;
}

/**
 * One job, start to end: an Upload produces the file and PUTs it; a Download fetches it to a temp
 * file (resuming a checkpointed part) and hands it to the device, which may reboot to activate
 * it. Every state change is persisted before the next step acts on it.
 */
export async function runTransfer(h: TransferRunHost, job: TransferJob, signal: AbortSignal): Promise<void> {
  const startTime = isoSeconds(h.o.clock.now());
  h.queue.update(job.id, { state: 'running', startTime });
  h.o.log.info(`transfer: ${job.origin} ${job.fileType} starting`, { commandKey: job.commandKey });
  try {
    if (job.origin === 'Upload') {
      const content = await h.o.device.produce(job.fileType);
      await uploadFile({
        url: job.url,
        ...credentials(job),
        body: content.body,
        contentType: content.contentType,
        tls: h.o.tls,
        signal,
      });
      completeTransfer(h, { ...job, startTime }, 0, '');
      return;
    }
    mkdirSync(h.dir, { recursive: true, mode: 0o700 });
    // durable: the file is on disk before the job says so, since a crash after this point applies it.
    const p = job.partial;
    const durable = h.o.durable !== false;
    let quarter = 0;
    // Progress in the log at each quarter: a large image on a slow line takes minutes.
    const onProgress = (bytes: number, total: number | undefined): void => {
      const q = total ? Math.floor((bytes / total) * 4) : 0;
      if (q <= quarter || q >= 4) return;
      quarter = q;
      h.o.log.info(`transfer: ${q * 25}% of ${(total! / 2 ** 20).toFixed(1)} MiB downloaded`, {
        commandKey: job.commandKey,
      });
    };
    const file = await fetchFile({
      url: job.url,
      ...credentials(job),
      expectedSize: job.fileSize,
      dir: h.dir,
      maxBytes: h.o.maxBytes,
      tls: h.o.tls,
      signal,
      durable,
      onProgress,
      ...(h.o.ringBytes !== undefined ? { ringBytes: h.o.ringBytes } : {}),
      ...(h.o.checkpointBytes !== undefined ? { checkpointBytes: h.o.checkpointBytes } : {}),
      // A power cut in the middle of a large image costs only what came after the last checkpoint.
      ...(p
        ? { continueFrom: { path: join(h.dir, p.file), bytes: p.bytes, validator: p.validator, total: p.total } }
        : {}),
      ...(durable
        ? {
            onCheckpoint: (c: DownloadCheckpoint) =>
              h.queue.update(job.id, {
                partial: { file: basename(c.path), bytes: c.bytes, validator: c.validator, total: c.total },
              }),
          }
        : {}),
    }).finally(() => {
      if (!(signal.aborted && h.stopped())) h.queue.update(job.id, { partial: undefined });
    });
    if (file.reused > 0)
      h.o.log.info(`transfer: continued the download from byte ${file.reused}, where it stood before the restart`, {
        commandKey: job.commandKey,
      });
    if (file.resumes > 0)
      h.o.log.info(`transfer: the connection broke ${file.resumes} time(s); resumed where it stopped`, {
        commandKey: job.commandKey,
      });
    h.queue.update(job.id, { state: 'applying' });
    let outcome: { reboot: boolean };
    try {
      let digest: Promise<string> | undefined;
      outcome = await h.o.device.apply({
        jobId: job.id,
        commandKey: job.commandKey,
        fileType: job.fileType,
        targetFileName: job.targetFileName,
        url: job.url,
        path: file.path,
        bytes: file.bytes,
        sha256: () => (digest ??= sha256OfFile(file.path)),
        log: (message) => h.o.log.info(`transfer: ${message}`, { commandKey: job.commandKey }),
      });
    } finally {
      rmSync(file.path, { force: true }); // whatever the device did not take
    }
    if (outcome.reboot) {
      h.o.log.info('transfer: installed; rebooting to activate', { commandKey: job.commandKey });
      await h.o.reboot();
      return;
    }
    completeTransfer(h, { ...job, startTime }, 0, '');
  } catch (e) {
    if (signal.aborted && h.stopped()) return; // shutting down: boot() resumes it
    if (e instanceof TransferError) return failed(h, { ...job, startTime }, e.faultCode, e.message);
    failed(h, { ...job, startTime }, job.origin === 'Upload' ? 9011 : 9010, (e as Error).message);
  }
}

/** A failure inside a ScheduleDownload window may be retried there (MaxRetries). */
function failed(h: TransferRunHost, job: TransferJob, code: number, message: string): void {
  if (unwanted(h.queue, job.id)) return completeTransfer(h, job, code, message); // no retry for nobody
  const now = h.o.clock.now();
  const w = job.windows?.find((x) => x.startAt <= now && now < x.endAt);
  if (w && (w.maxRetries < 0 || job.retries < w.maxRetries) && now + 10_000 < w.endAt) {
    h.o.log.warn(`transfer: ScheduleDownload attempt failed (${code} ${message}); retrying in its window`, {
      commandKey: job.commandKey,
    });
    h.queue.update(job.id, { state: 'queued', retries: job.retries + 1, dueAt: now + 10_000 });
    return;
  }
  const later = job.windows?.find((x) => x.startAt > now && x.mode !== '4 Confirmation Needed');
  if (later) {
    h.queue.update(job.id, { state: 'queued', retries: 0, dueAt: later.startAt });
    return;
  }
  completeTransfer(h, job, code, message);
}

function credentials(job: TransferJob): { username?: string; password?: string } {
  return job.username !== '' ? { username: job.username, password: job.password } : {};
}
