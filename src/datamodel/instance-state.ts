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
  /** This tree's own values: everything set since the base. */
  readonly values = new Map<string, Value>();
  /** This tree's own tables: copied from the base on their first change. */
  readonly tables = new Map<string, TableRows>();
  readonly writtenOnce = new Set<string>();
  /** Row prefixes ('Device.X.2.') under which the base no longer shows through. */
  readonly masked = new Set<string>();

  constructor(private readonly base: TreeBase = EMPTY_BASE) {}

  private isMasked(path: string): boolean {
    if (this.masked.size === 0) return false;
    for (const m of this.masked) if (path.startsWith(m)) return true;
    return false;
  }

  value(path: string): Value | undefined {
    const own = this.values.get(path);
    if (own !== undefined) return own;
    const b = this.base.values.get(path);
    return b === undefined || this.isMasked(path) ? undefined : b;
  }

  private table(tablePath: string): Readonly<TableRows> | undefined {
    const own = this.tables.get(tablePath);
    if (own) return own;
    const b = this.base.tables.get(tablePath);
    return b === undefined || this.isMasked(tablePath) ? undefined : b;
  }

  /** The table as this tree's own, copied from the base on first change. */
  private ownTable(tablePath: string): TableRows {
    let t = this.tables.get(tablePath);
    if (!t) {
      const b = this.table(tablePath);
      this.tables.set(tablePath, (t = b ? { next: b.next, rows: [...b.rows] } : { next: 1, rows: [] }));
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
    const n = instance ?? t.next;
    if (binarySearch(t.rows, n) >= 0) throw new Error(`instance ${tablePath}${n} exists`);
    t.rows.splice(-binarySearch(t.rows, n) - 1, 0, n);
    t.next = Math.max(t.next, n + 1);
    return n;
  }

  /** Removes a row and everything under it: values, nested tables (their counters too). */
  deleteRow(tablePath: string, instance: number): void {
    const t = this.ownTable(tablePath);
    const i = binarySearch(t.rows, instance);
    if (i >= 0) t.rows.splice(i, 1);
    const prefix = `${tablePath}${instance}.`;
    for (const k of [...this.values.keys()]) if (k.startsWith(prefix)) this.values.delete(k);
    for (const k of [...this.tables.keys()]) if (k.startsWith(prefix)) this.tables.delete(k);
    for (const k of [...this.writtenOnce]) if (k.startsWith(prefix)) this.writtenOnce.delete(k);
    if (this.baseHasUnder(prefix)) this.masked.add(prefix);
  }

  private baseHasUnder(prefix: string): boolean {
    for (const k of this.base.values.keys()) if (k.startsWith(prefix)) return true;
    for (const k of this.base.tables.keys()) if (k.startsWith(prefix)) return true;
    return false;
  }

  /** Back to the base: a factory reset. */
  clear(): void {
    this.values.clear();
    this.tables.clear();
    this.writtenOnce.clear();
    this.masked.clear();
  }

  /** This state as a base for other trees (own layer only; call on a tree built from nothing). */
  toBase(): TreeBase {
    const tables = new Map<string, TableRows>();
    for (const [k, t] of this.tables) tables.set(k, { next: t.next, rows: [...t.rows] });
    return { values: new Map(this.values), tables };
  }
}

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
