import type { ResolvedModel } from '../ir/types.ts';
import type { DocumentDef } from '../load/document.ts';
import type { SearchPath } from '../load/search-path.ts';
import { resolveTopFile } from '../resolve/resolve.ts';
import { classifyPair, GROUP_TITLES, GROUPS, type Classified } from '../upgrade/breaking.ts';
import { pathScope, type PathScope } from '../upgrade/paths-from.ts';
import { diffModels, formatDiff, formatDiffJson, summaryLine, type ModelPairDiff } from './diff.ts';

export interface DiffRequest {
  oldTop: string;
  newTop: string;
  json: boolean;
  breaking: boolean;
  pathsFrom: string[];
}

/**
 * `--diff OLD-TOP NEW-TOP [--json] [--breaking] [--paths-from …]`: resolves both top files and
 * reports how the models changed: every change, or (--breaking) the changes grouped by what they
 * do to integrator code, optionally only for the paths a product serves or binds. The two
 * amendments import many of the same files, so one document cache serves both resolutions.
 */
export function runDiff(req: DiffRequest, searchPath: SearchPath, profilesDir = ''): string {
  const cache = new Map<string, DocumentDef>();
  const oldModels = resolveTopFile(searchPath.findTop(req.oldTop), searchPath, cache).models;
  const newModels = resolveTopFile(searchPath.findTop(req.newTop), searchPath, cache).models;
  const scope = pathScope(req.pathsFrom, [...oldModels, ...newModels], profilesDir);
  const diff = diffModels(oldModels, newModels);
  if (req.breaking) return formatBreaking(diff.pairs, oldModels, newModels, scope, req.json);
  const pairs = scope ? diff.pairs.map((p) => narrow(p, scope)) : diff.pairs;
  return req.json ? formatDiffJson({ pairs }) : formatDiff({ pairs });
}

function narrow(p: ModelPairDiff, scope: PathScope): ModelPairDiff {
  const keep = <T extends { path: string }>(l: T[]): T[] => l.filter((e) => scope.keeps(e.path));
  return {
    ...p,
    added: keep(p.added),
    removed: keep(p.removed),
    statusChanged: keep(p.statusChanged),
    changed: keep(p.changed),
  };
}

function formatBreaking(
  pairs: readonly ModelPairDiff[],
  oldModels: readonly ResolvedModel[],
  newModels: readonly ResolvedModel[],
  scope: PathScope | undefined,
  json: boolean,
): string {
  const lines: string[] = [];
  const blocks: string[] = [];
  for (const p of pairs) {
    const all = classifyPair(
      p,
      oldModels.find((m) => m.name === p.oldName),
      newModels.find((m) => m.name === p.newName),
    );
    const kept = scope ? all.filter((c) => scope.keeps(c.path)) : all;
    if (json) {
      for (const c of kept) lines.push(jsonLine(p, c));
      continue;
    }
    const block = [summaryLine(p)];
    if (scope)
      block.push(`  only the paths ${scope.label} serves or binds: ${kept.length} of ${all.length} changed paths`);
    for (const g of GROUPS) {
      const inGroup = kept.filter((c) => c.group === g);
      block.push(`  ${GROUP_TITLES[g]} (${inGroup.length})${inGroup.length > 0 ? ':' : ''}`);
      for (const c of inGroup) block.push(`    ${c.mark} ${c.path}: ${c.reasons.map((r) => r.text).join('; ')}`);
    }
    blocks.push(block.join('\n'));
  }
  if (json) return lines.length > 0 ? lines.join('\n') + '\n' : '';
  return blocks.length > 0 ? blocks.join('\n\n') + '\n' : '';
}

function jsonLine(p: ModelPairDiff, c: Classified): string {
  return JSON.stringify({
    model: p.major,
    from: p.oldName ?? null,
    to: p.newName ?? null,
    path: c.path,
    kind: c.kind,
    group: c.group,
    reasons: c.reasons.map((r) => ({ group: r.group, text: r.text })),
  });
}
