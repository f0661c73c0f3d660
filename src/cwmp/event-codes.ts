/**
 * Inform event codes and their rules (TR-069 3.7.1.5, Table 7): whether several instances may be
 * pending, which response completes delivery, and which survive a failed session or a reboot.
 */
export type EventCode =
  | '0 BOOTSTRAP'
  | '1 BOOT'
  | '2 PERIODIC'
  | '3 SCHEDULED'
  | '4 VALUE CHANGE'
  | '6 CONNECTION REQUEST'
  | '7 TRANSFER COMPLETE'
  | '8 DIAGNOSTICS COMPLETE'
  | '9 REQUEST DOWNLOAD'
  | '10 AUTONOMOUS TRANSFER COMPLETE'
  | 'M Reboot'
  | 'M ScheduleInform'
  | 'M Download'
  | 'M Upload'
  | 'M ScheduleDownload';

export interface EventStruct {
  readonly code: EventCode;
  readonly commandKey: string;
}

/** What completes an event's delivery: the InformResponse, or a later CPE request's response. */
export type Completion = 'inform' | 'transfer-complete' | 'request-download' | 'autonomous-transfer-complete';

interface Rule {
  multiple: boolean;
  completion: Completion;
  /** Dropped when the session that carried it fails: the ACS retriggers if it still cares. */
  discardOnFailure: boolean;
  /** Dropped when the agent restarts: what it reported is no longer true or already known. */
  discardOnReboot: boolean;
  /**
   * Dropped when the device bootstraps with a new ACS (TR-069 3.7.1.5): the outcome of something
   * the previous ACS asked for, which the new one never issued.
   */
  previousAcs?: true;
}

const RULES: Record<EventCode, Rule> = {
  '0 BOOTSTRAP': { multiple: false, completion: 'inform', discardOnFailure: false, discardOnReboot: false },
  '1 BOOT': { multiple: false, completion: 'inform', discardOnFailure: false, discardOnReboot: true },
  '2 PERIODIC': { multiple: false, completion: 'inform', discardOnFailure: false, discardOnReboot: true },
  '3 SCHEDULED': {
    multiple: true,
    completion: 'inform',
    discardOnFailure: false,
    discardOnReboot: false,
    previousAcs: true,
  },
  '4 VALUE CHANGE': { multiple: false, completion: 'inform', discardOnFailure: false, discardOnReboot: true },
  '6 CONNECTION REQUEST': {
    multiple: false,
    completion: 'inform',
    discardOnFailure: true,
    discardOnReboot: true,
    previousAcs: true,
  },
  '7 TRANSFER COMPLETE': {
    multiple: false,
    completion: 'transfer-complete',
    discardOnFailure: false,
    discardOnReboot: false,
    previousAcs: true,
  },
  '8 DIAGNOSTICS COMPLETE': {
    multiple: false,
    completion: 'inform',
    discardOnFailure: false,
    discardOnReboot: true,
    previousAcs: true,
  },
  '9 REQUEST DOWNLOAD': {
    multiple: false,
    completion: 'request-download',
    discardOnFailure: false,
    discardOnReboot: false,
  },
  '10 AUTONOMOUS TRANSFER COMPLETE': {
    multiple: false,
    completion: 'autonomous-transfer-complete',
    discardOnFailure: false,
    discardOnReboot: false,
    previousAcs: true,
  },
  'M Reboot': {
    multiple: true,
    completion: 'inform',
    discardOnFailure: false,
    discardOnReboot: false,
    previousAcs: true,
  },
  'M ScheduleInform': {
    multiple: true,
    completion: 'inform',
    discardOnFailure: false,
    discardOnReboot: false,
    previousAcs: true,
  },
  'M Download': {
    multiple: true,
    completion: 'transfer-complete',
    discardOnFailure: false,
    discardOnReboot: false,
    previousAcs: true,
  },
  'M Upload': {
    multiple: true,
    completion: 'transfer-complete',
    discardOnFailure: false,
    discardOnReboot: false,
    previousAcs: true,
  },
  'M ScheduleDownload': {
    multiple: true,
    completion: 'transfer-complete',
    discardOnFailure: false,
    discardOnReboot: false,
    previousAcs: true,
  },
};

export function ruleOf(code: EventCode): Rule {
  return RULES[code];
}

export function isEventCode(s: string): s is EventCode {
  return Object.hasOwn(RULES, s);
}
