import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPath } from '../../ir/live-items.ts';
import type { Item, ObjectItem, ParameterItem, Profile, ResolvedModel, SourceFile } from '../../ir/types.ts';
import { banner } from './banner.ts';
import { literal, literalFromJson } from './literal.ts';
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
  sources: SourceFile[];
  topFile: string;
  overlayOf?: string;
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

function profileMeta(p: Profile): Record<string, unknown> {
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

/** Renders generated/<dir>/{index,meta,syntaxes,paths,types}.ts for one model. */
export function renderModel(out: ModelOutput): Map<string, string> {
  const title =
    `Model ${out.model.name}${out.model.isService ? ' (service)' : ''} from ${out.topFile}` +
    (out.overlayOf ? `, overlay of generated/${out.overlayOf}/` : '');
  const head = banner(title, out.sources);
  const table = new SyntaxTable();
  const items: string[] = [];
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
      items.push(literal(objectMeta(item)));
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
      items.push(literal(parameterMeta(item, table.add(item))));
      const vt = valueType(item);
      values.push(`${q(item.path)}: ${vt}`);
      if (item.access !== 'readOnly') writable.push(q(item.path));
      const parent = parentPath(item.path);
      ensure(parent).push(`${q(item.path.slice(parent.length))}: ${vt}`);
    }
  }
  const interfaces = [...members.entries()]
    .filter(([path]) => path !== '' || out.model.isService)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, m]) => ({
      path: path === '' ? `${out.model.name} (service model root)` : path,
      name: interfaceName(path),
      members: m,
    }));
  const view = {
    banner: head,
    model: out.model.name,
    overlayOf: out.overlayOf,
    items,
    values,
    writable,
    objects,
    tables,
    interfaces,
    syntaxes: table.entries.map(literalFromJson),
    profiles: [...out.model.profiles.values()]
      .filter((p) => p.status !== 'deleted')
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((p) => literal(profileMeta(p))),
    modelName: q(out.model.name),
    isService: out.model.isService,
    overlayOfLiteral: out.overlayOf === undefined ? '' : q(out.overlayOf),
  };
  const files = new Map<string, string>();
  for (const name of ['index', 'meta', 'syntaxes', 'paths', 'types'])
    files.set(`${out.dir}/${name}.ts`, render(name, view));
  return files;
}
