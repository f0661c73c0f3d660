/** "Did you mean" helpers, so a typo in a profile gets the fix in the error message. */
import type { MountedSchema } from './mount.ts';

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/**
 * The candidate closest to `word` (case-insensitive edit distance), if close enough to be a typo:
 * at most a third of the longer name's length, and always 2.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestD && d <= Math.max(2, Math.floor(Math.max(word.length, c.length) / 3))) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** `; did you mean "x"?` or ''. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const n = nearest(word, candidates);
  return n === undefined ? '' : `; did you mean "${n}"?`;
}

interface Child {
  readonly path: string;
  readonly object: boolean;
}
const childIndexes = new WeakMap<MountedSchema, Map<string, Map<string, Child>>>();

/** Parent object path → child name → child ('Interface' → 'Device.IP.Interface.{i}.'). */
function children(schema: MountedSchema): Map<string, Map<string, Child>> {
  let index = childIndexes.get(schema);
  if (index) return index;
  index = new Map();
  for (const { meta } of schema.items) {
    const object = meta.kind === 'object';
    const trimmed = object ? meta.path.slice(0, meta.path.endsWith('{i}.') ? -5 : -1) : meta.path;
    const cut = trimmed.lastIndexOf('.');
    const parent = cut < 0 ? '' : trimmed.slice(0, cut + 1);
    const name = trimmed.slice(cut + 1);
    let kids = index.get(parent);
    if (!kids) index.set(parent, (kids = new Map()));
    kids.set(name, { path: meta.path, object });
  }
  childIndexes.set(schema, index);
  return index;
}

function repair(path: string, schema: MountedSchema): string | undefined {
  const index = children(schema);
  const names = path.split('.').filter((s) => s !== '' && s !== '{i}');
  let cur = '';
  let node: Child | undefined;
  for (const name of names) {
    if (node && !node.object) return undefined;
    const kids = index.get(cur);
    if (!kids) return undefined;
    node = kids.get(name);
    if (!node) {
      const near = nearest(name, kids.keys());
      node = near === undefined ? undefined : kids.get(near);
    }
    if (!node) return undefined;
    cur = node.path;
  }
  return node === undefined || node.object !== path.endsWith('.') ? undefined : node.path;
}

/**
 * The schema path a mistyped one probably meant: fixes misspelt segments, a table written without
 * its '{i}.', and a service path written relative ('STBService.{i}.' → 'Device.Services.STBService.{i}.').
 */
export function suggestPath(path: string, schema: MountedSchema): string | undefined {
  const fixed =
    repair(path, schema) ?? (path.startsWith(schema.rootPath) ? undefined : repair(schema.servicesPath + path, schema));
  return fixed === path ? undefined : fixed;
}
