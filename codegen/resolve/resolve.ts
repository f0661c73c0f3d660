import type { DocumentDef } from '../load/document.ts';
import { loadWithImports } from '../load/loader.ts';
import type { SearchPath } from '../load/search-path.ts';
import type { ResolveResult, SourceFile } from '../ir/types.ts';
import { DataTypes } from './datatypes.ts';
import { ModelExpander } from './expand-model.ts';
import { Scopes } from './scope.ts';

/**
 * Resolves every model defined in a top file (not the ones it only imports), following its
 * imports through the search path. `cache` lets several top files share parsed documents.
 */
export function resolveTopFile(
  topPath: string,
  searchPath: SearchPath,
  cache?: Map<string, DocumentDef>,
): ResolveResult {
  const { top, docs } = loadWithImports(topPath, searchPath, cache);
  const scopes = new Scopes(docs);
  const dataTypes = new DataTypes(scopes);
  const models = [...top.models.keys()].map((name) =>
    new ModelExpander(scopes, dataTypes).expand({ doc: top, name, node: top.models.get(name)! }),
  );
  const sources: SourceFile[] = [...docs.values()]
    .map((d) => ({ file: d.file, path: d.path, sha256: d.sha256 }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { models, sources };
}
