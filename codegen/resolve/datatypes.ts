import { CodegenError } from '../errors.ts';
import type { Facets, ListFacet, PrimitiveType } from '../ir/types.ts';
import type { DocumentDef } from '../load/document.ts';
import { isPrimitive, readFacets, readList } from './facets.ts';
import type { Found, Scopes } from './scope.ts';

/** A named data type with its base chain flattened: one facet level per derivation step. */
export interface ResolvedDataType {
  name: string;
  type: PrimitiveType;
  levels: Facets[];
  list?: ListFacet;
}

export class DataTypes {
  private cache = new Map<string, ResolvedDataType>();

  constructor(private readonly scopes: Scopes) {}

  /** Looks a data type up from the innermost document of `stack` outwards, then globally. */
  find(stack: readonly DocumentDef[], name: string, where: string): ResolvedDataType {
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = this.scopes.lookup(stack[i]!, 'dataType', name);
      if (f) return this.resolve(f);
    }
    const g = this.scopes.global('dataType', name);
    if (g) return this.resolve(g);
    throw new CodegenError(`unresolved dataType ref '${name}' at ${where}`);
  }

  private resolve(found: Found): ResolvedDataType {
    const key = `${found.doc.path}\u0000${found.name}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const node = found.node;
    const base = node.attrs['base'];
    const listNode = node.children.find((c) => c.tag === 'list');
    let result: ResolvedDataType;
    if (base !== undefined) {
      const parent = this.find([found.doc], base, `dataType ${found.name} in ${found.doc.file}`);
      result = { name: found.name, type: parent.type, levels: [...parent.levels, readFacets(node)] };
      const list = listNode ? readList(listNode) : parent.list;
      if (list) result.list = list;
    } else {
      const prim = node.children.find((c) => isPrimitive(c.tag));
      const ref = node.children.find((c) => c.tag === 'dataType');
      if (prim) {
        result = { name: found.name, type: prim.tag as PrimitiveType, levels: [readFacets(prim)] };
      } else if (ref?.attrs['ref']) {
        const parent = this.find([found.doc], ref.attrs['ref'], `dataType ${found.name} in ${found.doc.file}`);
        result = { name: found.name, type: parent.type, levels: [...parent.levels, readFacets(ref)] };
        if (parent.list) result.list = parent.list;
      } else {
        throw new CodegenError(`dataType ${found.name} in ${found.doc.file} has neither a base nor a primitive type`);
      }
      if (listNode) result.list = readList(listNode);
    }
    this.cache.set(key, result);
    return result;
  }
}
