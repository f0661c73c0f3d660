/**
 * A device's data-model dump as read from a file, whatever its format: one entry per reported
 * object or parameter, the DeviceId it identified itself with, and the rows that could not be
 * read (each dropped, with why). Paths are as the device wrote them; objects end in '.'.
 */
import type { NotificationLevel } from '../profile/types.ts';

export type DumpFormat = 'genieacs-sim CSV' | 'GenieACS device export CSV' | 'GetParameterValues JSON';

export interface DumpEntry {
  /** Concrete path; an object's ends in '.'. */
  readonly path: string;
  readonly object: boolean;
  /** From GetParameterNames: for a parameter, settable; for a table or row, rows may be added or deleted. */
  readonly writable?: boolean;
  /** The value as text, as on the wire. */
  readonly value?: string;
  /** The xsi:type the device sent ('xsd:unsignedInt'). */
  readonly type?: string;
  readonly notification?: NotificationLevel;
  /** Where in the file: 'line 12', 'entry 3'. */
  readonly where: string;
}

/** The Inform's DeviceIdStruct (TR-069 A.3.3.1), when the dump carries it. */
export interface DumpIdentity {
  manufacturer?: string;
  oui?: string;
  productClass?: string;
  serialNumber?: string;
}

export interface DumpProblem {
  readonly where: string;
  readonly reason: string;
}

export interface Dump {
  readonly format: DumpFormat;
  readonly entries: readonly DumpEntry[];
  readonly identity: DumpIdentity;
  /** Rows that are not data-model entries and were left out (each counted as dropped). */
  readonly malformed: readonly DumpProblem[];
  /** Rows about the ACS's own records (GenieACS's DeviceID.ID, Events.*, Tags.*): not the device's. */
  readonly acsRows: number;
}

/** A concrete path as a dump may write it: name segments and instance numbers, dot-separated. */
const SEGMENT = /^(?:[A-Za-z_][A-Za-z0-9_-]*|[1-9][0-9]*)$/;

/** Why a dump path cannot be a data-model path, or undefined when it can. */
export function badPath(path: string): string | undefined {
  if (path === '') return 'no path';
  if (path.length > 1024) return 'a path longer than 1024 characters';
  const segs = (path.endsWith('.') ? path.slice(0, -1) : path).split('.');
  if (/^[0-9]/.test(segs[0] ?? '')) return `${JSON.stringify(path.slice(0, 60))} does not start with an object name`;
  const bad = segs.find((s) => !SEGMENT.test(s));
  if (bad !== undefined)
    return `${JSON.stringify(path.slice(0, 60))} is not a data-model path (segment ${JSON.stringify(bad.slice(0, 30))})`;
  // A row holds objects and parameters, not another row directly.
  if (segs.some((s, i) => i > 0 && /^[0-9]+$/.test(s) && /^[0-9]+$/.test(segs[i - 1]!)))
    return `${JSON.stringify(path.slice(0, 60))} has two instance numbers in a row`;
  // Instance numbers are unsignedInt (TR-069 A.3.2.6).
  const huge = segs.find((s) => /^[0-9]+$/.test(s) && (s.length > 10 || Number(s) > 4294967295));
  if (huge !== undefined) return `instance number ${huge.slice(0, 20)} is larger than an unsignedInt`;
  return undefined;
}

/**
 * Merges entries for the same path (GenieACS's export can split one parameter over two rows):
 * the first non-empty value of each field wins; an object flag on either makes it an object.
 */
export function mergeEntries(entries: readonly DumpEntry[]): DumpEntry[] {
  const byPath = new Map<string, DumpEntry>();
  for (const e of entries) {
    const key = e.path.endsWith('.') ? e.path.slice(0, -1) : e.path;
    const had = byPath.get(key);
    if (!had) {
      byPath.set(key, e);
      continue;
    }
    const object = had.object || e.object;
    const merged: DumpEntry = {
      path: object ? `${key}.` : key,
      object,
      where: had.where,
      ...pick('writable', had, e),
      ...pick('value', had, e),
      ...pick('type', had, e),
      ...pick('notification', had, e),
    };
    byPath.set(key, merged);
  }
  return [...byPath.values()];
}

function pick<K extends 'writable' | 'value' | 'type' | 'notification'>(
  key: K,
  a: DumpEntry,
  b: DumpEntry,
): Pick<DumpEntry, K> | object {
  const v = a[key] === undefined || a[key] === '' ? (b[key] ?? a[key]) : a[key];
  return v === undefined ? {} : { [key]: v };
}
