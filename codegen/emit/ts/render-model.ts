import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPath } from '../../ir/live-items.ts';
import type { Item, ObjectItem, ParameterItem, Profile, ResolvedModel } from '../../ir/types.ts';
import { banner, jsonBanner } from './banner.ts';
import { docComment, hoverDoc } from './hover.ts';
import { SyntaxTable } from './syntax-table.ts';
import { valueType } from './value-type.ts';

const TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');
const compiled = new Map<string, Handlebars.TemplateDelegate>();

export function render(name: string, view: object): string {
  let t = compiled.get(name);
  if (!t) {
    t = Handlebars.compile(readFileSync(join(TEMPLATES, `${name}.hbs`), 'utf8'), { noEscape: true, strict: true });
    compiled.set(name, t);
  }
  return t(view);
}

export interface ModelOutput {
  dir: string;
  model: ResolvedModel;
  /** Live items to emit, sorted by path. */
  items: Item[];
  /** The BBF profiles to emit (an overlay's: only those it adds or changes). */
  profiles: Profile[];
  topFile: string;
  overlayOf?: string;
  /** Also emit types.ts, an interface per object (manifest "objectTypes"). */
  objectTypes?: boolean;
}

function objectMeta(o: ObjectItem): Record<string, unknown> {
  return {
    kind: 'object',
    path: o.path,
    access: o.access,
    minEntries: o.minEntries,
    maxEntries: o.maxEntries,
    numEntriesParameter: o.numEntriesParameter,
    enableParameter: o.enableParameter,
    uniqueKeys: o.uniqueKeys.length > 0 ? o.uniqueKeys : undefined,
    status: o.status === 'current' ? undefined : o.status,
    version: o.version,
  };
}

function parameterMeta(p: ParameterItem, syntax: number): Record<string, unknown> {
  const s = p.syntax;
  return {
    kind: 'parameter',
    path: p.path,
    access: p.access,
    syntax,
    forcedInform: p.forcedInform || undefined,
    activeNotify: p.activeNotify === 'normal' ? undefined : p.activeNotify,
    hidden: s.hidden || undefined,
    secured: s.secured || undefined,
    command: s.command || undefined,
    default: s.default,
    status: p.status === 'current' ? undefined : p.status,
    version: p.version,
  };
}

export function profileMeta(p: Profile): Record<string, unknown> {
  return {
    name: p.name,
    base: p.base,
    extends: p.extends.length > 0 ? p.extends : undefined,
    items: p.items.filter((i) => i.status !== 'deleted').map((i) => ({ path: i.path, requirement: i.requirement })),
  };
}

/** 'Device.IP.Interface.{i}.IPv4Address.{i}.' → 'Device_IP_Interface_IPv4Address'. */
export function interfaceName(objectPath: string): string {
  const segs = objectPath.split('.').filter((s) => s !== '' && s !== '{i}');
  return segs.length === 0 ? 'Root' : segs.map((s) => s.replace(/[^A-Za-z0-9_]/g, '_')).join('_');
}

function q(s: string): string {
  return JSON.stringify(s).replace(/^"|"$/g, "'").replace(/\\"/g, '"');
}

/** Plain data as JSON, one array entry per line (stable key order: insertion order). */
function jsonList(entries: readonly unknown[]): string {
  return entries.length === 0 ? '[]' : `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]`;
}

/** The facts file of one model: what generated/<dir>/index.ts reads at run time. */
function factsJson(out: ModelOutput, title: string, syntaxes: readonly string[], items: readonly object[]): string {
  const profiles = [...out.profiles]
    .filter((p) => p.status !== 'deleted')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(profileMeta);
  // Fields left undefined drop out; the rest keep the order the meta functions give them.
  const clean = (o: object): unknown => JSON.parse(JSON.stringify(o)) as unknown;
  return (
    [
      '{',
      `"generated": ${JSON.stringify(jsonBanner(title))},`,
      `"model": ${JSON.stringify(out.model.name)},`,
      `"isService": ${out.model.isService},`,
      `"syntaxes": ${jsonList(syntaxes.map((s) => JSON.parse(s) as unknown))},`,
      `"items": ${jsonList(items.map(clean))},`,
      `"profiles": ${jsonList(profiles.map(clean))}`,
      '}',
    ].join('\n') + '\n'
  );
}

/** The file name of a model's facts: unique across outputs, so a bundle can keep them side by side. */
export function factsFile(dir: string): string {
  return `${dir}.json`;
}

/** Renders generated/<dir>/{index.ts, paths.ts, <dir>.json} (and types.ts when asked) for one model. */
export function renderModel(out: ModelOutput): Map<string, string> {
  const title =
    `Model ${out.model.name}${out.model.isService ? ' (service)' : ''} from ${out.topFile}` +
    (out.overlayOf ? `, overlay of generated/${out.overlayOf}/` : '');
  const head = banner(title);
  const table = new SyntaxTable();
  const items: object[] = [];
  const values: string[] = [];
  const writable: string[] = [];
  const objects: string[] = [];
  const tables: string[] = [];
  const members = new Map<string, string[]>();
  const ensure = (path: string): string[] => {
    let m = members.get(path);
    if (!m) members.set(path, (m = []));
    return m;
  };
  for (const item of out.items) {
    if (item.kind === 'object') {
      items.push(objectMeta(item));
      objects.push(q(item.path));
      if (item.path.endsWith('{i}.')) tables.push(q(item.path));
      ensure(item.path);
      const parent = parentPath(item.path.endsWith('{i}.') ? item.path.slice(0, -4) : item.path);
      const name = item.path.slice(parent.length).split('.')[0]!;
      const child = interfaceName(item.path);
      ensure(parent).push(
        item.path.endsWith('{i}.') ? `${q(name)}?: { [instance: number]: ${child} }` : `${q(name)}?: ${child}`,
      );
    } else {
      items.push(parameterMeta(item, table.add(item)));
      const vt = valueType(item);
      values.push(`${docComment(hoverDoc(item, out.model.items))}\n  ${q(item.path)}: ${vt};`);
      if (item.access !== 'readOnly') writable.push(q(item.path));
      const parent = parentPath(item.path);
      ensure(parent).push(`${q(item.path.slice(parent.length))}: ${vt}`);
    }
  }
  const view = {
    banner: head,
    model: out.model.name,
    overlayOf: out.overlayOf,
    values,
    writable,
    objects,
    tables,
    modelName: q(out.model.name),
    factsFile: q(`./${factsFile(out.dir)}`),
    overlayOfLiteral: out.overlayOf === undefined ? '' : q(out.overlayOf),
    objectTypes: out.objectTypes === true,
  };
  const files = new Map<string, string>();
  files.set(`${out.dir}/index.ts`, render('index', view));
  files.set(`${out.dir}/paths.ts`, render('paths', view));
  files.set(`${out.dir}/${factsFile(out.dir)}`, factsJson(out, title, table.entries, items));
  if (out.objectTypes) {
    const interfaces = [...members.entries()]
      .filter(([path]) => path !== '' || out.model.isService)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, m]) => ({
        path: path === '' ? `${out.model.name} (service model root)` : path,
        name: interfaceName(path),
        members: m,
      }));
    files.set(`${out.dir}/types.ts`, render('types', { banner: head, interfaces }));
  }
  return files;
}
