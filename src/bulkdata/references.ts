import { isObjectPath } from '../datamodel/paths.ts';
import type { DataModel, ParameterValue } from '../datamodel/tree.ts';
import type { ReportEntry } from './report.ts';

/** One Profile.{i}.Parameter.{i} row: what to report and under which name. */
export interface ParameterReference {
  /** Parameter.{i}.Name: the alternative name; empty reports the full path. */
  readonly name: string;
  /** A parameter or object path; '*' may stand for instance numbers. */
  readonly reference: string;
  /** Parameter.{i}.Exclude (TR-181 2.16): what it matches is left out of the report. */
  readonly exclude: boolean;
}

/** A concrete object or parameter path a reference matched, with the instances its wildcards took. */
interface Match {
  readonly path: string;
  readonly wildcards: readonly number[];
}

/** The rows of a table now ('Device.IP.Interface.' → [1, 2]); none if the table is not there. */
async function rows(tree: DataModel, tablePath: string): Promise<number[]> {
  const names = await tree.getNames(tablePath, true).catch(() => []);
  return names.map((n) => Number(n.path.slice(tablePath.length, -1))).filter((n) => Number.isInteger(n) && n > 0);
}

/** Every concrete path a reference stands for now: each '*' takes each current row in turn. */
async function matches(tree: DataModel, reference: string): Promise<Match[]> {
  const [first, ...rest] = reference.split('*');
  let found: Match[] = [{ path: first!, wildcards: [] }];
  for (const part of rest) {
    const next: Match[] = [];
    for (const m of found)
      for (const n of await rows(tree, m.path))
        next.push({ path: `${m.path}${n}${part}`, wildcards: [...m.wildcards, n] });
    found = next;
  }
  return found;
}

/**
 * The name a parameter is reported under (TR-069 Annex N.3.1): without an alternative Name, its
 * full path; with one, the Name, then each instance number a wildcard took, then for an object
 * reference the rest of the parameter's path, joined with '.'.
 */
function reportedName(ref: ParameterReference, m: Match, v: ParameterValue): string {
  if (ref.name === '') return v.path;
  const remainder = isObjectPath(m.path) ? v.path.slice(m.path.length) : '';
  return [ref.name, ...m.wildcards.map(String), remainder].filter((s) => s !== '').join('.');
}

async function valuesOf(tree: DataModel, path: string): Promise<ParameterValue[]> {
  // A reference matching nothing now contributes nothing (Annex N: a filter on what exists).
  return tree.getValues([path]).catch(() => []);
}

export interface Collected {
  readonly entries: ReportEntry[];
  /** Parameters left out because the device's MaxNumberOfParameterReferences was reached. */
  readonly dropped: number;
}

/**
 * Reads the parameters of a profile through the tree (handlers included), expanding wildcards
 * and partial paths against the instances that exist now, and leaving out what an Exclude row
 * matches. At most `limit` parameters are reported (-1: no limit).
 */
export async function collectParameters(
  tree: DataModel,
  references: readonly ParameterReference[],
  limit: number,
): Promise<Collected> {
  const excluded = new Set<string>();
  for (const ref of references) {
    if (!ref.exclude || ref.reference === '') continue;
    for (const m of await matches(tree, ref.reference))
      for (const v of await valuesOf(tree, m.path)) excluded.add(v.path);
  }
  const entries: ReportEntry[] = [];
  let dropped = 0;
  for (const ref of references) {
    if (ref.exclude || ref.reference === '') continue;
    for (const m of await matches(tree, ref.reference)) {
      for (const v of await valuesOf(tree, m.path)) {
        if (excluded.has(v.path)) continue;
        if (limit >= 0 && entries.length >= limit) {
          dropped += 1;
          continue;
        }
        entries.push([reportedName(ref, m, v), v.wire, v.list ? 'string' : v.type]);
      }
    }
  }
  return { entries, dropped };
}
