/** The check of a scenario's `expect:` list (scenario-parse.ts runs it). */
import type { Report } from '../../device/profile/issues.ts';
import { Fields, text, wireValue, type Path } from './scenario-check.ts';
import { parseSelector, parseTimeRef } from './scenario-steps.ts';
import type { Comparison, Expectation } from './scenario-types.ts';
import { comparison, isRecord, type Parsed, typeName } from './scenario-values.ts';

const KINDS = ['parameter', 'retry-count', 'events', 'faults', 'sessions', 'session-ms'] as const;
const COMMON = ['name', 'from'] as const;
const KEYS: Record<(typeof KINDS)[number], readonly string[]> = {
  parameter: ['parameter', 'equals', 'share', 'within', 'select'],
  'retry-count': ['retry-count', 'select'],
  events: ['events'],
  faults: ['faults'],
  sessions: ['sessions'],
  'session-ms': ['session-ms'],
};
const SESSION_FIELDS = ['ok', 'failed', 'retries', 'failed-share'] as const;
const PERCENTILES = ['p50', 'p90', 'p99'] as const;

const counting = (v: unknown): Parsed<Comparison> => comparison(v, false);

/** A mapping with exactly one entry, as in `events: { '4 VALUE CHANGE': '>= 40' }`. */
function single(f: Fields, key: string, example: string): [string, unknown] | undefined {
  const v = f.obj[key];
  if (!isRecord(v) || Object.keys(v).length !== 1) {
    f.report([...f.at, key], `${typeName(v)}: give one entry, e.g. ${key}: ${example}`);
    return undefined;
  }
  return Object.entries(v)[0]!;
}

export function parseExpectation(v: unknown, index: number, report: Report): Expectation | undefined {
  const at: Path = ['expect', index];
  const f = Fields.of(v, at, report, 'an expectation');
  if (!f) return undefined;
  const kinds = KINDS.filter((k) => k in f.obj);
  if (kinds.length !== 1) {
    f.keys([...COMMON, ...new Set(Object.values(KEYS).flat())]);
    report(
      at,
      kinds.length === 0
        ? `an expectation names what it checks: one of ${KINDS.join(', ')}`
        : `an expectation checks one thing; this one has ${kinds.join(' and ')}: split it`,
    );
    return undefined;
  }
  const kind = kinds[0]!;
  f.keys([...COMMON, ...KEYS[kind]]);
  const from = parseTimeRef(f, 'from');
  const named = f.get('name', text('a name'));
  const base = { ...(from ? { from } : {}) };
  const sub = (k: string): Path => [...at, k];
  switch (kind) {
    case 'parameter': {
      const parameter = f.get('parameter', text('a parameter path'));
      const equals = f.get('equals', wireValue, "the value devices should have, e.g. equals: '2.0.0'");
      const share = f.get('share', (x) => comparison(x, true), "how many of the devices, e.g. share: '>= 95%'");
      if (share && !share.percent) report(sub('share'), "a share is a percentage, e.g. '>= 95%'");
      const within = parseTimeRef(f, 'within');
      const select = parseSelector(f.obj['select'], sub('select'), report);
      if (parameter === undefined || equals === undefined || !share) return undefined;
      return {
        kind,
        name: named ?? `${share.op} ${share.value * 100}% with ${parameter} = ${equals}`,
        ...base,
        parameter,
        equals,
        share,
        ...(within ? { within } : {}),
        select,
      };
    }
    case 'retry-count': {
      const compare = f.get('retry-count', counting);
      const select = parseSelector(f.obj['select'], sub('select'), report);
      return compare && { kind, name: named ?? `RetryCount ${f.obj['retry-count']}`, ...base, compare, select };
    }
    case 'events': {
      const e = single(f, 'events', "{ '4 VALUE CHANGE': '>= 40' }");
      const compare = e && counting(e[1]);
      if (compare && !compare.ok) report([...sub('events'), e![0]], compare.message);
      return e && compare?.ok
        ? { kind, name: named ?? `events ${e[0]} ${e[1]}`, ...base, code: e[0], compare: compare.value }
        : undefined;
    }
    case 'faults': {
      const e = single(f, 'faults', "{ 9010: '<= 5' }");
      const code = e && /^9[0-9]{3}$/.test(e[0]) ? Number(e[0]) : undefined;
      if (e && code === undefined) report(sub('faults'), `'${e[0]}' is not a CWMP fault code (9000-9899)`);
      const compare = e && counting(e[1]);
      if (compare && !compare.ok) report([...sub('faults'), e![0]], compare.message);
      return e && code !== undefined && compare?.ok
        ? { kind, name: named ?? `faults ${code} ${e[1]}`, ...base, code, compare: compare.value }
        : undefined;
    }
    case 'sessions': {
      const e = single(f, 'sessions', "{ failed-share: '<= 1%' }");
      if (!e) return undefined;
      const field = (SESSION_FIELDS as readonly string[]).includes(e[0])
        ? (e[0] as (typeof SESSION_FIELDS)[number])
        : undefined;
      if (!field) report(sub('sessions'), `'${e[0]}' is not one of ${SESSION_FIELDS.join(', ')}`);
      const compare = comparison(e[1], field === 'failed-share');
      if (!compare.ok) report([...sub('sessions'), e[0]], compare.message);
      return field && compare.ok
        ? { kind, name: named ?? `sessions ${field} ${e[1]}`, ...base, field, compare: compare.value }
        : undefined;
    }
    case 'session-ms': {
      const e = single(f, 'session-ms', "{ p99: '<= 2000' }");
      if (!e) return undefined;
      const p = (PERCENTILES as readonly string[]).includes(e[0]) ? Number(e[0].slice(1)) : undefined;
      if (p === undefined) report(sub('session-ms'), `'${e[0]}' is not one of ${PERCENTILES.join(', ')}`);
      const compare = counting(e[1]);
      if (!compare.ok) report([...sub('session-ms'), e[0]], compare.message);
      return p !== undefined && compare.ok
        ? { kind, name: named ?? `session time ${e[0]} ${e[1]} ms`, ...base, percentile: p, compare: compare.value }
        : undefined;
    }
  }
}
