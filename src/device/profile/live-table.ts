/**
 * Checks one churning table of the `live:` section: a supported table, its row bounds within the
 * table's maxEntries, and each value of a joining row a supported parameter whose validator
 * accepts what the generator can give.
 */
import { generateField, generatorSalt } from '../simulated/live-generators.ts';
import { type Report, formatKey, q } from './issues.ts';
import { Claims, type Param, badValue } from './live-claims.ts';
import { type At, checkKeys, fieldAt, isRecord, numberAt, stringAt } from './live-shape.ts';
import { parsePattern, schemaFormOf } from './live-pattern.ts';
import type { FieldSpec, TableChurnSpec } from './live-spec.ts';
import type { MountedSchema } from './mount.ts';
import { suggestPath } from './suggest.ts';
import { wireOf } from './values.ts';

export function checkTable(
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
    const clash = typeof full === 'string' ? full : claims.claim(schemaPath, full, formatKey([...at, 'row', rel]));
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
