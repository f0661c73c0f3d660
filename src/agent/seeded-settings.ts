import { createHash } from 'node:crypto';
import type { DataModel } from '../datamodel/tree.ts';
import type { Logger } from '../log/logger.ts';
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
export function seedDecisions(
  settings: readonly (readonly [string, Value])[],
  previous: SeededRecord | undefined,
): { apply: SeedDecision[]; record: SeededRecord } {
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

/** The start-up settings one agent seeds (part of AgentOptions). */
export interface StartupSettings {
  /** This device's identity where it differs from the profile's (fleet mode: serial templates). */
  identity?: { serialNumber?: string; manufacturerOUI?: string; productClass?: string } | undefined;
  acsUrl: string;
  acsUsername?: string | undefined;
  acsPassword?: string | undefined;
  crUsername?: string | undefined;
  crPassword?: string | undefined;
  periodicInformInterval?: number | undefined;
}

/**
 * Seeds ManagementServer with the start-up settings by the rule above, and commits; returns the
 * record to persist. The identity (fleet serial templates) is the device's, not the ACS's: it is
 * always applied.
 */
export function applyStartupSettings(
  tree: DataModel,
  root: string,
  o: StartupSettings,
  previous: SeededRecord | undefined,
  log: Logger,
): SeededRecord {
  const seed = (rel: string, value: Value): void => {
    if (tree.schema.get(`${root}${rel}`)) tree.seedValue(`${root}${rel}`, value);
  };
  const id = o.identity;
  if (id?.serialNumber !== undefined) seed('DeviceInfo.SerialNumber', id.serialNumber);
  if (id?.manufacturerOUI !== undefined) seed('DeviceInfo.ManufacturerOUI', id.manufacturerOUI);
  if (id?.productClass !== undefined) seed('DeviceInfo.ProductClass', id.productClass);
  const settings: [string, Value][] = [['ManagementServer.URL', o.acsUrl]];
  if (o.acsUsername !== undefined) settings.push(['ManagementServer.Username', o.acsUsername]);
  if (o.acsPassword !== undefined) settings.push(['ManagementServer.Password', o.acsPassword]);
  if (o.crUsername !== undefined) settings.push(['ManagementServer.ConnectionRequestUsername', o.crUsername]);
  if (o.crPassword !== undefined) settings.push(['ManagementServer.ConnectionRequestPassword', o.crPassword]);
  if (o.periodicInformInterval !== undefined)
    settings.push(
      ['ManagementServer.PeriodicInformInterval', o.periodicInformInterval],
      ['ManagementServer.PeriodicInformEnable', true],
    );
  const { apply, record } = seedDecisions(settings, previous);
  for (const d of apply) {
    seed(d.rel, d.value);
    if (d.why === 'changed')
      log.info(
        `agent: the start-up setting for ${root}${d.rel} changed since the last start; applied over the persisted value`,
      );
  }
  tree.commit();
  return record;
}
