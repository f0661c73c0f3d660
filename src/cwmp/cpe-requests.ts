import type { EventCode } from './event-codes.ts';
import type { Message } from './soap/index.ts';

/** One request the CPE sends the ACS after the InformResponse (TR-069 A.3.3). */
export interface CpeRequest {
  readonly body: Message;
  /** The response that acknowledges it. */
  readonly response: Message['kind'];
  /** What the session's log line about it names. */
  readonly log: Readonly<Record<string, string | number>>;
}

/**
 * Where a session's CPE requests come from (TransferComplete, AutonomousTransferComplete …).
 * The session drains each source in turn, in the order given, until the ACS sets HoldRequests;
 * it resends a request the ACS answers with fault 8005, and lets the source decide about any
 * other fault. Acknowledging a request completes its events.
 */
export interface CpeRequestSource<R extends CpeRequest = CpeRequest> {
  /** What to send this session, in order. */
  pending(): readonly R[];
  /** The ACS acknowledged it: delivered; the events that announced it are complete. */
  acknowledged(request: R): void;
  /**
   * The ACS answered with a fault (not 8005): the request ends for this session. Returns the
   * events kept for a later session that must not, alone, start one at once.
   */
  refused(request: R, fault: { faultCode: number; faultString: string }): readonly EventCode[];
  /** The session was not held: events of this source with nothing left behind them are complete. */
  settle(): void;
}
