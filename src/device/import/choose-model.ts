/**
 * Which generated models a dump stands on: the root output whose root object holds most of the
 * dump's paths (TR-098 InternetGatewayDevice or TR-181 Device), every service model mounted
 * under its Services object, and the vendor overlays of those; and, once the dump is matched,
 * the model version that fits it best.
 */
import { isObjectPath, parentOf } from '../../datamodel/paths.ts';
import { containerPath } from '../../datamodel/schema-index.ts';
import { modelRootName, mountOutputs, type MountedItem, type MountedSchema } from '../profile/mount.ts';
import { type LoadedOutput, loadOutput, outputNames } from '../profile/outputs.ts';
import { isRootOutput } from '../profile/types.ts';
import { outputs as generated } from '../../../generated/index.ts';
import type { DumpEntry } from './dump.ts';
import { DumpFormatError } from './read-csv-dump.ts';

export interface Outputs {
  readonly root: LoadedOutput;
  readonly services: readonly LoadedOutput[];
  readonly overlays: readonly LoadedOutput[];
}

// The registry names each output's model, so the root is chosen before any model is loaded.
const registry: Readonly<Record<string, { readonly model: string }>> = generated;

async function load(names: readonly string[]): Promise<LoadedOutput[]> {
  const all = await Promise.all(names.map(loadOutput));
  return all.filter((o): o is LoadedOutput => o !== undefined);
}

/**
 * The root output for the dump, with every service model and every overlay of those mounted
 * (the candidates the dump is matched against). Throws DumpFormatError when no entry is under a
 * root object the agent runs on.
 */
export async function candidateOutputs(entries: readonly DumpEntry[]): Promise<Outputs> {
  const rootOf = (name: string): string => `${(registry[name]?.model ?? '').split(':')[0]}.`;
  const roots = outputNames().filter(isRootOutput);
  const count = new Map<string, number>();
  for (const e of entries) {
    const top = e.path.slice(0, e.path.indexOf('.') + 1 || undefined);
    const root = roots.find((r) => rootOf(r) === top);
    if (root) count.set(root, (count.get(root) ?? 0) + 1);
  }
  const bestName = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!bestName)
    throw new DumpFormatError(`no entry under ${roots.map(rootOf).join(' or ')}: not a TR-098 or TR-181 device dump`);
  // Only the chosen root: the other is the largest model and would be loaded for nothing.
  const all = await load([bestName, ...outputNames().filter((n) => !isRootOutput(n))]);
  const best = all.find((o) => o.name === bestName && o.kind === 'root');
  if (!best) throw new Error(`import: generated output ${bestName} is not a root model`);
  const services = all.filter((o) => o.kind === 'service');
  const bases = new Set([best.name, ...services.map((s) => s.name)]);
  const overlays = all.filter((o) => o.kind === 'overlay' && bases.has(o.module.overlayOf ?? ''));
  return { root: best, services, overlays };
}

export function mountCandidates(o: Outputs): MountedSchema {
  return mountOutputs(o.root, o.services, o.overlays);
}

/** A service model the dump has an instance of but that defines too few of its parameters. */
export interface RejectedService {
  /** Where its instances are: 'InternetGatewayDevice.Services.VoiceService.'. */
  readonly prefix: string;
  readonly reason: string;
}

/**
 * The outputs the matched items come from: the root; each service model that defines at least
 * half of the dump's standard parameters under its Services table (fewer means the device has
 * another major version of the service, e.g. TR-104 VoiceService:1 where VoiceService:2 is
 * generated); and the overlays that define a matched item their base does not (an overlay that
 * only restates base items changes nothing the dump needs).
 */
export function usedOutputs(
  o: Outputs,
  matched: readonly MountedItem[],
  unmatched: readonly string[],
  schema: MountedSchema,
  baseSchema: MountedSchema,
): { outputs: Outputs; rejected: RejectedService[] } {
  const used = new Set<string>();
  for (const m of matched) {
    const overlay = o.overlays.find((x) => x.name === m.output);
    if (overlay && baseSchema.byPath.has(m.meta.path)) continue;
    used.add(m.output);
  }
  const rejected: RejectedService[] = [];
  const services = o.services.filter((s) => {
    if (!used.has(s.name)) return false;
    const prefix = `${schema.servicesPath}${modelRootName(s)}.`;
    const hits = matched.filter((m) => m.meta.kind === 'parameter' && m.meta.path.startsWith(prefix)).length;
    const misses = unmatched.filter((p) => p.startsWith(prefix) && !p.endsWith('.')).length;
    if (hits >= misses) return true;
    rejected.push({
      prefix,
      reason: `the generated ${s.module.model.name} defines only ${hits} of the dump's ${hits + misses} parameters here: another version of the service`,
    });
    return false;
  });
  const mounted = new Set([o.root.name, ...services.map((s) => s.name)]);
  const overlays = o.overlays.filter((x) => used.has(x.name) && mounted.has(x.module.overlayOf ?? ''));
  return { outputs: { root: o.root, services, overlays }, rejected };
}

/** Versions compare numerically, part by part ('1.10' after '1.9'). */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface VersionFit {
  /** 'InternetGatewayDevice:1.4', 'STBService:1.2'. */
  readonly model: string;
  /** Where the version comes from. */
  readonly basis: string;
}

/** An item's version: its own, else the nearest object above it that has one (BBF inherits it). */
function versionOf(path: string, schema: MountedSchema): string | undefined {
  for (let p = path; p !== ''; p = isObjectPath(p) ? containerPath(p) : parentOf(p)) {
    const v = schema.byPath.get(p)?.meta.version;
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * The lowest version of each mounted model that has every matched item: the highest version any
 * matched item was added in. TR-098 items carry no version in the generated model, so there the
 * device's own claim stands in (TR-106 DeviceSummary, TR-181 RootDataModelVersion), else the
 * generated model's version.
 */
export function versionFit(
  outputs: Outputs,
  matched: readonly MountedItem[],
  schema: MountedSchema,
  claimed: string | undefined,
): VersionFit[] {
  const out: VersionFit[] = [];
  for (const o of [outputs.root, ...outputs.services]) {
    const name = o.module.model.name;
    const major = name.slice(name.indexOf(':') + 1).split('.')[0];
    let best: { version: string; path: string } | undefined;
    for (const m of matched) {
      // Overlay items carry the vendor model's version, which says nothing of the standard one.
      if (m.output !== o.name) continue;
      const v = versionOf(m.meta.path, schema);
      // A version of another major (a component reused from an older model) says nothing here.
      if (v === undefined || v.split('.')[0] !== major) continue;
      if (!best || compareVersions(v, best.version) > 0) best = { version: v, path: m.meta.path };
    }
    const root = modelRootName(o);
    if (best) out.push({ model: `${root}:${best.version}`, basis: `${best.path} needs ${best.version}` });
    else if (o === outputs.root && claimed !== undefined)
      out.push({ model: claimed, basis: "the device's own claim; the generated items carry no version" });
    else out.push({ model: name, basis: 'the generated model; its items carry no version' });
  }
  return out;
}
