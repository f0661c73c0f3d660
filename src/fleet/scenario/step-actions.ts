import type { DeviceConditions } from '../device-conditions.ts';
import type { ActionOutcome, FleetActions } from '../fleet-actions.ts';
import type { Fleet } from '../fleet.ts';
import type { FleetRoster } from '../fleet-roster.ts';
import type { StepAction, StepKind } from './scenario-types.ts';
import { draw } from './seeded.ts';

/** What a step (or a control-API action) did: when, to how many devices, and what went wrong. */
export interface StepRecord {
  name: string;
  kind: StepKind;
  devices: number;
  /** Seconds from the start of the run. */
  startedS?: number;
  endedS?: number;
  /** Devices the action could not be applied to (off, an invalid value …), with the first reason. */
  failed: number;
  problem?: string;
}

export interface ActionDeps {
  fleet: Fleet;
  roster: FleetRoster;
  conditions: DeviceConditions;
  actions: FleetActions;
  seed: number;
  /** The stream a boot step's jitter is drawn from. */
  stream: number;
}

const done = { ended: Promise.resolve() };

/**
 * Applies one action to devices `ns` (the scenario's steps and the control API's actions alike).
 * Resolves once it is applied (a boot at its rate, a power cycle back on); `ended` once its effect
 * is over (an outage, unreachability or fault given `for` a time).
 */
export async function applyAction(
  a: StepAction,
  ns: readonly number[],
  d: ActionDeps,
  record: StepRecord,
  k = 1,
): Promise<{ ended: Promise<void> }> {
  const { roster, conditions, actions } = d;
  const later = (ms: number): Promise<void> => new Promise((resolve) => d.fleet.clock.setTimeout(() => resolve(), ms));
  const serials = ns.map((n) => roster.serial(n));
  record.devices = ns.length;
  const all = async (
    f: (serial: string) => Promise<ActionOutcome> | ActionOutcome,
  ): Promise<{ ended: Promise<void> }> => {
    for (const o of await Promise.all(serials.map((s) => f(s))))
      if (!o.ok) {
        record.failed += 1;
        record.problem ??= o.message;
      }
    return done;
  };
  /** Set now; undone after `forMs` if given. */
  const timed = (set: (s: string, on: boolean) => void, forMs: number | undefined): { ended: Promise<void> } => {
    serials.forEach((s) => set(s, true));
    if (forMs === undefined) return done;
    return { ended: later(forMs).then(() => serials.forEach((s) => set(s, false))) };
  };
  switch (a.kind) {
    case 'boot': {
      const slot = a.rate > 0 ? 1000 / a.rate : 0;
      // Jittered within each device's slot: a steady rate without devices in lock step.
      await Promise.all(
        ns.map(async (n, j) => {
          if (slot > 0) await later((j + draw(d.seed, d.stream, n)) * slot);
          return actions.powerOn(n);
        }),
      );
      return done;
    }
    case 'acs-outage':
      return timed((s, on) => conditions.setAcsOutage(s, on), a.forMs);
    case 'acs-recovery':
      serials.forEach((s) => conditions.setAcsOutage(s, false));
      return done;
    case 'unreachable':
      return timed((s, on) => conditions.setUnreachable(s, on), a.forMs);
    case 'reachable':
      serials.forEach((s) => conditions.setUnreachable(s, false));
      return done;
    case 'rpc-fault':
      return timed(
        (s, on) => (on ? conditions.injectFault(s, a.fault) : conditions.clearFaults(s, a.fault.rpc)),
        a.forMs,
      );
    case 'clear-faults':
      serials.forEach((s) => conditions.clearFaults(s, a.rpc));
      return done;
    case 'firmware':
      serials.forEach((s) => conditions.setFirmware(s, a.behaviour));
      return done;
    case 'power-cycle':
      return all((s) => actions.powerCycle(s, conditions.time(s, 'power-cycle off', a.offMs)));
    case 'value-change':
      return all((s) => actions.valueChange(s, a.parameter, a.value.replaceAll('{k}', String(k)), a.notify));
    case 'connection-request':
      return all((s) => actions.connectionRequest(s));
    case 'reboot':
      return all((s) => actions.reboot(s));
    case 'factory-reset':
      return all((s) => actions.factoryReset(s));
  }
}
