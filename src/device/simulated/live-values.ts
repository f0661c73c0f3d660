import { freemem, totalmem } from 'node:os';
import type { Clock } from '../../cwmp/clock.ts';
import { defaultValue } from '../../datamodel/defaults.ts';
import { HandlerRegistry, type HandlerContext, type ParameterHandler } from '../../datamodel/handlers.ts';
import type { SchemaIndex, SchemaParam } from '../../datamodel/schema-index.ts';
import { DataModel } from '../../datamodel/tree.ts';
import {
  type LivePattern,
  fixedRows,
  matchesConcretePath,
  matchesSchemaPath,
  parsePattern,
  schemaFormOf,
} from '../../device/profile/live-pattern.ts';
import { type CounterSpec, type LiveSpec, NO_LIVE, type TableChurnSpec } from '../../device/profile/live-spec.ts';
import type { Value } from '../../schema/values.ts';
import {
  SALT,
  changeWire,
  clockSeconds,
  counterCount,
  lastEventAt,
  numberBounds,
  numberWire,
  pointIn,
  signalLevel,
  siteSalt,
} from './live-curves.ts';
import { type ChangePlan, DeviceTime, LiveDevice, type LiveDeviceOptions, type TablePlan } from './live-device.ts';
import { generateField, generatorSalt } from './live-generators.ts';
import { deviceSeed } from './seeded.ts';

type Get = (ctx: HandlerContext, time: DeviceTime) => Value;
interface Rule {
  readonly pattern: LivePattern;
  readonly get: Get;
}

const ISO_SECONDS = (ms: number): string => new Date(ms).toISOString().replace(/\.[0-9]{3}Z$/, 'Z');

function pattern(text: string): LivePattern {
  const p = parsePattern(text, { glob: true });
  if (typeof p === 'string') throw new Error(`live: ${p}`); // the profile loader reported it already
  return p;
}

/** The parameter's typed value for generated wire text, or undefined if its validator refuses it. */
function typed(p: SchemaParam, wire: string): Value | undefined {
  const r = p.validator.validateWire(wire);
  return r.ok ? r.value : undefined;
}

/**
 * Values a real box keeps changing by itself. Built in: UpTime grows, CurrentLocalTime is now,
 * interface byte and packet counters grow, MemoryStatus reads the real machine (unless the
 * profile gives its values). The profile's
 * `live:` section adds counters, signal levels, clocks, random changes and tables whose rows
 * join and leave (live-spec.ts). Every value is computed on read from the device's seed and
 * time, so nothing ticks in the background; only random changes and churn run on a timer
 * (live-device.ts). The handlers are built once per schema and shared by every tree of it;
 * each tree's time and seed are kept apart, keyed by the tree.
 */
export class LiveValues {
  readonly handlers = new HandlerRegistry();
  private readonly devices = new WeakMap<object, DeviceTime>();
  private readonly plans: { changes: ChangePlan[]; tables: TablePlan[] } = { changes: [], tables: [] };

  constructor(
    private readonly schema: SchemaIndex,
    private readonly spec: LiveSpec = NO_LIVE,
    private readonly now: () => number = Date.now,
  ) {
    const rules = new Map<string, Rule[]>();
    const add = (p: SchemaParam, rule: Rule): void => void rules.set(p.path, [...(rules.get(p.path) ?? []), rule]);
    const params = [...schema.parameters()];
    const matching = (pt: LivePattern): SchemaParam[] => params.filter((p) => matchesSchemaPath(pt, p.path));

    for (const c of spec.counters) {
      const pt = pattern(c.path);
      for (const p of matching(pt)) add(p, { pattern: pt, get: this.counter(p, c) });
    }
    for (const s of spec.signals) {
      const pt = pattern(s.path);
      for (const p of matching(pt)) {
        const type = p.validator.descriptor.type;
        const [lo, hi] = numberBounds(p.validator.descriptor);
        add(p, {
          pattern: pt,
          get: (ctx, time) => {
            const salt = siteSalt(time.seed, ctx.path, SALT.signal);
            const level = Math.min(hi, Math.max(lo, signalLevel(s, salt, time.now())));
            // Between two ranges of the parameter (or off its step), the level rests at its mean.
            return (
              typed(p, numberWire(type, level)) ?? typed(p, numberWire(type, pointIn(s.mean, salt))) ?? defaultValue(p)
            );
          },
        });
      }
    }
    for (const c of spec.clocks) {
      const pt = pattern(c.path);
      for (const p of matching(pt)) {
        const date = p.validator.descriptor.type === 'dateTime';
        add(p, {
          pattern: pt,
          get: (ctx, time) => {
            const s = clockSeconds(c, siteSalt(time.seed, ctx.path, SALT.clock), time.uptime());
            return typed(p, date ? ISO_SECONDS(time.now() - s * 1000) : String(s)) ?? defaultValue(p);
          },
        });
      }
    }
    for (const c of spec.changes) {
      const pt = pattern(c.path);
      const found = matching(pt);
      this.plans.changes.push({ spec: c, schemaPaths: found.map((p) => p.path), fixed: fixedRows(pt) });
      for (const p of found)
        add(p, {
          pattern: pt,
          get: (ctx, time) => {
            const salt = siteSalt(time.seed, ctx.path, SALT.change);
            const k = lastEventAt(salt, c.interval * 1000, time.now());
            return typed(p, changeWire(c.values, salt, k)) ?? defaultValue(p);
          },
        });
    }
    for (const t of spec.tables) this.addTable(t, add);

    this.bindBuiltIns(params);
    for (const [path, list] of rules) {
      const p = schema.get(path) as SchemaParam;
      const fallback = this.handlers.parameters.get(path)?.get;
      const handler: ParameterHandler = {
        get: (ctx) => {
          const time = this.timeOf(ctx.tree);
          for (const r of list) if (matchesConcretePath(r.pattern, ctx.path)) return r.get(ctx, time);
          if (fallback) return fallback(ctx);
          return (ctx.tree instanceof DataModel ? ctx.tree.storedValue(ctx.path) : undefined) ?? defaultValue(p);
        },
      };
      // A joining row's writable value (an Alias) is the ACS's to set: it is stored and then shown.
      if (p.meta.access !== 'readOnly')
        handler.set = (value, ctx) => void (ctx.tree instanceof DataModel && ctx.tree.seedValue(ctx.path, value));
      this.handlers.parameters.set(path, handler);
    }
  }

  /** The values of a joining row: the stored one first (the profile's rows, what the ACS set), else generated. */
  private addTable(t: TableChurnSpec, add: (p: SchemaParam, rule: Rule) => void): void {
    const pt = pattern(t.table);
    const depth = pt.segments.length + 1; // segments of the churning row: 'Device.Hosts.Host.7'
    this.plans.tables.push({ spec: t, schemaTable: `${schemaFormOf(pt)}.`, fixed: fixedRows(pt) });
    for (const [rel, field] of Object.entries(t.row)) {
      const fieldPattern = pattern(`${t.table}{i}.${rel}`);
      const relSchema = rel
        .split('.')
        .map((seg) => (/^[0-9]+$/.test(seg) ? '{i}' : seg))
        .join('.');
      const p = this.schema.get(`${schemaFormOf(pt)}.{i}.${relSchema}`);
      if (p?.kind !== 'parameter') continue;
      const salt = generatorSalt(field);
      add(p, {
        pattern: fieldPattern,
        get: (ctx, time) => {
          const stored = ctx.tree instanceof DataModel ? ctx.tree.storedValue(ctx.path) : undefined;
          if (stored !== undefined) return stored;
          const rowPath = `${ctx.path.split('.').slice(0, depth).join('.')}.`;
          return typed(p, generateField(field, salt, { seed: time.seed, rowPath, now: time.now() })) ?? defaultValue(p);
        },
      });
    }
  }

  private counter(p: SchemaParam, spec: CounterSpec): Get {
    const wide = p.validator.descriptor.type === 'unsignedLong';
    return (ctx, time) => {
      const salt = siteSalt(time.seed, ctx.path, SALT.counter);
      const stats = statsObjectOf(ctx.path);
      const resetAt = stats === undefined ? undefined : time.statsResetAt(stats);
      const n =
        Math.floor(counterCount(spec, salt, time.uptime())) -
        (resetAt === undefined ? 0 : Math.floor(counterCount(spec, salt, resetAt)));
      // 32-bit counters wrap as real ones do; 64-bit ones are bigint end to end.
      return wide ? BigInt(n) : n % 4294967296;
    };
  }

  /** UpTime, CurrentLocalTime, MemoryStatus and the default interface counters, unless the profile drives them. */
  private bindBuiltIns(params: readonly SchemaParam[]): void {
    const bind = (path: string, get: (time: DeviceTime, ctx: HandlerContext) => Value): void => {
      if (this.schema.get(path)?.kind === 'parameter')
        this.handlers.parameters.set(path, { get: (ctx) => get(this.timeOf(ctx.tree), ctx) });
    };
    // The machine's memory, unless the profile says what the simulated box has (then it replays).
    const memory = (ctx: HandlerContext, bytes: number): Value =>
      (ctx.tree instanceof DataModel ? ctx.tree.storedValue(ctx.path) : undefined) ?? Math.floor(bytes / 1024);
    for (const root of this.schema.roots) {
      const r = root.path;
      bind(`${r}DeviceInfo.UpTime`, (time) => Math.floor(time.uptime()));
      bind(`${r}Time.CurrentLocalTime`, (time) => ISO_SECONDS(time.clock.now()));
      bind(`${r}DeviceInfo.MemoryStatus.Total`, (_, ctx) => memory(ctx, totalmem()));
      bind(`${r}DeviceInfo.MemoryStatus.Free`, (_, ctx) => memory(ctx, freemem()));
    }
    for (const p of params) {
      // TR-181 Stats.Reset: setting it true restarts that Stats object's counters; it reads false.
      if (p.name === 'Reset' && p.path.endsWith('.Stats.Reset') && p.meta.access !== 'readOnly')
        this.handlers.parameters.set(p.path, {
          get: () => false,
          set: (value, ctx) => {
            if (value === true) this.timeOf(ctx.tree).resetStats(ctx.path.slice(0, -'Reset'.length));
          },
        });
      if (!p.path.includes('.Stats.') || !/(Bytes|Packets)(Sent|Received)$/.test(p.name)) continue;
      const t = p.validator.descriptor.type;
      if ((t !== 'unsignedInt' && t !== 'unsignedLong') || p.validator.descriptor.list) continue;
      const rate = (p.name.includes('Bytes') ? 12_000 : 90) * (p.name.endsWith('Received') ? 4 : 1);
      const get = this.counter(p, { path: p.path, rate, jitter: 0.5 });
      this.handlers.parameters.set(p.path, { get: (ctx) => get(ctx, this.timeOf(ctx.tree)) });
    }
  }

  private timeOf(tree: object): DeviceTime {
    let time = this.devices.get(tree);
    if (!time) this.devices.set(tree, (time = new DeviceTime({ now: this.now }, deviceSeed('', this.spec.seed))));
    return time;
  }

  /** The device (re)booted: its UpTime, clocks and counters start again from 0. */
  boot(tree: object): void {
    this.timeOf(tree).booted();
  }

  /**
   * A device runs on this clock from now on (it boots): its live values follow the clock, and
   * the returned runner (an agent component: start, stop) plays its random changes and churn.
   * A given seed replaces the profile's (either is mixed with the serial number).
   */
  attach(tree: DataModel, clock: Clock, options: LiveDeviceOptions = {}): LiveDevice {
    const seed = options.seed ?? this.spec.seed;
    const time = new DeviceTime(clock, deviceSeed('', seed));
    this.devices.set(tree, time);
    return new LiveDevice(tree, time, clock, this.plans, { ...options, seed });
  }
}

/** The Stats object a counter is in ('Device.IP.Interface.1.Stats.'), if it is in one. */
function statsObjectOf(path: string): string | undefined {
  const at = path.lastIndexOf('.Stats.');
  return at < 0 ? undefined : path.slice(0, at + '.Stats.'.length);
}

/** Live values for one tree on its own (its own handlers, booted now). */
export function bindLiveValues(tree: DataModel, now: () => number = Date.now, spec: LiveSpec = NO_LIVE): void {
  const live = new LiveValues(tree.schema, spec, now);
  for (const [path, h] of live.handlers.parameters) tree.handlers.parameters.set(path, h);
  live.boot(tree);
}
