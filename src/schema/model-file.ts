import { readFileSync } from 'node:fs';
import type { ItemMeta, ModelMeta, ProfileMeta, SyntaxDescriptor } from './descriptor.ts';

/** A generated model's facts as codegen writes them (generated/<output>/<output>.json). */
interface ModelFile {
  readonly model: string;
  readonly isService: boolean;
  readonly syntaxes: readonly SyntaxDescriptor[];
  readonly items: readonly ItemMeta[];
  readonly profiles: readonly ProfileMeta[];
}

/**
 * Reads the facts of a generated model. They are JSON rather than a module of literals: V8 parses
 * JSON faster than the same data as code, and keeps no source text of it (BENCHMARKS.md). A file
 * that is not the model its module names (a stale copy) stops the load.
 */
export function readModelFile(url: URL, name: string): ModelMeta {
  const text = readFileSync(url, 'utf8');
  const f = JSON.parse(text) as ModelFile;
  if (f.model !== name || !Array.isArray(f.items) || !Array.isArray(f.syntaxes) || !Array.isArray(f.profiles))
    throw new Error(`${url.pathname} is not the facts file of ${name}; run 'npm run codegen'`);
  return { name: f.model, isService: f.isService, items: f.items, syntaxes: f.syntaxes, profiles: f.profiles };
}
