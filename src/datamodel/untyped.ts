/**
 * Schema items that no generated model defines: a device's own vendor extensions (TR-106 3.3,
 * names with an 'X_' segment) known only from what the device reported. They carry a primitive
 * type and an access and nothing else — no facets, defaults or notification rules — so the tree
 * serves and checks them like any other parameter of that type.
 */
import type { ObjectMeta, ParameterMeta, PrimitiveType } from '../schema/descriptor.ts';
import { compileValidator, type Validator } from '../schema/validator.ts';
import type { SchemaInput } from './schema-index.ts';

export interface UntypedParameter {
  readonly kind: 'parameter';
  /** Schema path ('{i}' for instances). */
  readonly path: string;
  readonly type: PrimitiveType;
  readonly writable: boolean;
}

export interface UntypedObject {
  readonly kind: 'object';
  /** Schema path ending in '.'; a table ends in '{i}.'. */
  readonly path: string;
  /** For a table: whether the ACS may add and delete rows. */
  readonly writable: boolean;
}

export type UntypedItem = UntypedParameter | UntypedObject;

// One validator per primitive type, shared by every untyped parameter of that type.
const validators = new Map<PrimitiveType, Validator>();

export function untypedValidator(type: PrimitiveType): Validator {
  let v = validators.get(type);
  if (!v) validators.set(type, (v = compileValidator({ type })));
  return v;
}

/** The items in the form the schema index (and a mounted schema) takes. */
export function untypedSchemaItem(item: UntypedItem): SchemaInput & { readonly validator?: Validator } {
  if (item.kind === 'object') {
    const table = item.path.endsWith('{i}.');
    const meta: ObjectMeta = {
      kind: 'object',
      path: item.path,
      access: table && item.writable ? 'readWrite' : 'readOnly',
      minEntries: table ? 0 : 1,
      maxEntries: table ? 'unbounded' : 1,
    };
    return { meta };
  }
  const meta: ParameterMeta = {
    kind: 'parameter',
    path: item.path,
    access: item.writable ? 'readWrite' : 'readOnly',
    syntax: -1,
  };
  return { meta, validator: untypedValidator(item.type) };
}
