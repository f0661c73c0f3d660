import { CodegenError } from '../../errors.ts';
import type { Facets, ParameterItem, Syntax } from '../../ir/types.ts';
import { enumValues } from '../dump.ts';
import { xsdPatternToJs } from '../xsd-regex.ts';

/**
 * The syntax descriptor of a parameter, in the shape of src/schema/descriptor.ts, built with a
 * fixed key order so that equal syntaxes serialise equally and share one validator.
 */
export function syntaxDescriptor(p: ParameterItem): Record<string, unknown> {
  const s: Syntax = p.syntax;
  const d: Record<string, unknown> = { type: s.type };
  if (s.dataType !== undefined) d['dataType'] = s.dataType;
  if (s.list) {
    const l: Record<string, unknown> = {};
    if (s.list.minItems !== undefined) l['minItems'] = s.list.minItems;
    if (s.list.maxItems !== undefined) l['maxItems'] = s.list.maxItems;
    const listSizes = s.list.sizes.map(size).filter((x) => Object.keys(x).length > 0);
    if (listSizes.length > 0) l['sizes'] = listSizes;
    d['list'] = l;
  }
  let levels: Record<string, unknown>[];
  try {
    levels = s.levels.map(level).filter((l) => Object.keys(l).length > 0);
  } catch (e) {
    throw new CodegenError(`${p.path}: ${(e as Error).message}`);
  }
  if (levels.length > 0) d['levels'] = levels;
  const enums = enumValues(p);
  if (enums.length > 0) d['enums'] = enums;
  const last = <K extends keyof Facets>(k: K): Facets[K] | undefined => {
    for (let i = s.levels.length - 1; i >= 0; i--) if (s.levels[i]![k] !== undefined) return s.levels[i]![k];
    return undefined;
  };
  const pathRef = last('pathRef');
  if (pathRef) d['pathRef'] = { ...pathRef };
  const enumerationRef = last('enumerationRef');
  if (enumerationRef) d['enumerationRef'] = { ...enumerationRef };
  const units = last('units');
  if (units !== undefined) d['units'] = units;
  return d;
}

function size(f: { min?: number; max?: number }): Record<string, number> {
  const o: Record<string, number> = {};
  if (f.min !== undefined) o['min'] = f.min;
  if (f.max !== undefined) o['max'] = f.max;
  return o;
}

function level(f: Facets): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const sizes = f.sizes.map(size).filter((x) => Object.keys(x).length > 0);
  if (sizes.length > 0) o['sizes'] = sizes;
  if (f.ranges.length > 0) {
    o['ranges'] = f.ranges.map((r) => {
      const x: Record<string, string> = {};
      if (r.min !== undefined) x['min'] = r.min;
      if (r.max !== undefined) x['max'] = r.max;
      if (r.step !== undefined) x['step'] = r.step;
      return x;
    });
  }
  const patterns = f.patterns.filter((p) => p.status !== 'deleted').map((p) => xsdPatternToJs(p.value));
  if (patterns.length > 0) o['patterns'] = patterns;
  return o;
}

/** Assigns each distinct descriptor one index, in order of first use. */
export class SyntaxTable {
  readonly entries: string[] = [];
  private index = new Map<string, number>();

  add(p: ParameterItem): number {
    const key = JSON.stringify(syntaxDescriptor(p));
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.entries.length;
      this.entries.push(key);
      this.index.set(key, i);
    }
    return i;
  }
}
