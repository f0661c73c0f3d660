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
  /** Value changes not yet delivered in an Inform; they survive a restart like events do. */
  pending?: { path: string; active: boolean }[];
}

/**
 * The mutable instance state of the store-backed part of the tree. Instance numbers only grow
 * (TR-069 A.3.2.6: numbers of deleted instances are not reused) until a factory reset.
 */
export class InstanceState {
  readonly values = new Map<string, Value>();
  readonly tables = new Map<string, TableRows>();
  readonly writtenOnce = new Set<string>();

  rows(tablePath: string): readonly number[] {
    return this.tables.get(tablePath)?.rows ?? [];
  }

  hasRow(tablePath: string, instance: number): boolean {
    const t = this.tables.get(tablePath);
    return t !== undefined && binarySearch(t.rows, instance) >= 0;
  }

  /** Adds a row with the next free number, or the given one (which must be unused and not below). */
  addRow(tablePath: string, instance?: number): number {
    let t = this.tables.get(tablePath);
    if (!t) this.tables.set(tablePath, (t = { next: 1, rows: [] }));
    const n = instance ?? t.next;
    if (binarySearch(t.rows, n) >= 0) throw new Error(`instance ${tablePath}${n} exists`);
    t.rows.splice(-binarySearch(t.rows, n) - 1, 0, n);
    t.next = Math.max(t.next, n + 1);
    return n;
  }

  /** Removes a row and everything under it: values, nested tables (their counters too). */
  deleteRow(tablePath: string, instance: number): void {
    const t = this.tables.get(tablePath);
    if (t) {
      const i = binarySearch(t.rows, instance);
      if (i >= 0) t.rows.splice(i, 1);
    }
    const prefix = `${tablePath}${instance}.`;
    for (const k of [...this.values.keys()]) if (k.startsWith(prefix)) this.values.delete(k);
    for (const k of [...this.tables.keys()]) if (k.startsWith(prefix)) this.tables.delete(k);
    for (const k of [...this.writtenOnce]) if (k.startsWith(prefix)) this.writtenOnce.delete(k);
  }

  clear(): void {
    this.values.clear();
    this.tables.clear();
    this.writtenOnce.clear();
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
