/**
 * The persisted list of file transfers the ACS asked for (Download, Upload, ScheduleDownload),
 * from acceptance to the acknowledged TransferComplete. Pure state: every change goes through
 * `persist` before the caller acts on it, so a restart finds each job in a known state.
 */

/**
 * The RPC that asked for a job, which names the "M …" event of its TransferComplete (TR-069
 * 3.7.1.5); 'Autonomous' is a transfer the device started itself (AutonomousTransferComplete).
 */
export type TransferOrigin = 'Download' | 'Upload' | 'ScheduleDownload' | 'Autonomous';

/** A ScheduleDownload window as absolute times (TR-069 A.4.1.8 TimeWindowStruct). */
export interface TimeWindow {
  startAt: number;
  endAt: number;
  mode: string;
  userMessage: string;
  maxRetries: number;
}

export interface TransferResult {
  faultCode: number;
  faultString: string;
  startTime: string;
  completeTime: string;
}

/**
 * queued: accepted, waiting for its time; running: fetching or uploading; applying: handed to
 * the device, which finishes it at the next boot (firmware); done: result waiting for the ACS.
 */
export type JobState = 'queued' | 'running' | 'applying' | 'done';

export interface TransferJob {
  /** Random; names the job's temp files. */
  id: string;
  origin: TransferOrigin;
  commandKey: string;
  fileType: string;
  url: string;
  username: string;
  password: string;
  fileSize: number;
  targetFileName: string;
  /** Epoch ms before which the job does not start (DelaySeconds, or the first window). */
  dueAt: number;
  windows?: TimeWindow[];
  state: JobState;
  /** Runs cut short by a restart; a job interrupted too often fails instead of looping. */
  interrupted: number;
  /** Failed attempts inside ScheduleDownload windows (MaxRetries). */
  retries: number;
  startTime?: string;
  result?: TransferResult;
  /** A download's temp file (a name in the transfers folder), on disk up to `bytes`: a restart continues it. */
  partial?: { file: string; bytes: number; validator: string; total: number };
  /**
   * Asked for by an ACS the device has since left (a BOOTSTRAP with a new URL): the job was
   * running then and is let finish, but its result is never reported (TR-069 3.7.1.5).
   */
  forgotten?: true;
}

/** What forgetPreviousAcs took out of the queue, and what it left running without a report. */
export interface ForgottenJobs {
  /** Not started, or cut short by a restart (the next boot would have started them again). */
  queued: TransferJob[];
  results: TransferJob[];
  autonomousResults: TransferJob[];
  running: TransferJob[];
}

export interface TransferQueueState {
  jobs: TransferJob[];
}

/** TR-069 A.4.1.6: transfer states of Get(All)QueuedTransfers. */
export const QUEUED_STATE = { queued: 1, running: 2, applying: 2, done: 3 } as const satisfies Record<JobState, number>;

export type CancelOutcome = 'cancelled' | 'in-progress' | 'unknown';

export class TransferQueue {
  private jobs: TransferJob[] = [];

  constructor(
    private readonly persist: (s: TransferQueueState) => void,
    readonly capacity = 16,
  ) {}

  restore(s: TransferQueueState): void {
    this.jobs = s.jobs.map((j) => ({ ...j }));
  }

  state(): TransferQueueState {
    return { jobs: this.jobs.map((j) => ({ ...j })) };
  }

  private save(): void {
    this.persist(this.state());
  }

  list(): readonly TransferJob[] {
    return this.jobs;
  }

  get full(): boolean {
    return this.jobs.filter((j) => j.state !== 'done').length >= this.capacity;
  }

  add(job: TransferJob): void {
    this.jobs.push(job);
    this.save();
  }

  /** The next job allowed to start at `now`, oldest first; none while another one runs. */
  due(now: number): TransferJob | undefined {
    if (this.jobs.some((j) => j.state === 'running')) return undefined;
    return this.jobs.filter((j) => j.state === 'queued' && j.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt)[0];
  }

  /** When the earliest queued job becomes due. */
  nextDueAt(): number | undefined {
    const times = this.jobs.filter((j) => j.state === 'queued').map((j) => j.dueAt);
    return times.length > 0 ? Math.min(...times) : undefined;
  }

  /** The wall clock jumped by `ms`: queued jobs keep their remaining wait and windows (see WallClockWatch). */
  shiftDeadlines(ms: number): void {
    let moved = false;
    for (const j of this.jobs) {
      if (j.state !== 'queued') continue;
      j.dueAt += ms;
      for (const w of j.windows ?? []) {
        w.startAt += ms;
        w.endAt += ms;
      }
      moved = true;
    }
    if (moved) this.save();
  }

  update(id: string, change: Partial<TransferJob>): TransferJob | undefined {
    const job = this.jobs.find((j) => j.id === id);
    if (!job) return undefined;
    Object.assign(job, change);
    this.save();
    return job;
  }

  finish(id: string, result: TransferResult): void {
    this.update(id, { state: 'done', result, password: '', partial: undefined });
  }

  /** TR-069 A.4.1.7: only a job that has not started may be cancelled. */
  cancel(commandKey: string): CancelOutcome {
    // A forgotten job's CommandKey is the previous ACS's: unknown to the current one.
    const mine = this.jobs.filter((j) => j.commandKey === commandKey && j.origin !== 'Autonomous' && !j.forgotten);
    const waiting = mine.filter((j) => j.state === 'queued');
    if (waiting.length > 0) {
      this.jobs = this.jobs.filter((j) => !waiting.includes(j));
      this.save();
      return 'cancelled';
    }
    return mine.length > 0 ? 'in-progress' : 'unknown';
  }

  /** Finished ACS-requested jobs whose TransferComplete is not acknowledged yet, oldest first. */
  pending(): TransferJob[] {
    return this.jobs.filter(
      (j) => j.state === 'done' && j.result !== undefined && j.origin !== 'Autonomous' && !j.forgotten,
    );
  }

  /** Finished autonomous jobs waiting for the ACS to acknowledge their AutonomousTransferComplete. */
  pendingAutonomous(): TransferJob[] {
    return this.jobs.filter((j) => j.state === 'done' && j.result !== undefined && j.origin === 'Autonomous');
  }

  remove(id: string): void {
    const before = this.jobs.length;
    this.jobs = this.jobs.filter((j) => j.id !== id);
    if (this.jobs.length !== before) this.save();
  }

  /** The ACS acknowledged the TransferComplete of the oldest finished job with this key. */
  acknowledged(commandKey: string): void {
    const i = this.jobs.findIndex(
      (j) => j.state === 'done' && j.origin !== 'Autonomous' && j.commandKey === commandKey,
    );
    if (i < 0) return;
    this.jobs.splice(i, 1);
    this.save();
  }

  /**
   * Bootstrapping with a new ACS (TR-069 3.7.1.5), in one persisted step: the previous ACS's
   * jobs that have not started (or that a restart interrupted) and every unacknowledged result
   * go; the ACS's job running now (`activeId`) stays, marked forgotten. A device's own queued or
   * running download stays too: it is no ACS's request.
   */
  forgetAcs(activeId: string | undefined): ForgottenJobs {
    const out: ForgottenJobs = { queued: [], results: [], autonomousResults: [], running: [] };
    const keep: TransferJob[] = [];
    for (const j of this.jobs) {
      if (j.state === 'done') (j.origin === 'Autonomous' ? out.autonomousResults : out.results).push(j);
      else if (j.origin === 'Autonomous') keep.push(j);
      else if (j.id === activeId) {
        j.forgotten = true;
        out.running.push(j);
        keep.push(j);
      } else out.queued.push(j);
    }
    this.jobs = keep;
    this.save();
    return out;
  }

  /** Factory reset: nothing queued for the old ACS survives. */
  clear(): void {
    this.jobs = [];
    this.save();
  }
}
