/**
 * The matched parameters' values and attributes as profile entries. A value the parameter's BBF
 * syntax refuses is reported and left out, so the device serves its default, valid for the type;
 * a different xsi:type or writability is reported and the model's wins; a notification the model
 * allows seeds the device's attributes.
 */
import { AttributeStore } from '../../datamodel/attributes.ts';
import { containerPath } from '../../datamodel/schema-index.ts';
import type { ParameterMeta } from '../../schema/descriptor.ts';
import type { Validator } from '../../schema/validator.ts';
import type { Value } from '../../schema/values.ts';
import type { MountedSchema } from '../profile/mount.ts';
import type { NotificationLevel, ProfileValue } from '../profile/types.ts';
import { primitiveOfXsiType, xsiTypeName } from '../profile/vendor.ts';
import type { DumpEntry } from './dump.ts';
import type { Conflict } from './import-report.ts';
import type { Matched } from './match-dump.ts';

/** ManagementServer values that belong to where the device is deployed, not to the device. */
const DEPLOYMENT = new Set([
  'URL',
  'Username',
  'Password',
  'ConnectionRequestURL',
  'ConnectionRequestUsername',
  'ConnectionRequestPassword',
  'ParameterKey',
  'UDPConnectionRequestAddress',
  'STUNServerAddress',
  'STUNServerPort',
  'STUNUsername',
  'STUNPassword',
]);

export interface Collected {
  readonly values: Record<string, ProfileValue>;
  readonly notifications: Record<string, NotificationLevel>;
  readonly deployment: string[];
}

/** A value as a profile writes it: booleans and 32-bit numbers as YAML scalars, the rest as text. */
export function profileValueOf(value: Value, wire: string): ProfileValue {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  return Array.isArray(value) ? wire : typeof value === 'bigint' ? value.toString() : String(value);
}

/** The value entry of one parameter, or the conflict that keeps it out. */
export function valueOf(
  entry: DumpEntry,
  validator: Validator,
  conflicts: Conflict[],
): { ok: true; value: ProfileValue } | { ok: false } {
  const wire = entry.value ?? '';
  const r = validator.validateWire(wire);
  if (r.ok) return { ok: true, value: profileValueOf(r.value, wire) };
  const shown = JSON.stringify(wire.length > 40 ? `${wire.slice(0, 40)}…` : wire);
  conflicts.push({ path: entry.path, kind: 'value', message: `${shown}: ${r.message}; served the default` });
  return { ok: false };
}

/** Records the entry's notification when it differs from the model's default and the model allows it. */
export function notificationOf(
  entry: DumpEntry,
  meta: ParameterMeta,
  out: Record<string, NotificationLevel>,
  conflicts: Conflict[],
): void {
  const n = entry.notification;
  if (n === undefined || n === new AttributeStore().get(entry.path, meta).notification) return;
  const refused = AttributeStore.check(entry.path, meta, n);
  if (refused) conflicts.push({ path: entry.path, kind: 'notification', message: `${refused.message}; not seeded` });
  else out[entry.path] = n;
}

function writableIn(meta: MountedSchema['items'][number]['meta']): boolean {
  if (meta.kind === 'parameter') return meta.access !== 'readOnly';
  return meta.path.endsWith('{i}.') && meta.access === 'readWrite';
}

/** Values, notifications and conflicts of the matched items. */
export function typedValues(
  matched: readonly Matched[],
  schema: MountedSchema,
  instances: Readonly<Record<string, readonly number[]>>,
  skip: ReadonlySet<string>,
  conflicts: Conflict[],
): Collected {
  const values: Record<string, ProfileValue> = {};
  const notifications: Record<string, NotificationLevel> = {};
  const deployment: string[] = [];
  const counted = new Map<string, string>(); // counter schema path → table schema path
  for (const { meta } of schema.items)
    if (meta.kind === 'object' && meta.numEntriesParameter !== undefined)
      counted.set(containerPath(meta.path) + meta.numEntriesParameter, meta.path);
  const ms = `${schema.rootPath}ManagementServer.`;
  for (const { entry, item } of matched) {
    const { meta } = item;
    if (entry.writable !== undefined && entry.writable !== writableIn(meta))
      conflicts.push({
        path: entry.path,
        kind: 'writable',
        message: `the dump says ${entry.writable ? 'writable' : 'read-only'}, the model ${meta.access}; the model's access is served`,
      });
    if (meta.kind !== 'parameter' || !item.validator) continue;
    notificationOf(entry, meta, notifications, conflicts);
    if (entry.value === undefined || skip.has(entry.path)) continue;
    const desc = item.validator.descriptor;
    const sent = entry.type === undefined ? undefined : primitiveOfXsiType(entry.type);
    const expected = desc.list ? 'string' : desc.type;
    if (entry.type !== undefined && sent !== expected)
      conflicts.push({
        path: entry.path,
        kind: 'type',
        message: `the dump has ${entry.type}, the model ${xsiTypeName(expected)}; served as ${xsiTypeName(expected)}`,
      });
    const table = counted.get(meta.path);
    if (table !== undefined) {
      const key = entry.path.slice(0, entry.path.lastIndexOf('.') + 1) + table.slice(containerPath(table).length, -4);
      const rows = instances[key]?.length ?? 0;
      if (entry.value.trim() !== String(rows))
        conflicts.push({
          path: entry.path,
          kind: 'rows',
          message: `the dump says ${JSON.stringify(entry.value)}, its rows number ${rows}; served ${rows}`,
        });
      continue;
    }
    if (entry.path.startsWith(ms) && DEPLOYMENT.has(entry.path.slice(ms.length))) {
      deployment.push(entry.path);
      continue;
    }
    const v = valueOf(entry, item.validator, conflicts);
    if (v.ok) values[entry.path] = v.value;
  }
  return { values, notifications, deployment };
}
