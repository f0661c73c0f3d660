import type { DataModel } from '../datamodel/tree.ts';

/**
 * ManagementServer.ConnectionRequestUsername and Password, read afresh each time: every kind of
 * connection request (HTTP, UDP, XMPP) is checked against them (TR-069 3.2.2, TR-111, Annex K).
 */
export async function connectionRequestCredentials(
  tree: DataModel,
  root: string,
): Promise<{ username: string; password: string }> {
  const read = (rel: string): Promise<unknown> =>
    tree.readInternal(`${root}ManagementServer.${rel}`).catch(() => undefined);
  return {
    username: String((await read('ConnectionRequestUsername')) ?? ''),
    password: String((await read('ConnectionRequestPassword')) ?? ''),
  };
}
