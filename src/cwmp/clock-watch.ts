import type { Clock } from './clock.ts';

/** Drift below this is NTP slewing or timer lateness, not a jump. */
const TOLERANCE_MS = 30_000;

/**
 * Notices the wall clock jumping (an NTP step after boot, a manual change) by comparing it with
 * the monotonic clock since the last look. Deadlines the agent keeps as wall-clock times
 * (ScheduleInform, transfer DelaySeconds and ScheduleDownload windows) are requests for a wait
 * in real seconds, so they move with the jump; a clock without a monotonic source sees none.
 */
export class WallClockWatch {
  private wall: number;
  private mono: number;

  constructor(private readonly clock: Clock) {
    this.wall = clock.now();
    this.mono = clock.monotonic?.() ?? 0;
  }

  /** Milliseconds the wall clock jumped since the last call (positive: forwards), or 0. */
  jump(): number {
    if (!this.clock.monotonic) return 0;
    const wall = this.clock.now();
    const mono = this.clock.monotonic();
    const drift = wall - (this.wall + (mono - this.mono));
    this.wall = wall;
    this.mono = mono;
    return Math.abs(drift) > TOLERANCE_MS ? drift : 0;
  }
}
