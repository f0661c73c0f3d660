import type { ItemMeta, ObjectMeta, ParameterMeta } from '../schema/descriptor.ts';
import type { Validator } from '../schema/validator.ts';
import { leafName, parentOf } from './paths.ts';

export interface SchemaObject {
  readonly kind: 'object';
  readonly path: string;
  readonly meta: ObjectMeta;
  readonly isTable: boolean;
  /** The object holding this one ('Device.IP.' for 'Device.IP.Interface.{i}.'); undefined at the root. */
  readonly container: SchemaObject | undefined;
  /** Name under the container: 'Interface' for 'Device.IP.Interface.{i}.'. */
  readonly name: string;
  readonly params: SchemaParam[];
  readonly objects: SchemaObject[];
  /** The NumberOfEntries parameter that counts this table's rows. */
  counter?: SchemaParam;
}

export interface SchemaParam {
  readonly kind: 'parameter';
  readonly path: string;
  readonly meta: ParameterMeta;
  readonly validator: Validator;
  readonly parent: SchemaObject;
  readonly name: string;
  /** Set when this parameter is a table's NumberOfEntries: its value is derived, never stored. */
  counts?: SchemaObject;
}

export type SchemaNode = SchemaObject | SchemaParam;

export interface SchemaInput {
  readonly meta: ItemMeta;
  /** The parameter's validator; required for parameters. */
  readonly validator?: Validator;
}

/** 'Device.IP.Interface.{i}.' → 'Device.IP.'; 'Device.IP.' → 'Device.'. */
export function containerPath(objectPath: string): string {
  return parentOf(objectPath.endsWith('{i}.') ? objectPath.slice(0, -4) : objectPath);
}

/** The schema of one device: its supported objects and parameters, linked into a tree. */
export class SchemaIndex {
  readonly roots: SchemaObject[] = [];
  private nodes = new Map<string, SchemaNode>();

  constructor(items: readonly SchemaInput[]) {
    const sorted = [...items].sort((a, b) => (a.meta.path < b.meta.path ? -1 : a.meta.path > b.meta.path ? 1 : 0));
    for (const { meta, validator } of sorted) {
      if (meta.kind === 'object') {
        const container = this.object(containerPath(meta.path));
        const obj: SchemaObject = {
          kind: 'object',
          path: meta.path,
          meta,
          isTable: meta.path.endsWith('{i}.'),
          container,
          name: leafName(meta.path.endsWith('{i}.') ? meta.path.slice(0, -4) : meta.path),
          params: [],
          objects: [],
        };
        this.nodes.set(meta.path, obj);
        if (container) container.objects.push(obj);
        else this.roots.push(obj);
      } else {
        const parent = this.object(parentOf(meta.path));
        if (!parent) throw new Error(`schema: parameter ${meta.path} has no parent object in the supported set`);
        if (!validator) throw new Error(`schema: parameter ${meta.path} has no validator`);
        const p: SchemaParam = {
          kind: 'parameter',
          path: meta.path,
          meta,
          validator,
          parent,
          name: leafName(meta.path),
        };
        this.nodes.set(meta.path, p);
        parent.params.push(p);
      }
    }
    for (const n of this.nodes.values()) {
      if (n.kind !== 'object' || !n.isTable || !n.meta.numEntriesParameter || !n.container) continue;
      const counter = this.nodes.get(n.container.path + n.meta.numEntriesParameter);
      if (counter?.kind === 'parameter') {
        n.counter = counter;
        counter.counts = n;
      }
    }
  }

  private object(path: string): SchemaObject | undefined {
    if (path === '') return undefined;
    const n = this.nodes.get(path);
    if (n?.kind !== 'object')
      throw new Error(`schema: ${path} is missing from the supported set but has supported children`);
    return n;
  }

  get(schemaPath: string): SchemaNode | undefined {
    return this.nodes.get(schemaPath);
  }

  get size(): number {
    return this.nodes.size;
  }

  *parameters(): Iterable<SchemaParam> {
    for (const n of this.nodes.values()) if (n.kind === 'parameter') yield n;
  }
}
