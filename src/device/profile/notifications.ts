/**
 * The profile's `notifications` section: the notification attribute (TR-069 A.3.2.4) each named
 * parameter starts with, as a device dump reported it. Each key is a concrete path of a supported
 * parameter whose rows exist, and the level is one the parameter's model allows.
 */
import { AttributeStore } from '../../datamodel/attributes.ts';
import { type Instances, missingRow } from './instances.ts';
import { type Report, q } from './issues.ts';
import type { MountedSchema } from './mount.ts';
import { toSchemaPath } from './paths.ts';
import type { NotificationLevel } from './types.ts';

function isLevel(v: unknown): v is NotificationLevel {
  return v === 0 || v === 1 || v === 2;
}

/** Checks the structure of `notifications`. */
export function notificationsOf(raw: unknown, report: Report): Record<string, NotificationLevel> {
  const out: Record<string, NotificationLevel> = {};
  if (raw === undefined) return out;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report(['notifications'], 'expected a mapping of concrete parameter path to 0, 1 or 2');
    return out;
  }
  for (const [key, v] of Object.entries(raw)) {
    if (isLevel(v)) out[key] = v;
    else report(['notifications', key], `expected 0 (off), 1 (passive) or 2 (active), got ${JSON.stringify(v)}`);
  }
  return out;
}

/** Reports every entry of `notifications` that names no supported parameter or a level it refuses. */
export function checkNotifications(
  notifications: Readonly<Record<string, NotificationLevel>>,
  schema: MountedSchema,
  supported: ReadonlySet<string>,
  instances: Instances,
  report: Report,
): void {
  for (const [key, level] of Object.entries(notifications)) {
    const at = ['notifications', key];
    const path = toSchemaPath(key);
    const item = schema.byPath.get(path);
    if (key.includes('{i}')) report(at, `notifications name concrete rows: write instance numbers instead of '{i}'`);
    else if (item?.meta.kind !== 'parameter') report(at, `no parameter ${q(path)} in the mounted schema`);
    else if (!supported.has(path)) report(at, `parameter ${q(path)} is not supported; add it to supported`);
    else {
      const problem = missingRow(key, instances) ?? AttributeStore.check(key, item.meta, level)?.message;
      if (problem !== undefined) report(at, problem);
    }
  }
}
