/**
 * Checks the `live:` section against the mounted schema: each path names supported parameters
 * (or a supported table) of a type the behaviour can drive, read-only unless it is a joining
 * row's value, no parameter is driven twice, and every value a behaviour can produce passes the
 * parameter's validator. Returns what survived; every problem is reported at its key.
 */
import { containerPath } from '../../datamodel/schema-index.ts';
import type { PrimitiveType } from '../../schema/descriptor.ts';
import { numberWire } from '../simulated/live-curves.ts';
import { generateField, generatorSalt } from '../simulated/live-generators.ts';
import { type Report, q } from './issues.ts';
import {
  type At,
  changeValuesAt,
  checkKeys,
  entriesAt,
  fieldAt,
  isRecord,
  numberAt,
  rangeAt,
  stringAt,
} from './live-shape.ts';
import { type LivePattern, matchesSchemaPath, parsePattern, patternsOverlap, schemaFormOf } from './live-pattern.ts';
import {
  type ChangeSpec,
  type ClockSpec,
  type CounterSpec,
  type FieldSpec,
  type LiveSpec,
  NO_LIVE,
  type SignalSpec,
  type TableChurnSpec,
} from './live-spec.ts';
import type { MountedItem, MountedSchema } from './mount.ts';
import { suggestPath } from './suggest.ts';
import { describeSyntax, wireOf } from './values.ts';

const KEYS = ['seed', 'counters', 'signals', 'clocks', 'changes', 'tables'] as const;
const INTEGERS: readonly PrimitiveType[] = ['int', 'unsignedInt', 'long', 'unsignedLong'];
type Kind = 'counters' | 'signals' | 'clocks' | 'changes';
const TYPES: Record<Kind, readonly PrimitiveType[]> = {
  counters: ['unsignedInt', 'unsignedLong'],
  signals: [...INTEGERS, 'decimal'],
  clocks: [...INTEGERS, 'dateTime'],
  changes: ['string', ...INTEGERS, 'boolean', 'dateTime', 'decimal', 'hexBinary', 'base64'],
};

type Param = MountedItem & { readonly validator: NonNullable<MountedItem['validator']> };

/** Who drives which parameter, to refuse a second behaviour on the same one. */
class Claims {
  private readonly bySchemaPath = new Map<string, { pattern: LivePattern; where: string }[]>();

  claim(schemaPath: string, pattern: LivePattern, where: string): string | undefined {
    const list = this.bySchemaPath.get(schemaPath) ?? [];
    const other = list.find((c) => patternsOverlap(c.pattern, pattern));
    if (other) return `${q(schemaPath)} is already driven by ${other.where}; a parameter takes one behaviour`;
    list.push({ pattern, where });
    this.bySchemaPath.set(schemaPath, list);
    return undefined;
  }
}

const where = (at: At): string =>
  at.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s === '' ? seg : `${s}.${seg}`), '');

/** The problem with one value for a parameter, or undefined. */
function badValue(p: Param, wire: string): string | undefined {
  const r = p.validator.validateWire(wire);
  return r.ok
    ? undefined
    : `${JSON.stringify(wire)} is not valid for ${q(p.meta.path)} (${describeSyntax(p.validator.descriptor)}): ${r.message}`;
}

export function checkLive(
  raw: unknown,
  schema: MountedSchema,
  supported: ReadonlySet<string>,
  report: Report,
): LiveSpec {
  if (raw === undefined) return NO_LIVE;
  if (!isRecord(raw)) {
    report(['live'], `expected a mapping with ${KEYS.join(', ')}`);
    return NO_LIVE;
  }
  checkKeys(raw, KEYS, ['live'], report);
  const params = schema.items.filter(
    (i): i is Param => i.meta.kind === 'parameter' && i.validator !== undefined && supported.has(i.meta.path),
  );
  const counted = new Set(
    schema.items.flatMap((i) =>
      i.meta.kind === 'object' && i.meta.numEntriesParameter
        ? [containerPath(i.meta.path) + i.meta.numEntriesParameter]
        : [],
    ),
  );
  const claims = new Claims();

  /** The supported parameters a path pattern names, checked for the behaviour; undefined when reported. */
  const target = (
    entry: Record<string, unknown>,
    at: At,
    kind: Kind,
  ): { path: string; params: Param[] } | undefined => {
    const text = stringAt(entry['path'], [...at, 'path'], report, 'a parameter path');
    if (text === undefined) return undefined;
    const pattern = parsePattern(text, { glob: true });
    const here = [...at, 'path'];
    if (typeof pattern === 'string') return void report(here, pattern);
    if (text.endsWith('.')) return void report(here, `${q(text)} is an object; ${kind} drive parameters`);
    const found = params.filter((p) => matchesSchemaPath(pattern, p.meta.path));
    if (found.length === 0) {
      const fix = text.includes('*') ? undefined : suggestPath(schemaFormOf(pattern), schema);
      return void report(
        here,
        `${q(text)} names no supported parameter${fix === undefined ? '' : `; did you mean ${q(fix)}?`}`,
      );
    }
    for (const p of found) {
      const d = p.validator.descriptor;
      const problem =
        p.meta.access !== 'readOnly'
          ? `is writable: the ACS's value would be overwritten; live ${kind} drive read-only parameters`
          : counted.has(p.meta.path)
            ? "counts a table's rows; make the table churn instead (live.tables)"
            : !TYPES[kind].includes(d.type) || (kind !== 'changes' && d.list !== undefined)
              ? `is ${describeSyntax(d)}; ${kind} drive ${TYPES[kind].join(', ')} parameters${kind === 'changes' ? '' : ' (not lists)'}`
              : kind === 'counters' && d.levels?.some((l) => l.ranges)
                ? 'has a range, which a counter would leave'
                : undefined;
      if (problem) return void report(here, `${q(p.meta.path)} ${problem}`);
      const clash = claims.claim(p.meta.path, pattern, `live.${where(at.slice(1))}`);
      if (clash) return void report(here, clash);
    }
    return { path: text, params: found };
  };

  const counters: CounterSpec[] = [];
  for (const { raw: e, at } of entriesAt(raw['counters'], ['live', 'counters'], report)) {
    checkKeys(e, ['path', 'rate', 'jitter'], at, report);
    const t = target(e, at, 'counters');
    const rate = numberAt(e['rate'], [...at, 'rate'], report, { min: 0, what: 'a rate per second' });
    const jitter = e['jitter'] === undefined ? 0 : numberAt(e['jitter'], [...at, 'jitter'], report, { min: 0, max: 1 });
    if (t && rate !== undefined && jitter !== undefined) counters.push({ path: t.path, rate, jitter });
  }

  const signals: SignalSpec[] = [];
  for (const { raw: e, at } of entriesAt(raw['signals'], ['live', 'signals'], report)) {
    checkKeys(e, ['path', 'mean', 'deviation', 'period'], at, report);
    const t = target(e, at, 'signals');
    const mean = rangeAt(e['mean'], [...at, 'mean'], report);
    const deviation = numberAt(e['deviation'], [...at, 'deviation'], report, { min: 0 });
    const period = e['period'] === undefined ? 30 : numberAt(e['period'], [...at, 'period'], report, { min: 1 });
    if (!t || !mean || deviation === undefined || period === undefined) continue;
    // The means must be values of the parameter: the level falls back to its mean when noise leaves the range.
    const bad = t.params.flatMap((p) =>
      mean.map((m) => badValue(p, numberWire(p.validator.descriptor.type, m))).filter((x) => x),
    );
    if (bad.length > 0) report([...at, 'mean'], bad[0]!);
    else signals.push({ path: t.path, mean, deviation, period });
  }

  const clocks: ClockSpec[] = [];
  for (const { raw: e, at } of entriesAt(raw['clocks'], ['live', 'clocks'], report)) {
    checkKeys(e, ['path', 'offset'], at, report);
    const t = target(e, at, 'clocks');
    const offset = e['offset'] === undefined ? ([0, 0] as const) : rangeAt(e['offset'], [...at, 'offset'], report);
    if (t && offset) clocks.push({ path: t.path, offset });
  }

  const changes: ChangeSpec[] = [];
  for (const { raw: e, at } of entriesAt(raw['changes'], ['live', 'changes'], report)) {
    checkKeys(e, ['path', 'values', 'interval'], at, report);
    const t = target(e, at, 'changes');
    const values = changeValuesAt(e['values'], [...at, 'values'], report);
    const interval = numberAt(e['interval'], [...at, 'interval'], report, { min: 1, what: 'seconds' });
    if (!t || !values || interval === undefined) continue;
    const wires = values.kind === 'list' ? values.items.map(wireOf) : [String(values.min), String(values.max)];
    const bad = t.params.flatMap((p) =>
      values.kind === 'range' && !INTEGERS.includes(p.validator.descriptor.type)
        ? [
            `{ min, max } draws integers; ${q(p.meta.path)} is ${describeSyntax(p.validator.descriptor)}: list its values`,
          ]
        : wires.map((w) => badValue(p, w)).filter((x): x is string => x !== undefined),
    );
    if (bad.length > 0) report([...at, 'values'], bad[0]!);
    else changes.push({ path: t.path, values, interval });
  }

  const tables: TableChurnSpec[] = [];
  for (const { raw: e, at } of entriesAt(raw['tables'], ['live', 'tables'], report)) {
    const t = checkTable(e, at, schema, supported, claims, report);
    if (t) tables.push(t);
  }
  const seed =
    raw['seed'] === undefined
      ? 0
      : numberAt(raw['seed'], ['live', 'seed'], report, { integer: true, min: 0, max: 4294967295 });
  return { seed: seed ?? 0, counters, signals, clocks, changes, tables };
}

function checkTable(
  e: Record<string, unknown>,
  at: At,
  schema: MountedSchema,
  supported: ReadonlySet<string>,
  claims: Claims,
  report: Report,
): TableChurnSpec | undefined {
  checkKeys(e, ['table', 'rows', 'keep', 'join', 'leave', 'row'], at, report);
  const text = stringAt(e['table'], [...at, 'table'], report, "a table path such as 'Device.Hosts.Host.'");
  const pattern = text === undefined ? undefined : parsePattern(text, { glob: false });
  let table: string | undefined;
  let maxEntries: number | 'unbounded' = 'unbounded';
  if (typeof pattern === 'string') report([...at, 'table'], pattern);
  else if (pattern && text) {
    const last = pattern.segments.at(-1)!;
    const schemaTable = `${schemaFormOf(pattern)}.{i}.`;
    const item = schema.byPath.get(schemaTable);
    if (!text.endsWith('.') || last.kind !== 'name')
      report([...at, 'table'], `write the table like an instances key: ending in '.', without its final '{i}.'`);
    else if (item?.meta.kind !== 'object') {
      const fix = suggestPath(schemaTable, schema);
      report([...at, 'table'], `no table ${q(schemaTable)}${fix ? `; did you mean ${q(fix)}?` : ''}`);
    } else if (!supported.has(schemaTable)) report([...at, 'table'], `table ${q(schemaTable)} is not supported`);
    else {
      table = text;
      maxEntries = item.meta.maxEntries;
    }
  }
  let min: number | undefined;
  let max: number | undefined;
  if (!isRecord(e['rows'])) report([...at, 'rows'], 'missing; add rows: { min, max }');
  else {
    const r = e['rows'];
    checkKeys(r, ['min', 'max'], [...at, 'rows'], report);
    min = numberAt(r['min'], [...at, 'rows', 'min'], report, { integer: true, min: 0 });
    max = numberAt(r['max'], [...at, 'rows', 'max'], report, {
      integer: true,
      min: Math.max(1, min ?? 0),
      ...(maxEntries === 'unbounded' ? {} : { max: maxEntries }),
    });
  }
  const keep: number[] = [];
  if (e['keep'] !== undefined && !Array.isArray(e['keep'])) report([...at, 'keep'], 'expected a list of row numbers');
  (Array.isArray(e['keep']) ? (e['keep'] as unknown[]) : []).forEach((n, i) => {
    const row = numberAt(n, [...at, 'keep', i], report, { integer: true, min: 1, what: 'a row number' });
    if (row !== undefined) keep.push(row);
  });
  const join = numberAt(e['join'], [...at, 'join'], report, { min: 1, what: 'mean seconds between joins' });
  const leave = numberAt(e['leave'], [...at, 'leave'], report, { min: 1, what: 'mean seconds between leaves' });
  const row: Record<string, FieldSpec> = {};
  const subRows = new Set<string>();
  if (e['row'] !== undefined && !isRecord(e['row'])) report([...at, 'row'], 'expected a mapping of parameter to value');
  const rawRow = isRecord(e['row']) ? e['row'] : {};
  for (const [rel, v] of Object.entries(rawRow)) {
    const here = [...at, 'row', rel];
    const field = fieldAt(v, here, report);
    if (!field || table === undefined || typeof pattern !== 'object' || !pattern) continue;
    const segs = rel.split('.');
    if (
      !segs.every((s, i) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s) || (i < segs.length - 1 && /^[1-9][0-9]*$/.test(s)))
    ) {
      report(here, `name a parameter relative to the row: 'HostName', or 'IPv4Address.1.IPAddress' for a row under it`);
      continue;
    }
    const schemaPath = `${schemaFormOf(pattern)}.{i}.${segs.map((s) => (/^[0-9]+$/.test(s) ? '{i}' : s)).join('.')}`;
    const item = schema.byPath.get(schemaPath);
    if (item?.meta.kind !== 'parameter' || !item.validator || !supported.has(schemaPath)) {
      const fix = suggestPath(schemaPath, schema);
      report(here, `no supported parameter ${q(schemaPath)}${fix ? `; did you mean ${q(fix)}?` : ''}`);
      continue;
    }
    const bad = samples(field)
      .map((w) => badValue(item as Param, w))
      .find((x) => x !== undefined);
    if (bad) {
      report(here, bad);
      continue;
    }
    const full = parsePattern(`${text!}{i}.${rel}`, { glob: false });
    const clash =
      typeof full === 'string' ? full : claims.claim(schemaPath, full, `live.${where([...at.slice(1), 'row', rel])}`);
    if (clash) {
      report(here, clash);
      continue;
    }
    row[rel] = field;
    segs.forEach((s, i) => {
      if (/^[0-9]+$/.test(s)) subRows.add(`${segs.slice(0, i + 1).join('.')}.`);
    });
  }
  if (table === undefined || min === undefined || max === undefined || join === undefined || leave === undefined)
    return undefined;
  return { table, min, max, keep, join, leave, row, subRows: [...subRows].sort() };
}

/** Values a generator can give, enough to show it fits the parameter (every pick, both ends, a few draws). */
function samples(field: FieldSpec): string[] {
  const salt = generatorSalt(field);
  switch (field.kind) {
    case 'pick':
      return field.items.map(wireOf);
    case 'range':
      return [String(field.min), String(field.max)];
    case 'countdown':
      return ['0', String(field.period - 1)];
    default:
      return Array.from({ length: 8 }, (_, i) =>
        generateField(field, salt, { seed: i, rowPath: `X.${i + 1}.`, now: i * 1_000_000 }),
      );
  }
}
