import { describe, expect, it } from 'vitest';
import { ChangePoller } from '../../src/agent/change-poller.ts';
import { systemClock } from '../../src/cwmp/clock.ts';
import { DataModel } from '../../src/datamodel/tree.ts';
import { deviceSchema } from '../support/device-schema.ts';

describe('ChangePoller (fallback change detection)', () => {
  it('notices changed handler-backed values with notification on, and nothing else', async () => {
    const tree = new DataModel(deviceSchema(['Device.DeviceInfo.', 'Device.ManagementServer.']));
    let code = 'A';
    tree.handlers.parameters.set('Device.DeviceInfo.ProvisioningCode', { get: () => code });
    let model = 'M1';
    tree.handlers.parameters.set('Device.DeviceInfo.ModelName', { get: () => model });
    await tree.setAttributes([{ path: 'Device.ManagementServer.PeriodicInformInterval', notification: 1 }]);
    const poller = new ChangePoller(tree, systemClock, 0);
    expect(await poller.poll()).toEqual([]);
    code = 'B';
    model = 'M2'; // notification off: not reported
    await tree.setValues([{ path: 'Device.ManagementServer.PeriodicInformInterval', value: '99' }], 'acs');
    expect(await poller.poll()).toEqual(['Device.DeviceInfo.ProvisioningCode']);
    expect(tree.changes.list()).toEqual([{ path: 'Device.DeviceInfo.ProvisioningCode', active: true }]);
  });
});
