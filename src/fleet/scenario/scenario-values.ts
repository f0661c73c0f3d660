/**
 * The scalar forms of a scenario file: durations ('30s', '500ms', '10m', '1h'), shares ('10%'),
 * comparisons ('>= 95%', '<= 3'), distributions of a time, and device or serial ranges. Each
 * parser gives the value, or a message saying what a valid one looks like.
 */
import type { Comparison, Distribution } from './scenario-types.ts';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(message: string): Parsed<T> => ({ ok: false, message });

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function typeName(v: unknown): string {
  return v === null || v === undefined
    ? 'nothing'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'a mapping'
        : `${typeof v} ${JSON.stringify(v)}`;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** '30s', '1.5s', '500ms', '10m', '1h'; a bare number is seconds. */
export function duration(v: unknown): Parsed<number> {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return ok(Math.round(v * 1000));
  const m = typeof v === 'string' ? /^([0-9]+(?:\.[0-9]+)?)\s*(ms|s|m|h)$/.exec(v.trim()) : null;
  if (!m) return bad(`${typeName(v)} is not a duration; write e.g. 500ms, 30s, 10m or 1h`);
  return ok(Math.round(Number(m[1]) * UNITS[m[2]!]!));
}

/** '10%', '2.5%' → 0.1, 0.025. */
export function share(v: unknown): Parsed<number> {
  const m = typeof v === 'string' ? /^([0-9]+(?:\.[0-9]+)?)\s*%$/.exec(v.trim()) : null;
  const n = m ? Number(m[1]) : NaN;
  if (!m || n > 100) return bad(`${typeName(v)} is not a share; write a percentage from 0% to 100%, e.g. 10%`);
  return ok(n / 100);
}

/** '>= 95%', '<= 3', '== 0', '> 10', '< 1%'. */
export function comparison(v: unknown, percentAllowed: boolean): Parsed<Comparison> {
  const text = typeof v === 'number' ? `== ${v}` : v;
  const m = typeof text === 'string' ? /^(>=|<=|==|>|<)\s*([0-9]+(?:\.[0-9]+)?)\s*(%?)$/.exec(text.trim()) : null;
  const example = percentAllowed ? "'>= 95%' or '<= 3'" : "'<= 3' or '>= 100'";
  if (!m)
    return bad(
      `${typeName(v)} is not a comparison; write an operator (>=, <=, >, <, ==) and a number, e.g. ${example}`,
    );
  const percent = m[3] === '%';
  if (percent && !percentAllowed) return bad(`${JSON.stringify(v)}: a count, not a share; drop the %`);
  const value = Number(m[2]) / (percent ? 100 : 1);
  return ok({ op: m[1] as Comparison['op'], value, percent });
}

export function compare(c: Comparison, x: number): boolean {
  switch (c.op) {
    case '>=':
      return x >= c.value;
    case '<=':
      return x <= c.value;
    case '>':
      return x > c.value;
    case '<':
      return x < c.value;
    case '==':
      return Math.abs(x - c.value) < 1e-9;
  }
}

export function formatComparison(c: Comparison): string {
  return `${c.op} ${c.percent ? `${Math.round(c.value * 1e4) / 100}%` : c.value}`;
}

const DISTRIBUTION_HELP =
  'write a duration (30s), or one of { uniform: [10s, 60s] }, { normal: [30s, 5s] } (mean, standard deviation), { exponential: 20s } (mean)';

/** A fixed duration, or { uniform: [min, max] }, { normal: [mean, sd] }, { exponential: mean }. */
export function distribution(v: unknown): Parsed<Distribution> {
  if (!isRecord(v)) {
    const d = duration(v);
    return d.ok
      ? ok({ kind: 'fixed', ms: d.value })
      : bad(`${typeName(v)} is not a time distribution; ${DISTRIBUTION_HELP}`);
  }
  const keys = Object.keys(v);
  const kind = keys[0];
  if (keys.length !== 1 || (kind !== 'uniform' && kind !== 'normal' && kind !== 'exponential'))
    return bad(`a mapping with keys ${keys.join(', ') || '(none)'} is not a time distribution; ${DISTRIBUTION_HELP}`);
  const arg = v[kind];
  if (kind === 'exponential') {
    const mean = duration(arg);
    return mean.ok ? ok({ kind, meanMs: mean.value }) : bad(`exponential: ${mean.message}`);
  }
  const pair = Array.isArray(arg) && arg.length === 2 ? arg.map(duration) : undefined;
  if (!pair) return bad(`${kind}: give two durations in a list, e.g. { ${kind}: [10s, 60s] }`);
  const [a, b] = pair as [Parsed<number>, Parsed<number>];
  if (!a.ok) return bad(`${kind}: ${a.message}`);
  if (!b.ok) return bad(`${kind}: ${b.message}`);
  if (kind === 'uniform') {
    if (b.value < a.value) return bad('uniform: the first duration is the minimum, the second the maximum');
    return ok({ kind, minMs: a.value, maxMs: b.value });
  }
  return ok({ kind, meanMs: a.value, sdMs: b.value });
}

/** Device numbers: 5, '1-100', or a list of those. */
export function numberRanges(v: unknown): Parsed<[number, number][]> {
  const items = Array.isArray(v) ? v : [v];
  const out: [number, number][] = [];
  for (const item of items) {
    const m =
      typeof item === 'number'
        ? [String(item), String(item), undefined]
        : /^\s*([0-9]+)\s*(?:-\s*([0-9]+))?\s*$/.exec(String(item));
    const from = Number(m?.[1]);
    const to = m?.[2] !== undefined ? Number(m[2]) : from;
    if (!m || typeof item === 'object' || !Number.isInteger(from) || from < 1 || to < from)
      return bad(
        `${typeName(item)} is not a device number or range; write e.g. 7, 1-100 or [1-10, 50-60] (numbers start at 1)`,
      );
    out.push([from, to]);
  }
  return out.length > 0 ? ok(out) : bad('an empty list selects no device; give e.g. 1-100');
}

/** Serial numbers: 'STB-000001..STB-000100', a single serial, or a list of those. */
export function serialRanges(v: unknown): Parsed<[string, string][]> {
  const items = Array.isArray(v) ? v : [v];
  const out: [string, string][] = [];
  for (const item of items) {
    if (typeof item !== 'string' || item.trim() === '')
      return bad(`${typeName(item)} is not a serial number or range; write e.g. STB-000001..STB-000100`);
    const [from = '', to = from, extra] = item.split('..').map((s) => s.trim());
    if (extra !== undefined || from === '' || to === '')
      return bad(`'${item}' is not a serial range; write FIRST..LAST, e.g. STB-000001..STB-000100`);
    out.push([from, to]);
  }
  return out.length > 0 ? ok(out) : bad('an empty list selects no device; give e.g. STB-000001..STB-000100');
}
