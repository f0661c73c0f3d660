import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { CodegenError } from '../errors.ts';
import { liveItems } from '../ir/live-items.ts';
import type { Item, Profile, ResolvedModel, SourceFile } from '../ir/types.ts';
import type { DocumentDef } from '../load/document.ts';
import type { SearchPath } from '../load/search-path.ts';
import { resolveTopFile } from '../resolve/resolve.ts';
import type { OutputSpec } from './manifest.ts';
import { banner, SOURCES_FILE } from './ts/banner.ts';
import { profileMeta, render, renderModel } from './ts/render-model.ts';

interface Resolved {
  spec: OutputSpec;
  /** The top file's name as found on the search path. */
  topFile: string;
  model: ResolvedModel;
  items: Item[];
  sources: SourceFile[];
}

/**
 * Resolves every manifest output and renders all of generated/ in memory, keyed by relative path.
 * `cache` lets several runs share parsed documents.
 */
export function generateAll(
  outputs: readonly OutputSpec[],
  searchPath: SearchPath,
  cache = new Map<string, DocumentDef>(),
): Map<string, string> {
  const byDir = new Map<string, Resolved>();
  for (const spec of outputs) {
    const top = searchPath.findTop(spec.top);
    const result = resolveTopFile(top, searchPath, cache);
    const model = result.models.find((m) => m.name === spec.model);
    if (!model) {
      throw new CodegenError(
        `${spec.top} defines no model ${spec.model} (it defines ${result.models.map((m) => m.name).join(', ') || 'none'})`,
      );
    }
    byDir.set(spec.dir, { spec, topFile: basename(top), model, items: liveItems(model), sources: result.sources });
  }
  const files = new Map<string, string>();
  for (const r of byDir.values()) {
    let items = r.items;
    let profiles = [...r.model.profiles.values()];
    if (r.spec.overlayOf !== undefined) {
      const base = byDir.get(r.spec.overlayOf);
      if (!base)
        throw new CodegenError(
          `output ${r.spec.dir} is an overlay of '${r.spec.overlayOf}', which the manifest does not list`,
        );
      checkOverlayBase(r, base);
      const known = new Map(base.items.map((i) => [i.path, JSON.stringify(i)]));
      items = items.filter((i) => known.get(i.path) !== JSON.stringify(i));
      // An overlay restates its base's profiles; only those it adds or changes are its own.
      const baseProfiles = new Map([...base.model.profiles.values()].map((p) => [p.name, profileText(p)]));
      profiles = profiles.filter((p) => baseProfiles.get(p.name) !== profileText(p));
    }
    const out = { dir: r.spec.dir, model: r.model, items, profiles, topFile: r.spec.top };
    const view = {
      ...out,
      ...(r.spec.overlayOf !== undefined ? { overlayOf: r.spec.overlayOf } : {}),
      ...(r.spec.objectTypes ? { objectTypes: true } : {}),
    };
    for (const [k, v] of renderModel(view)) files.set(k, v);
  }
  files.set(SOURCES_FILE, sourcesFile([...byDir.values()]));
  files.set(
    'index.ts',
    render('registry', {
      banner: banner('Registry of every generated model output'),
      outputs: [...byDir.values()]
        .sort((a, b) => (a.spec.dir < b.spec.dir ? -1 : 1))
        .map((r) => ({
          key: JSON.stringify(r.spec.dir),
          model: JSON.stringify(r.model.name),
          importPath: JSON.stringify(`./${r.spec.dir}/index.ts`),
        })),
    }),
  );
  return files;
}

function profileText(p: Profile): string {
  return p.status === 'deleted' ? 'deleted' : JSON.stringify(profileMeta(p));
}

/**
 * An overlay's model must extend exactly the model of the output it overlays: otherwise every
 * item of the other version counts as the vendor's own (a "2.17" device serving 2.19 items).
 */
function checkOverlayBase(overlay: Resolved, base: Resolved): void {
  const extended = overlay.model.bases[0];
  if (extended && extended.file === base.topFile && extended.name === base.model.name) return;
  const what = extended ? `${extended.name} from ${extended.file}` : 'no model';
  throw new CodegenError(
    `output ${overlay.spec.dir} (${overlay.model.name} in ${overlay.spec.top}) extends ${what}, but ${base.spec.dir} ` +
      `is ${base.model.name} from ${base.topFile}; run 'npm run codegen -- --retarget ${base.spec.dir}=${base.spec.top}' ` +
      `to move its overlays with it`,
  );
}

/** generated/sources.txt: every XML file once, with its sha256 and the outputs that read it. */
function sourcesFile(all: readonly Resolved[]): string {
  const users = new Map<string, { source: SourceFile; dirs: string[] }>();
  for (const r of all) {
    for (const s of r.sources) {
      const key = `${s.file}\u0000${s.sha256}`;
      const u = users.get(key) ?? { source: s, dirs: [] };
      u.dirs.push(r.spec.dir);
      users.set(key, u);
    }
  }
  const lines = [...users.values()]
    .sort((a, b) => (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : 0))
    .map((u) => `${u.source.sha256}  ${u.source.file}  ${[...u.dirs].sort().join(' ')}`);
  return (
    [
      '# GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/).',
      '# Every XML file generated/ was made from: its sha256, its name, and the outputs that read it.',
      ...lines,
    ].join('\n') + '\n'
  );
}

function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

/** Files under `root` that differ from `files`, are missing, or should not be there. */
export function staleFiles(root: string, files: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const [rel, content] of files) {
    const p = join(root, rel);
    if (!existsSync(p) || readFileSync(p, 'utf8') !== content) stale.push(rel);
  }
  for (const rel of listFiles(root)) if (!files.has(rel)) stale.push(`${rel} (not generated any more)`);
  return stale.sort();
}

/** Writes generated/ so that it holds exactly `files`; unchanged files are left untouched. */
export function writeFiles(root: string, files: Map<string, string>): number {
  let written = 0;
  for (const [rel, content] of files) {
    const p = join(root, rel);
    if (existsSync(p) && readFileSync(p, 'utf8') === content) continue;
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    written++;
  }
  for (const rel of listFiles(root)) if (!files.has(rel)) rmSync(join(root, rel));
  for (const dir of readdirSync(root, { withFileTypes: true }))
    if (dir.isDirectory() && listFiles(join(root, dir.name)).length === 0)
      rmSync(join(root, dir.name), { recursive: true });
  return written;
}
