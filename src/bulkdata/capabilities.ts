import type { HandlerRegistry } from '../datamodel/handlers.ts';
import type { SchemaIndex } from '../datamodel/schema-index.ts';

/** HTTP.Compression values the sender implements (HTTP.CompressionsSupported), besides "None". */
export const COMPRESSIONS = ['GZIP', 'Deflate'] as const;
export type Compression = (typeof COMPRESSIONS)[number] | 'None';

/** HTTP.Method values the sender implements (HTTP.MethodsSupported). */
export const METHODS = ['POST', 'PUT'] as const;

/**
 * Each profile's HTTP.CompressionsSupported and HTTP.MethodsSupported state what this agent's
 * sender does, whatever row the ACS creates: bound once in the handlers every tree of the device
 * shares (unless the device binds its own).
 */
export function bindCapabilities(shared: HandlerRegistry, schema: SchemaIndex, root: string): void {
  const http = `${root}BulkData.Profile.{i}.HTTP.`;
  const constants: [string, readonly string[]][] = [
    [`${http}CompressionsSupported`, COMPRESSIONS],
    [`${http}MethodsSupported`, METHODS],
  ];
  for (const [path, value] of constants)
    if (schema.get(path)?.kind === 'parameter' && !shared.parameter(path))
      shared.parameters.set(path, { get: () => value });
}
