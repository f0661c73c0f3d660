/**
 * What a device supports, written short: the `supported` entries that expand (src/device/profile/
 * supported.ts) to exactly a given set of schema paths — an object path wherever that object's
 * whole subtree is in the set, the single items elsewhere.
 */
import { containerPath } from '../../datamodel/schema-index.ts';
import type { MountedSchema } from '../profile/mount.ts';
import { expandSupported } from '../profile/supported.ts';

/** Expands entries as a profile does; the entries are known good, so nothing is reported. */
export function expand(entries: readonly string[], schema: MountedSchema): Set<string> {
  return expandSupported(entries, schema, () => undefined);
}

/** The items an object entry adds: its subtree without obsoleted items (and what is under them). */
function subtreeOf(start: number, schema: MountedSchema): string[] {
  const root = schema.items[start]!.meta.path;
  const out: string[] = [];
  const obsolete: string[] = [];
  // Items are sorted by path, so a subtree is the run of items that start with the object's path.
  for (let i = start; i < schema.items.length; i++) {
    const { meta } = schema.items[i]!;
    if (!meta.path.startsWith(root)) break;
    if (obsolete.some((o) => meta.path.startsWith(o))) continue;
    if (meta.status === 'obsoleted' && meta.path !== root) {
      if (meta.kind === 'object') obsolete.push(meta.path);
      continue;
    }
    out.push(meta.path);
  }
  return out;
}

/** The counters close() adds for supported tables: they need no entry of their own. */
function counters(paths: ReadonlySet<string>, schema: MountedSchema): Set<string> {
  const out = new Set<string>();
  for (const p of paths) {
    const meta = schema.byPath.get(p)?.meta;
    if (meta?.kind === 'object' && p.endsWith('{i}.') && meta.numEntriesParameter !== undefined)
      out.add(containerPath(p) + meta.numEntriesParameter);
  }
  return out;
}

/** The shortest entries (object subtrees first, top-down) whose expansion is `wanted`. */
export function supportedCover(wanted: ReadonlySet<string>, schema: MountedSchema): string[] {
  const chosen: string[] = [];
  const covered = new Set<string>();
  let under: string | undefined;
  schema.items.forEach(({ meta }, i) => {
    if (under !== undefined && meta.path.startsWith(under)) return;
    under = undefined;
    if (meta.kind !== 'object' || !wanted.has(meta.path)) return;
    const subtree = subtreeOf(i, schema);
    if (!subtree.every((p) => wanted.has(p))) return;
    chosen.push(meta.path);
    for (const p of subtree) covered.add(p);
    under = meta.path;
  });
  const implied = counters(wanted, schema);
  const single = [...wanted].filter(
    (p) => !covered.has(p) && !implied.has(p) && schema.byPath.get(p)?.meta.kind === 'parameter',
  );
  return [...chosen, ...single].sort();
}
