/**
 * The `yaml` package, loaded on first use (only YAML profiles and configs need it). A CommonJS
 * package imported at run time is its module object under `default` in the built bundle's chunk,
 * and a namespace with both forms from source: either way this gives the module.
 */
export async function loadYaml(): Promise<typeof import('yaml')> {
  const mod: typeof import('yaml') & { default?: typeof import('yaml') } = await import('yaml');
  return mod.default ?? mod;
}
