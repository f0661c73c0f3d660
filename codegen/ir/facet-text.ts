import { comparePaths } from './live-items.ts';
import type { Facets, ObjectItem, Syntax } from './types.ts';

/**
 * Canonical one-line renderings of a syntax's facets, shared by the --diff report (which compares
 * them) and the hover text of the generated path maps (which shows them).
 */

/** The innermost level that sets the facet wins, as the generated syntax table does. */
export function lastFacet<K extends 'units' | 'pathRef' | 'enumerationRef'>(s: Syntax, k: K): Facets[K] | undefined {
  for (let i = s.levels.length - 1; i >= 0; i--) {
    const v = s.levels[i]?.[k];
    if (v !== undefined) return v;
  }
  return undefined;
}

export function bounds(min: number | string | undefined, max: number | string | undefined): string {
  return `${min ?? ''}..${max ?? ''}`;
}

/**
 * One facet kind across the derivation levels: alternatives within a level joined by '|', levels
 * (all of which apply) joined by ' & ', levels without it skipped.
 */
export function levelsText(s: Syntax, one: (f: Facets) => string[]): string | undefined {
  const parts = s.levels.map((f) => one(f).join(' | ')).filter((t) => t !== '');
  return parts.length > 0 ? parts.join(' & ') : undefined;
}

export const sizeText = (f: Facets): string[] =>
  f.sizes.filter((z) => z.min !== undefined || z.max !== undefined).map((z) => bounds(z.min, z.max));
export const rangeText = (f: Facets): string[] =>
  f.ranges.map(
    (r) =>
      (r.min !== undefined && r.min === r.max ? r.min : bounds(r.min, r.max)) +
      (r.step !== undefined && r.step !== '1' ? ` step ${r.step}` : ''),
  );
const livePatterns = (f: Facets): string[] => f.patterns.filter((p) => p.status !== 'deleted').map((p) => p.value);
export const patternText = (f: Facets): string[] => livePatterns(f).map((p) => JSON.stringify(p));
export const patterns = (s: Syntax): string[] => s.levels.flatMap(livePatterns);

// The value is quoted so that an empty default ("") stays visible and distinct from none.
export function defaultText(s: Syntax): string | undefined {
  return s.default && `${s.default.type} ${JSON.stringify(s.default.value)}`;
}

export function listText(s: Syntax): string {
  const l = s.list;
  if (!l) return '';
  const parts: string[] = [];
  if (l.minItems !== undefined || l.maxItems !== undefined) parts.push(`items ${bounds(l.minItems, l.maxItems)}`);
  const sizes = l.sizes.filter((z) => z.min !== undefined || z.max !== undefined).map((z) => bounds(z.min, z.max));
  if (sizes.length > 0) parts.push(`size ${sizes.join(' | ')}`);
  return parts.length > 0 ? parts.join(', ') : 'unconstrained';
}

export function pathRefText(s: Syntax): string | undefined {
  const r = lastFacet(s, 'pathRef');
  if (!r) return undefined;
  const parts: string[] = [r.refType];
  if (r.targetType !== undefined) parts.push(r.targetType);
  if (r.targetParent !== undefined) parts.push(r.targetParent);
  if (r.targetParentScope !== undefined) parts.push(`scope ${r.targetParentScope}`);
  if (r.targetDataType !== undefined) parts.push(`dataType ${r.targetDataType}`);
  return parts.join(' ');
}

export function enumerationRefText(s: Syntax): string | undefined {
  const r = lastFacet(s, 'enumerationRef');
  if (!r) return undefined;
  return [
    r.targetParam,
    r.targetParamScope && `scope ${r.targetParamScope}`,
    r.nullValue !== undefined && `null ${JSON.stringify(r.nullValue)}`,
  ]
    .filter((x): x is string => typeof x === 'string' && x !== '')
    .join(' ');
}

export function uniqueKeysText(o: ObjectItem): string | undefined {
  if (o.uniqueKeys.length === 0) return undefined;
  // Keys, and the parameters within one, are sets: reordering them in the XML changes nothing.
  return o.uniqueKeys
    .map((k) => `[${[...k.parameters].sort(comparePaths).join(',')}]${k.functional ? '' : '(non-functional)'}`)
    .sort(comparePaths)
    .join(' ');
}
