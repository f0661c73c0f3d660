import { outputs, type GeneratedModule } from '../../../generated/index.ts';

/** What a generated output is for: the root data model, a service model, or a vendor overlay. */
export type OutputKind = 'root' | 'service' | 'overlay';

export interface LoadedOutput {
  readonly name: string;
  readonly kind: OutputKind;
  readonly module: GeneratedModule;
}

// Read through a plain record so overlay outputs added to the registry later need no change here.
const registry: Readonly<Record<string, { readonly load: () => Promise<GeneratedModule> }>> = outputs;

/** Every generated output name, as listed in generated/index.ts. */
export function outputNames(): string[] {
  return Object.keys(registry);
}

/** The kind an output's module declares: overlayOf marks an overlay, isService a service model. */
export function kindOf(module: GeneratedModule): OutputKind {
  if (module.overlayOf !== undefined) return 'overlay';
  return module.model.isService ? 'service' : 'root';
}

/** Loads one generated output; undefined when no output has that name. */
export async function loadOutput(name: string): Promise<LoadedOutput | undefined> {
  const entry = Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (!entry) return undefined;
  const module = await entry.load();
  return { name, kind: kindOf(module), module };
}
