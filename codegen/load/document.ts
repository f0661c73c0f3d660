import { CodegenError } from '../errors.ts';
import type { XNode } from './xml-node.ts';

export type DefKind = 'dataType' | 'component' | 'model';

export interface ImportItem {
  kind: DefKind;
  name: string;
  ref: string;
}

export interface ImportDef {
  file: string;
  spec: string;
  items: ImportItem[];
  /** Absolute path of the file the import resolved to; set by the loader. */
  target?: string;
}

/** One BBF data-model document: its own definitions and its imports, not yet resolved. */
export interface DocumentDef {
  path: string;
  file: string;
  spec: string;
  sha256: string;
  imports: ImportDef[];
  dataTypes: Map<string, XNode>;
  components: Map<string, XNode>;
  models: Map<string, XNode>;
}

const IMPORTABLE: readonly DefKind[] = ['dataType', 'component', 'model'];

export function readDocument(root: XNode, path: string, file: string, sha256: string): DocumentDef {
  if (root.tag !== 'document') throw new CodegenError(`${path}:1: not a BBF data-model document (root <${root.tag}>)`);
  const doc: DocumentDef = {
    path,
    file,
    spec: root.attrs['spec'] ?? '',
    sha256,
    imports: [],
    dataTypes: new Map(),
    components: new Map(),
    models: new Map(),
  };
  for (const el of root.children) {
    const name = el.attrs['name'];
    switch (el.tag) {
      case 'import': {
        const items: ImportItem[] = [];
        for (const it of el.children) {
          if (!(IMPORTABLE as string[]).includes(it.tag) || !it.attrs['name']) continue;
          items.push({ kind: it.tag as DefKind, name: it.attrs['name'], ref: it.attrs['ref'] ?? it.attrs['name'] });
        }
        doc.imports.push({ file: el.attrs['file'] ?? '', spec: el.attrs['spec'] ?? '', items });
        break;
      }
      case 'dataType':
        if (name) doc.dataTypes.set(name, el);
        break;
      case 'component':
        if (name) doc.components.set(name, el);
        break;
      case 'model':
        if (name) doc.models.set(name, el);
        break;
      default:
        break; // bibliography, templates and descriptions carry no facts we generate
    }
  }
  return doc;
}
