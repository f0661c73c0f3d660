import type { DataModel, ParameterValue } from '../datamodel/tree.ts';
import type { SchemaIndex } from '../datamodel/schema-index.ts';
import type { EventStruct } from './event-codes.ts';

/**
 * The Inform ParameterList (TR-069 A.3.3.1): every forcedInform parameter of the root model,
 * the parameters with pending value changes, and the ACS-configured extra parameters of
 * ManagementServer.InformParameter.{i} whose EventList matches this Inform's events.
 */
export async function informParameters(tree: DataModel, events: readonly EventStruct[]): Promise<ParameterValue[]> {
  const root = tree.schema.roots[0]?.path ?? 'Device.';
  const wanted = new Set<string>(forcedInformReads(tree.schema, root));
  for (const c of tree.changes.list()) wanted.add(c.path);
  for (const p of await configuredInformParameters(tree, root, events)) wanted.add(p);

  const out = new Map<string, ParameterValue>();
  for (const path of wanted) {
    try {
      const values = await tree.getValues([path.includes('{i}') ? path.slice(0, path.indexOf('{i}')) : path]);
      for (const v of values) {
        if (path.includes('{i}') || path.endsWith('.')) {
          // A forcedInform parameter inside a table: report it for every row.
          const node = tree.schema.get(v.path.replace(/\.[0-9]+\./g, '.{i}.'));
          if (node?.kind !== 'parameter' || node.meta.forcedInform !== true) continue;
        }
        out.set(v.path, v);
      }
    } catch {
      // A pending change for an object deleted since, or a stale InformParameter: nothing to send.
    }
  }
  return [...out.values()];
}

/** Per schema, once: what to read for the forcedInform parameters (every Inform needs them). */
const forcedCache = new WeakMap<SchemaIndex, readonly string[]>();

function forcedInformReads(schema: SchemaIndex, root: string): readonly string[] {
  let hit = forcedCache.get(schema);
  if (!hit) {
    // A Set: many forcedInform parameters of one table share the same (table-wide) read.
    const reads = new Set<string>();
    for (const p of schema.parameters()) {
      if (p.meta.forcedInform !== true || p.path.startsWith(`${root}Services.`)) continue;
      reads.add(p.path.includes('{i}') ? p.parent.path : p.path);
    }
    forcedCache.set(schema, (hit = [...reads]));
  }
  return hit;
}

async function configuredInformParameters(
  tree: DataModel,
  root: string,
  events: readonly EventStruct[],
): Promise<string[]> {
  const table = `${root}ManagementServer.InformParameter.`;
  if (!tree.schema.get(`${table}{i}.`)) return [];
  const out: string[] = [];
  const rows = await tree.getValues([table]).catch(() => []);
  const byRow = new Map<string, Map<string, ParameterValue>>();
  for (const v of rows) {
    const m = /^(.*\.[0-9]+\.)([^.]+)$/.exec(v.path);
    if (!m) continue;
    if (!byRow.has(m[1]!)) byRow.set(m[1]!, new Map());
    byRow.get(m[1]!)!.set(m[2]!, v);
  }
  const codes = new Set(events.map((e) => e.code));
  for (const row of byRow.values()) {
    if (row.get('Enable')?.value !== true) continue;
    const name = row.get('ParameterName')?.value;
    if (typeof name !== 'string' || name === '') continue;
    const list = row.get('EventList')?.value;
    const eventList = Array.isArray(list) ? list.map(String) : [];
    if (eventList.length === 0 || eventList.some((e) => codes.has(e as EventStruct['code']))) out.push(name);
  }
  return out;
}
