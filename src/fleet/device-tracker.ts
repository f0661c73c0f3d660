import type { SessionReport } from '../agent/agent.ts';

/** What the fleet knows of one device's sessions. */
export interface TrackedDevice {
  sessions: number;
  failed: number;
  /** Failed sessions since the last successful one: the RetryCount its next Inform carries (TR-069 A.3.3.1). */
  retryCount: number;
  lastSession?: { at: number; ok: boolean; ms: number; reason?: string };
  /** Faults answered (RPC) or reported (TransferComplete) by code. */
  faults: Record<string, number>;
}

export interface SessionSeen {
  n: number;
  serial: string;
  report: SessionReport;
  /** The device's RetryCount after this session. */
  retryCount: number;
  at: number;
}

export interface FaultSeen {
  n: number;
  serial: string;
  /** 'RPC' (a Fault answer) or 'TransferComplete'. */
  source: 'RPC' | 'TransferComplete';
  code: number;
  at: number;
}

/**
 * Per device: sessions, RetryCount, the last session and faults, for the control API's device
 * view; and the stream of sessions and faults the scenario's expectations are judged on.
 */
export class DeviceTracker {
  private readonly devices = new Map<string, TrackedDevice>();
  private readonly sessionListeners: ((s: SessionSeen) => void)[] = [];
  private readonly faultListeners: ((f: FaultSeen) => void)[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  private of(serial: string): TrackedDevice {
    let d = this.devices.get(serial);
    if (!d) this.devices.set(serial, (d = { sessions: 0, failed: 0, retryCount: 0, faults: {} }));
    return d;
  }

  get(serial: string): TrackedDevice | undefined {
    return this.devices.get(serial);
  }

  session(n: number, serial: string, r: SessionReport): void {
    const d = this.of(serial);
    const at = this.now();
    d.sessions += 1;
    if (r.ok) d.retryCount = 0;
    else {
      d.failed += 1;
      d.retryCount += 1;
    }
    d.lastSession = { at, ok: r.ok, ms: Math.round(r.ms * 10) / 10, ...(r.reason ? { reason: r.reason } : {}) };
    for (const l of this.sessionListeners) l({ n, serial, report: r, retryCount: d.retryCount, at });
  }

  fault(n: number, serial: string, source: FaultSeen['source'], code: number): void {
    const d = this.of(serial);
    const key = `${source} ${code}`;
    d.faults[key] = (d.faults[key] ?? 0) + 1;
    for (const l of this.faultListeners) l({ n, serial, source, code, at: this.now() });
  }

  onSession(l: (s: SessionSeen) => void): void {
    this.sessionListeners.push(l);
  }

  onFault(l: (f: FaultSeen) => void): void {
    this.faultListeners.push(l);
  }
}
