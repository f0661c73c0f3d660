/**
 * The structural check of a parsed profile: keys, their types and formats, before anything is
 * looked up in the schema. It keeps every well-formed part (so later checks still run and all
 * problems come out in one report) and reports the rest.
 */
import { type Report, q } from './issues.ts';
import { didYouMean } from './suggest.ts';
import { notificationsOf } from './notifications.ts';
import type { DeviceIdentity, NotificationLevel, ProfileValue, VendorItemSpec } from './types.ts';
import { vendorOf } from './vendor.ts';

/** What survived the structural check; list entries that failed it are undefined, keeping indexes. */
export interface Draft {
  name?: string;
  identity: Partial<DeviceIdentity>;
  root?: string;
  services: (string | undefined)[];
  overlays: (string | undefined)[];
  supported: (string | undefined)[];
  instances: Record<string, number[]>;
  values: Record<string, ProfileValue>;
  vendor: Record<string, VendorItemSpec>;
  notifications: Record<string, NotificationLevel>;
  /** The `live:` section as written; live.ts checks it against the schema. */
  live?: unknown;
}

const TOP_KEYS = [
  'name',
  'identity',
  'root',
  'services',
  'overlays',
  'supported',
  'instances',
  'values',
  'vendor',
  'notifications',
  'live',
] as const;
const REQUIRED_TOP = ['name', 'identity', 'root', 'supported'] as const;
export const IDENTITY_KEYS = [
  'manufacturer',
  'manufacturerOUI',
  'productClass',
  'serialNumber',
  'modelName',
  'description',
  'hardwareVersion',
  'softwareVersion',
] as const satisfies readonly (keyof DeviceIdentity)[];
// The DeviceIdStruct fields (TR-069 A.3.3.1) identify the device to the ACS, so they cannot be empty.
const NON_EMPTY: ReadonlySet<string> = new Set(['manufacturer', 'manufacturerOUI', 'productClass', 'serialNumber']);
const OUI = /^[0-9A-F]{6}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): string {
  return v === null
    ? 'nothing (null)'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'a mapping'
        : `a ${typeof v}`;
}

function checkKeys(
  obj: Record<string, unknown>,
  valid: readonly string[],
  at: readonly string[],
  report: Report,
): void {
  for (const key of Object.keys(obj)) {
    if (valid.includes(key)) continue;
    report([...at, key], `unknown key ${q(key)}${didYouMean(key, valid)} (valid keys: ${valid.join(', ')})`);
  }
}

function identityOf(raw: unknown, report: Report): Partial<DeviceIdentity> {
  if (!isRecord(raw)) {
    report(['identity'], `expected a mapping with ${IDENTITY_KEYS.join(', ')}, got ${typeName(raw)}`);
    return {};
  }
  checkKeys(raw, IDENTITY_KEYS, ['identity'], report);
  const out: Partial<DeviceIdentity> = {};
  for (const key of IDENTITY_KEYS) {
    const v = raw[key];
    if (v === undefined) {
      if (key !== 'description') report(['identity', key], `missing; add identity.${key} (a string)`);
      continue;
    }
    if (typeof v !== 'string') {
      report(['identity', key], `expected a string, got ${typeName(v)}; quote it in YAML so it is read as text`);
      continue;
    }
    if (NON_EMPTY.has(key) && v.trim() === '') {
      report(['identity', key], 'must not be empty: the ACS identifies the device by it');
      continue;
    }
    if (key === 'manufacturerOUI' && !OUI.test(v)) {
      const upper = v.toUpperCase();
      report(
        ['identity', key],
        `${JSON.stringify(v)} is not an OUI: write exactly 6 upper-case hex digits${OUI.test(upper) ? `, i.e. "${upper}"` : ' (e.g. "00D09E")'}`,
      );
      continue;
    }
    out[key] = v;
  }
  return out;
}

function stringList(raw: unknown, key: string, report: Report): (string | undefined)[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    report([key], `expected a list of strings, got ${typeName(raw)}`);
    return [];
  }
  const seen = new Set<string>();
  return raw.map((v: unknown, i) => {
    if (typeof v !== 'string' || v === '') {
      report([key, i], `expected a non-empty string, got ${typeName(v)}`);
      return undefined;
    }
    if (seen.has(v)) {
      report([key, i], `${q(v)} is listed twice; remove one`);
      return undefined;
    }
    seen.add(v);
    return v;
  });
}

function instancesOf(raw: unknown, report: Report): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  if (raw === undefined) return out;
  if (!isRecord(raw)) {
    report(['instances'], `expected a mapping of table path to a list of instance numbers, got ${typeName(raw)}`);
    return out;
  }
  for (const [key, rows] of Object.entries(raw)) {
    if (!Array.isArray(rows)) {
      report(['instances', key], `expected a list of instance numbers (e.g. [1, 2]), got ${typeName(rows)}`);
      continue;
    }
    const good: number[] = [];
    rows.forEach((n: unknown, i) => {
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1)
        report(
          ['instances', key, i],
          `instance numbers are positive integers, got ${JSON.stringify(n) ?? typeName(n)}`,
        );
      else if (good.includes(n)) report(['instances', key, i], `instance ${n} is listed twice`);
      else good.push(n);
    });
    out[key] = good;
  }
  return out;
}

function valuesOf(raw: unknown, report: Report): Record<string, ProfileValue> {
  const out: Record<string, ProfileValue> = {};
  if (raw === undefined) return out;
  if (!isRecord(raw)) {
    report(['values'], `expected a mapping of concrete parameter path to value, got ${typeName(raw)}`);
    return out;
  }
  for (const [key, v] of Object.entries(raw)) {
    if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out[key] = v;
    else if (Array.isArray(v))
      report(['values', key], 'a list-valued parameter takes one comma-separated string (e.g. "a,b")');
    else if (v === null) report(['values', key], `no value given; write '' for an empty string`);
    else report(['values', key], `expected a string, number or boolean, got ${typeName(v)}`);
  }
  return out;
}

/** The identity, once every required field passed the check. */
export function completeIdentity(identity: Partial<DeviceIdentity>): DeviceIdentity | undefined {
  const {
    manufacturer,
    manufacturerOUI,
    productClass,
    serialNumber,
    modelName,
    description,
    hardwareVersion,
    softwareVersion,
  } = identity;
  if (
    manufacturer === undefined ||
    manufacturerOUI === undefined ||
    productClass === undefined ||
    serialNumber === undefined ||
    modelName === undefined ||
    hardwareVersion === undefined ||
    softwareVersion === undefined
  )
    return undefined;
  const required = {
    manufacturer,
    manufacturerOUI,
    productClass,
    serialNumber,
    modelName,
    hardwareVersion,
    softwareVersion,
  };
  return description === undefined ? required : { ...required, description };
}

/** Checks the structure of a parsed profile document. */
export function checkShape(raw: unknown, report: Report): Draft {
  const draft: Draft = {
    identity: {},
    services: [],
    overlays: [],
    supported: [],
    instances: {},
    values: {},
    vendor: {},
    notifications: {},
  };
  if (!isRecord(raw)) {
    report([], `a profile is a mapping with the keys ${TOP_KEYS.join(', ')}; got ${typeName(raw)}`);
    return draft;
  }
  checkKeys(raw, TOP_KEYS, [], report);
  for (const key of REQUIRED_TOP) if (raw[key] === undefined) report([key], `missing; add the required key ${q(key)}`);

  if (raw.name !== undefined) {
    if (typeof raw.name === 'string' && raw.name.trim() !== '') draft.name = raw.name;
    else report(['name'], `expected a non-empty string, got ${typeName(raw.name)}`);
  }
  if (raw.identity !== undefined) draft.identity = identityOf(raw.identity, report);
  if (raw.root !== undefined) {
    if (typeof raw.root === 'string') draft.root = raw.root;
    else report(['root'], `expected the name of a generated root output (e.g. 'device-2'), got ${typeName(raw.root)}`);
  }
  draft.services = stringList(raw.services, 'services', report);
  draft.overlays = stringList(raw.overlays, 'overlays', report);
  draft.supported = stringList(raw.supported, 'supported', report);
  if (Array.isArray(raw.supported) && raw.supported.length === 0)
    report(['supported'], 'is empty; list what the device implements');
  draft.instances = instancesOf(raw.instances, report);
  draft.values = valuesOf(raw.values, report);
  draft.vendor = vendorOf(raw.vendor, report);
  draft.notifications = notificationsOf(raw.notifications, report);
  if (raw.live !== undefined) draft.live = raw.live;
  return draft;
}
