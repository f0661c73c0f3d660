/**
 * A JSON dump of GetParameterValues: a list of { name, value, type } entries (the
 * ParameterValueStruct of TR-069 A.3.2.2 with the xsi:type), or [name, value, type] triples, bare
 * or under a `ParameterList` key, optionally with the Inform's `DeviceId`. An entry may also say
 * `writable` and `notification` (from GetParameterNames and GetParameterAttributes).
 */
import type { NotificationLevel } from '../profile/types.ts';
import { type Dump, type DumpEntry, type DumpIdentity, type DumpProblem, badPath, mergeEntries } from './dump.ts';
import { DumpFormatError } from './read-csv-dump.ts';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The first of the keys the record has (ACS tools write Name or name). */
function field(r: Record<string, unknown>, ...keys: string[]): unknown {
  for (const k of keys) if (Object.hasOwn(r, k)) return r[k];
  return undefined;
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return undefined;
}

function listOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) return undefined;
  const list = field(data, 'ParameterList', 'parameterList', 'parameters', 'Parameters');
  return Array.isArray(list) ? list : undefined;
}

function identityOf(data: unknown): DumpIdentity {
  const id = isRecord(data) ? field(data, 'DeviceId', 'deviceId', 'DeviceID') : undefined;
  const out: DumpIdentity = {};
  if (!isRecord(id)) return out;
  const set = (key: keyof DumpIdentity, ...names: string[]): void => {
    const v = text(field(id, ...names));
    if (v !== undefined) out[key] = v;
  };
  set('manufacturer', 'Manufacturer', 'manufacturer');
  set('oui', 'OUI', 'oui', 'ManufacturerOUI');
  set('productClass', 'ProductClass', 'productClass');
  set('serialNumber', 'SerialNumber', 'serialNumber');
  return out;
}

function entryOf(raw: unknown, where: string): DumpEntry | DumpProblem {
  let name: unknown, value: unknown, type: unknown, writable: unknown, notification: unknown, object: unknown;
  if (Array.isArray(raw)) [name, value, type] = raw as unknown[];
  else if (isRecord(raw)) {
    name = field(raw, 'name', 'Name', 'path', 'parameter', 'Parameter');
    value = field(raw, 'value', 'Value');
    type = field(raw, 'type', 'Type', 'xsiType', 'valueType');
    writable = field(raw, 'writable', 'Writable');
    notification = field(raw, 'notification', 'Notification');
    object = field(raw, 'object', 'Object');
  } else return { where, reason: 'an entry is { name, value, type } or [name, value, type]' };
  if (typeof name !== 'string') return { where, reason: 'the entry has no name' };
  const path = name.trim();
  const bad = badPath(path);
  if (bad !== undefined) return { where, reason: bad };
  if (writable !== undefined && typeof writable !== 'boolean')
    return { where, reason: 'writable is not true or false' };
  if (notification !== undefined && notification !== 0 && notification !== 1 && notification !== 2)
    return { where, reason: 'notification is not 0, 1 or 2' };
  const isObject = object === true || path.endsWith('.');
  const v = text(value);
  if (!isObject && value !== undefined && value !== null && v === undefined)
    return { where, reason: 'the value is not text, a number or a boolean' };
  const t = typeof type === 'string' && type.trim() !== '' ? type.trim() : undefined;
  return {
    path: isObject && !path.endsWith('.') ? `${path}.` : path,
    object: isObject,
    where,
    ...(typeof writable === 'boolean' ? { writable } : {}),
    ...(isObject || v === undefined ? {} : { value: v }),
    ...(isObject || t === undefined ? {} : { type: t }),
    ...(isObject || notification === undefined ? {} : { notification: notification as NotificationLevel }),
  };
}

/** Reads a JSON dump; throws DumpFormatError when the text is no JSON or holds no parameter list. */
export function readJsonDump(text: string): Dump {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DumpFormatError(`not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const list = listOf(data);
  if (list === undefined)
    throw new DumpFormatError(
      'a JSON dump is a list of { name, value, type } entries, or an object with a ParameterList',
    );
  const entries: DumpEntry[] = [];
  const malformed: DumpProblem[] = [];
  list.forEach((raw, i) => {
    const e = entryOf(raw, `entry ${i + 1}`);
    if ('reason' in e) malformed.push(e);
    else entries.push(e);
  });
  return {
    format: 'GetParameterValues JSON',
    entries: mergeEntries(entries),
    identity: identityOf(data),
    malformed,
    acsRows: 0,
  };
}
