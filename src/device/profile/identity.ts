/**
 * Checks the identity against the root's DeviceInfo parameters it is reported as: each value
 * must fit that parameter's syntax (e.g. its length limit), and `values` must not set the same
 * parameter differently, or the Inform and a GetParameterValues would disagree.
 */
import { type Report, q } from './issues.ts';
import type { MountedSchema } from './mount.ts';
import { IDENTITY_KEYS } from './shape.ts';
import { wireOf } from './values.ts';
import type { DeviceIdentity, ProfileValue } from './types.ts';

const PARAMETER: Record<keyof DeviceIdentity, string> = {
  manufacturer: 'Manufacturer',
  manufacturerOUI: 'ManufacturerOUI',
  productClass: 'ProductClass',
  serialNumber: 'SerialNumber',
  modelName: 'ModelName',
  description: 'Description',
  hardwareVersion: 'HardwareVersion',
  softwareVersion: 'SoftwareVersion',
};

/** The DeviceInfo parameter path an identity field is reported as. */
export function identityParameter(rootPath: string, key: keyof DeviceIdentity): string {
  return `${rootPath}DeviceInfo.${PARAMETER[key]}`;
}

export function checkIdentity(
  identity: Partial<DeviceIdentity>,
  values: Readonly<Record<string, ProfileValue>>,
  schema: MountedSchema,
  report: Report,
): void {
  for (const key of IDENTITY_KEYS) {
    const path = identityParameter(schema.rootPath, key);
    const v = identity[key];
    if (v === undefined) continue;
    const validator = schema.byPath.get(path)?.validator;
    const r = validator?.validateWire(v);
    if (r && !r.ok) report(['identity', key], `not valid as ${path}: ${r.message}`);
    if (Object.hasOwn(values, path) && wireOf(values[path]!) !== v) {
      report(
        ['values', path],
        `conflicts with identity.${key} (${JSON.stringify(v)}); remove it from values, identity sets ${q(path)}`,
      );
    }
  }
}
