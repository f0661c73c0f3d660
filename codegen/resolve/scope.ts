import type { DefKind, DocumentDef } from '../load/document.ts';
import type { XNode } from '../load/xml-node.ts';

export interface Found {
  doc: DocumentDef;
  name: string;
  node: XNode;
}

function table(doc: DocumentDef, kind: DefKind): Map<string, XNode> {
  return kind === 'dataType' ? doc.dataTypes : kind === 'component' ? doc.components : doc.models;
}

/**
 * Name lookup in one document's scope: its own definitions, then names its imports bring in
 * (with name/ref renames), then, as BBF's tools do, definitions of files imported without an
 * item list.
 */
export class Scopes {
  private cache = new Map<string, Found | null>();

  constructor(private readonly docs: Map<string, DocumentDef>) {}

  lookup(doc: DocumentDef, kind: DefKind, name: string): Found | undefined {
    const key = `${doc.path}\u0000${kind}\u0000${name}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit ?? undefined;
    this.cache.set(key, null); // guards against import cycles
    const found = this.search(doc, kind, name);
    this.cache.set(key, found ?? null);
    return found;
  }

  private search(doc: DocumentDef, kind: DefKind, name: string): Found | undefined {
    const own = table(doc, kind).get(name);
    if (own) return { doc, name, node: own };
    for (const imp of doc.imports) {
      const item = imp.items.find((i) => i.kind === kind && i.name === name);
      if (!item || !imp.target) continue;
      const target = this.docs.get(imp.target);
      if (target) {
        const found = this.lookup(target, kind, item.ref);
        if (found) return found;
      }
    }
    for (const imp of doc.imports) {
      if (imp.items.length > 0 || !imp.target) continue;
      const target = this.docs.get(imp.target);
      const found = target && this.lookup(target, kind, name);
      if (found) return found;
    }
    return undefined;
  }

  /** Last resort for files that use a name without importing it: any loaded definition. */
  global(kind: DefKind, name: string): Found | undefined {
    for (const doc of this.docs.values()) {
      const node = table(doc, kind).get(name);
      if (node) return { doc, name, node };
    }
    return undefined;
  }
}
