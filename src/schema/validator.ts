/**
 * The validator engine: compileValidator() turns one SyntaxDescriptor into a closure, once, with
 * regexes compiled and range bounds parsed, so per-value checks allocate little.
 *
 * Order of checks (the first failure is reported): primitive type; then each level in order
 * (sizes, then ranges with step); then enumerations/patterns. Lists check every item's type, then
 * the whole string's size and the item count, then each item's facets. pathRef and
 * enumerationRef need the live data model and are not checked here.
 */
import type { FacetLevel, PrimitiveType, RangeFacet, SizeFacet, SyntaxDescriptor } from './descriptor.ts';
import {
  base64ByteLength,
  checkScalar,
  codePointLength,
  parseScalar,
  scalarToWire,
  show,
  splitList,
  type ScalarValue,
  type Value,
} from './values.ts';

/** The facet a value failed: its primitive type, a level facet, or a list facet. */
export type Facet = 'type' | 'size' | 'range' | 'step' | 'enumeration' | 'pattern' | 'listSize' | 'listItems';
export interface ValidationFailure {
  readonly ok: false;
  readonly facet: Facet;
  /** One line, naming the bound that was broken. */
  readonly message: string;
  /** Index of the failing list item, when an item (not the list as a whole) failed. */
  readonly item?: number;
}
export type ValidationResult = { readonly ok: true; readonly value: Value } | ValidationFailure;

export interface Validator {
  readonly descriptor: SyntaxDescriptor;
  /** Validates text as received on the wire (list items split on ","). */
  validateWire(wire: string): ValidationResult;
  /** Validates a typed JS value (ValueOf / readonly array for lists). */
  validateValue(value: unknown): ValidationResult;
}

type Fail = { readonly facet: Facet; readonly message: string };
type ItemCheck = (text: string, value: ScalarValue) => Fail | undefined;

const NUMERIC: ReadonlySet<PrimitiveType> = new Set(['int', 'unsignedInt', 'long', 'unsignedLong', 'decimal']);
const KNOWN: ReadonlySet<string> = new Set([...NUMERIC, 'string', 'boolean', 'dateTime', 'base64', 'hexBinary']);

// --- exact decimal arithmetic: n / 10^s, so decimal and 64-bit bounds never round ---------------
interface Dec {
  readonly n: bigint;
  readonly s: number;
}
const BOUND = /^[+-]?[0-9]+(\.[0-9]+)?$/;

function dec(text: string): Dec {
  const dot = text.indexOf('.');
  return dot < 0
    ? { n: BigInt(text), s: 0 }
    : { n: BigInt(text.slice(0, dot) + text.slice(dot + 1)), s: text.length - dot - 1 };
}
function scaled(a: Dec, s: number): bigint {
  return a.n * 10n ** BigInt(s - a.s);
}
function cmp(a: Dec, b: Dec): number {
  const s = Math.max(a.s, b.s);
  const x = scaled(a, s),
    y = scaled(b, s);
  return x < y ? -1 : x > y ? 1 : 0;
}
/** TR-106 3.2 step: (value - min) is a whole multiple of step. */
function onStep(v: Dec, origin: Dec, step: Dec): boolean {
  const s = Math.max(v.s, origin.s, step.s);
  return (scaled(v, s) - scaled(origin, s)) % scaled(step, s) === 0n;
}
function decOf(value: ScalarValue): Dec {
  return typeof value === 'string' ? dec(value) : { n: BigInt(value), s: 0 };
}

function fail(f: Fail, item?: number): ValidationFailure {
  return item === undefined
    ? { ok: false, facet: f.facet, message: f.message }
    : { ok: false, facet: f.facet, message: f.message, item };
}

const span = (min: unknown, max: unknown): string => `${min ?? ''}..${max ?? ''}`;

/** Several sizes are alternatives (OR); a single one names the broken bound. */
function sizeCheck(sizes: readonly SizeFacet[], unit: string, facet: Facet, what: string) {
  return (n: number): Fail | undefined => {
    if (sizes.some((z) => (z.min === undefined || n >= z.min) && (z.max === undefined || n <= z.max))) return undefined;
    const only = sizes.length === 1 ? sizes[0]! : undefined;
    if (only?.min !== undefined && n < only.min)
      return { facet, message: `${what} ${n} is below the minimum ${only.min} ${unit}` };
    if (only?.max !== undefined && n > only.max)
      return { facet, message: `${what} ${n} is above the maximum ${only.max} ${unit}` };
    return {
      facet,
      message: `${what} ${n} is outside the allowed sizes ${sizes.map((z) => span(z.min, z.max)).join(', ')} ${unit}`,
    };
  };
}

interface Range {
  readonly min?: Dec;
  readonly max?: Dec;
  readonly step?: Dec;
  readonly origin: Dec;
  readonly src: RangeFacet;
}

function compileRange(r: RangeFacet): Range {
  for (const b of [r.min, r.max, r.step])
    if (b !== undefined && !BOUND.test(b)) throw new Error(`invalid range bound ${show(b)}`);
  const step = r.step === undefined ? undefined : dec(r.step);
  if (step !== undefined && step.n <= 0n) throw new Error(`range step must be positive, got ${r.step}`);
  const min = r.min === undefined ? undefined : dec(r.min);
  const max = r.max === undefined ? undefined : dec(r.max);
  return { min, max, step, origin: min ?? { n: 0n, s: 0 }, src: r }; // step counts from 0 without a min
}

/**
 * Several ranges are alternatives (OR): cwmp-datamodel XSD range facet, e.g. [-1:-1] and [1:4094].
 * A value inside one but off its step fails 'step'.
 */
function rangeCheck(ranges: readonly Range[]): ItemCheck {
  return (_text, value) => {
    const v = decOf(value);
    let offStep: Range | undefined;
    for (const r of ranges) {
      if ((r.min && cmp(v, r.min) < 0) || (r.max && cmp(v, r.max) > 0)) continue;
      if (!r.step || onStep(v, r.origin, r.step)) return undefined;
      offStep ??= r;
    }
    const shown = scalarToWire(value);
    if (offStep)
      return {
        facet: 'step',
        message: `value ${shown} is not ${offStep.src.min ?? '0'} plus a multiple of the step ${offStep.src.step}`,
      };
    const only = ranges.length === 1 ? ranges[0]! : undefined;
    if (only?.min && cmp(v, only.min) < 0)
      return { facet: 'range', message: `value ${shown} is below the minimum ${only.src.min}` };
    if (only?.max && cmp(v, only.max) > 0)
      return { facet: 'range', message: `value ${shown} is above the maximum ${only.src.max}` };
    return {
      facet: 'range',
      message: `value ${shown} is outside the allowed ranges ${ranges.map((r) => span(r.src.min, r.src.max)).join(', ')}`,
    };
  };
}

function compilePattern(src: string): RegExp {
  try {
    return new RegExp(src, 'u');
  } catch (e) {
    throw new Error(`invalid pattern ${show(src)}: ${(e as Error).message}`);
  }
}

const list = (xs: readonly string[]): string =>
  xs.length <= 5 ? xs.map(show).join(', ') : `${xs.slice(0, 5).map(show).join(', ')}, … (${xs.length} in all)`;

/** Compiles one descriptor into a reusable validator. Throws if the descriptor is inconsistent. */
export function compileValidator(desc: SyntaxDescriptor): Validator {
  const type = desc.type;
  if (!KNOWN.has(type)) throw new Error(`unknown primitive type ${show(type)}`);

  // Size counts decoded bytes for binary types (TR-106 3.2), code points otherwise.
  const binary = type === 'base64' || type === 'hexBinary';
  const unit = binary ? 'bytes' : 'characters';
  const measure =
    type === 'base64'
      ? (t: string) => base64ByteLength(t) ?? 0
      : type === 'hexBinary'
        ? (t: string) => t.length / 2
        : codePointLength;

  const checks: ItemCheck[] = [];
  const patternLevels: RegExp[][] = [];
  for (const level of desc.levels ?? ([] as readonly FacetLevel[])) {
    if (level.sizes && level.sizes.length > 0) {
      const c = sizeCheck(level.sizes, unit, 'size', 'length');
      checks.push((text) => c(measure(text)));
    }
    if (level.ranges && level.ranges.length > 0) {
      if (!NUMERIC.has(type)) throw new Error(`a range facet does not apply to ${type}`);
      checks.push(rangeCheck(level.ranges.map(compileRange)));
    }
    if (level.patterns && level.patterns.length > 0) patternLevels.push(level.patterns.map(compilePattern));
  }

  // Enumerations compare canonical forms, so "+5" or "1" match "5" or "true" (XSD value space).
  const enums = desc.enums ?? [];
  const canonical = (e: string): string => {
    const r = parseScalar(type, e);
    return r.ok ? scalarToWire(r.value) : e;
  };
  const enumSet = new Set(enums.map(canonical));
  // A value passes the patterns if it matches one pattern (OR) of every level that has any (AND).
  const failedLevel = (text: string): RegExp[] | undefined => patternLevels.find((ps) => !ps.some((p) => p.test(text)));

  // With enumerations, patterns are an alternative way to be valid, not an extra test (e.g.
  // BBF's "enumerated values or a vendor X_<OUI>_ pattern"); cwmp-datamodel XSD, pattern facet.
  const enumOrPattern: ItemCheck = (text, value) => {
    if (enums.length > 0) {
      if (enumSet.has(scalarToWire(value))) return undefined;
      if (patternLevels.length > 0 && failedLevel(text) === undefined) return undefined;
      const alt = patternLevels.length > 0 ? ' and matches no pattern' : '';
      return { facet: 'enumeration', message: `value ${show(text)} is not one of ${list(enums)}${alt}` };
    }
    const bad = failedLevel(text);
    if (bad === undefined) return undefined;
    return {
      facet: 'pattern',
      message: `value ${show(text)} does not match ${bad.length > 1 ? 'any of ' : ''}${list(bad.map((p) => p.source))}`,
    };
  };
  if (enums.length > 0 || patternLevels.length > 0) checks.push(enumOrPattern);

  const checkItem = (text: string, value: ScalarValue): Fail | undefined => {
    for (const c of checks) {
      const f = c(text, value);
      if (f) return f;
    }
    return undefined;
  };

  const l = desc.list;
  const listSize =
    l?.sizes && l.sizes.length > 0 ? sizeCheck(l.sizes, 'characters', 'listSize', 'list length') : undefined;
  /** Whole-list facets: the comma-separated string's size, then the item count. */
  const checkList = (wire: string, count: number): Fail | undefined => {
    const f = listSize?.(codePointLength(wire));
    if (f) return f;
    if (l?.minItems !== undefined && count < l.minItems)
      return { facet: 'listItems', message: `list has ${count} items, below the minimum ${l.minItems}` };
    if (l?.maxItems !== undefined && count > l.maxItems)
      return { facet: 'listItems', message: `list has ${count} items, above the maximum ${l.maxItems}` };
    return undefined;
  };

  /** Checks parsed items (texts[i] is the lexical form of values[i]). */
  const finish = (wire: string, texts: readonly string[], values: ScalarValue[]): ValidationResult => {
    const f = checkList(wire, texts.length);
    if (f) return fail(f);
    for (let i = 0; i < texts.length; i++) {
      const g = checkItem(texts[i]!, values[i]!);
      if (g) return fail(g, i);
    }
    return { ok: true, value: values };
  };

  const validateWire = (wire: string): ValidationResult => {
    if (!l) {
      const r = parseScalar(type, wire);
      if (!r.ok) return fail({ facet: 'type', message: r.message });
      const f = checkItem(wire, r.value);
      return f ? fail(f) : { ok: true, value: r.value };
    }
    const texts = splitList(wire);
    const values: ScalarValue[] = [];
    for (let i = 0; i < texts.length; i++) {
      const r = parseScalar(type, texts[i]!);
      if (!r.ok) return fail({ facet: 'type', message: r.message }, i);
      values.push(r.value);
    }
    return finish(wire, texts, values);
  };

  const validateValue = (value: unknown): ValidationResult => {
    if (!l) {
      if (Array.isArray(value)) return fail({ facet: 'type', message: `expected a single ${type}, got an array` });
      const r = checkScalar(type, value);
      if (!r.ok) return fail({ facet: 'type', message: r.message });
      const f = checkItem(scalarToWire(r.value), r.value);
      return f ? fail(f) : { ok: true, value: r.value };
    }
    if (!Array.isArray(value))
      return fail({ facet: 'type', message: `expected an array for a list of ${type}, got ${typeof value}` });
    const items: readonly unknown[] = value;
    const texts: string[] = [];
    const values: ScalarValue[] = [];
    for (let i = 0; i < items.length; i++) {
      const r = checkScalar(type, items[i]);
      if (!r.ok) return fail({ facet: 'type', message: r.message }, i);
      const text = scalarToWire(r.value);
      // TR-106 3.2.3 lists have no escaping, so an item holding a comma has no wire form.
      if (text.includes(',')) return fail({ facet: 'type', message: 'a list item cannot contain ","' }, i);
      texts.push(text);
      values.push(r.value);
    }
    return finish(texts.join(','), texts, values);
  };

  return { descriptor: desc, validateWire, validateValue };
}
