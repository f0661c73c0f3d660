import { readFileSync } from 'node:fs';
import { CodegenError } from '../errors.ts';

/** One generated/<dir>/ output. */
export interface OutputSpec {
  dir: string;
  top: string;
  model: string;
  /** When set, only items new in or changed from that output's model are emitted. */
  overlayOf?: string;
  /** Also emit types.ts: an interface per object (nothing in the agent needs it). */
  objectTypes?: boolean;
}

export function readManifest(path: string): OutputSpec[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CodegenError(`cannot read manifest ${path}: ${(e as Error).message}`);
  }
  const outputs = (raw as { outputs?: unknown }).outputs;
  if (!Array.isArray(outputs)) throw new CodegenError(`${path}: "outputs" must be an array`);
  return outputs.map((o: unknown, i: number) => {
    const e = o as Partial<Record<keyof OutputSpec, unknown>>;
    for (const k of ['dir', 'top', 'model'] as const) {
      if (typeof e[k] !== 'string' || e[k] === '')
        throw new CodegenError(`${path}: outputs[${i}].${k} must be a non-empty string`);
    }
    if (!/^[a-z0-9-]+$/.test(e.dir as string))
      throw new CodegenError(`${path}: outputs[${i}].dir must be lower-case letters, digits and '-'`);
    const spec: OutputSpec = { dir: e.dir as string, top: e.top as string, model: e.model as string };
    if (e.overlayOf !== undefined) {
      if (typeof e.overlayOf !== 'string') throw new CodegenError(`${path}: outputs[${i}].overlayOf must be a string`);
      spec.overlayOf = e.overlayOf;
    }
    if (e.objectTypes !== undefined) {
      if (typeof e.objectTypes !== 'boolean')
        throw new CodegenError(`${path}: outputs[${i}].objectTypes must be true or false`);
      if (e.objectTypes) spec.objectTypes = true;
    }
    return spec;
  });
}
