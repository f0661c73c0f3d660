import type { CpeRequest, CpeRequestSource } from './cpe-requests.ts';
import type { EventCode } from './event-codes.ts';
import type { EventQueue } from './event-queue.ts';
import type { Logger } from '../log/logger.ts';

export interface TransferReport {
  commandKey: string;
  faultCode: number;
  faultString: string;
  startTime: string;
  completeTime: string;
}

/** A transfer the device started itself (TR-069 A.3.3.3 AutonomousTransferComplete). */
export interface AutonomousTransferReport {
  /** The agent's id, to acknowledge exactly this report. */
  id: string;
  announceUrl: string;
  transferUrl: string;
  isDownload: boolean;
  fileType: string;
  fileSize: number;
  targetFileName: string;
  faultCode: number;
  faultString: string;
  startTime: string;
  completeTime: string;
}

/** The results the transfer service keeps until the ACS acknowledges them. */
export interface TransferReports {
  /** TransferCompletes not yet acknowledged (TR-069 A.3.3.2), oldest first. */
  reports(): TransferReport[];
  acknowledged(commandKey: string): void;
  /** AutonomousTransferCompletes not yet acknowledged, already filtered by the ACS's policy. */
  autonomousReports(): AutonomousTransferReport[];
  autonomousAcknowledged(id: string): void;
}

type Tagged<T> = CpeRequest & { readonly report: T };

/** Nothing to report: a device without file-transfer support still settles stale completion events. */
export const NO_TRANSFER_REPORTS: TransferReports = {
  reports: () => [],
  acknowledged: () => undefined,
  autonomousReports: () => [],
  autonomousAcknowledged: () => undefined,
};

/** TransferComplete (TR-069 A.3.3.2) of every finished transfer the ACS asked for. */
export class TransferCompleteRequests implements CpeRequestSource<Tagged<TransferReport>> {
  constructor(
    private readonly reports: TransferReports,
    private readonly events: EventQueue,
  ) {}

  pending(): Tagged<TransferReport>[] {
    return this.reports.reports().map((t) => ({
      report: t,
      body: {
        kind: 'TransferComplete',
        commandKey: t.commandKey,
        fault: { faultCode: t.faultCode, faultString: t.faultString },
        startTime: t.startTime,
        completeTime: t.completeTime,
      },
      response: 'TransferCompleteResponse',
      log: { commandKey: t.commandKey, fault: t.faultCode },
    }));
  }

  acknowledged({ report }: Tagged<TransferReport>): void {
    this.reports.acknowledged(report.commandKey);
    this.events.completeTransfer(report.commandKey);
  }

  /** Kept until an ACS takes it (TR-069 3.7.1.5: "7 TRANSFER COMPLETE" waits for its response). */
  refused({ report }: Tagged<TransferReport>): EventCode[] {
    const kept: EventCode[] = ['7 TRANSFER COMPLETE'];
    if (report.commandKey !== '') kept.push('M Download', 'M Upload', 'M ScheduleDownload');
    return kept;
  }

  /**
   * An event whose report is gone (acknowledged before a crash, or withdrawn) has nothing left
   * to deliver: it must not keep asking for sessions.
   */
  settle(): void {
    if (this.reports.reports().length === 0) this.events.completeBy('transfer-complete');
  }
}

/** AutonomousTransferComplete (TR-069 A.3.3.3) of the transfers the device started itself. */
export class AutonomousTransferCompleteRequests implements CpeRequestSource<Tagged<AutonomousTransferReport>> {
  constructor(
    private readonly reports: TransferReports,
    private readonly events: EventQueue,
    private readonly log: Logger,
  ) {}

  pending(): Tagged<AutonomousTransferReport>[] {
    return this.reports.autonomousReports().map((t) => ({
      report: t,
      body: {
        kind: 'AutonomousTransferComplete',
        announceUrl: t.announceUrl,
        transferUrl: t.transferUrl,
        isDownload: t.isDownload,
        fileType: t.fileType,
        fileSize: t.fileSize,
        targetFileName: t.targetFileName,
        fault: { faultCode: t.faultCode, faultString: t.faultString },
        startTime: t.startTime,
        completeTime: t.completeTime,
      },
      response: 'AutonomousTransferCompleteResponse',
      log: { fileType: t.fileType, fault: t.faultCode },
    }));
  }

  acknowledged({ report }: Tagged<AutonomousTransferReport>): void {
    this.reports.autonomousAcknowledged(report.id);
    this.events.completeBy('autonomous-transfer-complete');
  }

  refused({ report }: Tagged<AutonomousTransferReport>, fault: { faultCode: number }): EventCode[] {
    if (fault.faultCode !== 8000) return ['10 AUTONOMOUS TRANSFER COMPLETE'];
    // Method not supported: this ACS will never take the report (GenieACS answers so), and
    // the announcement is optional for it (TR-069 A.3.3.3): drop it rather than resend for ever.
    this.log.warn('session: the ACS does not support AutonomousTransferComplete; the report is dropped');
    this.reports.autonomousAcknowledged(report.id);
    return [];
  }

  settle(): void {
    if (this.reports.autonomousReports().length === 0) this.events.completeBy('autonomous-transfer-complete');
  }
}
