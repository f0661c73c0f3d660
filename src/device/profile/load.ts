/**
 * Loads a device profile: reads the YAML/JSON file, checks it completely against the generated
 * models it names, and returns it with its supported paths expanded. Every problem is collected
 * and thrown together as one ProfileError.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { derivedValues, withDerivedValues } from './derived.ts';
import { ProfileError } from './errors.ts';
import { checkIdentity } from './identity.ts';
import { checkInstances, withServiceDefaults } from './instances.ts';
import { checkLive } from './live.ts';
import type { LiveSpec } from './live-spec.ts';
import type { Issue, Report } from './issues.ts';
import { modelRootName, mountOutputs } from './mount.ts';
import { selectOutputs } from './select-outputs.ts';
import { checkShape, completeIdentity } from './shape.ts';
import { parseProfileText } from './source.ts';
import { expandSupported } from './supported.ts';
import { type ResolvedProfile, isRootOutput } from './types.ts';
import { checkValues } from './values.ts';
import { checkNotifications } from './notifications.ts';
import { ancestorsOf } from './paths.ts';
import { withVendorItems } from './vendor.ts';

/** Profiles shipped in src/device/profiles/, loadable by name. */
export const BUILTIN_PROFILES = ['stb', 'gateway'] as const;
export type BuiltinProfile = (typeof BUILTIN_PROFILES)[number];

/**
 * A built-in profile's file: the YAML in src/device/profiles/ when run from the source tree, or
 * the JSON the build compiled from it next to the bundle (dist/profiles/).
 */
export function builtinProfilePath(name: BuiltinProfile): string {
  for (const candidate of [`./profiles/${name}.json`, `../profiles/${name}.yaml`]) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(file)) return file;
  }
  return fileURLToPath(new URL(`../profiles/${name}.yaml`, import.meta.url));
}

function isBuiltin(name: string): name is BuiltinProfile {
  return (BUILTIN_PROFILES as readonly string[]).includes(name);
}

/**
 * Loads and checks a profile: a path to a .json/.yaml/.yml file, or a built-in name
 * ('stb', 'gateway'). Throws ProfileError listing every problem.
 */
export async function loadProfile(fileOrName: string): Promise<ResolvedProfile> {
  const file = isBuiltin(fileOrName) ? builtinProfilePath(fileOrName) : fileOrName;
  if (!isBuiltin(fileOrName) && !/\.(json|ya?ml)$/i.test(file)) {
    throw new ProfileError(file, [
      {
        key: '',
        message: `not a profile: give a .yaml, .yml or .json file, or a built-in name (${BUILTIN_PROFILES.join(', ')})`,
      },
    ]);
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const why =
      e instanceof Error && 'code' in e && e.code === 'ENOENT'
        ? 'no such file'
        : String(e instanceof Error ? e.message : e);
    throw new ProfileError(file, [
      { key: '', message: `cannot read the profile: ${why} (built-in profiles: ${BUILTIN_PROFILES.join(', ')})` },
    ]);
  }
  return parseProfile(text, file, isBuiltin(fileOrName) && file.endsWith('.json'));
}

/** Checks profile text (YAML or JSON); `file` only names it in messages. */
export async function parseProfile(text: string, file: string, compiled = false): Promise<ResolvedProfile> {
  const source = await parseProfileText(text, compiled);
  if (source.problems.length > 0) throw new ProfileError(file, source.problems);

  const issues: Issue[] = [];
  const report: Report = (path, message) => issues.push({ path, message });
  const draft = checkShape(source.data, report);
  const selected = await selectOutputs(draft.root, draft.services, draft.overlays, report);

  let supportedPaths: ReadonlySet<string> = new Set();
  let instances = draft.instances;
  let values = draft.values;
  let live: LiveSpec | undefined;
  if (selected.root) {
    const mounted = mountOutputs(selected.root, selected.services, selected.overlays);
    const vendor = withVendorItems(mounted, draft.vendor, report);
    const schema = vendor.schema;
    const supported = expandSupported(draft.supported, schema, report);
    // Vendor items are supported by being listed, and so is every object above them.
    for (const p of vendor.paths) for (const a of [p, ...ancestorsOf(p)]) supported.add(a);
    supportedPaths = supported;
    // Only a supported service table gets its default row; an unsupported one has no rows to give.
    const serviceTables = selected.services
      .map((s) => `${schema.servicesPath}${modelRootName(s)}.`)
      .filter((t) => supportedPaths.has(`${t}{i}.`));
    instances = withServiceDefaults(draft.instances, serviceTables);
    checkInstances(instances, schema, supportedPaths, report);
    checkValues(draft.values, schema, supportedPaths, instances, report);
    checkNotifications(draft.notifications, schema, supportedPaths, instances, report);
    checkIdentity(draft.identity, draft.values, schema, report);
    const derived = derivedValues({
      root: selected.root,
      services: selected.services,
      schema,
      supported: draft.supported,
      supportedPaths,
      instances,
    });
    values = withDerivedValues(draft.values, derived, schema, report);
    if (draft.live !== undefined) live = checkLive(draft.live, schema, supportedPaths, report);
  }

  const identity = completeIdentity(draft.identity);
  const root = selected.root?.name;
  if (
    issues.length > 0 ||
    draft.name === undefined ||
    identity === undefined ||
    root === undefined ||
    !isRootOutput(root)
  ) {
    // A missing required field always comes with an issue; the other conditions narrow the types.
    // In file order, so the report reads top to bottom like the file.
    const problems = (await Promise.all(issues.map((i) => source.locate(i)))).sort(
      (a, b) => (a.line ?? Infinity) - (b.line ?? Infinity),
    );
    throw new ProfileError(file, problems.length > 0 ? problems : [{ key: '', message: 'the profile is incomplete' }]);
  }
  const present = (s: string | undefined): s is string => s !== undefined;
  return {
    name: draft.name,
    identity,
    root,
    services: draft.services.filter(present),
    overlays: draft.overlays.filter(present),
    supported: draft.supported.filter(present),
    instances,
    values,
    ...(Object.keys(draft.vendor).length > 0 ? { vendor: draft.vendor } : {}),
    ...(Object.keys(draft.notifications).length > 0 ? { notifications: draft.notifications } : {}),
    supportedPaths,
    ...(live ? { live } : {}),
  };
}
