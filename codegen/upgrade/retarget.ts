import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CodegenError } from '../errors.ts';
import { readManifest, type OutputSpec } from '../emit/manifest.ts';
import type { DocumentDef } from '../load/document.ts';
import { loadDocument } from '../load/loader.ts';
import { parseFileName, parseSpec } from '../load/file-name.ts';
import type { SearchPath } from '../load/search-path.ts';
import type { Project } from '../project.ts';
import { resolveTopFile } from '../resolve/resolve.ts';
import { compareDotted } from '../resolve/version.ts';

/** 'Device:2.19' → ['Device', '2.19']. */
function split(model: string): [string, string] {
  const i = model.lastIndexOf(':');
  return i === -1 ? [model, ''] : [model.slice(0, i), model.slice(i + 1)];
}

/**
 * `--retarget OUTPUT=TOP`: moves a manifest output to another version of its model and takes
 * everything built on it along: the manifest entry, every vendor overlay of it (the import of the
 * base model, the model it extends, its own model name, item versions newer than the new base),
 * and the SupportedDataModel entries of the shipped profiles. RootDataModelVersion follows by
 * itself (derived from the root model). Returns one line per file changed.
 */
export function retarget(
  project: Project,
  searchPath: SearchPath,
  output: string,
  top: string,
  cache = new Map<string, DocumentDef>(),
): string[] {
  const specs = readManifest(project.manifest);
  const spec = specs.find((s) => s.dir === output);
  if (!spec)
    throw new CodegenError(
      `--retarget: the manifest has no output '${output}' (it has ${specs.map((s) => s.dir).join(', ')})`,
    );
  if (spec.overlayOf !== undefined)
    throw new CodegenError(`--retarget: ${output} is an overlay; retarget its base ${spec.overlayOf} and it follows`);
  const topPath = searchPath.findTop(top);
  const topFile = basename(topPath);
  const [major] = split(spec.model);
  const models = resolveTopFile(topPath, searchPath, cache).models;
  const model = models.find((m) => split(m.name)[0] === major);
  if (!model)
    throw new CodegenError(
      `--retarget: ${topFile} defines no ${major} model (it defines ${models.map((m) => m.name).join(', ') || 'none'})`,
    );
  const newSpec = (cache.get(topPath) ?? loadDocument(topPath)).spec;
  const changed: string[] = [];
  const manifestEdits: { dir: string; top?: string; model: string }[] = [{ dir: output, top, model: model.name }];

  for (const overlay of specs.filter((s) => s.overlayOf === output)) {
    const file = join(project.schemas, overlay.top);
    if (!existsSync(file))
      throw new CodegenError(
        `--retarget: overlay ${overlay.dir} is read from ${overlay.top}, which is not under ${project.schemas}; only our own files are rewritten`,
      );
    const r = retargetOverlay(readFileSync(file, 'utf8'), overlay, major, model.name, topFile, newSpec);
    if (r.text !== readFileSync(file, 'utf8')) {
      writeFileSync(file, r.text);
      changed.push(
        `${relative(project.root, file)}: ${overlay.model} -> ${r.model} (extends ${model.name} from ${topFile})`,
      );
    }
    manifestEdits.push({ dir: overlay.dir, model: r.model });
  }

  const manifestText = readFileSync(project.manifest, 'utf8');
  const edited = manifestEdits.reduce((t, e) => editManifestEntry(t, e), manifestText);
  if (edited !== manifestText) {
    writeFileSync(project.manifest, edited);
    changed.push(`${relative(project.root, project.manifest)}: ${output} is ${model.name} from ${topFile}`);
  }
  for (const f of profileFiles(project.profiles)) {
    const text = readFileSync(f, 'utf8');
    const next = retargetSupportedDataModel(text, topFile, newSpec);
    if (next !== text) {
      writeFileSync(f, next);
      changed.push(`${relative(project.root, f)}: SupportedDataModel names ${topFile}`);
    }
  }
  if (changed.length === 0) changed.push(`${output} is already ${model.name} from ${topFile}`);
  return changed;
}

/** Sets "top" and "model" in the manifest entry of one output, keeping the file's layout. */
function editManifestEntry(text: string, e: { dir: string; top?: string; model: string }): string {
  const at = text.search(new RegExp(`"dir"\\s*:\\s*${JSON.stringify(e.dir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  if (at === -1) throw new CodegenError(`--retarget: cannot find the manifest entry of ${e.dir}`);
  const start = text.lastIndexOf('{', at);
  const end = text.indexOf('}', at);
  let entry = text.slice(start, end);
  const set = (key: string, value: string): void => {
    entry = entry.replace(new RegExp(`("${key}"\\s*:\\s*)"[^"]*"`), (_m, k: string) => `${k}${JSON.stringify(value)}`);
  };
  if (e.top !== undefined) set('top', e.top);
  set('model', e.model);
  return text.slice(0, start) + entry + text.slice(end);
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const setAttr = (tag: string, name: string, value: string): string =>
  tag.replace(new RegExp(`(\\s${name}=)"[^"]*"`), `$1"${value}"`);

/**
 * Rewrites one overlay document: the import that brings in the base model (its file, spec and the
 * model's version), every model that extends that import (its base and, when its name carries the
 * base's version, its name), and version attributes newer than the new base inside those models
 * and the components they use. Text edits only: the file keeps its layout and comments.
 */
export function retargetOverlay(
  text: string,
  overlay: OutputSpec,
  major: string,
  newModel: string,
  newFile: string,
  newSpec: string,
): { text: string; model: string } {
  const [, newVersion] = split(newModel);
  const imports = [...text.matchAll(/<import\b[^>]*>[\s\S]*?<\/import>/g)];
  let localOld: string | undefined;
  let localNew: string | undefined;
  let oldVersion: string | undefined;
  for (const m of imports) {
    const block = m[0];
    const ref = /<model\b[^>]*\/?>/.exec(block);
    if (!ref) continue;
    const name = attr(ref[0], 'name');
    const target = attr(ref[0], 'ref') ?? name;
    if (target === undefined || split(target)[0] !== major) continue;
    oldVersion = split(target)[1];
    localOld = name ?? target;
    localNew = localOld.endsWith(`:${oldVersion}`) ? `${split(localOld)[0]}:${newVersion}` : localOld;
    const open = /^<import\b[^>]*>/.exec(block)![0];
    let modelTag = setAttr(ref[0], 'ref', newModel);
    if (attr(ref[0], 'ref') === undefined) modelTag = setAttr(ref[0], 'name', newModel);
    else modelTag = setAttr(modelTag, 'name', localNew);
    const next = block
      .replace(open, setAttr(setAttr(open, 'file', newFile), 'spec', newSpec))
      .replace(ref[0], modelTag);
    text = text.slice(0, m.index) + next + text.slice(m.index + block.length);
    break;
  }
  if (localOld === undefined || localNew === undefined || oldVersion === undefined)
    throw new CodegenError(`--retarget: ${overlay.top} imports no ${major} model to move`);
  let overlayModel = overlay.model;
  const models = [...text.matchAll(/<model\b[^>]*\sbase="([^"]*)"[^>]*>[\s\S]*?<\/model>/g)];
  const spans: [number, number][] = [];
  const moved: { start: number; end: number; body: string }[] = [];
  for (const m of models) {
    if (m[1] !== localOld) continue;
    const open = /^<model\b[^>]*>/.exec(m[0])![0];
    const name = attr(open, 'name') ?? '';
    const renamed = name.endsWith(`:${oldVersion}`) ? `${split(name)[0]}:${newVersion}` : name;
    if (name === overlay.model) overlayModel = renamed;
    const body = clampVersions(
      m[0].replace(open, setAttr(setAttr(open, 'base', localNew), 'name', renamed)),
      newVersion,
    );
    moved.push({ start: m.index, end: m.index + m[0].length, body });
    spans.push([m.index, m.index + m[0].length]);
  }
  // The components those models use, found by name, get the same version clamp.
  const used = new Set<string>();
  for (const [s, e] of spans)
    for (const c of text.slice(s, e).matchAll(/<component\b[^>]*\sref="([^"]*)"/g)) used.add(c[1]!);
  const components = [...text.matchAll(/<component\b[^>]*\sname="([^"]*)"[^>]*>[\s\S]*?<\/component>/g)];
  for (const c of components) {
    if (used.has(c[1]!))
      moved.push({ start: c.index, end: c.index + c[0].length, body: clampVersions(c[0], newVersion) });
  }
  for (const m of moved.sort((a, b) => b.start - a.start)) text = text.slice(0, m.start) + m.body + text.slice(m.end);
  return { text, model: overlayModel };
}

/** An item cannot be newer than the model it is part of: version="X" above `max` becomes `max`. */
function clampVersions(text: string, max: string): string {
  return text.replace(/(\sversion=)"([0-9.]+)"/g, (m, k: string, v: string) =>
    compareDotted(v, max) > 0 ? `${k}"${max}"` : m,
  );
}

function profileFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Points every SupportedDataModel URL/URN of the retargeted document family (e.g. tr-181 …-cwmp)
 * at the new top file, in YAML or JSON profile text, keeping the layout.
 */
export function retargetSupportedDataModel(text: string, newFile: string, newSpec: string): string {
  const wanted = parseFileName(newFile);
  if (!wanted) return text;
  const same = (n: ReturnType<typeof parseFileName>): boolean =>
    n !== undefined && n.doc === wanted.doc && (n.label ?? '') === (wanted.label ?? '');
  return text.replace(
    /(SupportedDataModel\.[0-9]+\.(URL|URN)["']?\s*:\s*["']?)([^\s"',}]+)/g,
    (m, key: string, field: string, value: string) => {
      if (field === 'URN') return same(parseSpec(value)) ? key + newSpec : m;
      const slash = value.lastIndexOf('/');
      return same(parseFileName(value.slice(slash + 1))) ? key + value.slice(0, slash + 1) + newFile : m;
    },
  );
}
