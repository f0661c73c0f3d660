/**
 * Structural readers for the `live:` section: numbers, ranges, lists of entries and the row
 * generators of a churning table, each problem reported at its key. What the values mean for
 * the schema is checked in live.ts.
 */
import { type Report, q } from './issues.ts';
import type { ChangeValues, FieldSpec, LiveRange } from './live-spec.ts';
import { didYouMean } from './suggest.ts';
import type { ProfileValue } from './types.ts';

export type At = readonly (string | number)[];

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): string {
  return v === null ? 'nothing (null)' : Array.isArray(v) ? 'a list' : isRecord(v) ? 'a mapping' : `a ${typeof v}`;
}

export function checkKeys(raw: Record<string, unknown>, valid: readonly string[], at: At, report: Report): void {
  for (const key of Object.keys(raw))
    if (!valid.includes(key))
      report([...at, key], `unknown key ${q(key)}${didYouMean(key, valid)} (valid keys: ${valid.join(', ')})`);
}

interface NumberRules {
  readonly integer?: boolean;
  /** Smallest allowed value, inclusive. */
  readonly min?: number;
  readonly max?: number;
  readonly what?: string;
}

/** A finite number within the rules, or undefined (reported). */
export function numberAt(raw: unknown, at: At, report: Report, rules: NumberRules = {}): number | undefined {
  const what = rules.what ?? (rules.integer ? 'an integer' : 'a number');
  if (typeof raw !== 'number' || !Number.isFinite(raw) || (rules.integer && !Number.isSafeInteger(raw))) {
    report(at, `expected ${what}, got ${typeName(raw)}${typeof raw === 'string' ? ' (write it without quotes)' : ''}`);
    return undefined;
  }
  if (rules.min !== undefined && raw < rules.min) {
    report(at, `${raw} is too small: at least ${rules.min}`);
    return undefined;
  }
  if (rules.max !== undefined && raw > rules.max) {
    report(at, `${raw} is too large: at most ${rules.max}`);
    return undefined;
  }
  return raw;
}

/** A number, or [low, high] with low <= high. */
export function rangeAt(raw: unknown, at: At, report: Report, integer = false): LiveRange | undefined {
  if (Array.isArray(raw)) {
    if (raw.length !== 2) {
      report(at, `a range is [low, high]; got ${raw.length} items`);
      return undefined;
    }
    const lo = numberAt(raw[0], [...at, 0], report, { integer });
    const hi = numberAt(raw[1], [...at, 1], report, { integer });
    if (lo === undefined || hi === undefined) return undefined;
    if (lo > hi) {
      report(at, `[${lo}, ${hi}]: the low end is above the high end`);
      return undefined;
    }
    return [lo, hi];
  }
  const n = numberAt(raw, at, report, { integer, what: 'a number or a range [low, high]' });
  return n === undefined ? undefined : [n, n];
}

/** The mappings of a list-valued key, each with where it is. */
export function entriesAt(raw: unknown, at: At, report: Report): { raw: Record<string, unknown>; at: At }[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    report(at, `expected a list of mappings, got ${typeName(raw)}`);
    return [];
  }
  const out: { raw: Record<string, unknown>; at: At }[] = [];
  raw.forEach((e: unknown, i) => {
    if (isRecord(e)) out.push({ raw: e, at: [...at, i] });
    else report([...at, i], `expected a mapping, got ${typeName(e)}`);
  });
  return out;
}

/** A required string key of an entry. */
export function stringAt(raw: unknown, at: At, report: Report, what: string): string | undefined {
  if (raw === undefined) report(at, `missing; add ${what}`);
  else if (typeof raw !== 'string' || raw === '') report(at, `expected ${what}, got ${typeName(raw)}`);
  else return raw;
  return undefined;
}

function isScalar(v: unknown): v is ProfileValue {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function scalarList(raw: unknown, at: At, report: Report): ProfileValue[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every(isScalar)) {
    report(at, `expected a non-empty list of values, got ${typeName(raw)}`);
    return undefined;
  }
  return raw;
}

/** `values:` of a random change: a list, or { min, max } integers. */
export function changeValuesAt(raw: unknown, at: At, report: Report): ChangeValues | undefined {
  if (raw === undefined) {
    report(at, 'missing; add a list of values, or { min, max }');
    return undefined;
  }
  if (isRecord(raw)) {
    checkKeys(raw, ['min', 'max'], at, report);
    const min = numberAt(raw['min'], [...at, 'min'], report, { integer: true });
    const max = numberAt(raw['max'], [...at, 'max'], report, { integer: true });
    if (min === undefined || max === undefined) return undefined;
    if (min > max) {
      report(at, `min ${min} is above max ${max}`);
      return undefined;
    }
    return { kind: 'range', min, max };
  }
  const items = scalarList(raw, at, report);
  return items && { kind: 'list', items };
}

const OUI_PREFIX = /^[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}$/;
const IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;

function ipv4Number(text: string): number | undefined {
  if (!IPV4.test(text)) return undefined;
  return text.split('.').reduce((a, b) => a * 256 + Number(b), 0);
}

const GENERATORS = ['pick', 'mac', 'ipv4', 'hostname', 'range', 'countdown'] as const;

/**
 * One parameter of a joining row: a literal value, or a mapping naming one generator:
 * `{ pick: [..] }`, `{ mac: true | 'AA:BB:CC' | [..] }`, `{ ipv4: 'first-last' }`,
 * `{ hostname: [prefixes] }`, `{ range: [min, max] }`, `{ countdown: seconds }`.
 */
export function fieldAt(raw: unknown, at: At, report: Report): FieldSpec | undefined {
  if (isScalar(raw)) return { kind: 'literal', value: raw };
  const keys = isRecord(raw) ? Object.keys(raw) : [];
  if (!isRecord(raw) || keys.length !== 1) {
    report(at, `expected a value, or a mapping with one of ${GENERATORS.join(', ')}; got ${typeName(raw)}`);
    return undefined;
  }
  const kind = keys[0]!;
  const v = raw[kind];
  const here = [...at, kind];
  switch (kind) {
    case 'pick': {
      const items = scalarList(v, here, report);
      return items && { kind: 'pick', items };
    }
    case 'mac': {
      const prefixes = v === true ? [] : typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined;
      if (!prefixes || !prefixes.every((p): p is string => typeof p === 'string' && OUI_PREFIX.test(p))) {
        report(here, `expected true, or the first three bytes ('3C:22:FB') or a list of them`);
        return undefined;
      }
      return { kind: 'mac', prefixes: prefixes.map((p) => p.toUpperCase()) };
    }
    case 'ipv4': {
      const m = typeof v === 'string' ? /^([0-9.]+)-([0-9.]+)$/.exec(v) : null;
      const first = m ? ipv4Number(m[1]!) : undefined;
      const last = m ? ipv4Number(m[2]!) : undefined;
      if (first === undefined || last === undefined || last < first) {
        report(here, `expected a pool 'first-last' of IPv4 addresses (e.g. '192.168.1.100-192.168.1.199')`);
        return undefined;
      }
      return { kind: 'ipv4', first, size: last - first + 1 };
    }
    case 'hostname': {
      const prefixes = typeof v === 'string' ? [v] : v;
      if (!Array.isArray(prefixes) || prefixes.length === 0 || !prefixes.every((p) => typeof p === 'string')) {
        report(here, 'expected a name or a list of names the host names start with');
        return undefined;
      }
      return { kind: 'hostname', prefixes };
    }
    case 'range': {
      const r = rangeAt(v, here, report, true);
      return r && { kind: 'range', min: r[0], max: r[1] };
    }
    case 'countdown': {
      const period = numberAt(v, here, report, { integer: true, min: 1, what: 'a lease time in seconds' });
      return period === undefined ? undefined : { kind: 'countdown', period };
    }
    default:
      report(
        here,
        `unknown generator ${q(kind)}${didYouMean(kind, GENERATORS)} (generators: ${GENERATORS.join(', ')})`,
      );
      return undefined;
  }
}
