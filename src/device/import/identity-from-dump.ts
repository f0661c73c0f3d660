/**
 * The imported device's identity: the DeviceIdStruct the dump carries (what the device said in
 * its Inform, TR-069 A.3.3.1), else its DeviceInfo values; a field the dump has neither way gets
 * a placeholder, and a value the model's syntax refuses is reported and replaced.
 */
import { identityParameter } from '../profile/identity.ts';
import type { MountedSchema } from '../profile/mount.ts';
import type { DeviceIdentity } from '../profile/types.ts';
import type { DumpEntry, DumpIdentity } from './dump.ts';
import type { Conflict } from './import-report.ts';

const PLACEHOLDER: Readonly<DeviceIdentity> = {
  manufacturer: 'Unknown',
  manufacturerOUI: '000000',
  productClass: 'Imported',
  serialNumber: 'IMPORTED000001',
  modelName: 'Imported',
  hardwareVersion: 'unknown',
  softwareVersion: 'unknown',
};

const FROM_DEVICE_ID: Partial<Record<keyof DeviceIdentity, keyof DumpIdentity>> = {
  manufacturer: 'manufacturer',
  manufacturerOUI: 'oui',
  productClass: 'productClass',
  serialNumber: 'serialNumber',
};

const KEYS = [
  'manufacturer',
  'manufacturerOUI',
  'productClass',
  'serialNumber',
  'modelName',
  'description',
  'hardwareVersion',
  'softwareVersion',
] as const satisfies readonly (keyof DeviceIdentity)[];

export interface ImportedIdentity {
  readonly identity: DeviceIdentity;
  /** Fields the dump does not give, filled with a placeholder. */
  readonly placeholders: (keyof DeviceIdentity)[];
}

export function identityFromDump(
  dumpId: DumpIdentity,
  byPath: ReadonlyMap<string, DumpEntry>,
  schema: MountedSchema,
  conflicts: Conflict[],
): ImportedIdentity {
  const out: Partial<Record<keyof DeviceIdentity, string>> = {};
  const placeholders: (keyof DeviceIdentity)[] = [];
  for (const key of KEYS) {
    const path = identityParameter(schema.rootPath, key);
    const fromId = FROM_DEVICE_ID[key];
    const reported = byPath.get(path)?.value;
    let v = (fromId === undefined ? undefined : dumpId[fromId]?.trim()) || reported?.trim() || undefined;
    if (key === 'modelName') v ??= out.productClass;
    if (key === 'manufacturerOUI' && v !== undefined) v = v.toUpperCase();
    const validator = schema.byPath.get(path)?.validator;
    const refused =
      v === undefined
        ? undefined
        : key === 'manufacturerOUI' && !/^[0-9A-F]{6}$/.test(v)
          ? 'is not six hex digits'
          : (() => {
              const r = validator?.validateWire(v);
              return r && !r.ok ? r.message : undefined;
            })();
    if (v !== undefined && refused !== undefined) {
      conflicts.push({ path, kind: 'identity', message: `${JSON.stringify(v)} ${refused}; served a placeholder` });
      v = undefined;
    }
    if (v === undefined) {
      if (key === 'description') continue;
      v = PLACEHOLDER[key];
      placeholders.push(key);
    }
    out[key] = v;
    if (reported !== undefined && reported !== v && fromId !== undefined && dumpId[fromId] !== undefined)
      conflicts.push({
        path,
        kind: 'identity',
        message: `${JSON.stringify(reported)} differs from the DeviceId's ${JSON.stringify(v)}; served the DeviceId's`,
      });
  }
  const identity = out as DeviceIdentity;
  return { identity, placeholders };
}
