import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readDocument, type DocumentDef } from './document.ts';
import type { SearchPath } from './search-path.ts';
import { parseXml } from './xml-node.ts';

/** All documents reachable from one top file through imports, keyed by absolute path. */
export interface LoadedSet {
  top: DocumentDef;
  docs: Map<string, DocumentDef>;
}

export function loadDocument(path: string): DocumentDef {
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const root = parseXml(bytes.toString('utf8'), path);
  return readDocument(root, path, basename(path), sha256);
}

/** Loads a top file and, depth first, every file its imports name (each file read once). */
export function loadWithImports(
  topPath: string,
  searchPath: SearchPath,
  cache = new Map<string, DocumentDef>(),
): LoadedSet {
  const docs = new Map<string, DocumentDef>();
  const visit = (path: string): DocumentDef => {
    const seen = docs.get(path);
    if (seen) return seen;
    const doc = cache.get(path) ?? loadDocument(path);
    cache.set(path, doc);
    docs.set(path, doc);
    for (const imp of doc.imports) {
      imp.target ??= searchPath.findImport(imp.file, imp.spec, path);
      visit(imp.target);
    }
    return doc;
  };
  const top = visit(topPath);
  return { top, docs };
}
