import type { ItemMeta, ProfileMeta } from '../../schema/descriptor.ts';
import type { Validator } from '../../schema/validator.ts';
import { loadOutput, type LoadedOutput, type OutputKind } from './outputs.ts';

/** One item of the mounted schema; shaped like the tree's SchemaInput so it can be passed as is. */
export interface MountedItem {
  /** The generated metadata with the path in mounted form ('Device.Services.STBService.{i}.Enable'). */
  readonly meta: ItemMeta;
  /** The parameter's validator (from its own output's syntax table); undefined for objects. */
  readonly validator?: Validator;
  /** The generated output the item came from (an overlay's name when it replaced a base item). */
  readonly output: string;
}

/** A BBF profile of a mounted model, its item paths in mounted form. */
export interface MountedProfile {
  /** The model's root name, to qualify a profile name: 'Device', 'STBService' (an overlay's base model). */
  readonly model: string;
  /** The root or service output the profile belongs to; its base/extends names resolve there. */
  readonly output: string;
  readonly profile: ProfileMeta;
}

export interface MountedSchema {
  /** 'Device.' or 'InternetGatewayDevice.'. */
  readonly rootPath: string;
  /** Where service models are mounted: 'Device.Services.'. */
  readonly servicesPath: string;
  /** Every mounted item, sorted by path. */
  readonly items: readonly MountedItem[];
  readonly byPath: ReadonlyMap<string, MountedItem>;
  readonly profiles: readonly MountedProfile[];
}

/** 'STBService:1.4' → 'STBService'. */
export function modelRootName(output: LoadedOutput): string {
  return output.module.model.name.split(':')[0] ?? output.module.model.name;
}

function expect(output: LoadedOutput, kind: OutputKind): void {
  if (output.kind !== kind)
    throw new Error(`mount: output ${output.name} is a ${output.kind} model, not a ${kind} model`);
}

/**
 * Merges already-loaded outputs into one schema in mounted form. Service models have relative
 * paths ('STBService.{i}.') and are mounted under the root's Services object; an overlay is
 * mounted where its base output is, and its items replace base items with the same path (a
 * vendor may tighten a standard item) or add new ones. Throws on outputs of the wrong kind or an
 * overlay whose base is not mounted: callers validate names first (load.ts reports them nicely).
 */
export function mountOutputs(
  root: LoadedOutput,
  services: readonly LoadedOutput[],
  overlays: readonly LoadedOutput[],
): MountedSchema {
  expect(root, 'root');
  const rootPath = `${modelRootName(root)}.`;
  const servicesPath = `${rootPath}Services.`;
  const byPath = new Map<string, MountedItem>();
  // Keyed by owning output and name: an overlay restates or changes its base's profiles.
  const profiles = new Map<string, MountedProfile>();
  const mounted = new Map<string, { prefix: string; model: string }>([
    [root.name, { prefix: '', model: modelRootName(root) }],
  ]);

  const add = (output: LoadedOutput, prefix: string, owner: string, ownerModel: string): void => {
    const { model, validators } = output.module;
    for (const meta of model.items) {
      const mounted: ItemMeta = prefix === '' ? meta : { ...meta, path: prefix + meta.path };
      const validator = meta.kind === 'parameter' ? validators[meta.syntax] : undefined;
      if (meta.kind === 'parameter' && !validator)
        throw new Error(`mount: ${output.name} has no validator for syntax ${meta.syntax} of ${meta.path}`);
      byPath.set(
        mounted.path,
        validator ? { meta: mounted, validator, output: output.name } : { meta: mounted, output: output.name },
      );
    }
    for (const profile of model.profiles) {
      const items = prefix === '' ? profile.items : profile.items.map((i) => ({ ...i, path: prefix + i.path }));
      profiles.set(`${owner}\0${profile.name}`, { model: ownerModel, output: owner, profile: { ...profile, items } });
    }
  };

  add(root, '', root.name, modelRootName(root));
  for (const s of services) {
    expect(s, 'service');
    mounted.set(s.name, { prefix: servicesPath, model: modelRootName(s) });
    add(s, servicesPath, s.name, modelRootName(s));
  }
  for (const o of overlays) {
    expect(o, 'overlay');
    const base = o.module.overlayOf ?? '';
    const at = mounted.get(base);
    if (at === undefined) throw new Error(`mount: overlay ${o.name} extends ${base}, which is not mounted`);
    add(o, at.prefix, base, at.model);
  }

  const items = [...byPath.values()].sort((a, b) =>
    a.meta.path < b.meta.path ? -1 : a.meta.path > b.meta.path ? 1 : 0,
  );
  return { rootPath, servicesPath, items, byPath, profiles: [...profiles.values()] };
}

async function load(name: string): Promise<LoadedOutput> {
  const output = await loadOutput(name);
  if (!output) throw new Error(`mount: no generated output named ${name}`);
  return output;
}

/** Loads the named generated outputs and mounts them (see mountOutputs). */
export async function mountSchema(
  root: string,
  services: readonly string[],
  overlays: readonly string[],
): Promise<MountedSchema> {
  const [r, s, o] = await Promise.all([load(root), Promise.all(services.map(load)), Promise.all(overlays.map(load))]);
  return mountOutputs(r, s, o);
}

/**
 * The merged, mounted item metadata of a root output, its services and overlays, sorted by path
 * (overlay items replace base items with the same path). Each entry fits the tree's SchemaInput.
 */
export async function mountedItems(
  root: string,
  services: readonly string[],
  overlays: readonly string[],
): Promise<readonly MountedItem[]> {
  return (await mountSchema(root, services, overlays)).items;
}
