import { join } from 'node:path';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { bindCapabilities } from '../../src/bulkdata/capabilities.ts';
import { bulkDataRule } from '../../src/bulkdata/rules.ts';
import { DataModel } from '../../src/datamodel/tree.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { REPO } from '../support/bbf-path.ts';

export const BULK_PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'bulkdata-device.yaml');

/**
 * A tree of the Bulk Data test device (its live counters bound) with the agent's Bulk Data rule
 * and capabilities bound, as BulkDataService binds them, unless `bare`.
 */
export async function bulkTree(bare = false): Promise<DataModel> {
  const device = await simulatedDevice(await loadProfile(BULK_PROFILE));
  const tree = new DataModel(device.schema, { base: device.base, sharedHandlers: device.sharedHandlers });
  device.bind(tree);
  if (!bare) {
    tree.addRule(bulkDataRule);
    bindCapabilities(device.sharedHandlers, tree.schema, 'Device.');
  }
  return tree;
}
