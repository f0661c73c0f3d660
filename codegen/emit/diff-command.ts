import type { DocumentDef } from '../load/document.ts';
import type { SearchPath } from '../load/search-path.ts';
import { resolveTopFile } from '../resolve/resolve.ts';
import { diffModels, formatDiff, formatDiffJson } from './diff.ts';

/**
 * `--diff OLD-TOP NEW-TOP [--json]`: resolves both top files and reports how the models changed.
 * The two amendments import many of the same files (types, biblio, unchanged components), so one
 * document cache serves both resolutions and each shared file is parsed once.
 */
export function runDiff(oldTop: string, newTop: string, searchPath: SearchPath, json: boolean): string {
  const cache = new Map<string, DocumentDef>();
  const oldModels = resolveTopFile(searchPath.findTop(oldTop), searchPath, cache).models;
  const newModels = resolveTopFile(searchPath.findTop(newTop), searchPath, cache).models;
  const diff = diffModels(oldModels, newModels);
  return json ? formatDiffJson(diff) : formatDiff(diff);
}
