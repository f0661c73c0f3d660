import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { CodegenError } from '../errors.ts';
import { liveItems } from '../ir/live-items.ts';
import type { Item, ResolvedModel, SourceFile } from '../ir/types.ts';
import type { DocumentDef } from '../load/document.ts';
import type { SearchPath } from '../load/search-path.ts';
import { resolveTopFile } from '../resolve/resolve.ts';
import type { OutputSpec } from './manifest.ts';
import { banner } from './ts/banner.ts';
import { render, renderModel } from './ts/render-model.ts';

interface Resolved {
  spec: OutputSpec;
  model: ResolvedModel;
  items: Item[];
  sources: SourceFile[];
}

/** Resolves every manifest output and renders all of generated/ in memory, keyed by relative path. */
export function generateAll(outputs: readonly OutputSpec[], searchPath: SearchPath): Map<string, string> {
  const cache = new Map<string, DocumentDef>();
  const byDir = new Map<string, Resolved>();
  for (const spec of outputs) {
    const result = resolveTopFile(searchPath.findTop(spec.top), searchPath, cache);
    const model = result.models.find((m) => m.name === spec.model);
    if (!model) {
      throw new CodegenError(
        `${spec.top} defines no model ${spec.model} (it defines ${result.models.map((m) => m.name).join(', ') || 'none'})`,
      );
    }
    byDir.set(spec.dir, { spec, model, items: liveItems(model), sources: result.sources });
  }
  const files = new Map<string, string>();
  for (const r of byDir.values()) {
    let items = r.items;
    if (r.spec.overlayOf !== undefined) {
      const base = byDir.get(r.spec.overlayOf);
      if (!base)
        throw new CodegenError(
          `output ${r.spec.dir} is an overlay of '${r.spec.overlayOf}', which the manifest does not list`,
        );
      const known = new Map(base.items.map((i) => [i.path, JSON.stringify(i)]));
      items = items.filter((i) => known.get(i.path) !== JSON.stringify(i));
    }
    const out = { dir: r.spec.dir, model: r.model, items, sources: r.sources, topFile: r.spec.top };
    for (const [k, v] of renderModel(r.spec.overlayOf === undefined ? out : { ...out, overlayOf: r.spec.overlayOf }))
      files.set(k, v);
  }
  const all = [...byDir.values()].flatMap((r) => r.sources);
  const unique = [...new Map(all.map((s) => [s.file + s.sha256, s])).values()].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  files.set(
    'index.ts',
    render('registry', {
      banner: banner('Registry of every generated model output', unique),
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
  return written;
}
