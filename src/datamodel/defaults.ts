import type { Value } from '../schema/values.ts';
import { parseWire } from '../schema/values.ts';
import type { SchemaParam } from './schema-index.ts';
import { specDefault } from './spec-defaults.ts';

/**
 * Where the value of a parameter nobody has set comes from: the BBF default in the generated
 * metadata, the table of defaults the specifications state in prose (spec-defaults.ts), or the
 * generic rule for its type. A profile's own values are seeded into the tree's base and never
 * reach this function.
 */
export type DefaultSource = 'bbf' | 'spec' | 'generic';

interface Computed {
  readonly value: Value;
  readonly source: DefaultSource;
}

const cache = new WeakMap<SchemaParam, Computed>();

function computed(p: SchemaParam): Computed {
  const hit = cache.get(p);
  if (hit !== undefined) return hit;
  const c = compute(p);
  cache.set(p, c);
  return c;
}

/**
 * The value of a parameter nobody has set: the BBF default when the model gives one, else the
 * spec table's entry for it, else a type-appropriate value (the first enumeration value for
 * enumerated strings, the value of the range nearest to 0 for numbers).
 */
export function defaultValue(p: SchemaParam): Value {
  return computed(p).value;
}

/** Which of the three rules gave defaultValue(p). */
export function defaultSource(p: SchemaParam): DefaultSource {
  return computed(p).source;
}

/**
 * The default types of the cwmp-datamodel schema (ModelDefaultType) that give a value to start
 * from: 'factory' (from a standard, on reset and on row creation), 'object' (on row creation) and
 * 'implementation' (what a device likely holds when nothing else decides). 'parameter' defaults
 * belong to command and event arguments, which hold no state.
 */
const FACTORY_DEFAULT_TYPES: ReadonlySet<string> = new Set(['object', 'factory', 'implementation']);

function compute(p: SchemaParam): Computed {
  const d = p.meta.default;
  if (d && FACTORY_DEFAULT_TYPES.has(d.type)) {
    const r = p.validator.validateWire(d.value);
    if (r.ok) return { value: r.value, source: 'bbf' };
  }
  const spec = specDefault(p.path);
  if (spec !== undefined) {
    const r = p.validator.validateWire(spec.value);
    if (r.ok) return { value: r.value, source: 'spec' };
  }
  return { value: generic(p), source: 'generic' };
}

function generic(p: SchemaParam): Value {
  const desc = p.validator.descriptor;
  if (desc.list) return [];
  switch (desc.type) {
    case 'int':
    case 'unsignedInt':
      return firstInRange(p) ?? 0;
    case 'long':
    case 'unsignedLong':
      return 0n;
    case 'boolean':
      return false;
    case 'dateTime':
      return '0001-01-01T00:00:00Z'; // TR-069 "unknown time"
    case 'decimal':
      return '0';
    case 'string':
      return desc.enums?.[0] ?? '';
    default:
      return parseWire(desc, '');
  }
}

/** A numeric default must satisfy the range, or the device would report an invalid value. */
function firstInRange(p: SchemaParam): number | undefined {
  for (const level of p.validator.descriptor.levels ?? []) {
    for (const r of level.ranges ?? []) {
      const min = r.min === undefined ? undefined : Number(r.min);
      const max = r.max === undefined ? undefined : Number(r.max);
      if ((min === undefined || min <= 0) && (max === undefined || max >= 0)) return 0;
      if (min !== undefined) return min;
    }
  }
  return undefined;
}
