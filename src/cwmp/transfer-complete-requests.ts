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

/** TransferComplete (TR-069 A.3.3.2) of every finished transfer the ACS asked for. */
export function transferCompleteRequests(
  reports: TransferReports,
  events: EventQueue,
): CpeRequestSource<Tagged<TransferReport>> {
  return {
    pending: () =>
      reports.reports().map((t) => ({
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
      })),
    acknowledged: ({ report }) => {
      reports.acknowledged(report.commandKey);
      events.completeTransfer(report.commandKey);
    },
    // Kept until an ACS takes it (TR-069 3.7.1.5: "7 TRANSFER COMPLETE" waits for its response).
    refused: ({ report }) => {
      const kept: EventCode[] = ['7 TRANSFER COMPLETE'];
      if (report.commandKey !== '') kept.push('M Download', 'M Upload', 'M ScheduleDownload');
      return kept;
    },
    // An event whose report is gone (acknowledged before a crash, or withdrawn) has nothing left
    // to deliver: it must not keep asking for sessions.
    settle: () => {
      if (reports.reports().length === 0) events.completeBy('transfer-complete');
    },
  };
}

/** AutonomousTransferComplete (TR-069 A.3.3.3) of the transfers the device started itself. */
export function autonomousTransferCompleteRequests(
  reports: TransferReports,
  events: EventQueue,
  log: Logger,
): CpeRequestSource<Tagged<AutonomousTransferReport>> {
  return {
    pending: () =>
      reports.autonomousReports().map((t) => ({
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
      })),
    acknowledged: ({ report }) => {
      reports.autonomousAcknowledged(report.id);
      events.completeBy('autonomous-transfer-complete');
    },
    refused: ({ report }, fault) => {
      if (fault.faultCode !== 8000) return ['10 AUTONOMOUS TRANSFER COMPLETE'];
      // Method not supported: this ACS will never take the report (GenieACS answers so), and
      // the announcement is optional for it (TR-069 A.3.3.3): drop it rather than resend for ever.
      log.warn('session: the ACS does not support AutonomousTransferComplete; the report is dropped');
      reports.autonomousAcknowledged(report.id);
      return [];
    },
    settle: () => {
      if (reports.autonomousReports().length === 0) events.completeBy('autonomous-transfer-complete');
    },
  };
}
