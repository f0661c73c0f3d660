import type { FirmwareBehaviour, RpcFault } from './scenario/scenario-types.ts';
import { draw, sample, streamOf } from './scenario/seeded.ts';

/** What is done to one device: the faults and behaviour a scenario or the control API set. */
export interface DeviceConditionState {
  acsOutage: boolean;
  unreachable: boolean;
  faults: RpcFault[];
  firmware?: FirmwareBehaviour;
}

/**
 * The conditions a scenario step or the control API puts devices in, by serial number: the ACS
 * unreachable from them, connection requests to them dropped, faults or latency injected per RPC,
 * and how their firmware installs behave. They outlive a power cycle. Every time drawn for a
 * device is seeded by its number and a counter, so a rerun draws the same.
 */
export class DeviceConditions {
  private readonly outage = new Set<string>();
  private readonly unreachable = new Set<string>();
  private readonly faults = new Map<string, Map<string, RpcFault>>();
  private readonly firmware = new Map<string, FirmwareBehaviour>();
  private readonly draws = new Map<string, number>();

  constructor(private readonly seed: number) {}

  setAcsOutage(serial: string, on: boolean): void {
    if (on) this.outage.add(serial);
    else this.outage.delete(serial);
  }

  inAcsOutage(serial: string): boolean {
    return this.outage.has(serial);
  }

  setUnreachable(serial: string, on: boolean): void {
    if (on) this.unreachable.add(serial);
    else this.unreachable.delete(serial);
  }

  reachable(serial: string): boolean {
    return !this.unreachable.has(serial);
  }

  injectFault(serial: string, fault: RpcFault): void {
    const m = this.faults.get(serial) ?? new Map<string, RpcFault>();
    m.set(fault.rpc, fault);
    this.faults.set(serial, m);
  }

  /** Clears one RPC's fault, or all of them; true if there was one. */
  clearFaults(serial: string, rpc?: string): boolean {
    const m = this.faults.get(serial);
    if (!m) return false;
    const had = rpc === undefined ? m.size > 0 : m.has(rpc);
    if (rpc === undefined) m.clear();
    else m.delete(rpc);
    if (m.size === 0) this.faults.delete(serial);
    return had;
  }

  fault(serial: string, rpc: string): RpcFault | undefined {
    return this.faults.get(serial)?.get(rpc);
  }

  setFirmware(serial: string, b: FirmwareBehaviour | undefined): void {
    if (b) this.firmware.set(serial, b);
    else this.firmware.delete(serial);
  }

  firmwareOf(serial: string): FirmwareBehaviour | undefined {
    return this.firmware.get(serial);
  }

  /** A uniform draw for this device's next use of `what` (a failure, a latency). */
  draw(serial: string, what: string): [number, number] {
    const key = `${serial}\u0000${what}`;
    const k = this.draws.get(key) ?? 0;
    this.draws.set(key, k + 1);
    const s = streamOf(key);
    return [draw(this.seed, s, k, 1), draw(this.seed, s, k, 2)];
  }

  /** A time for this device's next use of `what`, drawn from the distribution. */
  time(serial: string, what: string, d: Parameters<typeof sample>[0]): number {
    const [u1, u2] = this.draw(serial, what);
    return sample(d, u1, u2);
  }

  state(serial: string): DeviceConditionState {
    const firmware = this.firmware.get(serial);
    return {
      acsOutage: this.outage.has(serial),
      unreachable: this.unreachable.has(serial),
      faults: [...(this.faults.get(serial)?.values() ?? [])],
      ...(firmware ? { firmware } : {}),
    };
  }
}
