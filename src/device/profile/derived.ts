/**
 * Values that follow from what a profile mounts and declares, so the file does not write them:
 * the root data model's version (TR-181 `RootDataModelVersion`) and, on a TR-098 root, the TR-106
 * `DeviceSummary` (root object and service objects with their versions, instances and the BBF
 * profiles the device claims). Both are forcedInform parameters: every Inform carries them.
 */
import { type Report, q } from './issues.ts';
import { modelRootName, type MountedSchema } from './mount.ts';
import type { LoadedOutput } from './outputs.ts';
import { PROFILE_PREFIX, resolveProfileEntry } from './supported.ts';
import type { ProfileValue } from './types.ts';
import { wireOf } from './values.ts';

/** 'Device:2.19' → '2.19': the part of a model name after the root object's name. */
export function modelVersion(output: LoadedOutput): string {
  const name = output.module.model.name;
  return name.slice(name.indexOf(':') + 1);
}

/**
 * One TR-106 DeviceSummary element: 'VoiceService:2.0[1](SIPClient:1, POTSFXS:1)'. The root object
 * has no instance number, so its brackets stay empty; profiles keep the order the file lists them.
 */
function summaryElement(
  object: string,
  version: string,
  instance: number | undefined,
  profiles: readonly string[],
): string {
  return `${object}:${version}[${instance ?? ''}](${profiles.join(', ')})`;
}

/** The declared BBF profiles of each mounted output, by output name, in file order. */
function declaredProfiles(supported: readonly (string | undefined)[], schema: MountedSchema): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const entry of supported) {
    if (entry === undefined || !entry.startsWith(PROFILE_PREFIX)) continue;
    // Bad entries were reported by expandSupported already.
    const found = resolveProfileEntry(entry, schema, () => undefined);
    if (!found) continue;
    const names = out.get(found.output) ?? [];
    if (!names.includes(found.profile.name)) names.push(found.profile.name);
    out.set(found.output, names);
  }
  return out;
}

export interface DerivedInput {
  readonly root: LoadedOutput;
  readonly services: readonly LoadedOutput[];
  readonly schema: MountedSchema;
  readonly supported: readonly (string | undefined)[];
  readonly supportedPaths: ReadonlySet<string>;
  readonly instances: Readonly<Record<string, readonly number[]>>;
}

/** The derived values of the supported parameters among RootDataModelVersion and DeviceSummary. */
export function derivedValues(input: DerivedInput): Record<string, string> {
  const { root, services, schema, supportedPaths, instances } = input;
  const out: Record<string, string> = {};
  const versionPath = `${schema.rootPath}RootDataModelVersion`;
  if (supportedPaths.has(versionPath)) out[versionPath] = modelVersion(root);

  const summaryPath = `${schema.rootPath}DeviceSummary`;
  if (supportedPaths.has(summaryPath)) {
    const declared = declaredProfiles(input.supported, schema);
    const parts = [summaryElement(modelRootName(root), modelVersion(root), undefined, declared.get(root.name) ?? [])];
    for (const s of services) {
      const table = `${schema.servicesPath}${modelRootName(s)}.`;
      for (const n of Object.hasOwn(instances, table) ? instances[table]! : []) {
        parts.push(summaryElement(modelRootName(s), modelVersion(s), n, declared.get(s.name) ?? []));
      }
    }
    out[summaryPath] = parts.join(', ');
  }
  return out;
}

/**
 * Reports a derived value the file sets differently, and one its parameter's syntax rejects (a
 * DeviceSummary longer than the model allows). Returns the values with the derived ones added.
 */
export function withDerivedValues(
  values: Readonly<Record<string, ProfileValue>>,
  derived: Readonly<Record<string, string>>,
  schema: MountedSchema,
  report: Report,
): Record<string, ProfileValue> {
  const out: Record<string, ProfileValue> = { ...values };
  for (const [path, value] of Object.entries(derived)) {
    if (Object.hasOwn(values, path) && wireOf(values[path]!) !== value) {
      report(['values', path], `is derived from the mounted models (${JSON.stringify(value)}); remove it from values`);
      continue;
    }
    const r = schema.byPath.get(path)?.validator?.validateWire(value);
    if (r && !r.ok) {
      report(['supported'], `the derived ${q(path)} is not valid (${r.message}); declare fewer profiles`);
      continue;
    }
    out[path] = value;
  }
  return out;
}
