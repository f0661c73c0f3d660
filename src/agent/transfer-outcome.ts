import { isoSeconds } from '../common/date-time.ts';
import type { EventCode } from '../cwmp/event-codes.ts';
import type { TransferJob, TransferOrigin, TransferQueue } from '../transfer/transfer-queue.ts';
import type { TransferServiceOptions } from './transfers.ts';

/** What settling a job needs: the service's options and its queue. */
export interface OutcomeHost {
  readonly o: TransferServiceOptions;
  readonly queue: TransferQueue;
}

/** The "M …" event of each ACS-requested kind of transfer (TR-069 3.7.1.5). */
export const MEVENT: Record<Exclude<TransferOrigin, 'Autonomous'>, EventCode> = {
  Download: 'M Download',
  Upload: 'M Upload',
  ScheduleDownload: 'M ScheduleDownload',
};

/** Removed (factory reset) or forgotten (a new ACS) after it started: its outcome is for nobody. */
export function unwanted(queue: TransferQueue, id: string): boolean {
  const j = queue.list().find((x) => x.id === id);
  return j === undefined || j.forgotten === true;
}

/** Persists a job's result and raises its events; a result for nobody is dropped. */
export function completeTransfer(h: OutcomeHost, job: TransferJob, faultCode: number, faultString: string): void {
  const now = h.o.clock.now();
  if (unwanted(h.queue, job.id)) {
    h.queue.remove(job.id);
    h.o.log.info(
      `transfer: ${job.origin} ${faultCode === 0 ? 'done' : `failed with ${faultCode}`}; not reported, it was asked for before a factory reset or by the previous ACS`,
      { commandKey: job.commandKey },
    );
    return;
  }
  h.queue.finish(job.id, {
    faultCode,
    faultString,
    startTime: job.startTime ?? isoSeconds(now),
    completeTime: isoSeconds(now),
  });
  h.o.log.info(`transfer: ${job.origin} ${faultCode === 0 ? 'done' : `failed with ${faultCode} (${faultString})`}`, {
    commandKey: job.commandKey,
  });
  if (job.origin === 'Autonomous') {
    void completeAutonomous(h, job, faultCode === 0).catch((e: Error) => h.o.log.error(`transfer: ${e.message}`));
    return;
  }
  h.o.events.add('7 TRANSFER COMPLETE');
  h.o.events.add(MEVENT[job.origin], job.commandKey);
  h.o.trigger('transfer complete');
}

/** Reported only when the ACS's policy asks for it; otherwise forgotten at once. */
export async function completeAutonomous(h: OutcomeHost, job: TransferJob, success: boolean): Promise<void> {
  const report = await h.o.reportAutonomous({ isDownload: true, fileType: job.fileType, success });
  // Dropped meanwhile (forgetPreviousAcs, factory reset): no event without a report behind it.
  if (!h.queue.list().some((j) => j.id === job.id)) return;
  if (!report) {
    h.o.log.info('transfer: autonomous transfer not reported (AutonomousTransferCompletePolicy)');
    h.queue.remove(job.id);
    return;
  }
  h.o.events.add('10 AUTONOMOUS TRANSFER COMPLETE');
  h.o.trigger('autonomous transfer complete');
}
