import type { DeviceSetup } from '../agent/device-setup.ts';
import { DeviceConditions } from './device-conditions.ts';
import { DeviceTracker } from './device-tracker.ts';
import { FleetActions } from './fleet-actions.ts';
import { fleetDeviceHooks } from './fleet-device-hooks.ts';
import { FleetRoster } from './fleet-roster.ts';
import { Fleet, type FleetHooks, type FleetOptions } from './fleet.ts';
import type { ProfileGroup } from './scenario/scenario-types.ts';

export interface ControlledFleetOptions extends Omit<FleetOptions, 'hooks'> {
  /** Devices in the whole fleet (all shards). */
  count: number;
  /** Profile groups (a scenario's `profiles:`) and the device of each profile they name. */
  groups?: readonly ProfileGroup[];
  setups?: ReadonlyMap<string, DeviceSetup>;
  seed?: number;
}

/**
 * A fleet that scenarios and the control API can act on: its roster (numbers, serials, profile
 * groups, selectors), the conditions its devices are put in, their tracked sessions, and the
 * actions on them.
 */
export class ControlledFleet {
  readonly fleet: Fleet;
  readonly roster: FleetRoster;
  readonly conditions: DeviceConditions;
  readonly tracker = new DeviceTracker();
  readonly actions: FleetActions;

  constructor(o: ControlledFleetOptions) {
    const seed = o.seed ?? 1;
    this.conditions = new DeviceConditions(seed);
    this.roster = new FleetRoster({
      count: o.count,
      first: o.first,
      last: o.last,
      serial: o.serial,
      defaultProfile: o.profileName,
      groups: o.groups ?? [],
      seed,
    });
    // The hooks need the fleet's clock and metrics, which exist once the fleet does.
    let hooks: FleetHooks = {};
    this.fleet = new Fleet({
      ...o,
      hooks: { options: (n, s, x) => hooks.options?.(n, s, x) ?? x, made: (n, s, a) => hooks.made?.(n, s, a) },
    });
    hooks = fleetDeviceHooks({
      roster: this.roster,
      setups: o.setups ?? new Map(),
      conditions: this.conditions,
      tracker: this.tracker,
      metrics: this.fleet.metrics,
      clock: this.fleet.clock,
    });
    this.actions = new FleetActions(this.fleet, this.roster, this.conditions);
  }

  /** A running device's value as its wire string (undefined when off or not a parameter). */
  async read(serial: string, path: string): Promise<string | undefined> {
    const agent = this.fleet.agent(serial);
    if (!agent) return undefined;
    const v = await agent.tree.getValues([path]).catch(() => undefined);
    return v?.[0]?.wire;
  }

  /**
   * Samples the firmware versions for the report until the returned function is called: each
   * second, but on a big fleet no more than 2 % of the time (a pass reads every device).
   */
  sampleVersionsEvery(): () => void {
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const pass = async (): Promise<void> => {
      const t0 = performance.now();
      await this.sampleVersions();
      if (stopped) return;
      timer = setTimeout(() => void pass(), Math.max(1000, 50 * (performance.now() - t0)));
      timer.unref();
    };
    void pass();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }

  /** Devices per DeviceInfo.SoftwareVersion among the running ones, into the metrics' timeline. */
  async sampleVersions(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const serial of this.fleet.serials()) {
      const agent = this.fleet.agent(serial);
      if (!agent) continue;
      const v = String(await agent.tree.readInternal(`${agent.root}DeviceInfo.SoftwareVersion`).catch(() => ''));
      counts[v] = (counts[v] ?? 0) + 1;
    }
    const sorted = Object.fromEntries(Object.entries(counts).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    this.fleet.metrics.timeline.versions(sorted);
    return sorted;
  }
}
