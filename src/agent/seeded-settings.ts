import { createHash } from 'node:crypto';
import type { Value } from '../schema/values.ts';

/**
 * Who owns a configured value. Start-up settings (flags, environment, config file) seed the
 * device's configuration; the ACS owns it after that (TR-069 3.2.1: it may move the device to
 * another ACS, re-key its credentials). So a setting is written over the data model only when
 * it is new or its own value changed since the last start (the operator changed the flag on
 * purpose); the same flag given again leaves whatever the ACS or local control set.
 */
export interface SeedDecision {
  /** Path relative to the root object, e.g. 'ManagementServer.URL'. */
  readonly rel: string;
  readonly value: Value;
  /** 'new': never seeded before; 'changed': the setting differs from the last start's. */
  readonly why: 'new' | 'changed';
}

/** What a setting seeded last time, by relative path: a digest, so secrets are not kept twice. */
export type SeededRecord = Record<string, string>;

function digest(value: Value): string {
  const wire = Array.isArray(value) ? value.map(String).join(',') : String(value);
  return createHash('sha256').update(wire).digest('hex');
}

/** The settings to write now, and the record to keep for the next start. */
export function seedDecisions(settings: readonly (readonly [string, Value])[], previous: SeededRecord | undefined): { apply: SeedDecision[]; record: SeededRecord } {
  const record: SeededRecord = { ...previous };
  const apply: SeedDecision[] = [];
  for (const [rel, value] of settings) {
    const d = digest(value);
    const before = previous?.[rel];
    if (before === d) continue;
    apply.push({ rel, value, why: before === undefined ? 'new' : 'changed' });
    record[rel] = d;
  }
  return { apply, record };
}
