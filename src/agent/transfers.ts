import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Clock } from '../cwmp/clock.ts';
import type { EventQueue } from '../cwmp/event-queue.ts';
import type { RpcDispatcher } from '../cwmp/rpc/dispatch.ts';
import { cwmpFault } from '../cwmp/rpc/fault.ts';
import { registerTransferRpcs, type QueuedTransfer, type TransferControl } from '../cwmp/rpc/transfer-rpcs.ts';
import type { AutonomousTransferReport, TransferReport, TransferReports } from '../cwmp/transfer-complete-requests.ts';
import type { DeviceTransfers } from '../device/transfers.ts';
import type { Logger } from '../log/logger.ts';
import type { DocumentStore } from '../store/index.ts';
import type { StateWriter } from './state-writer.ts';
import type { TransferTls } from '../transfer/transfer-options.ts';
import { checkRequestUrl } from '../transfer/request-url.ts';
import { QUEUED_STATE, TransferQueue, type TransferJob, type TransferOrigin } from '../transfer/transfer-queue.ts';
import type { AgentComponent } from './component.ts';
import { TRANSFERS_DOC } from './persisted.ts';
import { completeAutonomous, completeTransfer, MEVENT } from './transfer-outcome.ts';
import { runTransfer, type TransferRunHost } from './transfer-run.ts';

export interface TransferServiceOptions {
  stateDir: string;
  store: DocumentStore;
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

/** A job cut short by this many restarts fails instead of starting again. */
const MAX_INTERRUPTIONS = 3;
const UPLOAD_TYPE =
  /^(1 Vendor Configuration File|2 Vendor Log File|3 Vendor Configuration File [0-9]+|4 Vendor Log File [0-9]+|X [0-9A-F]{6} .+)$/;

/**
 * File transfers (TR-069 A.3.2.8 Download, A.4.1.5 Upload, A.4.1.8 ScheduleDownload, A.4.1.7
 * CancelTransfer, A.4.1.6 Get(All)QueuedTransfers): the RPCs (src/cwmp/rpc/transfer-rpcs.ts)
 * accept work into a persisted queue; jobs run one at a time after the session
 * (transfer-run.ts), through the device's transfer handlers; each result
 * is kept until the ACS acknowledges its TransferComplete. Every state change is persisted before
 * the next step, so a crash at any point either resumes the job or reports it exactly once.
 */
export class TransferService implements AgentComponent, TransferReports, TransferControl {
  readonly queue: TransferQueue;
  private readonly dir: string;
  private timer: unknown;
  private active: { id: string; abort: AbortController; done: Promise<void> } | undefined;
  private stopped = false;
  private readonly host: TransferRunHost;

  constructor(private readonly o: TransferServiceOptions) {
    this.dir = join(o.stateDir, 'transfers');
    this.queue = new TransferQueue((s) => o.writer.write('transfers', TRANSFERS_DOC, s));
    const saved = o.store.read('transfers', TRANSFERS_DOC);
    if (saved) this.queue.restore(saved);
    this.host = { o, queue: this.queue, dir: this.dir, stopped: () => this.stopped };
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
        completeTransfer(this.host, job, 0, '');
      } else if (job.state === 'running' && this.active?.id === job.id) {
        // An emulated reboot (the simulated device restarts in this process) while the transfer
        // runs: it goes on, and is not counted as interrupted or settled a second time.
      } else if ((job.state === 'running' || job.state === 'applying') && job.forgotten) {
        // The previous ACS's job, cut short by this restart: not started again for the new ACS (TR-069 3.7.1.5).
        this.queue.remove(job.id);
        this.o.log.info(`transfer: ${job.origin} of the previous ACS interrupted by the restart; dropped`, {
          commandKey: job.commandKey,
        });
      } else if (job.state === 'running' || job.state === 'applying') {
        const interrupted = job.interrupted + 1;
        if (interrupted >= MAX_INTERRUPTIONS)
          completeTransfer(
            this.host,
            job,
            job.origin === 'Upload' ? 9011 : 9010,
            `interrupted by ${interrupted} restarts`,
          );
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
    for (const job of this.queue.pendingAutonomous())
      await completeAutonomous(this.host, job, job.result?.faultCode === 0);
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
    for (const f of readdirSync(this.dir))
      if (f.endsWith('.part') && !kept.has(f)) rmSync(join(this.dir, f), { force: true });
  }

  /** The agent runs: jobs due now start (boot() requeued what a restart interrupted). */
  start(): void {
    this.kick();
  }

  /** The session may have queued work: start what is due. */
  afterSession(): void {
    this.kick();
  }

  newAcs(): void {
    this.forgetPreviousAcs();
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
      id: j.id,
      announceUrl: '',
      transferUrl: j.url,
      isDownload: true,
      fileType: j.fileType,
      fileSize: j.fileSize,
      targetFileName: j.targetFileName,
      ...j.result!,
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
  startAutonomous(
    url: string,
    fileType: string,
  ): { ok: true; id: string } | { ok: false; code: number; message: string } {
    const f = this.refusal(url, fileType, true);
    if (f) return { ok: false, code: f.faultCode, message: f.faultString };
    const job = this.accept({
      origin: 'Autonomous',
      commandKey: '',
      fileType,
      url,
      username: '',
      password: '',
      fileSize: 0,
      targetFileName: '',
      dueAt: this.o.clock.now(),
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
      const done = runTransfer(this.host, job, abort.signal).finally(() => {
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
      `transfer: bootstrapping with a new ACS: dropped ${f.queued.length} queued transfer(s), ${f.results.length} unacknowledged TransferComplete(s) ` +
        `and ${f.autonomousResults.length} AutonomousTransferComplete(s); ${f.running.length} running transfer(s) finish without a report`,
    );
  }

  /** ScheduleDownload jobs whose windows all passed without a start fail with 9020. */
  private expireWindows(now: number): void {
    for (const job of this.queue.list()) {
      if (job.state !== 'queued' || !job.windows) continue;
      const usable = job.windows.filter((w) => w.endAt > now && w.mode !== '4 Confirmation Needed');
      if (usable.length === 0) completeTransfer(this.host, job, 9020, 'no time window left to download in');
      else if (job.dueAt < usable[0]!.startAt) this.queue.update(job.id, { dueAt: usable[0]!.startAt });
    }
  }

  now(): number {
    return this.o.clock.now();
  }

  accept(job: Omit<TransferJob, 'id' | 'state' | 'interrupted' | 'retries'>): TransferJob {
    // An ACS that lost our response repeats the request: the same transfer is queued once.
    const same = this.queue
      .list()
      .find(
        (j) =>
          !j.forgotten &&
          j.origin === job.origin &&
          j.commandKey === job.commandKey &&
          j.url === job.url &&
          j.fileType === job.fileType,
      );
    if (same) {
      this.o.log.info(`transfer: ${job.origin} repeated by the ACS; already queued`, { commandKey: job.commandKey });
      return same;
    }
    const full: TransferJob = {
      ...job,
      id: randomBytes(8).toString('hex'),
      state: 'queued',
      interrupted: 0,
      retries: 0,
    };
    this.queue.add(full);
    return full;
  }

  /** The checks every transfer request gets before it is queued; a fault, or undefined. */
  refusal(url: string, fileType: string, download: boolean): ReturnType<typeof cwmpFault> | undefined {
    // Refused in the session (9003, or 9013 for a scheme we do not fetch), not left to fail later.
    const bad = checkRequestUrl(url);
    if (bad) return cwmpFault(bad.faultCode, bad.message);
    const ok = download
      ? this.o.device.accepts(fileType)
      : UPLOAD_TYPE.test(fileType) && this.o.device.uploadable(fileType);
    if (!ok)
      return cwmpFault(
        9003,
        `FileType '${fileType}' is not supported by this device for ${download ? 'Download' : 'Upload'}`,
      );
    if (this.queue.full) return cwmpFault(9004, `${this.queue.capacity} transfers are already queued`);
    return undefined;
  }

  rpcs(d: RpcDispatcher): void {
    registerTransferRpcs(d, this);
  }

  cancel(commandKey: string): 'cancelled' | 'in-progress' | 'unknown' {
    // A job a restart interrupted waits again, with the part it had downloaded: that goes too.
    const parts = this.queue
      .list()
      .filter((j) => j.commandKey === commandKey && j.state === 'queued')
      .flatMap((j) => (j.partial ? [j.partial.file] : []));
    const r = this.queue.cancel(commandKey);
    if (r === 'cancelled') {
      for (const f of parts) rmSync(join(this.dir, f), { force: true });
      this.o.log.info('transfer: cancelled before it started', { commandKey });
    }
    return r;
  }

  /** Only what this ACS asked for is listed (TR-069 A.4.1.6): not a forgotten job of the previous one. */
  queued(): QueuedTransfer[] {
    return this.queue
      .list()
      .filter((j) => j.origin !== 'Autonomous' && !j.forgotten)
      .map((j) => ({
        commandKey: j.commandKey,
        state: QUEUED_STATE[j.state],
        isDownload: j.origin !== 'Upload',
        fileType: j.fileType,
        fileSize: j.fileSize,
        targetFileName: j.targetFileName,
      }));
  }
}
