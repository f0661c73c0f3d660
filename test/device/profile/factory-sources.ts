/**
 * Where each writable parameter of a shipped profile gets its factory value: the profile's own
 * `values`, a BBF default, the spec table (src/datamodel/spec-defaults.ts) or the generic type
 * rule. Shared by factory-values.test.ts and by anyone reviewing the list by hand.
 */
import { defaultSource, defaultValue } from '../../../src/datamodel/defaults.ts';
import { SchemaIndex, type SchemaParam } from '../../../src/datamodel/schema-index.ts';
import { loadProfile, type BuiltinProfile } from '../../../src/device/profile/load.ts';
import { mountedItems } from '../../../src/device/profile/mount.ts';
import { concretePaths } from '../../../src/device/profile/paths.ts';
import type { ResolvedProfile } from '../../../src/device/profile/types.ts';

export type FactorySource = 'profile' | 'bbf' | 'spec' | 'generic';

/**
 * Whether a parameter exists at the factory: on the profile's rows ('rows'), only in rows the ACS
 * may create later ('acs-rows'), or never (under a read-only table the profile gives no rows).
 */
export type Presence = 'rows' | 'acs-rows' | 'never';

export interface FactoryEntry {
  readonly param: SchemaParam;
  readonly source: FactorySource;
  readonly presence: Presence;
}

export interface FactoryView {
  readonly profile: ResolvedProfile;
  readonly schema: SchemaIndex;
  /** Every writable supported parameter, by schema path. */
  readonly entries: ReadonlyMap<string, FactoryEntry>;
}

function presenceOf(p: SchemaParam, profile: ResolvedProfile, schema: SchemaIndex): Presence {
  let at = p.path.indexOf('{i}.');
  while (at !== -1) {
    const table = p.path.slice(0, at + 4);
    if (concretePaths(table, profile.instances).length === 0) {
      const node = schema.get(table);
      return node?.kind === 'object' && node.meta.access === 'readWrite' ? 'acs-rows' : 'never';
    }
    at = p.path.indexOf('{i}.', at + 4);
  }
  return 'rows';
}

/**
 * A parameter's factory value is the profile's when `values` sets it on every row the profile
 * boots with; rows the ACS creates later are the ACS's to configure, and what it leaves unset
 * there takes the default (BBF, spec table or generic rule).
 */
function sourceOf(p: SchemaParam, profile: ResolvedProfile, presence: Presence): FactorySource {
  if (presence === 'rows') {
    const concrete = p.path.includes('{i}') ? concretePaths(p.path, profile.instances) : [p.path];
    if (concrete.every((c) => Object.hasOwn(profile.values, c))) return 'profile';
  }
  return defaultSource(p);
}

export async function factoryView(name: BuiltinProfile): Promise<FactoryView> {
  const profile = await loadProfile(name);
  const items = await mountedItems(profile.root, profile.services, profile.overlays);
  const schema = new SchemaIndex(items.filter((i) => profile.supportedPaths.has(i.meta.path)));
  const entries = new Map<string, FactoryEntry>();
  for (const param of schema.parameters()) {
    if (param.meta.access !== 'readWrite' || param.counts) continue;
    const presence = presenceOf(param, profile, schema);
    entries.set(param.path, { param, presence, source: sourceOf(param, profile, presence) });
  }
  return { profile, schema, entries };
}

export { defaultValue };
