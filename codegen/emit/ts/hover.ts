import { levelsText, lastFacet, rangeText, sizeText } from '../../ir/facet-text.ts';
import { parentPath } from '../../ir/live-items.ts';
import type { Item, ParameterItem } from '../../ir/types.ts';

/**
 * The doc comment of one parameter in the generated path map, which editors show on hover: its
 * facts (access, type, range or size, units, the version that added it, its status), never BBF's
 * description prose. A deprecated or obsoleted parameter, or one inside such an object, carries
 * `@deprecated`, so editors strike it through.
 */
export function hoverDoc(p: ParameterItem, items: ReadonlyMap<string, Item>): string[] {
  const s = p.syntax;
  const type = `${s.type}${s.list ? ' list' : ''}${s.dataType !== undefined ? ` <${s.dataType}>` : ''}`;
  const facts: string[] = [p.access, type];
  const range = levelsText(s, rangeText);
  if (range !== undefined) facts.push(`range ${range}`);
  const size = levelsText(s, sizeText);
  if (size !== undefined) facts.push(`size ${size}`);
  const units = lastFacet(s, 'units');
  if (units !== undefined) facts.push(`units ${units}`);
  const since = versionOf(p, items);
  if (since !== undefined) facts.push(`since ${since}`);
  const retired = retiredBy(p, items);
  if (retired) facts.push(statusText(retired));
  const first = facts.join(' · ');
  if (!retired) return [first];
  const why = retired === p ? statusText(p) : `${retired.path} is ${statusText(retired)}`;
  const replaced = retired.replacedBy !== undefined ? `; replaced by ${retired.replacedBy}` : '';
  return [first, `@deprecated ${why}${replaced}`];
}

/** The item itself or its nearest ancestor object that is deprecated or obsoleted, if any. */
function retiredBy(p: Item, items: ReadonlyMap<string, Item>): Item | undefined {
  if (p.status === 'deprecated' || p.status === 'obsoleted') return p;
  for (let path = parentPath(p.path); path !== ''; path = parentPath(tableless(path))) {
    const o = items.get(path);
    if (o && (o.status === 'deprecated' || o.status === 'obsoleted')) return o;
  }
  return undefined;
}

/** The version that added an item: its own, else its nearest ancestor's (TR-106: the default). */
function versionOf(p: Item, items: ReadonlyMap<string, Item>): string | undefined {
  if (p.version !== undefined) return p.version;
  for (let path = parentPath(p.path); path !== ''; path = parentPath(tableless(path))) {
    const v = items.get(path)?.version;
    if (v !== undefined) return v;
  }
  return undefined;
}

function tableless(path: string): string {
  return path.endsWith('{i}.') ? path.slice(0, -4) : path;
}

/** 'deprecated in 2.16', 'obsoleted in 2.18 (deprecated in 2.16)', or the bare status. */
function statusText(i: Item): string {
  const l = i.lifecycle ?? {};
  const at = (v: string | undefined): string => (v !== undefined ? ` in ${v}` : '');
  if (i.status === 'obsoleted')
    return `obsoleted${at(l.obsoleted)}${l.deprecated !== undefined ? ` (deprecated in ${l.deprecated})` : ''}`;
  return `${i.status}${at(l.deprecated)}`;
}

/** The lines as a doc comment indented for an interface member. */
export function docComment(lines: readonly string[], indent = '  '): string {
  const safe = lines.map((l) => l.replace(/\*\//g, '*\\/'));
  if (safe.length === 1) return `${indent}/** ${safe[0]} */`;
  return [`${indent}/**`, ...safe.map((l) => `${indent} * ${l}`), `${indent} */`].join('\n');
}
