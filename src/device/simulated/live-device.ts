/**
 * One device's live state and the runner of its discrete behaviours: random changes (which raise
 * value-change notifications) and tables whose rows join and leave. Continuous values are read
 * straight from (seed, time) by the shared handlers (live-values.ts); what a device keeps is its
 * seed, clock anchor, boot time, how far its timeline has been applied, and one timer.
 */
import type { Clock } from '../../cwmp/clock.ts';
import type { DataModel } from '../../datamodel/tree.ts';
import type { ChangeSpec, TableChurnSpec } from '../../device/profile/live-spec.ts';
import { SALT, changeWire, eventTime, eventsBetween, nextEventAfter, siteSalt } from './live-curves.ts';
import { between, deviceSeed, hash } from './seeded.ts';

/** Events older than this when a device catches up (a suspended host, a stopped clock) are skipped. */
const MAX_CATCH_UP_MS = 3_600_000;

/**
 * The device's time: wall-clock time at attach, then advanced by the monotonic clock, so a step
 * of the wall clock neither replays nor skips live events and UpTime never runs backwards.
 */
export class DeviceTime {
  seed: number;
  bootedAt: number;
  private readonly anchorWall: number;
  private readonly anchorMono: number | undefined;

  constructor(
    readonly clock: Pick<Clock, 'now' | 'monotonic'>,
    seed: number,
  ) {
    this.seed = seed;
    this.anchorWall = clock.now();
    this.anchorMono = clock.monotonic?.();
    this.bootedAt = this.now();
  }

  now(): number {
    return this.anchorMono === undefined
      ? this.clock.now()
      : this.anchorWall + this.clock.monotonic!() - this.anchorMono;
  }

  /** Seconds since the device booted. */
  uptime(): number {
    return Math.max(0, (this.now() - this.bootedAt) / 1000);
  }

  /** Stats objects the ACS reset (their path → uptime then); made on the first reset only. */
  private resets: Map<string, number> | undefined;

  /** `…Stats.Reset` set to true: that object's counters count from now (TR-181 Stats.Reset). */
  resetStats(statsObject: string): void {
    (this.resets ??= new Map()).set(statsObject, this.uptime());
  }

  /** The uptime at which this Stats object was last reset since boot, if it was. */
  statsResetAt(statsObject: string): number | undefined {
    return this.resets?.get(statsObject);
  }

  /** A boot starts every counter from 0 again, resets included. */
  booted(): void {
    this.bootedAt = this.now();
    this.resets = undefined;
  }
}

/** A random change as the runner sees it: the schema paths it drives and rows the pattern fixes. */
export interface ChangePlan {
  readonly spec: ChangeSpec;
  readonly schemaPaths: readonly string[];
  readonly fixed: readonly (number | undefined)[];
}

/** A churning table: its schema path without the final '{i}.' and the outer rows the pattern fixes. */
export interface TablePlan {
  readonly spec: TableChurnSpec;
  readonly schemaTable: string;
  readonly fixed: readonly (number | undefined)[];
}

export interface LiveDeviceOptions {
  /** Replaces the profile's live seed; mixed with the serial number either way. */
  readonly seed?: number;
  /** Told when applying an event failed (the device carries on with the next). */
  readonly warn?: (message: string) => void;
}

interface Stream {
  readonly site: string;
  readonly salt: number;
  readonly intervalMs: number;
  readonly change?: ChangePlan;
  readonly table?: { plan: TablePlan; join: boolean };
}

type Plans = { readonly changes: readonly ChangePlan[]; readonly tables: readonly TablePlan[] };

const SITE_TABLES = new WeakMap<Plans, ReadonlySet<string>>();

/**
 * The schema tables whose rows decide where the plans' sites are: every table a '{i}' of a
 * plan's path runs through ('Device.WiFi.AccessPoint.' for its AssociatedDevice churn). Rows
 * joining or leaving any other table (the Hosts a device churns) move no site.
 */
function siteTables(plans: Plans): ReadonlySet<string> {
  let tables = SITE_TABLES.get(plans);
  if (!tables) {
    const found = new Set<string>();
    const paths = [...plans.changes.flatMap((c) => c.schemaPaths), ...plans.tables.map((t) => t.schemaTable)];
    for (const path of paths)
      for (let at = path.indexOf('{i}'); at >= 0; at = path.indexOf('{i}', at + 1)) found.add(path.slice(0, at));
    SITE_TABLES.set(plans, (tables = found));
  }
  return tables;
}

/** The rows of a concrete table now ([] when the table or a row above it is gone). */
export async function rowsOf(tree: DataModel, tablePath: string): Promise<number[]> {
  try {
    return (await tree.getNames(tablePath, true)).map((n) => Number(n.path.slice(tablePath.length, -1)));
  } catch {
    return [];
  }
}

/** Every concrete path of a schema path, its '{i}' filled with existing rows (or the fixed one). */
async function concretePaths(
  tree: DataModel,
  schemaPath: string,
  fixed: readonly (number | undefined)[],
): Promise<string[]> {
  const parts = schemaPath.split('{i}');
  let prefixes = [''];
  for (let k = 0; k < parts.length - 1; k++) {
    const next: string[] = [];
    for (const p of prefixes) {
      const table = p + parts[k]!;
      for (const n of await rowsOf(tree, table))
        if (fixed[k] === undefined || fixed[k] === n) next.push(`${table}${n}`);
    }
    prefixes = next;
  }
  return prefixes.map((p) => p + parts[parts.length - 1]!);
}

/**
 * Runs one device's discrete behaviours against its tree: at each event of their timelines (the
 * one timer is set for the earliest) a row joins or leaves, or a random value changes and the
 * tree is told (`changed`, so an Active notification opens a session). An AgentComponent by
 * shape: `start` after the start-up settings are in (the seed needs the serial number), `stop`.
 */
export class LiveDevice {
  private appliedUntil = 0;
  private timer: unknown;
  private running = false;
  private work: Promise<void> = Promise.resolve();
  /** The streams of the rows as they were at this rows version and seed. */
  private cached: { rowsVersion: number; readonly seed: number; readonly streams: Stream[] } | undefined;

  constructor(
    private readonly tree: DataModel,
    private readonly time: DeviceTime,
    private readonly timers: Pick<Clock, 'setTimeout' | 'clearTimeout'>,
    private readonly plans: Plans,
    private readonly options: LiveDeviceOptions & { readonly seed: number },
  ) {}

  async start(): Promise<void> {
    const root = this.tree.schema.roots[0]?.path ?? 'Device.';
    const serial = await this.tree.readInternal(`${root}DeviceInfo.SerialNumber`).catch(() => '');
    this.time.seed = deviceSeed(String(serial), this.options.seed);
    this.appliedUntil = this.time.now();
    this.running = true;
    await this.plan();
  }

  stop(): void {
    this.running = false;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Applies every event up to `to` (device time), in time order; then plans the next. */
  advance(to: number = this.time.now()): Promise<void> {
    this.work = this.work
      .then(() => this.applyUntil(to))
      .catch((e: unknown) => this.options.warn?.(`live values: ${(e as Error).message}`));
    return this.work;
  }

  /**
   * Every timeline the device plays, one per concrete site. Finding the sites reads the tables'
   * rows, so they are kept until a row is added or removed (100,000 devices each looking them up
   * at every event cost a fleet a few per cent of its CPU).
   */
  private async streams(): Promise<Stream[]> {
    const rowsVersion = this.tree.rowsVersion;
    const seed = this.time.seed;
    const c = this.cached;
    if (c && c.rowsVersion === rowsVersion && c.seed === seed) return c.streams;
    const streams = await this.findStreams(seed);
    // Rows may have moved while they were read (awaits): kept only for the version read from.
    if (this.tree.rowsVersion === rowsVersion) this.cached = { rowsVersion, seed, streams };
    return streams;
  }

  private async findStreams(seed: number): Promise<Stream[]> {
    const out: Stream[] = [];
    // What the integrator bound to the real device is the device's: no churn, no made-up changes.
    const own = this.tree.handlers;
    for (const change of this.plans.changes)
      for (const schemaPath of change.schemaPaths.filter((p) => !own.parameters.has(p) && !own.tableFor(p)))
        for (const site of await concretePaths(this.tree, schemaPath, change.fixed))
          out.push({ site, salt: siteSalt(seed, site, SALT.change), intervalMs: change.spec.interval * 1000, change });
    for (const plan of this.plans.tables) {
      if (own.tableFor(`${plan.schemaTable}{i}.`)) continue;
      for (const site of await concretePaths(this.tree, plan.schemaTable, plan.fixed)) {
        out.push({
          site,
          salt: siteSalt(seed, site, SALT.join),
          intervalMs: plan.spec.join * 1000,
          table: { plan, join: true },
        });
        out.push({
          site,
          salt: siteSalt(seed, site, SALT.leave),
          intervalMs: plan.spec.leave * 1000,
          table: { plan, join: false },
        });
      }
    }
    return out;
  }

  private async applyUntil(to: number): Promise<void> {
    if (to <= this.appliedUntil) return;
    const from = Math.max(this.appliedUntil, to - MAX_CATCH_UP_MS);
    this.appliedUntil = to;
    const streams = await this.streams();
    const due: { at: number; k: number; s: Stream; order: number }[] = [];
    streams.forEach((s, order) => {
      for (const k of eventsBetween(s.salt, s.intervalMs, from, to))
        due.push({ at: eventTime(s.salt, s.intervalMs, k), k, s, order });
    });
    due.sort((a, b) => a.at - b.at || a.order - b.order);
    for (const e of due) await this.apply(e.s, e.k);
  }

  private async apply(s: Stream, k: number): Promise<void> {
    if (s.change) {
      const values = s.change.spec.values;
      if (changeWire(values, s.salt, k) !== changeWire(values, s.salt, k - 1)) await this.tree.changed(s.site);
      return;
    }
    const { spec, schemaTable } = s.table!.plan;
    const rows = await rowsOf(this.tree, s.site);
    const cached = this.cached?.rowsVersion === this.tree.rowsVersion ? this.cached : undefined;
    if (s.table!.join) {
      if (rows.length < spec.max) this.tree.addDeviceRow(s.site, spec.subRows);
    } else {
      const leaving = rows.filter((n) => !spec.keep.includes(n));
      if (rows.length > spec.min && leaving.length > 0)
        this.tree.deleteDeviceRow(s.site, leaving[between(hash(s.salt, k, 0x6c656176), 0, leaving.length - 1)]!);
    }
    // The sites were current before this row moved, and it moved none of them.
    if (cached && !siteTables(this.plans).has(schemaTable)) cached.rowsVersion = this.tree.rowsVersion;
  }

  private async fire(): Promise<void> {
    this.timer = undefined;
    await this.advance();
    await this.plan().catch((e: unknown) => this.options.warn?.(`live values: ${(e as Error).message}`));
  }

  /** Sets the one timer for the earliest next event of any stream. */
  private async plan(): Promise<void> {
    if (!this.running || this.timer !== undefined) return;
    let next = Infinity;
    for (const s of await this.streams())
      next = Math.min(next, nextEventAfter(s.salt, s.intervalMs, this.appliedUntil));
    if (!this.running || next === Infinity || this.timer !== undefined) return;
    this.timer = this.timers.setTimeout(() => void this.fire(), Math.max(0, next - this.time.now()));
  }
}
