/**
 * Keeps out what would be served invalid. A parameter nobody sets serves its default (BBF's, the
 * spec table's or a generic one, src/datamodel/defaults.ts), and for some (an OUI, a UUID, a
 * list with a minimum length) the generic default does not satisfy the syntax. Such a parameter
 * stays supported only where the dump gives every row of it a valid value.
 */
import { defaultValue } from '../../datamodel/defaults.ts';
import { SchemaIndex } from '../../datamodel/schema-index.ts';
import { toWire } from '../../schema/values.ts';
import type { MountedSchema } from '../profile/mount.ts';
import { concretePaths } from '../profile/paths.ts';
import type { ProfileValue } from '../profile/types.ts';

export interface DefaultCheck {
  /** `wanted` without the parameters that would serve an invalid default somewhere. */
  readonly wanted: Set<string>;
  /** Their concrete paths that the dump named, to report as dropped. */
  readonly removed: string[];
}

export function withoutInvalidDefaults(
  wanted: ReadonlySet<string>,
  schema: MountedSchema,
  instances: Readonly<Record<string, readonly number[]>>,
  values: Readonly<Record<string, ProfileValue>>,
  /** Concrete paths the agent fills in itself (identity, derived values). */
  filled: ReadonlySet<string>,
  named: ReadonlySet<string>,
): DefaultCheck {
  const index = new SchemaIndex(schema.items.filter((i) => wanted.has(i.meta.path)));
  const out = new Set(wanted);
  const removed: string[] = [];
  for (const p of index.parameters()) {
    if (p.counts) continue;
    const d = p.validator.descriptor;
    if (p.validator.validateWire(toWire(d, defaultValue(p))).ok) continue;
    const rows = concretePaths(p.path, instances);
    if (rows.every((c) => filled.has(c) || Object.hasOwn(values, c))) continue;
    out.delete(p.path);
    for (const c of rows) if (named.has(c)) removed.push(c);
  }
  return { wanted: out, removed };
}
