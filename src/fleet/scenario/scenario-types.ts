import type { TransferFaultCode } from '../../transfer/transfer-error.ts';

/**
 * A fleet scenario as checked from its YAML file (scenario-parse.ts): timed, seeded steps over
 * the fleet or a selection of it, and the expectations the run is judged by. Times are in ms.
 */

/** Which devices a step or an expectation is about; every given criterion must hold. */
export interface Selector {
  /** Device numbers (1-based, across all shards), inclusive ranges. */
  readonly devices?: readonly (readonly [number, number])[];
  /** Serial numbers, inclusive ranges in device order. */
  readonly serials?: readonly (readonly [string, string])[];
  /** Profile group (a `profiles:` entry's profile, or the fleet's one profile). */
  readonly profile?: string;
  /** A share (0..1) of what the other criteria leave, drawn with the seed. */
  readonly share?: number;
}

/** A time drawn per device and per use: fixed, or from a distribution (seeded). */
export type Distribution =
  | { readonly kind: 'fixed'; readonly ms: number }
  | { readonly kind: 'uniform'; readonly minMs: number; readonly maxMs: number }
  | { readonly kind: 'normal'; readonly meanMs: number; readonly sdMs: number }
  | { readonly kind: 'exponential'; readonly meanMs: number };

/** How the selected devices' firmware downloads behave from now on. */
export interface FirmwareBehaviour {
  /** Added to each firmware install before it is applied (the image's download and flash time). */
  readonly downloadMs: Distribution;
  /** This share of installs fails with this CWMP fault code (reported in TransferComplete). */
  readonly failShare: number;
  readonly failCode: TransferFaultCode;
  /** How long the reboot into the new firmware takes before the device informs again. */
  readonly rebootMs: Distribution;
}

/** An injected fault for one RPC: the ACS gets this fault code, or the answer after this latency. */
export interface RpcFault {
  readonly rpc: string;
  readonly code?: number;
  readonly latencyMs?: Distribution;
}

export type StepAction =
  /** Power on the selected devices that are off: all at once (rate 0) or `rate` per second. */
  | { readonly kind: 'boot'; readonly rate: number }
  /** Their sessions fail as if the ACS were unreachable, until recovery (`forMs` or an acs-recovery step). */
  | { readonly kind: 'acs-outage'; readonly forMs?: number }
  | { readonly kind: 'acs-recovery' }
  /** Power off now, and on again after a time drawn per device ("1 BOOT", state kept). */
  | { readonly kind: 'power-cycle'; readonly offMs: Distribution }
  | { readonly kind: 'firmware'; readonly behaviour: FirmwareBehaviour }
  /** The device changes a parameter itself; `notify` sets its notification first (as an ACS would have). */
  | {
      readonly kind: 'value-change';
      readonly parameter: string;
      readonly value: string;
      readonly notify: 'active' | 'passive' | 'as-set';
    }
  /** Connection requests to them are dropped, until `forMs` is over or a reachable step. */
  | { readonly kind: 'unreachable'; readonly forMs?: number }
  | { readonly kind: 'reachable' }
  | { readonly kind: 'rpc-fault'; readonly fault: RpcFault; readonly forMs?: number }
  | { readonly kind: 'clear-faults'; readonly rpc?: string }
  /** As if the ACS had made a connection request ("6 CONNECTION REQUEST"). */
  | { readonly kind: 'connection-request' }
  /** The box's own reboot ("1 BOOT", state kept) or reset button ("0 BOOTSTRAP"). */
  | { readonly kind: 'reboot' }
  | { readonly kind: 'factory-reset' };

export type StepKind = StepAction['kind'];

/** When something happens: a time from the start of the run, or a wait after a step has ended. */
export type TimeRef = { readonly atMs: number } | { readonly step: string; readonly waitMs: number };

export interface Step {
  readonly name: string;
  readonly when: TimeRef;
  readonly select: Selector;
  readonly action: StepAction;
  /** Run the action again every `everyMs`, `times` in all ({k} in a value-change value counts them). */
  readonly repeat?: { readonly everyMs: number; readonly times: number };
}

export interface Comparison {
  readonly op: '>=' | '<=' | '>' | '<' | '==';
  readonly value: number;
  /** Written with '%': a share, `value` in 0..1. */
  readonly percent: boolean;
}

interface ExpectationBase {
  readonly name: string;
  /** Only what happens from this time on counts (default: the start of the run). */
  readonly from?: TimeRef;
}

export type Expectation =
  /** The share of selected devices whose parameter equals the value, reached by `within` (default: the end). */
  | (ExpectationBase & {
      readonly kind: 'parameter';
      readonly parameter: string;
      readonly equals: string;
      readonly share: Comparison;
      readonly within?: TimeRef;
      readonly select: Selector;
    })
  /** The largest RetryCount a selected device reached by a failure in the window. */
  | (ExpectationBase & { readonly kind: 'retry-count'; readonly compare: Comparison; readonly select: Selector })
  /** Events delivered with this code in the window. */
  | (ExpectationBase & { readonly kind: 'events'; readonly code: string; readonly compare: Comparison })
  /** Faults with this code (RPC answers and TransferCompletes) in the window. */
  | (ExpectationBase & { readonly kind: 'faults'; readonly code: number; readonly compare: Comparison })
  /** Sessions in the window: how many ended ok, failed or retried, or the failed share. */
  | (ExpectationBase & {
      readonly kind: 'sessions';
      readonly field: 'ok' | 'failed' | 'retries' | 'failed-share';
      readonly compare: Comparison;
    })
  /** A percentile of session time (ms) in the window. */
  | (ExpectationBase & { readonly kind: 'session-ms'; readonly percentile: number; readonly compare: Comparison });

export interface ProfileGroup {
  readonly profile: string;
  readonly share?: number;
  readonly devices?: readonly (readonly [number, number])[];
}

export interface Scenario {
  readonly file: string;
  readonly name: string;
  readonly seed: number;
  /** The run stops after this long (else --duration, else SIGINT). */
  readonly durationMs?: number;
  /** Stop as soon as every expectation has its verdict. */
  readonly endWhenDecided: boolean;
  /** Several profiles in one fleet; without it every device runs the fleet's --profile. */
  readonly profiles: readonly ProfileGroup[];
  readonly steps: readonly Step[];
  readonly expectations: readonly Expectation[];
}
