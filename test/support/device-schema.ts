import { model, validators } from '../../generated/device-2/index.ts';
import { SchemaIndex, type SchemaInput } from '../../src/datamodel/schema-index.ts';
import { parentOf } from '../../src/datamodel/paths.ts';

/** A Device:2.19 schema holding the given subtrees (and their ancestors), for tree tests. */
export function deviceSchema(prefixes: readonly string[]): SchemaIndex {
  const wanted = new Set<string>();
  for (const item of model.items) {
    if (!prefixes.some((p) => item.path.startsWith(p))) continue;
    wanted.add(item.path);
    for (
      let p = item.kind === 'object' ? item.path : parentOf(item.path);
      p !== '';
      p = parentOf(p.endsWith('{i}.') ? p.slice(0, -4) : p)
    ) {
      wanted.add(p);
    }
  }
  const inputs: SchemaInput[] = model.items
    .filter((i) => wanted.has(i.path))
    .map((meta) => (meta.kind === 'parameter' ? { meta, validator: validators[meta.syntax]! } : { meta }));
  return new SchemaIndex(inputs);
}
