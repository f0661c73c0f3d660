import type { DataModel } from '../datamodel/tree.ts';
import type { Value } from '../schema/values.ts';
import type { CsvEncodingOptions, CsvReportFormat } from './csv-encoding.ts';
import type { Compression } from './capabilities.ts';
import type { JsonEncodingOptions, JsonReportFormat } from './json-encoding.ts';
import type { ParameterReference } from './references.ts';
import type { TimestampFormat } from './report.ts';

/** Profile.{i}.HTTP (TR-181 BulkData; TR-069 Annex N.2). */
export interface HttpConfig {
  readonly url: string;
  readonly username: string;
  readonly password: string;
  readonly compression: Compression;
  readonly method: 'POST' | 'PUT';
  readonly useDateHeader: boolean;
  readonly retryEnable: boolean;
  readonly retryMinimumWaitInterval: number;
  readonly retryIntervalMultiplier: number;
  /** RequestURIParameter rows with a Reference: the query name (Name, else the Reference) and the path. */
  readonly uriParameters: readonly { readonly name: string; readonly reference: string }[];
}

/** One Device.BulkData.Profile.{i} as the device runs it. */
export interface ProfileConfig {
  readonly instance: number;
  /** Profile.{i}. */
  readonly path: string;
  readonly enable: boolean;
  readonly name: string;
  readonly numberOfRetainedFailedReports: number;
  readonly protocol: string;
  readonly encoding: string;
  readonly reportingInterval: number;
  readonly timeReference: string;
  readonly parameters: readonly ParameterReference[];
  readonly http: HttpConfig;
  readonly json: JsonEncodingOptions;
  readonly csv: CsvEncodingOptions;
}

/** Device.BulkData. as a whole: the global switch and capabilities, and every profile. */
export interface BulkDataConfig {
  readonly enable: boolean;
  readonly maxNumberOfParameterReferences: number;
  readonly profiles: readonly ProfileConfig[];
}

/** The rows of a table, from the concrete paths of a subtree read ('…Parameter.3.Name' → 3). */
function instances(paths: Iterable<string>, table: string): number[] {
  const out = new Set<number>();
  for (const p of paths) {
    if (!p.startsWith(table)) continue;
    const n = Number(p.slice(table.length).split('.')[0]);
    if (Number.isInteger(n) && n > 0) out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * Reads Device.BulkData in one walk of the tree. Secured values read back empty to the ACS, so
 * each profile's HTTP.Password is read on its own, revealed.
 */
export async function readBulkData(tree: DataModel, root: string): Promise<BulkDataConfig | undefined> {
  const base = `${root}BulkData.`;
  if (tree.schema.get(base)?.kind !== 'object') return undefined;
  const values = new Map<string, Value>();
  for (const v of await tree.getValues([base])) values.set(v.path, v.value);
  const get = (path: string): Value | undefined => values.get(path);
  const str = (path: string, fallback = ''): string => {
    const v = get(path);
    return v === undefined ? fallback : Array.isArray(v) ? v.join(',') : String(v);
  };
  const num = (path: string, fallback: number): number => {
    const v = get(path);
    return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : fallback;
  };
  const bool = (path: string, fallback: boolean): boolean => {
    const v = get(path);
    return typeof v === 'boolean' ? v : fallback;
  };
  const profiles: ProfileConfig[] = [];
  for (const n of instances(values.keys(), `${base}Profile.`)) {
    const p = `${base}Profile.${n}.`;
    const parameters = instances(values.keys(), `${p}Parameter.`).map((i) => ({
      name: str(`${p}Parameter.${i}.Name`),
      reference: str(`${p}Parameter.${i}.Reference`),
      exclude: bool(`${p}Parameter.${i}.Exclude`, false),
    }));
    const uriParameters = instances(values.keys(), `${p}HTTP.RequestURIParameter.`)
      .map((i) => ({
        name: str(`${p}HTTP.RequestURIParameter.${i}.Name`),
        reference: str(`${p}HTTP.RequestURIParameter.${i}.Reference`),
      }))
      .filter((u) => u.reference !== '')
      .map((u) => ({ name: u.name || u.reference, reference: u.reference }));
    const password = await tree.readInternal(`${p}HTTP.Password`).catch(() => '');
    profiles.push({
      instance: n,
      path: p,
      enable: bool(`${p}Enable`, false),
      name: str(`${p}Name`),
      numberOfRetainedFailedReports: num(`${p}NumberOfRetainedFailedReports`, 0),
      protocol: str(`${p}Protocol`),
      encoding: str(`${p}EncodingType`),
      reportingInterval: num(`${p}ReportingInterval`, 86400),
      timeReference: str(`${p}TimeReference`),
      parameters,
      http: {
        url: str(`${p}HTTP.URL`),
        username: str(`${p}HTTP.Username`),
        password: String(password),
        compression: str(`${p}HTTP.Compression`, 'None') as Compression,
        method: str(`${p}HTTP.Method`, 'POST') === 'PUT' ? 'PUT' : 'POST',
        useDateHeader: bool(`${p}HTTP.UseDateHeader`, true),
        retryEnable: bool(`${p}HTTP.RetryEnable`, false),
        retryMinimumWaitInterval: num(`${p}HTTP.RetryMinimumWaitInterval`, 5),
        retryIntervalMultiplier: num(`${p}HTTP.RetryIntervalMultiplier`, 2000),
        uriParameters,
      },
      json: {
        format: str(`${p}JSONEncoding.ReportFormat`, 'ObjectHierarchy') as JsonReportFormat,
        timestamp: str(`${p}JSONEncoding.ReportTimestamp`, 'Unix-Epoch') as TimestampFormat,
      },
      csv: {
        format: str(`${p}CSVEncoding.ReportFormat`, 'ParameterPerColumn') as CsvReportFormat,
        timestamp: str(`${p}CSVEncoding.RowTimestamp`, 'Unix-Epoch') as TimestampFormat,
        fieldSeparator: str(`${p}CSVEncoding.FieldSeparator`, ','),
        rowSeparator: str(`${p}CSVEncoding.RowSeparator`),
        escapeCharacter: str(`${p}CSVEncoding.EscapeCharacter`, '"'),
      },
    });
  }
  return {
    enable: bool(`${base}Enable`, false),
    maxNumberOfParameterReferences: num(`${base}MaxNumberOfParameterReferences`, -1),
    profiles,
  };
}
