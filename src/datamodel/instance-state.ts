import type { Value } from '../schema/values.ts';

/** The rows of one concrete table ('Device.IP.Interface.'), and the next instance number to hand out. */
export interface TableRows {
  next: number;
  rows: number[]; // ascending
}

/** What the tree persists: store-backed values, table rows and counters, and attributes. */
export interface TreeSnapshot {
  /** Concrete parameter path → value in wire form. */
  values: Record<string, string>;
  tables: Record<string, TableRows>;
  attributes: Record<string, { notification: 0 | 1 | 2; accessList: string[] }>;
  /** writeOnceReadOnly parameters that have had their one write. */
  writtenOnce: string[];
  /** Deleted rows of the shared base whose base values and tables no longer show. */
  masked?: string[];
  /** Value changes not yet delivered in an Inform; they survive a restart like events do. */
  pending?: { path: string; active: boolean }[];
}

/**
 * What every device of a profile starts with (rows and seeded values), shared read-only by all
 * the trees built from that profile; each tree holds only what differs from it (fleet mode keeps
 * thousands of trees in one process).
 */
export interface TreeBase {
  readonly values: ReadonlyMap<string, Value>;
  readonly tables: ReadonlyMap<string, Readonly<TableRows>>;
  /** Notification attributes the device starts with (an imported device's), by concrete path. */
  readonly notifications?: ReadonlyMap<string, 0 | 1 | 2>;
}

export const EMPTY_BASE: TreeBase = { values: new Map(), tables: new Map() };

/**
 * The mutable instance state of the store-backed part of the tree, layered over a shared base.
 * Instance numbers only grow (TR-069 A.3.2.6: numbers of deleted instances are not reused) until
 * a factory reset. A deleted base row masks the base's values and tables under it.
 */
export class InstanceState {
  // Each collection is made on its first entry: a fleet keeps thousands of these, most of them
  // holding a few values and nothing else.
  /** This tree's own values: everything set since the base. */
  private ownValues: Map<string, Value> | undefined;
  /** This tree's own tables: copied from the base on their first change. */
  private ownTables: Map<string, TableRows> | undefined;
  private writtenOnce: Set<string> | undefined;
  /** Row prefixes ('Device.X.2.') under which the base no longer shows through. */
  private masked: Set<string> | undefined;
  /** Counts changes to which rows exist (added, removed, replaced, reset). */
  rowChanges = 0;

  constructor(private readonly base: TreeBase = EMPTY_BASE) {}

  private isMasked(path: string): boolean {
    if (!this.masked) return false;
    for (const m of this.masked) if (path.startsWith(m)) return true;
    return false;
  }

  value(path: string): Value | undefined {
    const own = this.ownValues?.get(path);
    if (own !== undefined) return own;
    const b = this.base.values.get(path);
    return b === undefined || this.isMasked(path) ? undefined : b;
  }

  /** This tree's own values (what differs from the base), in insertion order. */
  ownEntries(): Iterable<[string, Value]> {
    return this.ownValues ?? NO_VALUES;
  }

  get ownCount(): number {
    return this.ownValues?.size ?? 0;
  }

  hasOwn(path: string): boolean {
    return this.ownValues?.has(path) === true;
  }

  setOwn(path: string, value: Value): void {
    (this.ownValues ??= new Map()).set(path, value);
  }

  deleteOwn(path: string): void {
    this.ownValues?.delete(path);
  }

  isWrittenOnce(path: string): boolean {
    return this.writtenOnce?.has(path) === true;
  }

  setWrittenOnce(path: string, written: boolean): void {
    if (written) (this.writtenOnce ??= new Set()).add(path);
    else this.writtenOnce?.delete(path);
  }

  writtenOnceList(): string[] {
    return this.writtenOnce ? [...this.writtenOnce] : [];
  }

  maskedList(): string[] {
    return this.masked ? [...this.masked] : [];
  }

  addMasked(prefix: string): void {
    this.rowChanges++;
    (this.masked ??= new Set()).add(prefix);
  }

  /** This tree's own tables (copied from the base on their first change). */
  ownTableEntries(): Iterable<[string, Readonly<TableRows>]> {
    return this.ownTables ?? NO_TABLES;
  }

  /** Sets a table of this tree's own, replacing any rows it had. */
  setTable(tablePath: string, rows: TableRows): void {
    this.rowChanges++;
    (this.ownTables ??= new Map()).set(tablePath, rows);
  }

  private table(tablePath: string): Readonly<TableRows> | undefined {
    const own = this.ownTables?.get(tablePath);
    if (own) return own;
    const b = this.base.tables.get(tablePath);
    return b === undefined || this.isMasked(tablePath) ? undefined : b;
  }

  /** The table as this tree's own, copied from the base on first change. */
  private ownTable(tablePath: string): TableRows {
    let t = this.ownTables?.get(tablePath);
    if (!t) {
      const b = this.table(tablePath);
      this.setTable(tablePath, (t = b ? { next: b.next, rows: [...b.rows] } : { next: 1, rows: [] }));
    }
    return t;
  }

  rows(tablePath: string): readonly number[] {
    return this.table(tablePath)?.rows ?? [];
  }

  hasRow(tablePath: string, instance: number): boolean {
    const t = this.table(tablePath);
    return t !== undefined && binarySearch(t.rows, instance) >= 0;
  }

  /** Adds a row with the next free number, or the given one (which must be unused and not below). */
  addRow(tablePath: string, instance?: number): number {
    const t = this.ownTable(tablePath);
    this.rowChanges++;
    const n = instance ?? t.next;
    if (binarySearch(t.rows, n) >= 0) throw new Error(`instance ${tablePath}${n} exists`);
    t.rows.splice(-binarySearch(t.rows, n) - 1, 0, n);
    t.next = Math.max(t.next, n + 1);
    return n;
  }

  /** Removes a row and everything under it: values, nested tables (their counters too). */
  deleteRow(tablePath: string, instance: number): void {
    const t = this.ownTable(tablePath);
    this.rowChanges++;
    const i = binarySearch(t.rows, instance);
    if (i >= 0) t.rows.splice(i, 1);
    const prefix = `${tablePath}${instance}.`;
    const under = (k: string): boolean => k.startsWith(prefix);
    if (this.ownValues) for (const k of [...this.ownValues.keys()]) if (under(k)) this.ownValues.delete(k);
    if (this.ownTables) for (const k of [...this.ownTables.keys()]) if (under(k)) this.ownTables.delete(k);
    if (this.writtenOnce) for (const k of [...this.writtenOnce]) if (under(k)) this.writtenOnce.delete(k);
    if (this.baseHasUnder(prefix)) this.addMasked(prefix);
  }

  private baseHasUnder(prefix: string): boolean {
    for (const k of this.base.values.keys()) if (k.startsWith(prefix)) return true;
    for (const k of this.base.tables.keys()) if (k.startsWith(prefix)) return true;
    return false;
  }

  /** Back to the base: a factory reset. */
  clear(): void {
    this.rowChanges++;
    this.ownValues = undefined;
    this.ownTables = undefined;
    this.writtenOnce = undefined;
    this.masked = undefined;
  }

  /** This state as a base for other trees (own layer only; call on a tree built from nothing). */
  toBase(): TreeBase {
    const tables = new Map<string, TableRows>();
    for (const [k, t] of this.ownTableEntries()) tables.set(k, { next: t.next, rows: [...t.rows] });
    return { values: new Map(this.ownEntries()), tables };
  }
}

const NO_VALUES: ReadonlyMap<string, Value> = new Map();
const NO_TABLES: ReadonlyMap<string, TableRows> = new Map();

function binarySearch(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = a[mid]!;
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -lo - 1;
}
