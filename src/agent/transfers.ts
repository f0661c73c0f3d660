import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Clock } from '../cwmp/clock.ts';
import type { EventQueue } from '../cwmp/event-queue.ts';
import type { RpcDispatcher } from '../cwmp/rpc/dispatch.ts';
import { cwmpFault } from '../cwmp/rpc/fault.ts';
import type { AutonomousTransferReport, TransferReport } from '../cwmp/session.ts';
import type { EventCode } from '../cwmp/event-codes.ts';
import type { DeviceTransfers } from '../device/transfers.ts';
import type { Logger } from '../log/logger.ts';
import type { StateStore } from '../store/index.ts';
import type { StateWriter } from './state-writer.ts';
import { fetchFile, type DownloadCheckpoint } from '../transfer/fetch-file.ts';
import { sha256OfFile } from '../transfer/file-digest.ts';
import type { TransferTls } from '../transfer/transfer-options.ts';
import { checkRequestUrl } from '../transfer/request-url.ts';
import { TransferError } from '../transfer/transfer-error.ts';
import { QUEUED_STATE, TransferQueue, type TimeWindow, type TransferJob, type TransferOrigin } from '../transfer/transfer-queue.ts';
import { uploadFile } from '../transfer/upload-file.ts';
import { checkWindows } from '../transfer/time-windows.ts';
import { TRANSFERS_DOC } from './persisted.ts';

export interface TransferServiceOptions {
  stateDir: string;
  store: StateStore;
  /** Persists the queue; survives a full disk (see StateWriter). */
  writer: StateWriter;
  events: EventQueue;
  device: DeviceTransfers;
  /** The ACS's trust settings: https transfers use the same CA and client certificate. */
  tls: TransferTls;
  /** Largest file a Download may bring (and the free space it needs). */
  maxBytes: number;
  /** Memory a download's body may take (its receive ring); fetchFile's default when absent. */
  ringBytes?: number;
  /** How often a resumable download is made durable for a restart to continue (fetchFile's default: 16 MiB). */
  checkpointBytes?: number;
  /** false when nothing outlives the process (a fleet's in-memory devices): no fsync, no checkpoints. */
  durable?: boolean;
  log: Logger;
  clock: Clock;
  /** Looks for a jump of the wall clock before due times are compared (it calls clockJumped). */
  checkClock?(): void;
  /** Ask for a session now (to deliver a TransferComplete). */
  trigger(reason: string): void;
  /** Reboot for a firmware install: real, or the simulated device's in-process restart. */
  reboot(): Promise<void>;
  /** ManagementServer.AutonomousTransferCompletePolicy: whether the ACS wants to hear of this one. */
  reportAutonomous(job: { isDownload: boolean; fileType: string; success: boolean }): Promise<boolean>;
}

/** The "M …" event of each ACS-requested kind of transfer (TR-069 3.7.1.5). */
const MEVENT: Record<Exclude<TransferOrigin, 'Autonomous'>, EventCode> = { Download: 'M Download', Upload: 'M Upload', ScheduleDownload: 'M ScheduleDownload' };

/** TR-069 A.3.2.8: StartTime/CompleteTime of a transfer that has not happened yet. */
const UNKNOWN_TIME = '0001-01-01T00:00:00Z';
/** A job cut short by this many restarts fails instead of starting again. */
const MAX_INTERRUPTIONS = 3;
const UPLOAD_TYPE = /^(1 Vendor Configuration File|2 Vendor Log File|3 Vendor Configuration File [0-9]+|4 Vendor Log File [0-9]+|X [0-9A-F]{6} .+)$/;

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.[0-9]{3}Z$/, 'Z');
}

/**
 * File transfers (TR-069 A.3.2.8 Download, A.4.1.5 Upload, A.4.1.8 ScheduleDownload, A.4.1.7
 * CancelTransfer, A.4.1.6 Get(All)QueuedTransfers): the RPCs accept work into a persisted queue;
 * jobs run one at a time after the session, through the device's transfer handlers; each result
 * is kept until the ACS acknowledges its TransferComplete. Every state change is persisted before
 * the next step, so a crash at any point either resumes the job or reports it exactly once.
 */
export class TransferService {
  readonly queue: TransferQueue;
  private readonly dir: string;
  private timer: unknown;
  private active: { id: string; abort: AbortController; done: Promise<void> } | undefined;
  private stopped = false;

  constructor(private readonly o: TransferServiceOptions) {
    this.dir = join(o.stateDir, 'transfers');
    this.queue = new TransferQueue((s) => o.writer.write('transfers', TRANSFERS_DOC, s));
    const saved = o.store.read('transfers', TRANSFERS_DOC);
    if (saved) this.queue.restore(saved);
  }

  /**
   * At every boot (process start or emulated reboot), before the first Inform: finish staged
   * installs, and settle jobs a restart interrupted.
   */
  async boot(): Promise<void> {
    const { installed } = await this.o.device.boot();
    const now = this.o.clock.now();
    for (const job of [...this.queue.list()]) {
      if (job.state === 'applying' && installed.includes(job.id)) {
        this.complete(job, 0, '');
      } else if (job.state === 'running' && this.active?.id === job.id) {
        // An emulated reboot (the simulated device restarts in this process) while the transfer
        // runs: it goes on, and is not counted as interrupted or settled a second time.
      } else if ((job.state === 'running' || job.state === 'applying') && job.forgotten) {
        // The previous ACS's job, cut short by this restart: not started again for the new ACS (TR-069 3.7.1.5).
        this.queue.remove(job.id);
        this.o.log.info(`transfer: ${job.origin} of the previous ACS interrupted by the restart; dropped`, { commandKey: job.commandKey });
      } else if (job.state === 'running' || job.state === 'applying') {
        const interrupted = job.interrupted + 1;
        if (interrupted >= MAX_INTERRUPTIONS) this.complete(job, job.origin === 'Upload' ? 9011 : 9010, `interrupted by ${interrupted} restarts`);
        else this.queue.update(job.id, { state: 'queued', interrupted, dueAt: Math.min(job.dueAt, now) });
      }
    }
    this.sweepParts();
    // A crash between persisting a result and queueing its events loses the events, not the
    // result: re-raise them for every unacknowledged result ("7 TRANSFER COMPLETE" is single).
    for (const job of this.queue.pending()) {
      this.o.events.add('7 TRANSFER COMPLETE');
      this.o.events.add(MEVENT[job.origin as Exclude<TransferOrigin, 'Autonomous'>], job.commandKey);
    }
    for (const job of this.queue.pendingAutonomous()) await this.completeAutonomous(job, job.result?.faultCode === 0);
  }

  /**
   * Removes temp files no job can continue: a partial download a job checkpointed is kept for
   * it, any other is useless. Not while a transfer runs (an emulated reboot): its file may not
   * be checkpointed yet. (The directory appears with the first download, so a fleet device that
   * never downloads makes none.)
   */
  private sweepParts(): void {
    if (this.active || !existsSync(this.dir)) return;
    const kept = new Set(this.queue.list().flatMap((j) => (j.partial ? [j.partial.file] : [])));
    for (const f of readdirSync(this.dir)) if (f.endsWith('.part') && !kept.has(f)) rmSync(join(this.dir, f), { force: true });
  }

  /** The wall clock jumped: queued jobs keep their remaining waits; the timer is re-planned. */
  clockJumped(ms: number): void {
    this.queue.shiftDeadlines(ms);
  }

  /** The TransferCompletes the next session sends, oldest first. */
  reports(): TransferReport[] {
    return this.queue.pending().map((j) => ({ commandKey: j.commandKey, ...j.result! }));
  }

  acknowledged(commandKey: string): void {
    this.queue.acknowledged(commandKey);
    if (this.queue.pending().length > 0) this.o.events.add('7 TRANSFER COMPLETE');
  }

  /** The AutonomousTransferCompletes the next session sends (TR-069 A.3.3.3). */
  autonomousReports(): AutonomousTransferReport[] {
    return this.queue.pendingAutonomous().map((j) => ({
      id: j.id, announceUrl: '', transferUrl: j.url, isDownload: true, fileType: j.fileType, fileSize: j.fileSize, targetFileName: j.targetFileName, ...j.result!,
    }));
  }

  autonomousAcknowledged(id: string): void {
    this.queue.remove(id);
    if (this.queue.pendingAutonomous().length > 0) this.o.events.add('10 AUTONOMOUS TRANSFER COMPLETE');
  }

  /**
   * A download the device itself decided on (its own update check, or `tr069-agent install`):
   * the same fetch, apply and reboot path, reported with AutonomousTransferComplete.
   */
  startAutonomous(url: string, fileType: string): { ok: true; id: string } | { ok: false; code: number; message: string } {
    const f = this.refuse(url, fileType, true);
    if (f) return { ok: false, code: f.faultCode, message: f.faultString };
    const job = this.accept({
      origin: 'Autonomous', commandKey: '', fileType, url, username: '', password: '', fileSize: 0, targetFileName: '', dueAt: this.o.clock.now(),
    });
    this.kick();
    return { ok: true, id: job.id };
  }

  /** Starts the next due job unless one runs; plans a wake-up for the next one. */
  kick(): void {
    if (this.stopped) return;
    if (this.timer !== undefined) this.o.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.active) return;
    this.o.checkClock?.();
    const now = this.o.clock.now();
    this.expireWindows(now);
    const job = this.queue.due(now);
    if (job) {
      const abort = new AbortController();
      const done = this.run(job, abort.signal).finally(() => {
        this.active = undefined;
        this.kick();
      });
      this.active = { id: job.id, abort, done };
      return;
    }
    const next = this.queue.nextDueAt();
    if (next !== undefined) this.timer = this.o.clock.setTimeout(() => this.kick(), Math.max(0, next - now));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) this.o.clock.clearTimeout(this.timer);
    // A running transfer is abandoned, not failed: the next start runs it again.
    const a = this.active;
    if (a) {
      a.abort.abort();
      await a.done.catch(() => undefined);
    }
  }

  /** Factory reset: queued work and unacknowledged results belong to the old ACS. */
  clear(): void {
    this.queue.clear();
  }

  /**
   * Bootstrapping with a new ACS (TR-069 3.7.1.5): nothing the previous ACS asked for reaches the
   * new one. Its queued jobs and unacknowledged TransferCompletes go, and so do pending
   * AutonomousTransferCompletes, the temp files and the completion events; the job running now
   * finishes (a firmware install is never cut short) and its result is discarded. One persisted
   * write, so a restart right after brings none of it back. Starts nothing: the caller may be
   * before boot().
   */
  forgetPreviousAcs(): void {
    const f = this.queue.forgetAcs(this.active?.id);
    // basename: the name comes from the state file, and only the transfers folder is ours to clean.
    for (const j of f.queued) if (j.partial) rmSync(join(this.dir, basename(j.partial.file)), { force: true });
    this.sweepParts();
    this.o.events.completeBy('transfer-complete');
    this.o.events.completeBy('autonomous-transfer-complete');
    this.o.log.info(
      `transfer: bootstrapping with a new ACS: dropped ${f.queued.length} queued transfer(s), ${f.results.length} unacknowledged TransferComplete(s) `
      + `and ${f.autonomousResults.length} AutonomousTransferComplete(s); ${f.running.length} running transfer(s) finish without a report`,
    );
  }

  /** Removed (factory reset) or forgotten (a new ACS) after it started: its outcome is for nobody. */
  private unwanted(id: string): boolean {
    const j = this.queue.list().find((x) => x.id === id);
    return j === undefined || j.forgotten === true;
  }

  private complete(job: TransferJob, faultCode: number, faultString: string): void {
    const now = this.o.clock.now();
    if (this.unwanted(job.id)) {
      this.queue.remove(job.id);
      this.o.log.info(`transfer: ${job.origin} ${faultCode === 0 ? 'done' : `failed with ${faultCode}`}; not reported, it was asked for before a factory reset or by the previous ACS`, { commandKey: job.commandKey });
      return;
    }
    this.queue.finish(job.id, { faultCode, faultString, startTime: job.startTime ?? iso(now), completeTime: iso(now) });
    this.o.log.info(`transfer: ${job.origin} ${faultCode === 0 ? 'done' : `failed with ${faultCode} (${faultString})`}`, { commandKey: job.commandKey });
    if (job.origin === 'Autonomous') {
      void this.completeAutonomous(job, faultCode === 0).catch((e: Error) => this.o.log.error(`transfer: ${e.message}`));
      return;
    }
    this.o.events.add('7 TRANSFER COMPLETE');
    this.o.events.add(MEVENT[job.origin], job.commandKey);
    this.o.trigger('transfer complete');
  }

  /** Reported only when the ACS's policy asks for it; otherwise forgotten at once. */
  private async completeAutonomous(job: TransferJob, success: boolean): Promise<void> {
    const report = await this.o.reportAutonomous({ isDownload: true, fileType: job.fileType, success });
    // Dropped meanwhile (forgetPreviousAcs, factory reset): no event without a report behind it.
    if (!this.queue.list().some((j) => j.id === job.id)) return;
    if (!report) {
      this.o.log.info('transfer: autonomous transfer not reported (AutonomousTransferCompletePolicy)');
      this.queue.remove(job.id);
      return;
    }
    this.o.events.add('10 AUTONOMOUS TRANSFER COMPLETE');
    this.o.trigger('autonomous transfer complete');
  }

  private async run(job: TransferJob, signal: AbortSignal): Promise<void> {
    const startTime = iso(this.o.clock.now());
    this.queue.update(job.id, { state: 'running', startTime });
    this.o.log.info(`transfer: ${job.origin} ${job.fileType} starting`, { commandKey: job.commandKey });
    try {
      if (job.origin === 'Upload') {
        const content = await this.o.device.produce(job.fileType);
        await uploadFile({ url: job.url, ...this.credentials(job), body: content.body, contentType: content.contentType, tls: this.o.tls, signal });
        this.complete({ ...job, startTime }, 0, '');
        return;
      }
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      // durable: the file is on disk before the job says so, since a crash after this point applies it.
      const p = job.partial;
      const durable = this.o.durable !== false;
      let quarter = 0;
      // Progress in the log at each quarter: a large image on a slow line takes minutes.
      const onProgress = (bytes: number, total: number | undefined): void => {
        const q = total ? Math.floor((bytes / total) * 4) : 0;
        if (q <= quarter || q >= 4) return;
        quarter = q;
        this.o.log.info(`transfer: ${q * 25}% of ${(total! / 2 ** 20).toFixed(1)} MiB downloaded`, { commandKey: job.commandKey });
      };
      const file = await fetchFile({
        url: job.url, ...this.credentials(job), expectedSize: job.fileSize, dir: this.dir, maxBytes: this.o.maxBytes, tls: this.o.tls, signal, durable, onProgress,
        ...(this.o.ringBytes !== undefined ? { ringBytes: this.o.ringBytes } : {}),
        ...(this.o.checkpointBytes !== undefined ? { checkpointBytes: this.o.checkpointBytes } : {}),
        // A power cut in the middle of a large image costs only what came after the last checkpoint.
        ...(p ? { continueFrom: { path: join(this.dir, p.file), bytes: p.bytes, validator: p.validator, total: p.total } } : {}),
        ...(durable ? { onCheckpoint: (c: DownloadCheckpoint) => this.queue.update(job.id, { partial: { file: basename(c.path), bytes: c.bytes, validator: c.validator, total: c.total } }) } : {}),
      }).finally(() => {
        if (!(signal.aborted && this.stopped)) this.queue.update(job.id, { partial: undefined });
      });
      if (file.reused > 0) this.o.log.info(`transfer: continued the download from byte ${file.reused}, where it stood before the restart`, { commandKey: job.commandKey });
      if (file.resumes > 0) this.o.log.info(`transfer: the connection broke ${file.resumes} time(s); resumed where it stopped`, { commandKey: job.commandKey });
      this.queue.update(job.id, { state: 'applying' });
      let outcome: { reboot: boolean };
      try {
        let digest: Promise<string> | undefined;
        outcome = await this.o.device.apply({
          jobId: job.id, commandKey: job.commandKey, fileType: job.fileType, targetFileName: job.targetFileName, url: job.url, path: file.path, bytes: file.bytes,
          sha256: () => (digest ??= sha256OfFile(file.path)),
          log: (message) => this.o.log.info(`transfer: ${message}`, { commandKey: job.commandKey }),
        });
      } finally {
        rmSync(file.path, { force: true }); // whatever the device did not take
      }
      if (outcome.reboot) {
        this.o.log.info('transfer: installed; rebooting to activate', { commandKey: job.commandKey });
        await this.o.reboot();
        return;
      }
      this.complete({ ...job, startTime }, 0, '');
    } catch (e) {
      if (signal.aborted && this.stopped) return; // shutting down: boot() resumes it
      if (e instanceof TransferError) return this.failed({ ...job, startTime }, e.faultCode, e.message);
      this.failed({ ...job, startTime }, job.origin === 'Upload' ? 9011 : 9010, (e as Error).message);
    }
  }

  /** A failure inside a ScheduleDownload window may be retried there (MaxRetries). */
  private failed(job: TransferJob, code: number, message: string): void {
    if (this.unwanted(job.id)) return this.complete(job, code, message); // no retry for nobody
    const now = this.o.clock.now();
    const w = job.windows?.find((x) => x.startAt <= now && now < x.endAt);
    if (w && (w.maxRetries < 0 || job.retries < w.maxRetries) && now + 10_000 < w.endAt) {
      this.o.log.warn(`transfer: ScheduleDownload attempt failed (${code} ${message}); retrying in its window`, { commandKey: job.commandKey });
      this.queue.update(job.id, { state: 'queued', retries: job.retries + 1, dueAt: now + 10_000 });
      return;
    }
    const later = job.windows?.find((x) => x.startAt > now && x.mode !== '4 Confirmation Needed');
    if (later) {
      this.queue.update(job.id, { state: 'queued', retries: 0, dueAt: later.startAt });
      return;
    }
    this.complete(job, code, message);
  }

  /** ScheduleDownload jobs whose windows all passed without a start fail with 9020. */
  private expireWindows(now: number): void {
    for (const job of this.queue.list()) {
      if (job.state !== 'queued' || !job.windows) continue;
      const usable = job.windows.filter((w) => w.endAt > now && w.mode !== '4 Confirmation Needed');
      if (usable.length === 0) this.complete(job, 9020, 'no time window left to download in');
      else if (job.dueAt < usable[0]!.startAt) this.queue.update(job.id, { dueAt: usable[0]!.startAt });
    }
  }

  private credentials(job: TransferJob): { username?: string; password?: string } {
    return job.username !== '' ? { username: job.username, password: job.password } : {};
  }

  private accept(job: Omit<TransferJob, 'id' | 'state' | 'interrupted' | 'retries'>): TransferJob {
    // An ACS that lost our response repeats the request: the same transfer is queued once.
    const same = this.queue.list().find((j) => !j.forgotten && j.origin === job.origin && j.commandKey === job.commandKey && j.url === job.url && j.fileType === job.fileType);
    if (same) {
      this.o.log.info(`transfer: ${job.origin} repeated by the ACS; already queued`, { commandKey: job.commandKey });
      return same;
    }
    const full: TransferJob = { ...job, id: randomBytes(8).toString('hex'), state: 'queued', interrupted: 0, retries: 0 };
    this.queue.add(full);
    return full;
  }

  /** The checks every transfer request gets before it is queued; a fault, or undefined. */
  private refuse(url: string, fileType: string, download: boolean): ReturnType<typeof cwmpFault> | undefined {
    // Refused in the session (9003, or 9013 for a scheme we do not fetch), not left to fail later.
    const bad = checkRequestUrl(url);
    if (bad) return cwmpFault(bad.faultCode, bad.message);
    const ok = download ? this.o.device.accepts(fileType) : UPLOAD_TYPE.test(fileType) && this.o.device.uploadable(fileType);
    if (!ok) return cwmpFault(9003, `FileType '${fileType}' is not supported by this device for ${download ? 'Download' : 'Upload'}`);
    if (this.queue.full) return cwmpFault(9004, `${this.queue.capacity} transfers are already queued`);
    return undefined;
  }

  install(d: RpcDispatcher): void {
    const now = (): number => this.o.clock.now();
    d.register('Download', async (req, ctx) => {
      const f = this.refuse(req.url, req.fileType, true);
      if (f) return f;
      if (req.delaySeconds < 0 || req.fileSize < 0) return cwmpFault(9003, 'DelaySeconds and FileSize must not be negative');
      this.accept({
        origin: 'Download', commandKey: req.commandKey, fileType: req.fileType, url: req.url, username: req.username, password: req.password,
        fileSize: req.fileSize, targetFileName: req.targetFileName, dueAt: now() + req.delaySeconds * 1000,
      });
      ctx.afterSession(() => this.kick());
      return { kind: 'DownloadResponse', status: 1, startTime: UNKNOWN_TIME, completeTime: UNKNOWN_TIME };
    });
    d.register('Upload', async (req, ctx) => {
      const f = this.refuse(req.url, req.fileType, false);
      if (f) return f;
      if (req.delaySeconds < 0) return cwmpFault(9003, 'DelaySeconds must not be negative');
      this.accept({
        origin: 'Upload', commandKey: req.commandKey, fileType: req.fileType, url: req.url, username: req.username, password: req.password,
        fileSize: 0, targetFileName: '', dueAt: now() + req.delaySeconds * 1000,
      });
      ctx.afterSession(() => this.kick());
      return { kind: 'UploadResponse', status: 1, startTime: UNKNOWN_TIME, completeTime: UNKNOWN_TIME };
    });
    d.register('ScheduleDownload', async (req, ctx) => {
      const f = this.refuse(req.url, req.fileType, true);
      if (f) return f;
      const at = now();
      const windows: TimeWindow[] = req.timeWindowList.map((w) => ({
        startAt: at + w.windowStart * 1000, endAt: at + w.windowEnd * 1000, mode: w.windowMode, userMessage: w.userMessage, maxRetries: w.maxRetries,
      }));
      const bad = checkWindows(windows);
      if (bad) return cwmpFault(9003, bad);
      this.accept({
        origin: 'ScheduleDownload', commandKey: req.commandKey, fileType: req.fileType, url: req.url, username: req.username, password: req.password,
        fileSize: req.fileSize, targetFileName: req.targetFileName, dueAt: windows[0]!.startAt, windows,
      });
      ctx.afterSession(() => this.kick());
      return { kind: 'ScheduleDownloadResponse' };
    });
    d.register('CancelTransfer', async (req) => {
      // A job a restart interrupted waits again, with the part it had downloaded: that goes too.
      const parts = this.queue.list().filter((j) => j.commandKey === req.commandKey && j.state === 'queued').flatMap((j) => (j.partial ? [j.partial.file] : []));
      const r = this.queue.cancel(req.commandKey);
      if (r === 'cancelled') {
        for (const f of parts) rmSync(join(this.dir, f), { force: true });
        this.o.log.info('transfer: cancelled before it started', { commandKey: req.commandKey });
        return { kind: 'CancelTransferResponse' };
      }
      if (r === 'in-progress') return cwmpFault(9021, `the transfer '${req.commandKey}' has already started`);
      return cwmpFault(9003, `no queued transfer has CommandKey '${req.commandKey}'`);
    });
    // Only what this ACS asked for is listed (TR-069 A.4.1.6): not a forgotten job of the previous one.
    const requested = (): TransferJob[] => this.queue.list().filter((j) => j.origin !== 'Autonomous' && !j.forgotten);
    d.register('GetQueuedTransfers', async () => ({
      kind: 'GetQueuedTransfersResponse',
      transferList: requested().map((j) => ({ commandKey: j.commandKey, state: QUEUED_STATE[j.state] })),
    }));
    d.register('GetAllQueuedTransfers', async () => ({
      kind: 'GetAllQueuedTransfersResponse',
      transferList: requested().map((j) => ({
        commandKey: j.commandKey, state: QUEUED_STATE[j.state], isDownload: j.origin !== 'Upload', fileType: j.fileType, fileSize: j.fileSize, targetFileName: j.targetFileName,
      })),
    }));
  }
}

