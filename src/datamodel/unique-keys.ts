import type { Value } from '../schema/values.ts';
import { FAULT, type ParameterFault } from './faults.ts';
import { parentOf } from './paths.ts';
import type { SchemaObject, SchemaParam } from './schema-index.ts';

/** What unique-key checking needs of the tree. */
export interface KeyReader {
  locate(path: string): Promise<{ node: SchemaObject | SchemaParam; instances: readonly number[] } | undefined>;
  rows(table: SchemaObject, tablePath: string, instances: readonly number[]): Promise<readonly number[]>;
  readInternal(path: string): Promise<Value>;
}

/**
 * Checks the unique keys of every table row a set touches against the table's other rows
 * (TR-106 uniqueKey). Functional keys only bind enabled rows; empty key values are not compared.
 */
export async function checkUniqueKeys(
  tree: KeyReader,
  proposed: ReadonlyMap<string, Value>,
): Promise<ParameterFault[]> {
  const faults: ParameterFault[] = [];
  const checkedRows = new Set<string>();
  for (const path of proposed.keys()) {
    const rowPath = parentOf(path);
    if (checkedRows.has(rowPath)) continue;
    checkedRows.add(rowPath);
    const row = await tree.locate(rowPath);
    if (row?.node.kind !== 'object' || !row.node.isTable || !row.node.meta.uniqueKeys) continue;
    const table = row.node;
    const tablePath = parentOf(rowPath);
    const valueAt = async (p: string): Promise<Value> => (proposed.has(p) ? proposed.get(p)! : tree.readInternal(p));
    const enabled = async (r: string): Promise<boolean> =>
      !table.meta.enableParameter || (await valueAt(r + table.meta.enableParameter)) === true;
    for (const key of table.meta.uniqueKeys ?? []) {
      if (!key.parameters.some((k) => proposed.has(rowPath + k))) continue;
      if (key.functional && !(await enabled(rowPath))) continue;
      const mine = await tuple(key.parameters, rowPath, valueAt);
      if (mine === undefined) continue;
      for (const n of await tree.rows(table, tablePath, row.instances.slice(0, -1))) {
        const other = `${tablePath}${n}.`;
        if (other === rowPath || (key.functional && !(await enabled(other)))) continue;
        if ((await tuple(key.parameters, other, valueAt)) === mine) {
          const name = key.parameters.map((k) => rowPath + k).find((p) => proposed.has(p))!;
          faults.push({
            name,
            code: FAULT.invalidParameterValue,
            message: `${key.parameters.join('+')} must be unique in ${tablePath}; ${other} already has it`,
          });
          break;
        }
      }
    }
  }
  return faults;
}

async function tuple(
  keys: readonly string[],
  rowPath: string,
  valueAt: (p: string) => Promise<Value>,
): Promise<string | undefined> {
  const parts: string[] = [];
  for (const k of keys) {
    const v = await valueAt(rowPath + k);
    if (v === '') return undefined;
    parts.push(JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)));
  }
  return parts.join('\u0000');
}
