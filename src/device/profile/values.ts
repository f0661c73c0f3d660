/**
 * Checks the `values` map: each key is a concrete path of a supported parameter whose rows all
 * exist, and each value is valid for the parameter's syntax once written in its wire form.
 */
import type { SyntaxDescriptor } from '../../schema/descriptor.ts';
import { containerPath } from '../../datamodel/schema-index.ts';
import { type Instances, missingRow } from './instances.ts';
import { type Report, q } from './issues.ts';
import type { MountedSchema } from './mount.ts';
import { toSchemaPath } from './paths.ts';
import { suggestPath } from './suggest.ts';
import type { ProfileValue } from './types.ts';

/** The wire text a profile value stands for: YAML numbers and booleans are written as on the wire. */
export function wireOf(value: ProfileValue): string {
  return typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
}

/** 'unsignedInt', 'list of string', 'string (enumeration)': the validator's message names the allowed values. */
export function describeSyntax(d: SyntaxDescriptor): string {
  const base = d.list ? `list of ${d.type}` : d.type;
  return d.enums && d.enums.length > 0 ? `${base} (enumeration)` : base;
}

/** Schema paths of every table counter: derived from the rows, so a profile must not set them. */
function counters(schema: MountedSchema): Set<string> {
  const out = new Set<string>();
  for (const { meta } of schema.items) {
    if (meta.kind === 'object' && meta.numEntriesParameter !== undefined)
      out.add(containerPath(meta.path) + meta.numEntriesParameter);
  }
  return out;
}

function checkOne(
  key: string,
  value: ProfileValue,
  schema: MountedSchema,
  supported: ReadonlySet<string>,
  instances: Instances,
  counted: Set<string>,
): string | undefined {
  if (key.endsWith('.')) return `${q(key)} is an object; values are set on parameters`;
  if (key.includes('{i}')) return `values name concrete rows: write instance numbers instead of '{i}'`;
  const path = toSchemaPath(key);
  const item = schema.byPath.get(path);
  if (!item) {
    const fix = suggestPath(path, schema);
    return `no parameter ${q(path)} in the mounted schema${fix === undefined ? '' : `; did you mean ${q(fix)}?`}`;
  }
  if (item.meta.kind !== 'parameter' || !item.validator) return `${q(path)} is an object; values are set on parameters`;
  if (!supported.has(path)) {
    // Subtree entries leave obsoleted items out, so say why one named in values is missing.
    const why =
      item.meta.status === 'obsoleted'
        ? ' (it is obsoleted, so object entries leave it out; list the parameter itself)'
        : '';
    return `parameter ${q(path)} is not supported${why}; add it (or an object above it) to supported`;
  }
  if (counted.has(path)) return `${q(path)} counts a table's rows and is derived from instances; remove it`;
  const missing = missingRow(key, instances);
  if (missing !== undefined) return missing;
  const result = item.validator.validateWire(wireOf(value));
  if (!result.ok)
    return `${JSON.stringify(value)} is not a valid value for this ${describeSyntax(item.validator.descriptor)} parameter: ${result.message}`;
  return undefined;
}

/** Reports every bad entry of `values`. */
export function checkValues(
  values: Readonly<Record<string, ProfileValue>>,
  schema: MountedSchema,
  supported: ReadonlySet<string>,
  instances: Instances,
  report: Report,
): void {
  const counted = counters(schema);
  for (const [key, value] of Object.entries(values)) {
    const problem = checkOne(key, value, schema, supported, instances, counted);
    if (problem !== undefined) report(['values', key], problem);
  }
}
