/**
 * Expands a profile's `supported` entries into the set of supported schema paths. The set is
 * closed the way the tree needs it: every ancestor object of a supported item is supported
 * (nothing hangs in the air), and so is every supported table's NumberOfEntries parameter.
 */
import { containerPath } from '../../datamodel/schema-index.ts';
import type { ProfileMeta } from '../../schema/descriptor.ts';
import { type Report, q } from './issues.ts';
import type { MountedProfile, MountedSchema } from './mount.ts';
import { ancestorsOf, hasInstanceNumber, toSchemaPath } from './paths.ts';
import { nearest, suggestPath } from './suggest.ts';

export const PROFILE_PREFIX = 'profile:';

/** The index of the first item whose path is not below `path` in sort order (items are sorted by path). */
function lowerBound(items: MountedSchema['items'], path: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.meta.path < path) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items of one object subtree. Obsoleted items (and what is under them) are left out: BBF lets a device drop them. */
function addSubtree(root: string, schema: MountedSchema, out: Set<string>): void {
  const obsolete: string[] = [];
  // A subtree is the run of sorted items that start with its path.
  for (let i = lowerBound(schema.items, root); i < schema.items.length; i++) {
    const { meta } = schema.items[i]!;
    if (!meta.path.startsWith(root)) break;
    if (obsolete.some((o) => meta.path.startsWith(o))) continue;
    if (meta.status === 'obsoleted' && meta.path !== root) {
      if (meta.kind === 'object') obsolete.push(meta.path);
      continue;
    }
    out.add(meta.path);
  }
}

/** A profile's own items plus those of its base and extends profiles, recursively, with their requirements. */
export function profileItems(start: MountedProfile, schema: MountedSchema): ProfileMeta['items'][number][] {
  const sameModel = new Map<string, ProfileMeta>();
  for (const p of schema.profiles) if (p.output === start.output) sameModel.set(p.profile.name, p.profile);
  const seen = new Set<string>();
  const out: ProfileMeta['items'][number][] = [];
  const visit = (p: ProfileMeta): void => {
    if (seen.has(p.name)) return;
    seen.add(p.name);
    out.push(...p.items);
    for (const name of [...(p.base === undefined ? [] : [p.base]), ...(p.extends ?? [])]) {
      const next = sameModel.get(name);
      if (next) visit(next);
    }
  };
  visit(start.profile);
  return out;
}

/**
 * The BBF profile a 'profile:<Name>:<Version>' or 'profile:<Model>:<Name>:<Version>' entry names,
 * or undefined after reporting why there is none (or more than one).
 */
export function resolveProfileEntry(
  entry: string,
  schema: MountedSchema,
  report: (m: string) => void,
): MountedProfile | undefined {
  const parts = entry.slice(PROFILE_PREFIX.length).split(':');
  if (parts.length !== 2 && parts.length !== 3) {
    report(
      `${q(entry)} is not a profile reference; write 'profile:<Name>:<Version>' (e.g. 'profile:Baseline:4') or 'profile:<Model>:<Name>:<Version>'`,
    );
    return undefined;
  }
  const model = parts.length === 3 ? parts[0] : undefined;
  const name = parts.slice(-2).join(':');
  const found = schema.profiles.filter((p) => p.profile.name === name && (model === undefined || p.model === model));
  if (found.length === 0) {
    const names = [
      ...new Set(
        schema.profiles
          .filter((p) => !p.profile.name.startsWith('_'))
          .map((p) => (model === undefined ? p.profile.name : `${p.model}:${p.profile.name}`)),
      ),
    ];
    const near = nearest(parts.join(':'), names);
    const models = [...new Set(schema.profiles.map((p) => p.model))].join(', ');
    report(
      `no BBF profile ${q(parts.join(':'))} in the mounted models (${models})${near === undefined ? '' : `; did you mean ${q(PROFILE_PREFIX + near)}?`}`,
    );
    return undefined;
  }
  const models = [...new Set(found.map((p) => p.model))];
  if (models.length > 1) {
    report(
      `profile ${q(name)} exists in several mounted models; qualify it: ${models.map((m) => q(`${PROFILE_PREFIX}${m}:${name}`)).join(' or ')}`,
    );
    return undefined;
  }
  return found[0];
}

function addProfile(entry: string, schema: MountedSchema, out: Set<string>, report: (m: string) => void): void {
  const found = resolveProfileEntry(entry, schema, report);
  if (found) for (const { path } of profileItems(found, schema)) if (schema.byPath.has(path)) out.add(path);
}

function addPath(entry: string, schema: MountedSchema, out: Set<string>, report: (m: string) => void): void {
  if (hasInstanceNumber(entry)) {
    report(`${q(entry)} names an instance number; supported entries are schema paths, write ${q(toSchemaPath(entry))}`);
    return;
  }
  const item = schema.byPath.get(entry);
  if (!item) {
    const fix = suggestPath(entry, schema);
    const hint =
      fix === undefined
        ? `; use an object path ending in '.', a parameter path, or 'profile:<Name>:<Version>'`
        : `; did you mean ${q(fix)}?`;
    report(`${q(entry)} is not in the mounted schema${hint}`);
    return;
  }
  if (item.meta.kind === 'object') addSubtree(entry, schema, out);
  else out.add(entry);
}

/** Adds ancestors of every path and the NumberOfEntries parameter of every table. */
function close(paths: Set<string>, schema: MountedSchema): void {
  for (const p of [...paths]) for (const a of ancestorsOf(p)) paths.add(a);
  for (const p of [...paths]) {
    const item = schema.byPath.get(p);
    if (item?.meta.kind !== 'object' || !p.endsWith('{i}.') || item.meta.numEntriesParameter === undefined) continue;
    const counter = containerPath(p) + item.meta.numEntriesParameter;
    if (schema.byPath.get(counter)?.meta.kind === 'parameter') paths.add(counter);
  }
}

/** Expands `supported` (entries by their index; undefined ones were already reported). */
export function expandSupported(
  entries: readonly (string | undefined)[],
  schema: MountedSchema,
  report: Report,
): Set<string> {
  const out = new Set<string>();
  entries.forEach((entry, i) => {
    if (entry === undefined) return;
    const at = (m: string): void => report(['supported', i], m);
    if (entry.startsWith(PROFILE_PREFIX)) addProfile(entry, schema, out, at);
    else addPath(entry, schema, out, at);
  });
  close(out, schema);
  return out;
}
