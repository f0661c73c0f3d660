/**
 * Checks the `instances` map: each key is a supported table written with concrete outer rows,
 * every outer row is itself listed, and a table holds no more rows than its maxEntries.
 */
import { type Report, q } from './issues.ts';
import type { MountedSchema } from './mount.ts';
import { rowsOf, toSchemaPath } from './paths.ts';
import { suggestPath } from './suggest.ts';

export type Instances = Readonly<Record<string, readonly number[]>>;

/** Why a concrete path's outer rows do not all exist, or undefined when they do. */
export function missingRow(concrete: string, instances: Instances): string | undefined {
  for (const { table, n } of rowsOf(concrete)) {
    const rows = Object.hasOwn(instances, table) ? instances[table]! : [];
    if (!rows.includes(n)) {
      return `row ${q(`${table}${n}.`)} does not exist; add ${n} to instances[${q(table)}]${rows.length > 0 ? ` (now [${rows.join(', ')}])` : ''}`;
    }
  }
  return undefined;
}

/** Mounted service tables get one row unless the profile says otherwise ('Device.Services.STBService.': [1]). */
export function withServiceDefaults(
  instances: Record<string, number[]>,
  serviceTables: readonly string[],
): Record<string, number[]> {
  const out = { ...instances };
  for (const key of serviceTables) if (!Object.hasOwn(out, key)) out[key] = [1];
  return out;
}

function checkKey(
  key: string,
  rows: readonly number[],
  all: Instances,
  schema: MountedSchema,
  supported: ReadonlySet<string>,
): string | undefined {
  if (!key.endsWith('.'))
    return `a table key ends in '.' and leaves out the final '{i}.' (e.g. 'Device.IP.Interface.')`;
  if (key.endsWith('{i}.')) return `leave out the final '{i}.': write ${q(key.slice(0, -4))}`;
  if (key.includes('{i}')) return `name outer tables' rows by number, e.g. ${q(key.replace('{i}', '1'))}`;
  const table = `${toSchemaPath(key)}{i}.`;
  const item = schema.byPath.get(table);
  if (item?.meta.kind !== 'object') {
    if (schema.byPath.get(toSchemaPath(key))?.meta.kind === 'object')
      return `${q(toSchemaPath(key))} is a single object, not a table; only tables take instances`;
    const fix = suggestPath(table, schema);
    return `no table ${q(table)} in the mounted schema${fix?.endsWith('{i}.') ? `; did you mean ${q(fix.slice(0, -4))}?` : ''}`;
  }
  if (!supported.has(table)) return `table ${q(table)} is not supported; add it (or an object above it) to supported`;
  const max = item.meta.maxEntries;
  if (max !== 'unbounded' && rows.length > max) return `${rows.length} rows, but ${q(table)} holds at most ${max}`;
  return missingRow(key, all);
}

/** Reports every bad key of `instances` (which already holds the service defaults). */
export function checkInstances(
  instances: Instances,
  schema: MountedSchema,
  supported: ReadonlySet<string>,
  report: Report,
): void {
  for (const [key, rows] of Object.entries(instances)) {
    const problem = checkKey(key, rows, instances, schema, supported);
    if (problem !== undefined) report(['instances', key], problem);
  }
}
