import type { DocumentDef } from '../load/document.ts';
import type { SearchPath } from '../load/search-path.ts';
import { resolveTopFile } from '../resolve/resolve.ts';
import { diffModels, formatDiff, formatDiffJson } from './diff.ts';

export interface DiffRequest {
  oldTop: string;
  newTop: string;
  json: boolean;
  breaking: boolean;
  pathsFrom: string[];
}

/**
 * `--diff OLD-TOP NEW-TOP [--json]`: resolves both top files and reports how the models changed.
 * The two amendments import many of the same files (types, biblio, unchanged components), so one
 * document cache serves both resolutions and each shared file is parsed once.
 */
export function runDiff(req: DiffRequest, searchPath: SearchPath): string {
  const cache = new Map<string, DocumentDef>();
  const oldModels = resolveTopFile(searchPath.findTop(req.oldTop), searchPath, cache).models;
  const newModels = resolveTopFile(searchPath.findTop(req.newTop), searchPath, cache).models;
  const diff = diffModels(oldModels, newModels);
  return req.json ? formatDiffJson(diff) : formatDiff(diff);
}
