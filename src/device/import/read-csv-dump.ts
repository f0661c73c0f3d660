/**
 * The two CSV dumps of a device's parameters: genieacs-sim's data-model files
 * (`Parameter,Object,Writable,Value,Value type`) and the "Download" of a device's parameters in
 * GenieACS's UI, which adds timestamps, the Notification and the Access list. Columns are found
 * by their header names, so either format (and a reordered one) reads the same way.
 */
import type { NotificationLevel } from '../profile/types.ts';
import { parseCsv } from './csv.ts';
import { type Dump, type DumpEntry, type DumpIdentity, type DumpProblem, badPath, mergeEntries } from './dump.ts';

export class DumpFormatError extends Error {
  override readonly name = 'DumpFormatError';
}

const COLUMNS = ['parameter', 'object', 'writable', 'value', 'value type', 'notification'] as const;
type Column = (typeof COLUMNS)[number];

/** GenieACS keeps the DeviceIdStruct under DeviceID (TR-069 A.3.3.1 field names). */
const DEVICE_ID: Readonly<Record<string, keyof DumpIdentity>> = {
  'DeviceID.Manufacturer': 'manufacturer',
  'DeviceID.OUI': 'oui',
  'DeviceID.ProductClass': 'productClass',
  'DeviceID.SerialNumber': 'serialNumber',
};
/** GenieACS's own records in its export: the device's id in its database, event times, tags. */
const ACS_ROWS = /^(?:DeviceID|Events|Tags)(?:\.|:|$)/;

function flag(text: string): boolean | undefined | 'bad' {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  if (t === 'true' || t === '1') return true;
  if (t === 'false' || t === '0') return false;
  return 'bad';
}

function notificationOf(text: string): NotificationLevel | undefined | 'bad' {
  const t = text.trim();
  if (t === '') return undefined;
  return t === '0' || t === '1' || t === '2' ? (Number(t) as NotificationLevel) : 'bad';
}

/** Reads a CSV dump; throws DumpFormatError when the text has no dump header. */
export function readCsvDump(text: string): Dump {
  const records = parseCsv(text);
  const header = records[0]?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const at = new Map<Column, number>();
  for (const c of COLUMNS) if (header.includes(c)) at.set(c, header.indexOf(c));
  if (!at.has('parameter') || !at.has('value'))
    throw new DumpFormatError(
      `no dump header: the first line of a CSV dump names its columns (Parameter,Object,Writable,Value,Value type)`,
    );
  const genieExport = header.includes('notification') || header.includes('value timestamp');
  const entries: DumpEntry[] = [];
  const malformed: DumpProblem[] = [];
  const identity: DumpIdentity = {};
  let acsRows = 0;
  for (const r of records.slice(1)) {
    const where = `line ${r.line}`;
    const get = (c: Column): string => {
      const i = at.get(c);
      return i === undefined ? '' : (r.fields[i] ?? '');
    };
    const path = get('parameter').trim();
    const idKey = DEVICE_ID[path];
    if (idKey) {
      identity[idKey] = get('value');
      continue;
    }
    if (ACS_ROWS.test(path)) {
      acsRows++;
      continue;
    }
    if (r.unterminated) {
      malformed.push({ where, reason: 'a quoted field is never closed' });
      continue;
    }
    const object = flag(get('object'));
    const writable = flag(get('writable'));
    const notification = notificationOf(get('notification'));
    const problem =
      badPath(path) ??
      (object === 'bad' ? `Object is ${JSON.stringify(get('object').slice(0, 20))}, not true or false` : undefined) ??
      (writable === 'bad'
        ? `Writable is ${JSON.stringify(get('writable').slice(0, 20))}, not true or false`
        : undefined) ??
      (notification === 'bad'
        ? `Notification is ${JSON.stringify(get('notification').slice(0, 20))}, not 0, 1 or 2`
        : undefined);
    if (problem !== undefined) {
      malformed.push({ where, reason: problem });
      continue;
    }
    const isObject = object === true || path.endsWith('.');
    const type = get('value type').trim();
    entries.push({
      path: isObject && !path.endsWith('.') ? `${path}.` : path,
      object: isObject,
      where,
      ...(writable === undefined || writable === 'bad' ? {} : { writable }),
      ...(isObject ? {} : { value: get('value') }),
      ...(type === '' || isObject ? {} : { type }),
      ...(notification === undefined || notification === 'bad' || isObject ? {} : { notification }),
    });
  }
  return {
    format: genieExport ? 'GenieACS device export CSV' : 'genieacs-sim CSV',
    entries: mergeEntries(entries),
    identity,
    malformed,
    acsRows,
  };
}
