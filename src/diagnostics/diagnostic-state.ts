import { isoSeconds } from '../common/date-time.ts';

/**
 * DiagnosticsState values a test can end in (TR-181 IP.Diagnostics / DNS.Diagnostics, TR-143):
 * "Complete" for most tests, "Completed" for the TR-143 Download/Upload tests in TR-098, and the
 * Error_* values each object lists. The binding writes only values the object's enumeration has.
 */
export type DiagnosticState =
  | 'Complete'
  | 'Completed'
  | 'Error_CannotResolveHostName'
  | 'Error_NoRouteToHost'
  | 'Error_Internal'
  | 'Error_Other'
  | 'Error_MaxHopCountExceeded'
  | 'Error_InitConnectionFailed'
  | 'Error_NoResponse'
  | 'Error_TransferFailed'
  | 'Error_PasswordRequestFailed'
  | 'Error_LoginFailed'
  | 'Error_NoTransferMode'
  | 'Error_NoPASV'
  | 'Error_IncorrectSize'
  | 'Error_Timeout'
  | 'Error_DNSServerNotResolved';

/** Wall-clock time with microseconds (TR-143 timestamps: ROMTime, BOMTime, …). */
export class MicroClock {
  private readonly baseMs = Date.now();
  private readonly baseNs = process.hrtime.bigint();

  /** Microseconds since the epoch. */
  nowUs(): bigint {
    return BigInt(this.baseMs) * 1000n + (process.hrtime.bigint() - this.baseNs) / 1000n;
  }
}

/** 2026-11-23T04:00:00.123456Z: the µs-precision dateTime TR-143 results use. */
export function isoMicros(us: bigint): string {
  const ms = Number(us / 1000n);
  const frac = (us % 1_000_000n).toString().padStart(6, '0');
  return isoSeconds(ms, frac);
}
