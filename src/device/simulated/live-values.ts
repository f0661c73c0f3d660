import { freemem, totalmem } from 'node:os';
import type { DataModel } from '../../datamodel/tree.ts';
import type { SchemaParam } from '../../datamodel/schema-index.ts';
import type { Value } from '../../schema/values.ts';

/**
 * Values a real box keeps changing by itself: UpTime grows, CurrentLocalTime is now, interface
 * counters increase, and MemoryStatus reads the real machine. Each is a handler computed from
 * the clock, so nothing ticks in the background.
 */
export function bindLiveValues(tree: DataModel, now: () => number = Date.now): void {
  const started = now();
  const elapsed = (): number => Math.max(0, (now() - started) / 1000);
  for (const root of tree.schema.roots) {
    const r = root.path;
    bind(tree, `${r}DeviceInfo.UpTime`, () => Math.floor(elapsed()));
    bind(tree, `${r}Time.CurrentLocalTime`, () => new Date(now()).toISOString().replace(/\.[0-9]{3}Z$/, 'Z'));
    bind(tree, `${r}DeviceInfo.MemoryStatus.Total`, () => Math.floor(totalmem() / 1024));
    bind(tree, `${r}DeviceInfo.MemoryStatus.Free`, () => Math.floor(freemem() / 1024));
  }
  for (const p of tree.schema.parameters()) {
    if (!p.path.includes('.Stats.') || !/(Bytes|Packets)(Sent|Received)$/.test(p.name)) continue;
    const t = p.validator.descriptor.type;
    if (t !== 'unsignedInt' && t !== 'unsignedLong') continue;
    bindCounter(tree, p, elapsed);
  }
}

function bind(tree: DataModel, path: string, get: () => Value): void {
  if (tree.schema.get(path)?.kind === 'parameter') tree.handlers.parameters.set(path, { get });
}

/** A counter grows at a steady per-row rate; 32-bit counters wrap as real ones do. */
function bindCounter(tree: DataModel, p: SchemaParam, elapsed: () => number): void {
  const bytes = p.name.startsWith('Bytes') || p.name.includes('Bytes');
  tree.handlers.parameters.set(p.path, {
    get: (ctx) => {
      const seed = ctx.instances.reduce((a, n) => a * 31 + n, 7) % 13;
      const rate = (bytes ? 12_000 : 90) * (1 + seed / 13) * (p.name.endsWith('Received') ? 4 : 1);
      const n = BigInt(Math.floor(rate * elapsed()));
      return p.validator.descriptor.type === 'unsignedLong' ? n : Number(n % 4294967296n);
    },
  });
}
