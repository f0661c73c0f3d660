import { comparePaths, liveItems } from '../ir/live-items.ts';
import type { Item, ParameterItem, RangeFacet, ResolvedModel, SizeFacet, Syntax } from '../ir/types.ts';
import type { DiffEntry, ModelPairDiff } from '../emit/diff.ts';
import { detailText } from '../emit/diff.ts';
import { valueType } from '../emit/ts/value-type.ts';

/**
 * What an upgrade means for integrator code, most severe first: a change the compiler reports at
 * the binding's line (removed, retyped, now read-only, an enumeration value gone from a literal
 * union), one only a running device meets (a narrower range, length, pattern or table size), an
 * item now deprecated or obsoleted (still compiles, struck through in editors), and the rest.
 */
export type Group = 'compile' | 'runtime' | 'deprecated' | 'neutral';
export const GROUPS: readonly Group[] = ['compile', 'runtime', 'deprecated', 'neutral'];
export const GROUP_TITLES: Record<Group, string> = {
  compile: 'Breaks compilation',
  runtime: 'Breaks at run time',
  deprecated: 'Deprecated or obsoleted',
  neutral: 'Neutral',
};

export interface Reason {
  group: Group;
  text: string;
}

/** One path of the upgrade with every reason it changed, in its most severe reason's group. */
export interface Classified {
  path: string;
  kind: Item['kind'];
  mark: '+' | '-' | '!' | '~';
  group: Group;
  reasons: Reason[];
}

const rank = (g: Group): number => GROUPS.indexOf(g);

/** Sorts a model pair's changes into the four groups, one record per path, in path order. */
export function classifyPair(
  pair: ModelPairDiff,
  oldModel: ResolvedModel | undefined,
  newModel: ResolvedModel | undefined,
): Classified[] {
  const olds = new Map((oldModel ? liveItems(oldModel) : []).map((i) => [i.path, i]));
  const news = new Map((newModel ? liveItems(newModel) : []).map((i) => [i.path, i]));
  const byPath = new Map<string, Classified>();
  const add = (e: DiffEntry, mark: Classified['mark'], reasons: Reason[]): void => {
    const c = byPath.get(e.path) ?? { path: e.path, kind: e.kind, mark, group: 'neutral', reasons: [] };
    c.reasons.push(...reasons);
    if (mark !== '~') c.mark = mark;
    byPath.set(e.path, c);
  };
  const replacement = (...items: (Item | undefined)[]): string => {
    const to = items.find((i) => i?.replacedBy !== undefined)?.replacedBy;
    return to === undefined ? '' : `; replaced by ${to}${news.has(to) ? '' : ' (not in the new model either)'}`;
  };
  for (const e of pair.added) add(e, '+', [{ group: 'neutral', text: addedText(news.get(e.path)) }]);
  for (const e of pair.removed) {
    const gone = newModel?.items.get(e.path);
    add(e, '-', [{ group: 'compile', text: `${e.change}${replacement(gone, olds.get(e.path))}` }]);
  }
  for (const e of pair.statusChanged) {
    const n = news.get(e.path);
    const status = n?.status ?? 'current';
    const retired = status === 'deprecated' || status === 'obsoleted';
    const at = n?.lifecycle?.[status === 'obsoleted' ? 'obsoleted' : 'deprecated'];
    const text = `${olds.get(e.path)?.status ?? '?'} -> ${status}${at !== undefined ? ` in ${at}` : ''}`;
    add(e, '!', [{ group: retired ? 'deprecated' : 'neutral', text: retired ? text + replacement(n) : text }]);
  }
  for (const e of pair.changed) add(e, '~', changeReasons(e, olds.get(e.path), news.get(e.path)));
  const out = [...byPath.values()].sort((a, b) => comparePaths(a.path, b.path));
  for (const c of out) {
    c.reasons.sort((a, b) => rank(a.group) - rank(b.group));
    c.group = c.reasons[0]?.group ?? 'neutral';
  }
  return out;
}

function addedText(i: Item | undefined): string {
  if (!i) return 'added';
  if (i.kind === 'object') return `added (object, ${i.access})`;
  return `added (${valueType(i)}, ${i.access})`;
}

/** The reasons of one 'changed' entry, each with the group it belongs to. */
function changeReasons(e: DiffEntry, o: Item | undefined, n: Item | undefined): Reason[] {
  const out: Reason[] = [];
  if (!o || !n || o.kind !== n.kind) return [{ group: 'compile', text: e.details.map(detailText).join('; ') }];
  const handled = new Set<string>();
  if (o.access !== n.access) {
    handled.add('access');
    const nowReadOnly = o.access !== 'readOnly' && n.access === 'readOnly';
    out.push({
      group: nowReadOnly ? 'compile' : 'neutral',
      text: nowReadOnly ? 'now read-only' : `access ${o.access} -> ${n.access}`,
    });
  }
  if (o.kind === 'parameter' && n.kind === 'parameter') {
    for (const a of ['type', 'list', 'enum', 'size', 'range', 'pattern', 'listItems']) handled.add(a);
    out.push(...syntaxReasons(o, n));
  } else if (o.kind === 'object' && n.kind === 'object') {
    handled.add('minEntries');
    handled.add('maxEntries');
    const max = (x: number | 'unbounded'): number => (x === 'unbounded' ? Infinity : x);
    if (max(n.maxEntries) < max(o.maxEntries) || n.minEntries > o.minEntries)
      out.push({
        group: 'runtime',
        text: `entries ${o.minEntries}..${o.maxEntries} -> ${n.minEntries}..${n.maxEntries}`,
      });
    else if (n.maxEntries !== o.maxEntries || n.minEntries !== o.minEntries)
      out.push({
        group: 'neutral',
        text: `entries ${o.minEntries}..${o.maxEntries} -> ${n.minEntries}..${n.maxEntries}`,
      });
  }
  for (const d of e.details) if (!handled.has(d.attribute)) out.push({ group: 'neutral', text: detailText(d) });
  return out;
}

const LITERALS = /^(?:readonly \()?("(?:[^"\\]|\\.)*"(?: \| "(?:[^"\\]|\\.)*")*)\)?(\[\])?$/;

/** The literal values of a string-literal union type text ('"A" | "B"'), or undefined. */
function literals(type: string): string[] | undefined {
  const m = LITERALS.exec(type);
  if (!m) return undefined;
  return m[1]!.split(' | ').map((s) => JSON.parse(s) as string);
}

function syntaxReasons(o: ParameterItem, n: ParameterItem): Reason[] {
  const out: Reason[] = [];
  const to = valueType(o);
  const tn = valueType(n);
  const lo = literals(to);
  const ln = literals(tn);
  if (to !== tn) {
    if (lo && ln && to.endsWith('[]') === tn.endsWith('[]')) {
      const removed = lo.filter((v) => !ln.includes(v));
      const added = ln.filter((v) => !lo.includes(v));
      if (removed.length > 0) out.push({ group: 'compile', text: `enumeration value removed: ${removed.join(', ')}` });
      if (added.length > 0) out.push({ group: 'neutral', text: `enumeration value added: ${added.join(', ')}` });
    } else {
      const prim = o.syntax.type !== n.syntax.type ? ` (${o.syntax.type} -> ${n.syntax.type})` : '';
      out.push({ group: 'compile', text: `retyped: ${short(to)} -> ${short(tn)}${prim}` });
    }
  } else if (o.syntax.type !== n.syntax.type) {
    out.push({ group: 'runtime', text: `type ${o.syntax.type} -> ${n.syntax.type}` });
  } else if (!lo) {
    // Enumerations the type does not carry (a pattern alternative keeps it a string) are checked
    // only by the validator.
    const eo = enumsOf(o);
    const en = enumsOf(n);
    const removed = eo.filter((v) => !en.includes(v));
    if (removed.length > 0 && en.length > 0)
      out.push({ group: 'runtime', text: `enumeration value removed (checked at run time): ${removed.join(', ')}` });
  }
  const narrowed = (what: string, a: string | undefined, b: string | undefined): void => {
    out.push({ group: 'runtime', text: `${what} narrowed ${a ?? '(any)'} -> ${b ?? '(any)'}` });
  };
  if (!contains(o.syntax, n.syntax, 'ranges')) narrowed('range', rangesText(o.syntax), rangesText(n.syntax));
  else if (rangesText(o.syntax) !== rangesText(n.syntax))
    out.push({
      group: 'neutral',
      text: `range ${rangesText(o.syntax) ?? '(any)'} -> ${rangesText(n.syntax) ?? '(any)'}`,
    });
  if (!contains(o.syntax, n.syntax, 'sizes')) narrowed('length', sizesText(o.syntax), sizesText(n.syntax));
  else if (sizesText(o.syntax) !== sizesText(n.syntax))
    out.push({
      group: 'neutral',
      text: `length ${sizesText(o.syntax) ?? '(any)'} -> ${sizesText(n.syntax) ?? '(any)'}`,
    });
  const po = patternSet(o.syntax);
  const pn = patternSet(n.syntax);
  if (po !== pn)
    out.push({ group: pn !== '' ? 'runtime' : 'neutral', text: pn !== '' ? 'pattern changed' : 'pattern dropped' });
  const lmo = o.syntax.list?.maxItems ?? Infinity;
  const lmn = n.syntax.list?.maxItems ?? Infinity;
  if (o.syntax.list && n.syntax.list && (lmn < lmo || (n.syntax.list.minItems ?? 0) > (o.syntax.list.minItems ?? 0)))
    out.push({ group: 'runtime', text: 'fewer list items allowed' });
  return out;
}

function short(t: string): string {
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

function enumsOf(p: ParameterItem): string[] {
  const out: string[] = [];
  for (const l of p.syntax.levels)
    for (const e of l.enums) {
      const i = out.indexOf(e.value);
      if (e.status === 'deleted') {
        if (i !== -1) out.splice(i, 1);
      } else if (i === -1) out.push(e.value);
    }
  return out;
}

function patternSet(s: Syntax): string {
  return s.levels
    .map((l) =>
      l.patterns
        .filter((p) => p.status !== 'deleted')
        .map((p) => p.value)
        .sort()
        .join('|'),
    )
    .filter((x) => x !== '')
    .join(' & ');
}

/** A bound: -Infinity/Infinity for an open end; decimal strings compared as numbers. */
type Interval = [number, number];

function intervals(levelFacets: readonly (RangeFacet | SizeFacet)[]): Interval[] {
  return levelFacets.map((f) => [
    f.min === undefined ? -Infinity : Number(f.min),
    f.max === undefined ? Infinity : Number(f.max),
  ]);
}

/** Is every (integer) value of union `a` inside union `b`? Steps are not compared here. */
function within(a: Interval[], b: Interval[]): boolean {
  const sorted = [...b].sort((x, y) => x[0] - y[0]);
  return a.every(([lo, hi]) => {
    let at = lo; // the smallest value not yet known to be covered
    for (const [blo, bhi] of sorted) {
      if (blo > at) return false;
      if (bhi >= hi) return true;
      at = Math.max(at, bhi + 1);
    }
    return false;
  });
}

/**
 * Does the old syntax's facet allow nothing the new one refuses? Levels are ANDed, so it is enough
 * that each new level contains some old level (or no old level constrains at all when none does).
 */
function contains(o: Syntax, n: Syntax, facet: 'ranges' | 'sizes'): boolean {
  const oldLevels = o.levels.map((l) => intervals(l[facet])).filter((x) => x.length > 0);
  const newLevels = n.levels.map((l) => intervals(l[facet])).filter((x) => x.length > 0);
  return newLevels.every((nl) => oldLevels.some((ol) => within(ol, nl)));
}

function rangesText(s: Syntax): string | undefined {
  return facetText(s, 'ranges');
}
function sizesText(s: Syntax): string | undefined {
  return facetText(s, 'sizes');
}
function facetText(s: Syntax, facet: 'ranges' | 'sizes'): string | undefined {
  const parts = s.levels
    .map((l) =>
      (l[facet] as readonly (RangeFacet | SizeFacet)[])
        .map((f) => (f.min !== undefined && f.min === f.max ? `${f.min}` : `${f.min ?? ''}..${f.max ?? ''}`))
        .join(' | '),
    )
    .filter((x) => x !== '');
  return parts.length > 0 ? parts.join(' & ') : undefined;
}
