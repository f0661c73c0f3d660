import { readFileSync } from 'node:fs';
import { parseXml, type XNode } from '../../codegen/load/xml-node.ts';

/** What the oracle compares for every parameter: its primitive type, list-ness and enumerations. */
export interface ParameterFacts {
  type: string;
  list: boolean;
  /** Live enumeration values (named type's and own), sorted. */
  enums: string[];
}

const PRIMITIVES = new Set([
  'string',
  'int',
  'unsignedInt',
  'long',
  'unsignedLong',
  'boolean',
  'dateTime',
  'base64',
  'hexBinary',
  'decimal',
]);

interface TypeFacts {
  type: string;
  list: boolean;
  enums: string[];
}

/** The inherited values with this element's enumerations applied (a deleted one drops its value). */
function withEnums(inherited: readonly string[], n: XNode): string[] {
  const out = [...inherited];
  for (const c of n.children) {
    if (c.tag !== 'enumeration') continue;
    const v = c.attrs['value'] ?? '';
    const i = out.indexOf(v);
    if (c.attrs['status'] === 'deleted') {
      if (i !== -1) out.splice(i, 1);
    } else if (i === -1) out.push(v);
  }
  return out;
}

/**
 * Reads a flattened BBF file (the Forum's `-full` files: no imports, components or base=
 * modifications; named data types at the top, objects with full paths) directly, with none of
 * codegen's resolver: an independent oracle for each parameter's primitive type, list-ness and
 * live enumerations, keyed `'<model> <path>'`.
 */
export function flattenedParameterFacts(file: string): Map<string, ParameterFacts> {
  const doc = parseXml(readFileSync(file, 'utf8'), file);
  const dataTypes = new Map(doc.children.filter((c) => c.tag === 'dataType').map((c) => [c.attrs['name']!, c]));
  const named = (name: string): TypeFacts => {
    const node = dataTypes.get(name);
    if (!node) throw new Error(`${file}: no dataType ${name}`);
    return derive(node, node.attrs['base']);
  };
  // A type element (a named dataType, or a syntax's dataType/primitive child): its own facets on
  // top of what it derives from (base= or a nested ref=/primitive).
  const derive = (node: XNode, base: string | undefined): TypeFacts => {
    const list = node.children.some((c) => c.tag === 'list');
    if (base !== undefined) {
      const parent = named(base);
      return { type: parent.type, list: list || parent.list, enums: withEnums(parent.enums, node) };
    }
    const prim = node.children.find((c) => PRIMITIVES.has(c.tag));
    if (prim) return { type: prim.tag, list, enums: withEnums([], prim) };
    const ref = node.children.find((c) => c.tag === 'dataType');
    if (ref) {
      const parent = named(ref.attrs['ref'] ?? ref.attrs['base'] ?? '');
      return { type: parent.type, list: list || parent.list, enums: withEnums(parent.enums, ref) };
    }
    throw new Error(`${file}: dataType ${node.attrs['name'] ?? '?'} has no type`);
  };
  const out = new Map<string, ParameterFacts>();
  for (const model of doc.children.filter((c) => c.tag === 'model')) {
    const deleted: string[] = [];
    // A service model's own parameters sit directly in the model (path prefix '').
    for (const obj of [model, ...model.children.filter((c) => c.tag === 'object')]) {
      const path = obj === model ? '' : obj.attrs['name']!;
      if (obj.attrs['status'] === 'deleted' || deleted.some((d) => path.startsWith(d))) {
        deleted.push(path);
        continue;
      }
      for (const p of obj.children.filter((c) => c.tag === 'parameter')) {
        if (p.attrs['status'] === 'deleted') continue;
        const syntax = p.children.find((c) => c.tag === 'syntax');
        if (!syntax) throw new Error(`${file}: ${path}${p.attrs['name']} has no syntax`);
        const list = syntax.children.some((c) => c.tag === 'list');
        let facts: TypeFacts;
        const prim = syntax.children.find((c) => PRIMITIVES.has(c.tag));
        const dt = syntax.children.find((c) => c.tag === 'dataType');
        if (prim) facts = { type: prim.tag, list, enums: withEnums([], prim) };
        else if (dt) {
          const parent = named(dt.attrs['ref'] ?? dt.attrs['base'] ?? '');
          facts = { type: parent.type, list: list || parent.list, enums: withEnums(parent.enums, dt) };
        } else throw new Error(`${file}: ${path}${p.attrs['name']} has no type`);
        out.set(`${model.attrs['name']} ${path}${p.attrs['name']}`, {
          type: facts.type,
          list: facts.list,
          enums: [...facts.enums].sort(),
        });
      }
    }
  }
  return out;
}
