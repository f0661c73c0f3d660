import type { Logger } from '../../log/logger.ts';
import type { DeviceConditions } from '../device-conditions.ts';
import type { DeviceTracker } from '../device-tracker.ts';
import type { ActionOutcome, FleetActions } from '../fleet-actions.ts';
import type { Fleet } from '../fleet.ts';
import type { FleetRoster } from '../fleet-roster.ts';
import { Judge, type Verdict } from './expectations.ts';
import type { Scenario, Step, StepKind } from './scenario-types.ts';
import { draw, streamOf } from './seeded.ts';

export interface ScenarioRunDeps {
  scenario: Scenario;
  fleet: Fleet;
  roster: FleetRoster;
  conditions: DeviceConditions;
  actions: FleetActions;
  tracker: DeviceTracker;
  /** A running device's value as its wire string. */
  read(serial: string, path: string): Promise<string | undefined>;
  log: Logger;
  now?: () => number;
}

/** What a step did: when (seconds from the start), to how many devices, and what went wrong. */
export interface StepRecord {
  name: string;
  kind: StepKind;
  devices: number;
  startedS?: number;
  endedS?: number;
  /** Devices the action could not be applied to (off, an invalid value …), with the first reason. */
  failed: number;
  problem?: string;
}

export interface ScenarioResult {
  name: string;
  seed: number;
  passed: boolean;
  verdicts: Verdict[];
  steps: StepRecord[];
}

/**
 * Runs a scenario over a fleet: schedules each step at its time or after the step it follows
 * (on the fleet's clock), applies its action to the devices its selector draws, and feeds the
 * judge, which a one-second tick lets decide parameter expectations while the run goes on.
 */
export class ScenarioRun {
  readonly judge: Judge;
  readonly startedAt: number;
  private readonly ended = new Map<string, number>();
  private readonly followers = new Map<string, (() => void)[]>();
  private readonly records: StepRecord[];
  private ticker: NodeJS.Timeout | undefined;
  private onDecided: (() => void) | undefined;
  /** Resolves once every expectation has its verdict (the run may end early then). */
  readonly decided: Promise<void>;
  private readonly now: () => number;

  constructor(private readonly d: ScenarioRunDeps) {
    this.now = d.now ?? Date.now;
    this.startedAt = this.now();
    this.records = d.scenario.steps.map((s) => ({ name: s.name, kind: s.action.kind, devices: 0, failed: 0 }));
    this.judge = new Judge(
      d.scenario.expectations,
      {
        startedAt: this.startedAt,
        now: this.now,
        stepEnded: (name) => this.ended.get(name),
        select: (s, stream) => d.roster.select(s, stream),
        serial: (n) => d.roster.serial(n),
        read: d.read,
      },
      d.tracker,
    );
    this.decided = new Promise((resolve) => (this.onDecided = resolve));
  }

  private seconds(): number {
    return Math.round((this.now() - this.startedAt) / 100) / 10;
  }

  private later(ms: number): Promise<void> {
    return new Promise((resolve) => this.d.fleet.clock.setTimeout(() => resolve(), ms));
  }

  start(): void {
    this.d.scenario.steps.forEach((step, i) => {
      const go = (ms: number): void => void this.d.fleet.clock.setTimeout(() => void this.run(step, i), ms);
      if ('atMs' in step.when) go(step.when.atMs);
      else {
        const { step: after, waitMs } = step.when;
        this.followers.set(after, [...(this.followers.get(after) ?? []), () => go(waitMs)]);
      }
    });
    this.ticker = setInterval(() => void this.tick(), 1000);
    this.ticker.unref();
    void this.tick();
  }

  private async tick(): Promise<void> {
    await this.judge.tick();
    if (this.judge.decided()) this.onDecided?.();
  }

  private async run(step: Step, i: number): Promise<void> {
    const record = this.records[i]!;
    record.startedS = this.seconds();
    this.d.log.info(`scenario: step '${step.name}' (${step.action.kind}) starts`);
    const times = step.repeat?.times ?? 1;
    try {
      for (let k = 1; k <= times; k++) {
        await this.once(step, record, k);
        if (k < times) await this.later(step.repeat!.everyMs);
      }
    } catch (e) {
      record.problem ??= (e as Error).message;
      this.d.log.error(`scenario: step '${step.name}' failed: ${(e as Error).message}`);
    }
    record.endedS = this.seconds();
    this.ended.set(step.name, this.now());
    for (const f of this.followers.get(step.name) ?? []) f();
  }

  /** The action once, on every device the selector draws; resolves when the step's effect is over. */
  private async once(step: Step, record: StepRecord, k: number): Promise<void> {
    const { roster, conditions, actions } = this.d;
    const stream = streamOf(`step ${step.name}`);
    const ns = roster.select(step.select, stream);
    const serials = ns.map((n) => roster.serial(n));
    record.devices = ns.length;
    const all = async (f: (serial: string, j: number) => Promise<ActionOutcome> | ActionOutcome): Promise<void> => {
      const outcomes = await Promise.all(serials.map((s, j) => f(s, j)));
      for (const o of outcomes)
        if (!o.ok) {
          record.failed += 1;
          record.problem ??= o.message;
        }
    };
    const a = step.action;
    switch (a.kind) {
      case 'boot': {
        const slot = a.rate > 0 ? 1000 / a.rate : 0;
        // Jittered within each device's slot: a steady rate without devices in lock step.
        await Promise.all(
          ns.map(async (n, j) => {
            if (slot > 0) await this.later((j + draw(this.d.scenario.seed, stream, n)) * slot);
            return actions.powerOn(n);
          }),
        );
        return;
      }
      case 'acs-outage':
      case 'unreachable': {
        const set = (on: boolean): void =>
          serials.forEach((s) =>
            a.kind === 'acs-outage' ? conditions.setAcsOutage(s, on) : conditions.setUnreachable(s, on),
          );
        set(true);
        if (a.forMs === undefined) return;
        await this.later(a.forMs);
        set(false);
        return;
      }
      case 'acs-recovery':
        return serials.forEach((s) => conditions.setAcsOutage(s, false));
      case 'reachable':
        return serials.forEach((s) => conditions.setUnreachable(s, false));
      case 'power-cycle':
        return all((s) => actions.powerCycle(s, conditions.time(s, 'power-cycle off', a.offMs)));
      case 'firmware':
        return serials.forEach((s) => conditions.setFirmware(s, a.behaviour));
      case 'value-change':
        return all((s) => actions.valueChange(s, a.parameter, a.value.replaceAll('{k}', String(k)), a.notify));
      case 'rpc-fault': {
        serials.forEach((s) => conditions.injectFault(s, a.fault));
        if (a.forMs === undefined) return;
        await this.later(a.forMs);
        serials.forEach((s) => conditions.clearFaults(s, a.fault.rpc));
        return;
      }
      case 'clear-faults':
        return serials.forEach((s) => void conditions.clearFaults(s, a.rpc));
      case 'connection-request':
        return all((s) => actions.connectionRequest(s));
      case 'reboot':
        return all((s) => actions.reboot(s));
      case 'factory-reset':
        return all((s) => actions.factoryReset(s));
    }
  }

  /** The end of the run: every expectation decided. */
  async finish(): Promise<ScenarioResult> {
    if (this.ticker) clearInterval(this.ticker);
    await this.judge.finish();
    return {
      name: this.d.scenario.name,
      seed: this.d.scenario.seed,
      passed: this.judge.passed(),
      verdicts: this.judge.verdicts(),
      steps: this.records,
    };
  }
}
