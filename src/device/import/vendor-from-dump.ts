/**
 * The untyped vendor layer of an imported device: each vendor object and parameter the dump
 * reports and no model defines, under its own name, with the dump's xsi:type and writability,
 * and its values and notifications. A type CWMP does not have is served as xsd:string and
 * reported; a value its type refuses is reported and served as the type's default.
 */
import { untypedSchemaItem, untypedValidator } from '../../datamodel/untyped.ts';
import type { PrimitiveType } from '../../schema/descriptor.ts';
import type { MountedSchema } from '../profile/mount.ts';
import type { NotificationLevel, ProfileValue, VendorItemSpec } from '../profile/types.ts';
import { holderOf, primitiveOfXsiType, xsiTypeName } from '../profile/vendor.ts';
import type { Conflict } from './import-report.ts';
import type { VendorHit } from './match-dump.ts';
import { notificationOf, valueOf } from './typed-values.ts';

export interface VendorLayer {
  readonly vendor: Record<string, VendorItemSpec>;
  readonly values: Record<string, ProfileValue>;
  readonly notifications: Record<string, NotificationLevel>;
}

export function vendorLayer(hits: readonly VendorHit[], schema: MountedSchema, conflicts: Conflict[]): VendorLayer {
  const vendor: Record<string, VendorItemSpec> = {};
  const types = new Map<string, PrimitiveType>();
  const writable = new Set<string>();
  const object = (path: string): void => {
    // Every vendor object above a hit, up to the first object a model defines.
    for (let p = path; p !== '' && !schema.byPath.has(p); p = holderOf(p)) vendor[p] ??= { writable: false };
  };
  for (const { entry, schemaPath } of hits) {
    if (entry.object) object(schemaPath);
    else {
      object(holderOf(schemaPath));
      if (!types.has(schemaPath)) {
        const t = entry.type === undefined ? 'string' : primitiveOfXsiType(entry.type);
        if (t === undefined)
          conflicts.push({
            path: entry.path,
            kind: 'type',
            message: `${entry.type} is no CWMP type (TR-069 A.2.1); served as xsd:string`,
          });
        types.set(schemaPath, t ?? 'string');
      }
    }
    if (entry.writable === true) writable.add(schemaPath);
  }
  for (const [path, type] of types) vendor[path] = { type, writable: writable.has(path) };
  for (const path of Object.keys(vendor))
    if (vendor[path]!.type === undefined && path.endsWith('{i}.') && writable.has(path))
      vendor[path] = { writable: true };

  const values: Record<string, ProfileValue> = {};
  const notifications: Record<string, NotificationLevel> = {};
  for (const { entry, schemaPath } of hits) {
    const type = types.get(schemaPath);
    if (entry.object || type === undefined) continue;
    const { meta, validator } = untypedSchemaItem({
      kind: 'parameter',
      path: schemaPath,
      type,
      writable: writable.has(schemaPath),
    });
    if (meta.kind === 'parameter') notificationOf(entry, meta, notifications, conflicts);
    if (entry.value === undefined || !validator) continue;
    const own = entry.type === undefined ? undefined : primitiveOfXsiType(entry.type);
    if (own !== undefined && own !== type)
      conflicts.push({
        path: entry.path,
        kind: 'type',
        message: `${entry.type} here, ${xsiTypeName(type)} in the first row; served as ${xsiTypeName(type)}`,
      });
    const v = valueOf(entry, untypedValidator(type), conflicts);
    if (v.ok) values[entry.path] = v.value;
  }
  return { vendor, values, notifications };
}
