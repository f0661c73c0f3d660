import type { DataModel } from '../datamodel/tree.ts';

/**
 * ManagementServer.AutonomousTransferCompletePolicy (TR-181): whether the ACS wants to hear of a
 * transfer the device started itself; off, or filtered by kind, result and file type.
 */
export async function autonomousPolicyAllows(
  tree: DataModel,
  root: string,
  j: { isDownload: boolean; fileType: string; success: boolean },
): Promise<boolean> {
  const p = `${root}ManagementServer.AutonomousTransferCompletePolicy.`;
  const value = (name: string): Promise<unknown> => tree.readInternal(`${p}${name}`).catch(() => undefined);
  if ((await value('Enable')) !== true) return false;
  const kind = String((await value('TransferTypeFilter')) ?? 'Both');
  const result = String((await value('ResultTypeFilter')) ?? 'Both');
  const types = await value('FileTypeFilter');
  const list = Array.isArray(types)
    ? types.map(String)
    : String(types ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== '');
  return (
    (kind === 'Both' || kind === (j.isDownload ? 'Download' : 'Upload')) &&
    (result === 'Both' || result === (j.success ? 'Success' : 'Failure')) &&
    list.includes(j.fileType)
  ); // an empty filter reports nothing (TR-181)
}
