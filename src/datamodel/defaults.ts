import type { Value } from '../schema/values.ts';
import { parseWire } from '../schema/values.ts';
import type { SchemaParam } from './schema-index.ts';

const cache = new WeakMap<SchemaParam, Value>();

/**
 * The value of a parameter nobody has set: the BBF object/factory default when the model gives
 * one, else a type-appropriate value (the first enumeration value for enumerated strings).
 */
export function defaultValue(p: SchemaParam): Value {
  const hit = cache.get(p);
  if (hit !== undefined) return hit;
  const v = compute(p);
  cache.set(p, v);
  return v;
}

function compute(p: SchemaParam): Value {
  const desc = p.validator.descriptor;
  const d = p.meta.default;
  if (d && (d.type === 'object' || d.type === 'factory')) {
    const r = p.validator.validateWire(d.value);
    if (r.ok) return r.value;
  }
  if (desc.list) return [];
  switch (desc.type) {
    case 'int':
    case 'unsignedInt':
      return typeof firstInRange(p) === 'number' ? (firstInRange(p) as number) : 0;
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
