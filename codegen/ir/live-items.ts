import type { Item, ResolvedModel } from './types.ts';

/** The object path a parameter or object belongs to ('' for parameters directly under a service model). */
export function parentPath(path: string): string {
  const trimmed = path.endsWith('.') ? path.slice(0, -1) : path;
  const i = trimmed.lastIndexOf('.');
  return i === -1 ? '' : trimmed.slice(0, i + 1);
}

/** Items that exist in the model: not deleted, and not under a deleted object. Sorted by path. */
export function liveItems(model: ResolvedModel): Item[] {
  const deleted = new Set<string>();
  const out: Item[] = [];
  const paths = [...model.items.keys()].sort(comparePaths);
  for (const path of paths) {
    const item = model.items.get(path)!;
    let gone = item.status === 'deleted';
    for (let p = parentPath(path); !gone && p !== ''; p = parentPath(p)) if (deleted.has(p)) gone = true;
    if (gone) {
      if (item.kind === 'object') deleted.add(path);
      continue;
    }
    out.push(item);
  }
  return out;
}

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
