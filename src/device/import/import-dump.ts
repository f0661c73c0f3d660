/**
 * A device dump to a device profile (`tr069-agent import-profile`): the root and service models
 * it stands on, what it supports, its rows, values and notifications, its vendor layer, and the
 * report of what matched, conflicted and was dropped. The profile is checked by the profile
 * loader before it is returned, so what the importer writes always loads.
 */
import { basename } from 'node:path';
import type { MountedItem, MountedSchema } from '../profile/mount.ts';
import { identityParameter } from '../profile/identity.ts';
import { parseProfile } from '../profile/load.ts';
import { PROFILE_PREFIX, profileItems, resolveProfileEntry } from '../profile/supported.ts';
import { IDENTITY_KEYS } from '../profile/shape.ts';
import { type DeviceProfile, type ResolvedProfile, isRootOutput } from '../profile/types.ts';
import { parentOf } from '../../datamodel/paths.ts';
import { toSchemaPath } from '../profile/paths.ts';
import { isVendorPath } from '../profile/vendor.ts';
import { candidateOutputs, mountCandidates, usedOutputs, versionFit } from './choose-model.ts';
import type { Dump, DumpEntry } from './dump.ts';
import { identityFromDump } from './identity-from-dump.ts';
import type { Conflict, ImportReport } from './import-report.ts';
import { classify } from './match-dump.ts';
import { profileYaml } from './profile-yaml.ts';
import { expand, supportedCover } from './supported-cover.ts';
import { withoutInvalidDefaults } from './default-check.ts';
import { typedValues } from './typed-values.ts';
import { vendorLayer } from './vendor-from-dump.ts';

export interface Imported {
  readonly profile: DeviceProfile;
  readonly resolved: ResolvedProfile;
  /** The profile as YAML, with a header saying where it came from. */
  readonly yaml: string;
  readonly report: ImportReport;
}

/**
 * What every CWMP device has: its root model's Baseline DeviceInfo and ManagementServer items,
 * and every forcedInform parameter outside tables (the Inform carries them, TR-069 A.3.3.1).
 */
function agentMinimum(schema: MountedSchema, root: string): string[] {
  const out = new Set<string>();
  const base = schema.profiles.find((p) => p.output === root && p.profile.name === 'Baseline:1');
  for (const { path } of base ? profileItems(base, schema) : [])
    if (path.startsWith(`${schema.rootPath}DeviceInfo.`) || path.startsWith(`${schema.rootPath}ManagementServer.`))
      if (schema.byPath.get(path)?.meta.kind === 'parameter') out.add(path);
  for (const { meta } of schema.items)
    if (
      meta.kind === 'parameter' &&
      meta.forcedInform &&
      !meta.path.includes('{i}') &&
      !meta.path.includes('.Services.')
    )
      out.add(meta.path);
  return [...out];
}

/** The BBF profiles the device's DeviceSummary claims that the supported items fully cover (TR-106). */
function declaredProfiles(
  summary: string | undefined,
  schema: MountedSchema,
  root: string,
  supported: ReadonlySet<string>,
): string[] {
  const list = summary === undefined ? undefined : /\(([^)]*)\)?/.exec(summary)?.[1];
  const out: string[] = [];
  for (const name of (list ?? '').split(',').map((s) => s.trim())) {
    if (!/^[A-Za-z0-9_]+:[0-9]+$/.test(name)) continue;
    const found = resolveProfileEntry(`${PROFILE_PREFIX}${name}`, schema, () => undefined);
    if (found?.output !== root) continue;
    if (profileItems(found, schema).every((i) => supported.has(i.path))) out.push(`${PROFILE_PREFIX}${name}`);
  }
  return [...new Set(out)];
}

/** The device's own claim of its root model version: TR-106 DeviceSummary, TR-181 RootDataModelVersion. */
function claimedVersion(byPath: ReadonlyMap<string, DumpEntry>, rootPath: string): string | undefined {
  const summary = byPath.get(`${rootPath}DeviceSummary`)?.value;
  const m = summary === undefined ? undefined : /^([A-Za-z]+:[0-9]+\.[0-9]+)/.exec(summary.trim());
  if (m) return m[1];
  const v = byPath.get(`${rootPath}RootDataModelVersion`)?.value?.trim();
  return v !== undefined && /^[0-9]+\.[0-9]+$/.test(v) ? `${rootPath.slice(0, -1)}:${v}` : undefined;
}

function sortedRecord<T>(r: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Maps a read dump onto the generated models; `file` names it in the profile and the report. */
export async function importDump(dump: Dump, file: string): Promise<Imported> {
  const candidates = await candidateOutputs(dump.entries);
  const candidateSchema = mountCandidates(candidates);
  const first = classify(dump.entries, candidateSchema);
  const baseSchema = mountCandidates({ ...candidates, overlays: [] });
  const { outputs, rejected } = usedOutputs(
    candidates,
    first.matched.map((m) => m.item),
    first.dropped.filter((d) => !isVendorPath(d.path)).map((d) => toSchemaPath(d.path)),
    candidateSchema,
    baseSchema,
  );
  const schema = mountCandidates(outputs);
  const classified = classify(dump.entries, schema);
  const { matched, vendor: hits, instances } = classified;
  const dropped = [
    ...dump.malformed.map((m) => ({ path: m.where, reason: m.reason })),
    ...classified.dropped.map((d) => ({
      path: d.path,
      reason: rejected.find((r) => d.path.startsWith(r.prefix.replace(/\.$/, '')))?.reason ?? d.reason,
    })),
  ];

  const conflicts: Conflict[] = [];
  const byPath = new Map(dump.entries.map((e) => [e.path, e]));
  const root = outputs.root.name;
  if (!isRootOutput(root)) throw new Error(`import: ${root} is not a root output the agent runs on`);
  const { identity, placeholders } = identityFromDump(dump.identity, byPath, schema, conflicts);

  // What the dump names, objects it lists nothing under as whole subtrees, and the agent's minimum.
  const holders = new Set(dump.entries.map((e) => parentOf(e.path)));
  const entries = new Set<string>();
  for (const { entry, item } of matched)
    if (item.meta.kind === 'parameter' || !holders.has(entry.path)) entries.add(item.meta.path);
  const fromDump = expand([...entries], schema);
  const minimum = agentMinimum(schema, root).filter((p) => !fromDump.has(p));
  const wanted = minimum.length > 0 ? expand([...entries, ...minimum], schema) : fromDump;

  const skip = new Set<string>([
    ...IDENTITY_KEYS.map((k) => identityParameter(schema.rootPath, k)),
    `${schema.rootPath}RootDataModelVersion`,
    `${schema.rootPath}DeviceSummary`,
  ]);
  const typed = typedValues(matched, schema, instances, skip, conflicts);
  const layer = vendorLayer(hits, schema, conflicts);
  const checked = withoutInvalidDefaults(wanted, schema, instances, typed.values, skip, new Set(byPath.keys()));
  for (const path of checked.removed) {
    dropped.push({ path, reason: 'the model gives it no valid default, and the dump no valid value in every row' });
    delete typed.values[path];
  }
  const summary = byPath.get(`${schema.rootPath}DeviceSummary`)?.value;
  const profiles = declaredProfiles(summary, schema, root, checked.wanted);
  const name = `${identity.manufacturer} ${identity.modelName} (imported from ${basename(file)})`;
  const profile: DeviceProfile = {
    name,
    identity,
    root,
    services: outputs.services.map((s) => s.name),
    overlays: outputs.overlays.map((o) => o.name),
    supported: [...profiles, ...supportedCover(checked.wanted, schema)],
    instances,
    values: sortedRecord({ ...typed.values, ...layer.values }),
    ...(Object.keys(layer.vendor).length > 0 ? { vendor: sortedRecord(layer.vendor) } : {}),
    ...(Object.keys(typed.notifications).length + Object.keys(layer.notifications).length > 0
      ? { notifications: sortedRecord({ ...typed.notifications, ...layer.notifications }) }
      : {}),
  };
  const yaml = await profileYaml(profile, file, dump.format);
  const resolved = await parseProfile(yaml, `${basename(file)} (imported)`);
  for (const path of [`${schema.rootPath}DeviceSummary`, `${schema.rootPath}RootDataModelVersion`]) {
    const had = byPath.get(path)?.value;
    const served = resolved.values[path];
    if (had !== undefined && served !== undefined && String(served) !== had)
      conflicts.push({
        path,
        kind: 'derived',
        message: `served ${JSON.stringify(String(served))}, derived from the mounted models`,
      });
  }
  const matchedItems: MountedItem[] = matched.map((m) => m.item);
  const report: ImportReport = {
    file,
    format: dump.format,
    entries: dump.entries.length,
    root,
    services: profile.services,
    overlays: profile.overlays,
    fit: versionFit(outputs, matchedItems, schema, claimedVersion(byPath, schema.rootPath)),
    matched: matched.length - checked.removed.length,
    typed: Object.keys(typed.values).length,
    vendor: hits.length,
    conflicts,
    dropped,
    added: minimum,
    deployment: typed.deployment,
    placeholders,
    acsRows: dump.acsRows,
    declaredProfiles: profiles.map((p) => p.slice(PROFILE_PREFIX.length)),
  };
  return { profile, resolved, yaml, report };
}
