/**
 * Checks the `live:` section against the mounted schema: each path names supported parameters
 * (or a supported table) of a type the behaviour can drive, read-only unless it is a joining
 * row's value, no parameter is driven twice, and every value a behaviour can produce passes the
 * parameter's validator. Returns what survived; every problem is reported at its key.
 */
import { containerPath } from '../../datamodel/schema-index.ts';
import type { PrimitiveType } from '../../schema/descriptor.ts';
import { numberWire } from '../simulated/live-curves.ts';
import { type Report, formatKey, q } from './issues.ts';
import { Claims, type Param, badValue } from './live-claims.ts';
import { type At, changeValuesAt, checkKeys, entriesAt, isRecord, numberAt, rangeAt, stringAt } from './live-shape.ts';
import { matchesSchemaPath, parsePattern, schemaFormOf } from './live-pattern.ts';
import {
  type ChangeSpec,
  type ClockSpec,
  type CounterSpec,
  type LiveSpec,
  NO_LIVE,
  type SignalSpec,
  type TableChurnSpec,
} from './live-spec.ts';
import { checkTable } from './live-table.ts';
import type { MountedSchema } from './mount.ts';
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
      const clash = claims.claim(p.meta.path, pattern, formatKey(at));
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
