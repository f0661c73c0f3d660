import { comparePaths, liveItems } from '../ir/live-items.ts';
import {
  defaultText,
  enumerationRefText,
  lastFacet,
  levelsText,
  listText,
  pathRefText,
  patterns,
  patternText,
  rangeText,
  sizeText,
  uniqueKeysText,
} from '../ir/facet-text.ts';
import type { Item, ObjectItem, ParameterItem, ResolvedModel } from '../ir/types.ts';
import { enumValues } from './dump.ts';

/** One attribute that differs: `old`/`new` are absent when the attribute is unset on that side. */
export interface ValueDetail {
  attribute: string;
  old?: string;
  new?: string;
}
/** A set-valued attribute (enumeration values, patterns): what the new side adds and drops. */
export interface SetDetail {
  attribute: 'enum' | 'pattern';
  added: string[];
  removed: string[];
}
export type Detail = ValueDetail | SetDetail;

export type ChangeKind = 'added' | 'removed' | 'deleted' | 'status' | 'changed';

export interface DiffEntry {
  path: string;
  change: ChangeKind;
  kind: Item['kind'];
  /**
   * added: the new item's kind, type and access; removed/deleted: none; status: the status
   * change; changed: every differing attribute.
   */
  details: Detail[];
}

/** The differences between the two versions of one model (either side may be missing). */
export interface ModelPairDiff {
  /** The name before ':', e.g. 'Device'. */
  major: string;
  oldName?: string;
  newName?: string;
  added: DiffEntry[];
  /** Both 'removed' (gone from the new model) and 'deleted' (kept there with status deleted). */
  removed: DiffEntry[];
  statusChanged: DiffEntry[];
  changed: DiffEntry[];
}

export interface ModelDiff {
  pairs: ModelPairDiff[];
}

const major = (name: string): string => name.split(':')[0] ?? name;

/** The minor version of a model name ('Device:2.19' -> [2, 19]) for picking the newest duplicate. */
function versionOf(name: string): number[] {
  return (name.split(':')[1] ?? '').split('.').map((n) => Number(n) || 0);
}

function newer(a: ResolvedModel, b: ResolvedModel): boolean {
  const va = versionOf(a.name);
  const vb = versionOf(b.name);
  for (let i = 0; i < Math.max(va.length, vb.length); i++) {
    const d = (va[i] ?? 0) - (vb[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

function byMajor(models: ResolvedModel[]): Map<string, ResolvedModel> {
  const out = new Map<string, ResolvedModel>();
  for (const m of models) {
    const prev = out.get(major(m.name));
    // A top file normally defines one version per model; should it hold several, the newest wins.
    if (!prev || newer(m, prev)) out.set(major(m.name), m);
  }
  return out;
}

export function diffModels(oldModels: ResolvedModel[], newModels: ResolvedModel[]): ModelDiff {
  const olds = byMajor(oldModels);
  const news = byMajor(newModels);
  const majors = [...new Set([...olds.keys(), ...news.keys()])].sort(comparePaths);
  return { pairs: majors.map((m) => diffPair(m, olds.get(m), news.get(m))) };
}

function diffPair(
  majorName: string,
  oldModel: ResolvedModel | undefined,
  newModel: ResolvedModel | undefined,
): ModelPairDiff {
  const pair: ModelPairDiff = { major: majorName, added: [], removed: [], statusChanged: [], changed: [] };
  if (oldModel) pair.oldName = oldModel.name;
  if (newModel) pair.newName = newModel.name;
  const oldLive = new Map((oldModel ? liveItems(oldModel) : []).map((i) => [i.path, i]));
  const newLive = new Map((newModel ? liveItems(newModel) : []).map((i) => [i.path, i]));

  // liveItems returns paths sorted, so every list below comes out sorted by path.
  for (const [path, n] of newLive) {
    const o = oldLive.get(path);
    if (!o) {
      pair.added.push({ path, change: 'added', kind: n.kind, details: describe(n) });
      continue;
    }
    if (o.status !== n.status) {
      pair.statusChanged.push({
        path,
        change: 'status',
        kind: n.kind,
        details: [{ attribute: 'status', old: o.status, new: n.status }],
      });
    }
    const details = compareItems(o, n);
    if (details.length > 0) pair.changed.push({ path, change: 'changed', kind: n.kind, details });
  }
  for (const [path, o] of oldLive) {
    if (newLive.has(path)) continue;
    // Still defined but not live means deleted, either itself or through a deleted ancestor.
    const change = newModel?.items.has(path) ? 'deleted' : 'removed';
    pair.removed.push({ path, change, kind: o.kind, details: [] });
  }
  return pair;
}

/** What an added item is, for the '+' line: kind, type (parameters) and access. */
function describe(item: Item): ValueDetail[] {
  const out: ValueDetail[] = [{ attribute: 'kind', new: item.kind }];
  if (item.kind === 'parameter') {
    out.push({ attribute: 'type', new: item.syntax.type });
    if (item.syntax.list) out.push({ attribute: 'list', new: 'true' });
    if (item.syntax.dataType !== undefined) out.push({ attribute: 'dataType', new: item.syntax.dataType });
  }
  out.push({ attribute: 'access', new: item.access });
  return out;
}

function compareItems(o: Item, n: Item): Detail[] {
  const out: Detail[] = [];
  const value = (attribute: string, a: string | undefined, b: string | undefined): void => {
    if (a === b) return;
    const d: ValueDetail = { attribute };
    if (a !== undefined) d.old = a;
    if (b !== undefined) d.new = b;
    out.push(d);
  };
  value('kind', o.kind, n.kind);
  value('access', o.access, n.access);
  if (o.kind === 'parameter' && n.kind === 'parameter') compareParameters(o, n, value, out);
  else if (o.kind === 'object' && n.kind === 'object') compareObjects(o, n, value);
  return out;
}

type ValueSink = (attribute: string, a: string | undefined, b: string | undefined) => void;

function compareParameters(o: ParameterItem, n: ParameterItem, value: ValueSink, out: Detail[]): void {
  const so = o.syntax;
  const sn = n.syntax;
  value('type', so.type, sn.type);
  value('list', String(so.list !== undefined), String(sn.list !== undefined));
  // List constraints only matter when both sides are lists; list-ness itself is reported above.
  if (so.list && sn.list) value('listItems', listText(so), listText(sn));
  value('dataType', so.dataType, sn.dataType);
  setDetail('enum', enumValues(o), enumValues(n), out);
  value('size', levelsText(so, sizeText), levelsText(sn, sizeText));
  value('range', levelsText(so, rangeText), levelsText(sn, rangeText));
  const po = levelsText(so, patternText);
  const pn = levelsText(sn, patternText);
  if (po !== pn && !setDetail('pattern', patterns(so), patterns(sn), out)) {
    // Same values regrouped across data-type levels: still a change to the effective constraint.
    out.push({ attribute: 'pattern', added: [], removed: [] });
  }
  value('units', lastFacet(so, 'units'), lastFacet(sn, 'units'));
  value('pathRef', pathRefText(so), pathRefText(sn));
  value('enumerationRef', enumerationRefText(so), enumerationRefText(sn));
  value('default', defaultText(so), defaultText(sn));
  value('forcedInform', String(o.forcedInform), String(n.forcedInform));
  value('activeNotify', o.activeNotify, n.activeNotify);
  value('hidden', String(so.hidden), String(sn.hidden));
  value('secured', String(so.secured), String(sn.secured));
  value('command', String(so.command), String(sn.command));
}

function compareObjects(o: ObjectItem, n: ObjectItem, value: ValueSink): void {
  value('minEntries', String(o.minEntries), String(n.minEntries));
  value('maxEntries', String(o.maxEntries), String(n.maxEntries));
  value('numEntriesParameter', o.numEntriesParameter, n.numEntriesParameter);
  value('enableParameter', o.enableParameter, n.enableParameter);
  value('uniqueKeys', uniqueKeysText(o), uniqueKeysText(n));
}

/** Pushes a set detail when the value sets differ; order alone does not change what is allowed. */
function setDetail(attribute: SetDetail['attribute'], a: string[], b: string[], out: Detail[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  const added = b.filter((v) => !sa.has(v));
  const removed = a.filter((v) => !sb.has(v));
  if (added.length === 0 && removed.length === 0) return false;
  out.push({ attribute, added, removed });
  return true;
}

// ---- Formatting ----------------------------------------------------------------------------

const NONE = '(none)';

function pairTitle(p: ModelPairDiff): string {
  return `${p.oldName ?? NONE} -> ${p.newName ?? NONE}`;
}

export function summaryLine(p: ModelPairDiff): string {
  return `${pairTitle(p)}: ${p.added.length} added, ${p.removed.length} removed, ${p.statusChanged.length} status changed, ${p.changed.length} changed`;
}

/** All of a pair's entries in path order; for one path a status line comes before its other changes. */
function entriesInOrder(p: ModelPairDiff): DiffEntry[] {
  const rank: Record<ChangeKind, number> = { added: 0, removed: 0, deleted: 0, status: 1, changed: 2 };
  return [...p.added, ...p.removed, ...p.statusChanged, ...p.changed].sort(
    (a, b) => comparePaths(a.path, b.path) || rank[a.change] - rank[b.change],
  );
}

export function detailText(d: Detail): string {
  if ('added' in d) {
    const parts = [...d.added.map((v) => `+${v}`), ...d.removed.map((v) => `-${v}`)];
    return `${d.attribute} ${parts.length > 0 ? parts.join(' ') : 'regrouped'}`;
  }
  // Units are free text (may hold spaces or be empty), so the report quotes them.
  const show = (v: string | undefined): string =>
    v === undefined ? NONE : d.attribute === 'units' ? JSON.stringify(v) : v;
  return `${d.attribute} ${show(d.old)} -> ${show(d.new)}`;
}

function addedText(e: DiffEntry): string {
  const get = (a: string): string | undefined =>
    e.details.find((d): d is ValueDetail => d.attribute === a && !('added' in d))?.new;
  const parts: string[] = [e.kind];
  const type = get('type');
  if (type !== undefined) {
    const dataType = get('dataType');
    parts.push(`${type}${get('list') === 'true' ? ' list' : ''}${dataType !== undefined ? ` <${dataType}>` : ''}`);
  }
  const access = get('access');
  if (access !== undefined) parts.push(access);
  return `+ ${e.path} (${parts.join(', ')})`;
}

function entryText(e: DiffEntry): string {
  switch (e.change) {
    case 'added':
      return addedText(e);
    case 'removed':
    case 'deleted':
      return `- ${e.path} (${e.change})`;
    case 'status':
      return `! ${e.path}: ${e.details.map(detailText).join('; ')}`;
    case 'changed':
      return `~ ${e.path}: ${e.details.map(detailText).join('; ')}`;
  }
}

/**
 * The readable report: per model pair a summary header, then one line per change in path order
 * ('+' added, '-' removed or deleted, '!' status, '~' other attributes).
 */
export function formatDiff(d: ModelDiff): string {
  const blocks = d.pairs.map((p) => [summaryLine(p), ...entriesInOrder(p).map((e) => `  ${entryText(e)}`)].join('\n'));
  return blocks.length > 0 ? blocks.join('\n\n') + '\n' : '';
}

/** One JSON object per line, keys in a fixed order so that the output is stable. */
export function formatDiffJson(d: ModelDiff): string {
  const lines: string[] = [];
  for (const p of d.pairs) {
    for (const e of entriesInOrder(p)) {
      lines.push(
        JSON.stringify({
          model: p.major,
          from: p.oldName ?? null,
          to: p.newName ?? null,
          path: e.path,
          change: e.change,
          kind: e.kind,
          details: e.details.map((x) =>
            'added' in x
              ? { attribute: x.attribute, added: x.added, removed: x.removed }
              : { attribute: x.attribute, old: x.old ?? null, new: x.new ?? null },
          ),
        }),
      );
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
