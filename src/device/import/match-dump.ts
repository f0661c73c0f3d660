/**
 * Maps every dump entry onto the mounted schema: a standard item a model defines (matched), a
 * vendor item no model defines ('X_' names, TR-106 3.3) that can hang under what is served, or
 * dropped with the reason. Also collects the table rows the kept entries need, holding each table
 * to its maxEntries.
 */
import { parentOf } from '../../datamodel/paths.ts';
import type { MountedItem, MountedSchema } from '../profile/mount.ts';
import { rowsOf, toSchemaPath } from '../profile/paths.ts';
import { holderOf, isVendorPath } from '../profile/vendor.ts';
import type { DumpEntry } from './dump.ts';

export interface Matched {
  readonly entry: DumpEntry;
  readonly item: MountedItem;
}

export interface VendorHit {
  readonly entry: DumpEntry;
  /** Schema path: '{i}' for rows; a table reported without a row number becomes '…{i}.'. */
  readonly schemaPath: string;
}

export interface Dropped {
  readonly path: string;
  readonly reason: string;
}

export interface Classified {
  readonly matched: Matched[];
  readonly vendor: VendorHit[];
  readonly dropped: Dropped[];
  /** Concrete table path (no final '{i}.') → its rows, ascending. */
  readonly instances: Record<string, number[]>;
}

/** The standard item a dump entry names, if a mounted model defines it. */
function lookup(entry: DumpEntry, schema: MountedSchema): MountedItem | undefined {
  const sp = toSchemaPath(entry.path);
  const item = schema.byPath.get(sp);
  if (item) return item;
  // 'X.Table.' names the table itself, whose schema item is 'X.Table.{i}.'.
  return entry.object && !sp.endsWith('{i}.') ? schema.byPath.get(`${sp}{i}.`) : undefined;
}

/**
 * Vendor tables: the schema paths of vendor objects the dump gives numbered rows, and empty
 * writable vendor objects (a writable object is a table: TR-069 A.3.2.6).
 */
function vendorTables(candidates: readonly DumpEntry[], descendants: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const e of candidates) {
    const segs = e.path.split('.');
    for (let i = 1; i < segs.length; i++)
      if (/^[0-9]+$/.test(segs[i]!)) out.add(`${toSchemaPath(segs.slice(0, i).join('.'))}.`);
    if (e.object && e.writable === true && !descendants.has(e.path) && !/\.[0-9]+\.$/.test(e.path))
      out.add(toSchemaPath(e.path));
  }
  return out;
}

/** A vendor entry's schema path: a table written without a row number is its '{i}.' item. */
function vendorSchemaPath(e: DumpEntry, tables: ReadonlySet<string>): string {
  const sp = toSchemaPath(e.path);
  return e.object && tables.has(sp) ? `${sp}{i}.` : sp;
}

/** Why a vendor schema path cannot be served, or undefined when everything above it can. */
function vendorProblem(sp: string, schema: MountedSchema, tables: ReadonlySet<string>): string | undefined {
  for (let p = holderOf(sp); p !== ''; p = holderOf(p)) {
    if (schema.byPath.get(p)?.meta.kind === 'object') return undefined;
    if (!isVendorPath(p)) return `it is under ${p}, which no mounted model defines`;
    // A vendor object with numbered rows cannot also hold parameters of its own.
    if (!p.endsWith('{i}.') && tables.has(p)) return `${p.slice(0, -1)} is a table (it has numbered rows)`;
  }
  return 'it is not under the root object';
}

export function classify(entries: readonly DumpEntry[], schema: MountedSchema): Classified {
  const matched: Matched[] = [];
  const candidates: DumpEntry[] = [];
  const dropped: Dropped[] = [];
  for (const e of entries) {
    if (!e.path.startsWith(schema.rootPath)) {
      dropped.push({ path: e.path, reason: `it is not under ${schema.rootPath}` });
      continue;
    }
    const item = lookup(e, schema);
    if (item && (item.meta.kind === 'object') === e.object) matched.push({ entry: e, item });
    else if (item)
      dropped.push({ path: e.path, reason: `the model defines it as ${e.object ? 'a parameter' : 'an object'}` });
    else if (isVendorPath(e.path)) candidates.push(e);
    else dropped.push({ path: e.path, reason: 'no mounted model defines it' });
  }

  // Objects the dump lists something under (to tell an empty vendor object from a table).
  const descendants = new Set<string>();
  for (const e of entries) for (let p = parentOf(e.path); p !== ''; p = parentOf(p)) descendants.add(p);
  const tables = vendorTables(candidates, descendants);
  const vendor: VendorHit[] = [];
  const vendorObjects = new Set<string>();
  for (const e of candidates) {
    const schemaPath = vendorSchemaPath(e, tables);
    const problem = vendorProblem(schemaPath, schema, tables);
    if (problem !== undefined) dropped.push({ path: e.path, reason: problem });
    else vendor.push({ entry: e, schemaPath });
    if (problem === undefined && e.object) vendorObjects.add(schemaPath);
  }
  // A vendor parameter whose name the dump also uses as an object: the object (with what is under it) wins.
  const kept = vendor.filter((v) => {
    if (v.entry.object || !vendorObjects.has(`${v.schemaPath}.`)) return true;
    dropped.push({ path: v.entry.path, reason: 'the dump also lists it as an object' });
    return false;
  });
  return limitRows(matched, kept, dropped, schema);
}

/** Each table's rows from the kept entries; rows beyond a table's maxEntries are dropped with what is under them. */
function limitRows(matched: Matched[], vendor: VendorHit[], dropped: Dropped[], schema: MountedSchema): Classified {
  const rows = new Map<string, Set<number>>();
  for (const { entry } of [...matched, ...vendor])
    for (const { table, n } of rowsOf(entry.path)) {
      const set = rows.get(table) ?? new Set<number>();
      set.add(n);
      rows.set(table, set);
    }
  const over = new Map<string, number>(); // row prefix → maxEntries
  const instances: Record<string, number[]> = {};
  for (const [table, set] of [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sorted = [...set].sort((a, b) => a - b);
    const max = schema.byPath.get(`${toSchemaPath(table)}{i}.`)?.meta;
    const limit = max?.kind === 'object' && max.maxEntries !== 'unbounded' ? max.maxEntries : Infinity;
    for (const n of sorted.slice(limit)) over.set(`${table}${n}.`, limit);
    instances[table] = sorted.slice(0, limit);
  }
  if (over.size === 0) return { matched, vendor, dropped, instances };
  const beyond = (path: string): number | undefined => {
    for (const { table, n } of rowsOf(path)) {
      const limit = over.get(`${table}${n}.`);
      if (limit !== undefined) return limit;
    }
    return undefined;
  };
  const keep = <T extends { entry: DumpEntry }>(list: T[]): T[] =>
    list.filter(({ entry }) => {
      const limit = beyond(entry.path);
      if (limit === undefined) return true;
      dropped.push({ path: entry.path, reason: `its row is beyond the table's maxEntries (${limit})` });
      return false;
    });
  for (const table of Object.keys(instances)) if (beyond(table) !== undefined) delete instances[table];
  return { matched: keep(matched), vendor: keep(vendor), dropped, instances };
}
