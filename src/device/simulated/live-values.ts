import { freemem, totalmem } from 'node:os';
import type { DataModel } from '../../datamodel/tree.ts';
import type { SchemaIndex, SchemaParam } from '../../datamodel/schema-index.ts';
import { HandlerRegistry, type HandlerContext } from '../../datamodel/handlers.ts';
import type { Value } from '../../schema/values.ts';

/**
 * Values a real box keeps changing by itself: UpTime grows, CurrentLocalTime is now, interface
 * counters increase, and MemoryStatus reads the real machine. Each is a handler computed from
 * the clock, so nothing ticks in the background. The handlers are built once per schema and
 * shared by every tree of it; each tree's boot time is kept apart, keyed by the tree.
 */
export class LiveValues {
  readonly handlers = new HandlerRegistry();
  private readonly bootedAt = new WeakMap<object, number>();

  constructor(
    schema: SchemaIndex,
    private readonly now: () => number = Date.now,
  ) {
    const elapsed = (ctx: HandlerContext): number =>
      Math.max(0, (now() - (this.bootedAt.get(ctx.tree) ?? now())) / 1000);
    for (const root of schema.roots) {
      const r = root.path;
      this.bind(schema, `${r}DeviceInfo.UpTime`, (ctx) => Math.floor(elapsed(ctx)));
      this.bind(schema, `${r}Time.CurrentLocalTime`, () => new Date(now()).toISOString().replace(/\.[0-9]{3}Z$/, 'Z'));
      this.bind(schema, `${r}DeviceInfo.MemoryStatus.Total`, () => Math.floor(totalmem() / 1024));
      this.bind(schema, `${r}DeviceInfo.MemoryStatus.Free`, () => Math.floor(freemem() / 1024));
    }
    for (const p of schema.parameters()) {
      if (!p.path.includes('.Stats.') || !/(Bytes|Packets)(Sent|Received)$/.test(p.name)) continue;
      const t = p.validator.descriptor.type;
      if (t !== 'unsignedInt' && t !== 'unsignedLong') continue;
      this.bindCounter(p, elapsed);
    }
  }

  /** The device (re)booted: its UpTime and counters start again from 0. */
  boot(tree: object): void {
    this.bootedAt.set(tree, this.now());
  }

  private bind(schema: SchemaIndex, path: string, get: (ctx: HandlerContext) => Value): void {
    if (schema.get(path)?.kind === 'parameter') this.handlers.parameters.set(path, { get });
  }

  /** A counter grows at a steady per-row rate; 32-bit counters wrap as real ones do. */
  private bindCounter(p: SchemaParam, elapsed: (ctx: HandlerContext) => number): void {
    const bytes = p.name.startsWith('Bytes') || p.name.includes('Bytes');
    this.handlers.parameters.set(p.path, {
      get: (ctx) => {
        const seed = ctx.instances.reduce((a, n) => a * 31 + n, 7) % 13;
        const rate = (bytes ? 12_000 : 90) * (1 + seed / 13) * (p.name.endsWith('Received') ? 4 : 1);
        const n = BigInt(Math.floor(rate * elapsed(ctx)));
        return p.validator.descriptor.type === 'unsignedLong' ? n : Number(n % 4294967296n);
      },
    });
  }
}

/** Live values for one tree on its own (its own handlers, booted now). */
export function bindLiveValues(tree: DataModel, now: () => number = Date.now): void {
  const live = new LiveValues(tree.schema, now);
  for (const [path, h] of live.handlers.parameters) tree.handlers.parameters.set(path, h);
  live.boot(tree);
}
