import type { Logger } from '../../log/logger.ts';
import type { DeviceConditions } from '../device-conditions.ts';
import type { DeviceTracker } from '../device-tracker.ts';
import type { FleetActions } from '../fleet-actions.ts';
import type { Fleet } from '../fleet.ts';
import type { FleetRoster } from '../fleet-roster.ts';
import { Judge, type Verdict } from './expectations.ts';
import type { Scenario, Step } from './scenario-types.ts';
import { streamOf } from './seeded.ts';
import { applyAction, type StepRecord } from './step-actions.ts';

export type { StepRecord } from './step-actions.ts';

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
  private finished = false;
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
    void this.tick();
  }

  /**
   * The judge reads every selected device's parameter on a tick: each second, but on a big fleet
   * no more than 5 % of the time (a pass over 10,000 devices takes a few hundred ms), and at each
   * pending deadline.
   */
  private async tick(): Promise<void> {
    if (this.finished) return;
    const t0 = performance.now();
    await this.judge.tick();
    if (this.judge.decided()) this.onDecided?.();
    if (this.finished) return;
    // No later than a pending deadline, so that a share reached in time is seen in time.
    const deadline = this.judge.nextDeadline();
    const spaced = Math.max(1000, 20 * (performance.now() - t0));
    const wait = deadline !== undefined ? Math.min(spaced, Math.max(0, deadline - this.now() + 1)) : spaced;
    this.ticker = setTimeout(() => void this.tick(), wait);
    this.ticker.unref();
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
    const ns = this.d.roster.select(step.select, streamOf(`step ${step.name}`));
    const { ended } = await applyAction(
      step.action,
      ns,
      { ...this.d, seed: this.d.scenario.seed, stream: streamOf(`step ${step.name}`) },
      record,
      k,
    );
    await ended;
  }

  /** The end of the run: every expectation decided. */
  async finish(): Promise<ScenarioResult> {
    this.finished = true;
    if (this.ticker) clearTimeout(this.ticker);
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
