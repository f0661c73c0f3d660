/**
 * The profile's `vendor` section: vendor objects and parameters that no mounted model defines
 * (what an imported device dump reports beyond the BBF models), each with its primitive type and
 * access. They join the mounted schema as untyped items (src/datamodel/untyped.ts), so `values`,
 * `instances` and `notifications` name them like any other item.
 */
import { isObjectPath, parentOf, schemaPathOf } from '../../datamodel/paths.ts';
import { containerPath } from '../../datamodel/schema-index.ts';
import { type UntypedItem, untypedSchemaItem } from '../../datamodel/untyped.ts';
import type { PrimitiveType } from '../../schema/descriptor.ts';
import { type Report, q } from './issues.ts';
import type { MountedItem, MountedSchema } from './mount.ts';
import type { VendorItemSpec } from './types.ts';

/** The xsi:type names a vendor parameter may have (TR-069 A.2.1), by their primitive type. */
const XSI_TYPES: Readonly<Record<string, PrimitiveType>> = {
  'xsd:string': 'string',
  'xsd:int': 'int',
  'xsd:unsignedInt': 'unsignedInt',
  'xsd:long': 'long',
  'xsd:unsignedLong': 'unsignedLong',
  'xsd:boolean': 'boolean',
  'xsd:dateTime': 'dateTime',
  'xsd:base64Binary': 'base64',
  'xsd:base64': 'base64',
  'xsd:hexBinary': 'hexBinary',
  'xsd:decimal': 'decimal',
};
const TYPE_NAMES = Object.keys(XSI_TYPES).filter((t) => t !== 'xsd:base64');

/** 'xsd:int' (any prefix, or none) → 'int'; undefined for a type CWMP does not have. */
export function primitiveOfXsiType(xsiType: string): PrimitiveType | undefined {
  const local = xsiType.slice(xsiType.indexOf(':') + 1);
  return XSI_TYPES[`xsd:${local}`];
}

/** The name a profile writes a primitive type with: 'int' → 'xsd:int'. */
export function xsiTypeName(type: PrimitiveType): string {
  return type === 'base64' ? 'xsd:base64Binary' : `xsd:${type}`;
}

/** TR-106 3.3: vendor-specific objects and parameters have a name starting with 'X_'. */
export function isVendorPath(path: string): boolean {
  return path.split('.').some((s) => s.startsWith('X_'));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function entryOf(key: string, raw: unknown, report: Report): VendorItemSpec | undefined {
  const at = ['vendor', key];
  const object = isObjectPath(key);
  // A parameter may be written as its type alone: read-only.
  const spec = typeof raw === 'string' && !object ? { type: raw } : raw === null && object ? {} : raw;
  if (!isRecord(spec)) {
    report(
      at,
      object
        ? `an object takes {} or { writable: true } (a table whose rows the ACS may add and delete)`
        : `a parameter takes its type ('xsd:string') or { type: xsd:string, writable: true }`,
    );
    return undefined;
  }
  for (const k of Object.keys(spec))
    if (k !== 'type' && k !== 'writable')
      report(at, `unknown key ${q(k)} (valid keys: ${object ? 'writable' : 'type, writable'})`);
  const writable = spec['writable'] ?? false;
  if (typeof writable !== 'boolean') {
    report(at, 'writable is true or false');
    return undefined;
  }
  if (object) {
    if (spec['type'] !== undefined) report(at, `${q(key)} is an object (it ends in '.'); objects have no type`);
    return { writable };
  }
  const name = spec['type'];
  const type = typeof name === 'string' ? XSI_TYPES[name] : undefined;
  if (type === undefined) {
    report(at, `type ${JSON.stringify(name) ?? 'missing'}: give one of ${TYPE_NAMES.join(', ')}`);
    return undefined;
  }
  return { type, writable };
}

/** Checks the structure of `vendor` (before anything is looked up in the schema). */
export function vendorOf(raw: unknown, report: Report): Record<string, VendorItemSpec> {
  const out: Record<string, VendorItemSpec> = {};
  if (raw === undefined) return out;
  if (!isRecord(raw)) {
    report(['vendor'], 'expected a mapping of vendor schema path to its type and access');
    return out;
  }
  for (const [key, v] of Object.entries(raw)) {
    const entry = entryOf(key, v, report);
    if (entry) out[key] = entry;
  }
  return out;
}

/** The untyped items a `vendor` section stands for. */
export function vendorItems(vendor: Readonly<Record<string, VendorItemSpec>>): UntypedItem[] {
  return Object.entries(vendor).map(([path, spec]) =>
    spec.type === undefined
      ? { kind: 'object', path, writable: spec.writable }
      : { kind: 'parameter', path, type: spec.type, writable: spec.writable },
  );
}

function problemOf(path: string, spec: VendorItemSpec, schema: MountedSchema): string | undefined {
  // A schema path is a concrete path with '{i}' for each instance number.
  if (path === '' || schemaPathOf(path.replaceAll('{i}', '1')) !== path)
    return `${q(path)} is not a schema path: name segments of letters, digits, '_' and '-', '{i}' for instances`;
  if (!isVendorPath(path))
    return `${q(path)} has no vendor segment; vendor items have a name starting with 'X_' (TR-106 3.3)`;
  if (spec.type !== undefined && path.endsWith('}')) return `a table is an object: write ${q(`${path}.`)}`;
  const defined = schema.byPath.get(path);
  if (defined) return `${q(path)} is defined by ${defined.output}; remove it from vendor`;
  return undefined;
}

/** The object an item hangs under in the schema: a table's container, a parameter's object. */
export function holderOf(path: string): string {
  return isObjectPath(path) ? containerPath(path) : parentOf(path);
}

/**
 * Reports vendor entries that are not vendor items the mounted schema lacks, or that hang under
 * no object, and returns the schema with the good ones added (as untyped items, output 'vendor').
 */
export function withVendorItems(
  schema: MountedSchema,
  vendor: Readonly<Record<string, VendorItemSpec>>,
  report: Report,
): { schema: MountedSchema; paths: string[] } {
  const good = new Map<string, VendorItemSpec>();
  for (const [path, spec] of Object.entries(vendor)) {
    const problem = problemOf(path, spec, schema);
    if (problem === undefined) good.set(path, spec);
    else report(['vendor', path], problem);
  }
  // Every item hangs under an object of the schema or a good vendor object (repeated: dropping
  // an object orphans what is under it).
  for (let changed = true; changed;) {
    changed = false;
    for (const path of [...good.keys()]) {
      const holder = holderOf(path);
      const inSchema = schema.byPath.get(holder)?.meta.kind === 'object';
      const vendorObject = good.has(holder) && good.get(holder)!.type === undefined;
      if (inSchema || vendorObject) continue;
      report(
        ['vendor', path],
        holder === ''
          ? `${q(path)} is not under the root object`
          : `its object ${q(holder)} is neither in the mounted schema nor in vendor; add it to vendor`,
      );
      good.delete(path);
      changed = true;
    }
  }
  const paths = [...good.keys()];
  if (paths.length === 0) return { schema, paths };
  const byPath = new Map(schema.byPath);
  for (const item of vendorItems(Object.fromEntries(good))) {
    const mounted: MountedItem = { ...untypedSchemaItem(item), output: 'vendor' };
    byPath.set(item.path, mounted);
  }
  const items = [...byPath.values()].sort((a, b) =>
    a.meta.path < b.meta.path ? -1 : a.meta.path > b.meta.path ? 1 : 0,
  );
  return { schema: { ...schema, items, byPath }, paths };
}
