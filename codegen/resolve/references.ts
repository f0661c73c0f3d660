import type { Item } from '../ir/types.ts';
import { parentPath } from '../ir/live-items.ts';

/**
 * Resolves an {{object|…}} or {{param|…}} reference written in an item's description to a path of
 * the model (TR-106 A.2.3.4's rules, as BBF's report tool applies them): an absolute path; '.X'
 * below the root object; '#' once per level up; anything else relative to the current object
 * (a parameter's object, or an object itself, then its parent). A table is named by its '{i}.'
 * form. Undefined when no such item exists.
 */
export function resolveReference(
  items: ReadonlyMap<string, Item>,
  from: string,
  ref: { kind: 'object' | 'param'; ref: string },
): string | undefined {
  const rootEnd = from.indexOf('.');
  const root = from.slice(0, rootEnd + 1);
  const current = from.endsWith('.') ? from : parentPath(from);
  let rel = ref.ref.trim();
  const bases: string[] = [];
  if (rel.startsWith(root)) {
    bases.push('');
  } else if (rel.startsWith('.')) {
    bases.push(root);
    rel = rel.slice(1);
  } else {
    let up = 0;
    while (rel.startsWith('#')) {
      up++;
      rel = rel.slice(1);
    }
    if (rel.startsWith('.')) rel = rel.slice(1);
    let base = current;
    for (let i = 0; i < up; i++) base = parentPath(tableless(base));
    bases.push(base);
    if (up === 0 && from.endsWith('.')) bases.push(parentPath(tableless(from)));
  }
  for (const base of bases) {
    const path = base + rel;
    for (const cand of ref.kind === 'object' || rel === '' ? objectForms(path) : [path]) {
      if (items.has(cand)) return cand;
    }
  }
  return undefined;
}

/** 'X.Y.{i}.' → 'X.Y.' so that going up a level from a table row leaves the table too. */
function tableless(path: string): string {
  return path.endsWith('{i}.') ? path.slice(0, -4) : path;
}

function objectForms(path: string): string[] {
  const dotted = path === '' || path.endsWith('.') ? path : `${path}.`;
  return dotted.endsWith('{i}.') ? [dotted] : [`${dotted}{i}.`, dotted];
}
