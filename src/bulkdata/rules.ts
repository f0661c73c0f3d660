import { FAULT, fault, type DataModelFault, type ParameterFault } from '../datamodel/faults.ts';
import { isObjectPath, schemaPathOf } from '../datamodel/paths.ts';
import type { SchemaIndex } from '../datamodel/schema-index.ts';
import type { DataModel } from '../datamodel/tree.ts';
import type { CheckedEntry, TreeRule } from '../datamodel/tree-rules.ts';
import type { Value } from '../schema/values.ts';

/**
 * Why a Parameter.{i}.Reference (or a RequestURIParameter's) is refused, or undefined: it must
 * name a parameter or an object of this device's data model, objects ending in '.'; '*' may
 * stand for a whole instance number only, and only where the device supports wildcards. Whether
 * such instances exist now does not matter: a reference matching nothing is kept and reports
 * nothing (TR-069 Annex N, the profile's parameters act as a filter).
 */
export function referenceProblem(
  schema: SchemaIndex,
  reference: string,
  o: { wildcards: boolean; objects: boolean },
): string | undefined {
  if (reference === '') return undefined;
  const segs = reference.split('.');
  if (segs.some((s) => s === '*') && !o.wildcards)
    return `${reference}: this device takes no wildcards here (ParameterWildCardSupported is false)`;
  const concrete = segs.map((s) => (s === '*' ? '1' : s)).join('.');
  const schemaPath = concrete.includes('*') ? undefined : schemaPathOf(concrete);
  const node = schemaPath === undefined ? undefined : schema.get(schemaPath);
  const object = isObjectPath(reference);
  if (object && !o.objects) return `${reference}: must name a parameter, not an object`;
  const known = object
    ? node?.kind === 'object' || schema.get(`${schemaPath}{i}.`)?.kind === 'object'
    : node?.kind === 'parameter';
  return known ? undefined : `${reference} is not ${object ? 'an object' : 'a parameter'} of this device's data model`;
}

const PROFILE = /^([A-Za-z]+\.)BulkData\.Profile\.[0-9]+\.(.*)$/;

function listOf(v: Value | undefined): string[] {
  if (Array.isArray(v)) return v.map(String);
  return String(v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

async function read(tree: DataModel, path: string): Promise<Value | undefined> {
  return tree.readInternal(path).catch(() => undefined);
}

/** Enumerations whose values must be among what a capability parameter lists (TR-181 enumerationRef). */
const LISTED: Readonly<Record<string, { capability: (profile: string) => string; nullValue?: string }>> = {
  Protocol: { capability: (p) => `${p}BulkData.Protocols` },
  EncodingType: { capability: (p) => `${p}BulkData.EncodingTypes` },
  'HTTP.Compression': { capability: (p) => `${p}HTTP.CompressionsSupported`, nullValue: 'None' },
  'HTTP.Method': { capability: (p) => `${p}HTTP.MethodsSupported` },
};

async function checkEntry(tree: DataModel, e: CheckedEntry): Promise<string | undefined> {
  const m = PROFILE.exec(e.path);
  if (!m) return undefined;
  const root = m[1]!;
  const rel = m[2]!;
  const profile = e.path.slice(0, e.path.length - rel.length);
  const listed = LISTED[rel];
  if (listed) {
    const v = String(e.value);
    if (v === '' || v === listed.nullValue) return undefined;
    const path = listed.capability(rel.startsWith('HTTP.') ? profile : root);
    const allowed = listOf(await read(tree, path));
    return allowed.includes(v) ? undefined : `${v} is not one of ${path} (${allowed.join(',') || 'empty'})`;
  }
  if (rel === 'ReportingInterval') {
    const min = Number((await read(tree, `${root}BulkData.MinReportingInterval`)) ?? 0);
    return Number(e.value) < min ? `${String(e.value)} s is below MinReportingInterval (${min} s)` : undefined;
  }
  if (/^Parameter\.[0-9]+\.Reference$/.test(rel))
    return referenceProblem(tree.schema, String(e.value), {
      wildcards: (await read(tree, `${root}BulkData.ParameterWildCardSupported`)) === true,
      objects: true,
    });
  if (/^HTTP\.RequestURIParameter\.[0-9]+\.Reference$/.test(rel))
    return referenceProblem(tree.schema, String(e.value), { wildcards: false, objects: false });
  if (rel === 'HTTP.URL' && e.value !== '') {
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(String(e.value))?.[1]?.toLowerCase();
    if (scheme !== 'http' && scheme !== 'https') return `${String(e.value)} is not an http or https URL`;
  }
  return undefined;
}

async function rowCount(tree: DataModel, tablePath: string): Promise<number> {
  return (await tree.getNames(tablePath, true).catch(() => [])).length;
}

/**
 * What TR-181 BulkData asks of a set or an AddObject beyond the schema's facets: values within the
 * capabilities the device lists (9007), ReportingInterval not below MinReportingInterval (9007,
 * which the model allows a device to refuse), References naming the data model (9007), and no
 * more profiles than MaxNumberOfProfiles nor Parameter rows than MaxNumberOfParameterReferences
 * (9004, resources exceeded; -1 is no limit). Stateless: one rule serves every tree.
 */
export const bulkDataRule: TreeRule = {
  async checkSet(entries, tree) {
    const faults: ParameterFault[] = [];
    for (const e of entries) {
      const problem = await checkEntry(tree, e);
      if (problem) faults.push({ name: e.path, code: FAULT.invalidParameterValue, message: problem });
    }
    return faults;
  },

  async checkAdd(tablePath, tree): Promise<DataModelFault | undefined> {
    const m = /^([A-Za-z]+\.)BulkData\.Profile\.(?:[0-9]+\.Parameter\.)?$/.exec(tablePath);
    if (!m) return undefined;
    const root = m[1]!;
    const profiles = `${root}BulkData.Profile.`;
    if (tablePath === profiles) {
      const max = Number((await read(tree, `${root}BulkData.MaxNumberOfProfiles`)) ?? -1);
      if (max >= 0 && (await rowCount(tree, profiles)) >= max)
        return fault(FAULT.resourcesExceeded, `this device runs at most ${max} Bulk Data profiles`);
      return undefined;
    }
    const max = Number((await read(tree, `${root}BulkData.MaxNumberOfParameterReferences`)) ?? -1);
    if (max < 0) return undefined;
    let total = 0;
    for (const p of await tree.getNames(profiles, true).catch(() => []))
      total += await rowCount(tree, `${p.path}Parameter.`);
    return total >= max
      ? fault(FAULT.resourcesExceeded, `this device takes at most ${max} Bulk Data parameter references`)
      : undefined;
  },
};
