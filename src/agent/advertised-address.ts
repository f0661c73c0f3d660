import type { DataModel } from '../datamodel/tree.ts';

/**
 * Writes an address the agent owns (ConnectionRequestURL, UDPConnectionRequestAddress); a change
 * of it (not its first value) is a value change: ConnectionRequestURL is forceEnabled, so it
 * reaches the ACS actively (TR-069 3.2.1).
 */
export async function advertiseAddress(tree: DataModel, root: string, rel: string, value: string): Promise<void> {
  const path = `${root}${rel}`;
  if (!tree.schema.get(path)) return;
  const old = await tree.readInternal(path).catch(() => undefined);
  if (old === value) return;
  tree.seedValue(path, value);
  tree.commit();
  if (old !== '' && old !== undefined) await tree.changed(path);
}
