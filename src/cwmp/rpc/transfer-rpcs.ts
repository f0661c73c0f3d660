import { UNKNOWN_TIME } from '../../common/date-time.ts';
import { checkWindows } from '../../transfer/time-windows.ts';
import type { TimeWindow, TransferJob } from '../../transfer/transfer-queue.ts';
import type { CwmpFaultBody } from './context.ts';
import type { RpcDispatcher } from './dispatch.ts';
import { cwmpFault } from './fault.ts';

/** A transfer the ACS asked for, as the queue takes it: a job's request fields. */
export type TransferRequest = Pick<
  TransferJob,
  'commandKey' | 'fileType' | 'url' | 'username' | 'password' | 'fileSize' | 'targetFileName' | 'dueAt' | 'windows'
> & {
  origin: 'Download' | 'Upload' | 'ScheduleDownload';
};

/** One entry of Get(All)QueuedTransfers (TR-069 A.4.1.6): State 1 not started, 2 in progress, 3 completed. */
export interface QueuedTransfer {
  commandKey: string;
  state: number;
  isDownload: boolean;
  fileType: string;
  fileSize: number;
  targetFileName: string;
}

/** What the transfer RPCs need of the agent's transfer service. */
export interface TransferControl {
  /** The fault a request gets before it is queued (its URL, FileType, a full queue), or undefined. */
  refusal(url: string, fileType: string, download: boolean): CwmpFaultBody | undefined;
  /** Queues it; the same request repeated by the ACS is queued once. */
  accept(request: TransferRequest): void;
  /** Starts what is due (after the session). */
  kick(): void;
  cancel(commandKey: string): 'cancelled' | 'in-progress' | 'unknown';
  /** What this ACS asked for and has not acknowledged, oldest first. */
  queued(): QueuedTransfer[];
  now(): number;
}

/**
 * Download (TR-069 A.3.2.8), Upload (A.4.1.5), ScheduleDownload (A.4.1.8), CancelTransfer
 * (A.4.1.7) and Get(All)QueuedTransfers (A.4.1.6): requests are checked in the session and
 * queued; the work starts once the session has ended.
 */
export function registerTransferRpcs(d: RpcDispatcher, t: TransferControl): void {
  d.register('Download', async (req, ctx) => {
    const f = t.refusal(req.url, req.fileType, true);
    if (f) return f;
    if (req.delaySeconds < 0 || req.fileSize < 0)
      return cwmpFault(9003, 'DelaySeconds and FileSize must not be negative');
    t.accept({
      origin: 'Download',
      commandKey: req.commandKey,
      fileType: req.fileType,
      url: req.url,
      username: req.username,
      password: req.password,
      fileSize: req.fileSize,
      targetFileName: req.targetFileName,
      dueAt: t.now() + req.delaySeconds * 1000,
    });
    ctx.afterSession(() => t.kick());
    // Status 1: the transfer has not completed yet; its TransferComplete follows.
    return { kind: 'DownloadResponse', status: 1, startTime: UNKNOWN_TIME, completeTime: UNKNOWN_TIME };
  });
  d.register('Upload', async (req, ctx) => {
    const f = t.refusal(req.url, req.fileType, false);
    if (f) return f;
    if (req.delaySeconds < 0) return cwmpFault(9003, 'DelaySeconds must not be negative');
    t.accept({
      origin: 'Upload',
      commandKey: req.commandKey,
      fileType: req.fileType,
      url: req.url,
      username: req.username,
      password: req.password,
      fileSize: 0,
      targetFileName: '',
      dueAt: t.now() + req.delaySeconds * 1000,
    });
    ctx.afterSession(() => t.kick());
    return { kind: 'UploadResponse', status: 1, startTime: UNKNOWN_TIME, completeTime: UNKNOWN_TIME };
  });
  d.register('ScheduleDownload', async (req, ctx) => {
    const f = t.refusal(req.url, req.fileType, true);
    if (f) return f;
    const at = t.now();
    const windows: TimeWindow[] = req.timeWindowList.map((w) => ({
      startAt: at + w.windowStart * 1000,
      endAt: at + w.windowEnd * 1000,
      mode: w.windowMode,
      userMessage: w.userMessage,
      maxRetries: w.maxRetries,
    }));
    const bad = checkWindows(windows);
    if (bad) return cwmpFault(9003, bad);
    t.accept({
      origin: 'ScheduleDownload',
      commandKey: req.commandKey,
      fileType: req.fileType,
      url: req.url,
      username: req.username,
      password: req.password,
      fileSize: req.fileSize,
      targetFileName: req.targetFileName,
      dueAt: windows[0]!.startAt,
      windows,
    });
    ctx.afterSession(() => t.kick());
    return { kind: 'ScheduleDownloadResponse' };
  });
  d.register('CancelTransfer', async (req) => {
    const r = t.cancel(req.commandKey);
    if (r === 'cancelled') return { kind: 'CancelTransferResponse' };
    if (r === 'in-progress') return cwmpFault(9021, `the transfer '${req.commandKey}' has already started`);
    return cwmpFault(9003, `no queued transfer has CommandKey '${req.commandKey}'`);
  });
  d.register('GetQueuedTransfers', async () => ({
    kind: 'GetQueuedTransfersResponse',
    transferList: t.queued().map((j) => ({ commandKey: j.commandKey, state: j.state })),
  }));
  d.register('GetAllQueuedTransfers', async () => ({
    kind: 'GetAllQueuedTransfersResponse',
    transferList: t.queued().map((j) => ({
      commandKey: j.commandKey,
      state: j.state,
      isDownload: j.isDownload,
      fileType: j.fileType,
      fileSize: j.fileSize,
      targetFileName: j.targetFileName,
    })),
  }));
}
