/**
 * CWMP values: the TypeScript type of each primitive (TR-069 A.2.1, TR-106 3.2) and the
 * conversions between those values and their wire (SOAP text) form. Only the primitive type's
 * own lexical rules live here; facets (size, range, enumeration, pattern) are validator.ts.
 */
import type { PrimitiveType, SyntaxDescriptor } from './descriptor.ts';

/**
 * 32-bit integers are numbers; 64-bit integers are bigint so no value is ever rounded through a
 * double. dateTime, decimal and the binary types stay strings, exactly as on the wire.
 */
export interface PrimitiveValues {
  string: string;
  int: number;
  unsignedInt: number;
  long: bigint;
  unsignedLong: bigint;
  boolean: boolean;
  dateTime: string;
  base64: string;
  hexBinary: string;
  decimal: string;
}

export type ValueOf<T extends PrimitiveType> = PrimitiveValues[T];
export type ListValueOf<T extends PrimitiveType> = readonly ValueOf<T>[];
export type ScalarValue = ValueOf<PrimitiveType>;
/** Any parameter value: a scalar, or a list-valued parameter's items (TR-106 3.2.3). */
export type Value = ScalarValue | readonly ScalarValue[];
/** The value type a (const-typed) descriptor stands for. */
export type DescriptorValue<D extends SyntaxDescriptor> = D extends { readonly list: object }
  ? ListValueOf<D['type']>
  : ValueOf<D['type']>;

/** Outcome of a primitive-level check: the typed value or why the text/value is not one. */
export type Lexical =
  { readonly ok: true; readonly value: ScalarValue } | { readonly ok: false; readonly message: string };

/** Thrown by parseWire/toWire when text or value is not of the descriptor's primitive type. */
export class WireValueError extends Error {
  override readonly name = 'WireValueError';
  constructor(
    message: string,
    readonly item?: number,
  ) {
    super(item === undefined ? message : `item ${item}: ${message}`);
  }
}

// XML Schema Part 2 3.3.17 (int), 3.3.22 (unsignedInt), 3.3.16 (long), 3.3.21 (unsignedLong).
export const INTEGER_BOUNDS: Partial<Record<PrimitiveType, { readonly min: bigint; readonly max: bigint }>> = {
  int: { min: -(2n ** 31n), max: 2n ** 31n - 1n },
  unsignedInt: { min: 0n, max: 2n ** 32n - 1n },
  long: { min: -(2n ** 63n), max: 2n ** 63n - 1n },
  unsignedLong: { min: 0n, max: 2n ** 64n - 1n },
};

// Optional sign and ASCII digits only: no spaces, hex, exponent or fraction (XSD 3.3.13 integer).
const INTEGER = /^[+-]?[0-9]+$/;
// TR-106 3.2 decimal as the agent accepts it; bounds in descriptors use the same form.
export const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;
const HEX = /^(?:[0-9A-Fa-f]{2})*$/;
// XSD 3.2.16 base64Binary: the character before padding must leave the unused bits zero.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=|[A-Za-z0-9+/][AQgw]==)?$/;
const XML_SPACE = /[ \t\r\n]+/g;
// XSD 3.2.7 dateTime: -?yyyy-mm-ddThh:mm:ss(.s+)?(zone)?
const DATE_TIME =
  /^(-?)([0-9]{4,})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?(Z|[+-]([0-9]{2}):([0-9]{2}))?$/;

/** Quotes text for a one-line message, cut short if long. */
export function show(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** Length in Unicode code points: what XSD 3.2.1 string length counts. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Decoded byte count of base64 text (XML whitespace ignored), or undefined if not base64. */
export function base64ByteLength(text: string): number | undefined {
  const s = text.replace(XML_SPACE, '');
  if (!BASE64.test(s)) return undefined;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return (s.length / 4) * 3 - pad;
}

function isLeap(year: bigint): boolean {
  return year % 4n === 0n && (year % 100n !== 0n || year % 400n === 0n);
}
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** XSD 3.2.7 dateTime lexical check, including real calendar dates (no Feb 30). */
export function isDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m) return false;
  const [, , y = '', mo = '', d = '', h = '', mi = '', s = '', frac, zone, zh, zm] = m;
  if ((y.length > 4 && y.startsWith('0')) || /^0+$/.test(y)) return false; // 3.2.7.1: no year 0000
  const month = Number(mo),
    day = Number(d),
    hour = Number(h),
    minute = Number(mi),
    second = Number(s);
  if (month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && isLeap(BigInt(y)) ? 29 : DAYS[month - 1]!;
  if (day > max || minute > 59 || second > 59) return false;
  // 24:00:00 is allowed as the end of the day (XSD 1.0 2nd ed. 3.2.7).
  if (hour > 24 || (hour === 24 && (minute !== 0 || second !== 0 || /[1-9]/.test(frac ?? '')))) return false;
  if (zone !== undefined && zone !== 'Z') {
    const zhn = Number(zh),
      zmn = Number(zm);
    if (zhn > 14 || zmn > 59 || (zhn === 14 && zmn !== 0)) return false;
  }
  return true;
}

function integer(type: PrimitiveType, text: string): Lexical {
  const bounds = INTEGER_BOUNDS[type]!;
  if (!INTEGER.test(text)) return { ok: false, message: `${show(text)} is not a valid ${type}` };
  const n = BigInt(text);
  if (n < bounds.min) return { ok: false, message: `value ${n} is below the minimum ${bounds.min}` };
  if (n > bounds.max) return { ok: false, message: `value ${n} is above the maximum ${bounds.max}` };
  return { ok: true, value: type === 'int' || type === 'unsignedInt' ? Number(n) : n };
}

/** Parses one scalar's wire text per its primitive type (the 'type' facet). No trimming. */
export function parseScalar(type: PrimitiveType, text: string): Lexical {
  const bad = (): Lexical => ({ ok: false, message: `${show(text)} is not a valid ${type}` });
  switch (type) {
    case 'string':
      return { ok: true, value: text };
    case 'int':
    case 'unsignedInt':
    case 'long':
    case 'unsignedLong':
      return integer(type, text);
    // TR-069 A.2.1 / XSD 3.2.2: exactly these four forms, case-sensitive.
    case 'boolean':
      if (text === 'true' || text === '1') return { ok: true, value: true };
      if (text === 'false' || text === '0') return { ok: true, value: false };
      return bad();
    case 'dateTime':
      return isDateTime(text) ? { ok: true, value: text } : bad();
    case 'base64':
      return base64ByteLength(text) !== undefined ? { ok: true, value: text } : bad();
    case 'hexBinary':
      return HEX.test(text) ? { ok: true, value: text } : bad();
    case 'decimal':
      return DECIMAL.test(text) ? { ok: true, value: text } : bad();
  }
}

const JS_TYPE: Record<PrimitiveType, 'string' | 'number' | 'bigint' | 'boolean'> = {
  string: 'string',
  int: 'number',
  unsignedInt: 'number',
  long: 'bigint',
  unsignedLong: 'bigint',
  boolean: 'boolean',
  dateTime: 'string',
  base64: 'string',
  hexBinary: 'string',
  decimal: 'string',
};

/** Checks that a JS value is a valid ValueOf<type>; string-typed values get their lexical check. */
export function checkScalar(type: PrimitiveType, value: unknown): Lexical {
  const want = JS_TYPE[type];
  if (typeof value !== want) return { ok: false, message: `expected a ${want} for ${type}, got ${typeof value}` };
  if (typeof value === 'string') return parseScalar(type, value);
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return { ok: false, message: `${value} is not an integer` };
    return integer(type, String(value)); // every integer number prints as plain digits below 2^53
  }
  if (typeof value === 'bigint') return integer(type, value.toString());
  return { ok: true, value: value === true };
}

/**
 * Canonical wire text of a checked scalar. Booleans go out as "true"/"false" (XSD 3.2.2.2
 * canonical form, accepted by every ACS); numbers without '+' or leading zeros.
 */
export function scalarToWire(value: ScalarValue): string {
  return typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
}

/** TR-106 3.2.3 list: comma-separated, whitespace around items ignored, "" is the empty list. */
export function splitList(wire: string): string[] {
  if (wire.trim() === '') return [];
  return wire.split(',').map((s) => s.trim());
}

/**
 * The null value of a type (TR-069 A.2.3.5, cited by BBF's data-model schema for hidden and
 * secured parameters): what such a parameter reads back as. Empty for strings and binaries and
 * lists, 0 for numbers, false, and the "unknown" time for dateTime: an empty unsignedInt is
 * not a valid value, and ACSs (GenieACS) warn about it.
 */
export function nullValue(desc: SyntaxDescriptor): { value: Value; wire: string } {
  if (desc.list) return { value: [], wire: '' };
  switch (desc.type) {
    case 'int':
    case 'unsignedInt':
      return { value: 0, wire: '0' };
    case 'long':
    case 'unsignedLong':
      return { value: 0n, wire: '0' };
    case 'boolean':
      return { value: false, wire: 'false' };
    case 'dateTime':
      return { value: '0001-01-01T00:00:00Z', wire: '0001-01-01T00:00:00Z' };
    case 'decimal':
      return { value: '0', wire: '0' };
    case 'string':
    case 'base64':
    case 'hexBinary':
      return { value: '', wire: '' };
  }
}

/** Parses wire text to a typed value, checking only the primitive type; throws WireValueError. */
export function parseWire(desc: SyntaxDescriptor, wire: string): Value {
  const one = (text: string, item?: number): ScalarValue => {
    // XSD 4.3.6: every type but string collapses whitespace, so " 5 " is the unsignedInt 5 on
    // the wire; a string keeps every character (an SSID may end in a space).
    const r = parseScalar(desc.type, desc.type === 'string' ? text : text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ''));
    if (!r.ok) throw new WireValueError(r.message, item);
    return r.value;
  };
  return desc.list ? splitList(wire).map((t, i) => one(t, i)) : one(wire);
}

/** Renders a typed value as canonical wire text; throws WireValueError if it is not of the type. */
export function toWire(desc: SyntaxDescriptor, value: Value): string {
  const one = (v: unknown, item?: number): string => {
    const r = checkScalar(desc.type, v);
    if (!r.ok) throw new WireValueError(r.message, item);
    const text = scalarToWire(r.value);
    // A comma inside an item cannot survive the round trip through the list form.
    if (item !== undefined && text.includes(',')) throw new WireValueError('a list item cannot contain ","', item);
    return text;
  };
  if (!desc.list) return one(value);
  if (!Array.isArray(value)) throw new WireValueError(`expected an array for a list of ${desc.type}`);
  return value.map((v: unknown, i) => one(v, i)).join(',');
}
