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
  return { value: validGeneric(p), source: 'generic' };
}

/**
 * Placeholder values for strings and binaries whose empty value the facets refuse (a UUID, an OUI,
 * a MAC address, a minimum length, a PIN pattern): the first the validator accepts is served, so
 * a parameter nobody set still reads as a value of its type.
 */
const PLACEHOLDERS = [
  '00000000-0000-0000-0000-000000000000', // the nil UUID (RFC 4122 4.1.7)
  '00:00:00:00:00:00',
  '0.0.0.0',
  '::',
  '0000',
  '00000000',
];

function validGeneric(p: SchemaParam): Value {
  const value = generic(p);
  const desc = p.validator.descriptor;
  if ((desc.type !== 'string' && desc.type !== 'hexBinary' && desc.type !== 'base64') || desc.list) return value;
  if (p.validator.validateWire(String(value)).ok) return value;
  const min = Math.max(0, ...(desc.levels ?? []).flatMap((l) => (l.sizes ?? []).map((r) => Number(r.min ?? 0))));
  // The shortest accepted length of zeros: characters for strings, bytes for the binary types.
  const zeros =
    desc.type === 'hexBinary'
      ? '00'.repeat(min)
      : desc.type === 'base64'
        ? Buffer.alloc(min).toString('base64')
        : '0'.repeat(min);
  for (const candidate of [zeros, ...PLACEHOLDERS]) {
    const r = p.validator.validateWire(candidate);
    if (r.ok) return r.value;
  }
  return value;
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
