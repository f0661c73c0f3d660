import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Agent } from '../../src/agent/agent.ts';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { EVENTS_DOC, TREE_DOC } from '../../src/agent/persisted.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { createLogger } from '../../src/log/logger.ts';
import { StateStore } from '../../src/store/index.ts';
import { AcsSession } from '../../src/transport/index.ts';
import { REPO } from '../support/bbf-path.ts';
import { until } from '../support/until.ts';
import { FaultyFs } from '../store/faulty-fs.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');

describe('EIO from the disk in the middle of a session', () => {
  it('the session completes, nothing is lost in memory, and the state reaches the disk once it works again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-eio-'));
    let failing = false;
    let informs = 0;
    // Every fsync under the state directory fails while `failing`: the write cannot be made durable.
    const fs = new FaultyFs().fail('fsync', 'EIO', () => failing, Number.MAX_SAFE_INTEGER);
    const lines: string[] = [];
    const log = createLogger({ level: 'info', write: (l) => lines.push(l) });
    const acs = new ScriptedAcs({
      script: (_i, n) =>
        n === 0
          ? [
              {
                kind: 'SetParameterValues',
                parameterList: [{ name: 'Device.DeviceInfo.ProvisioningCode', value: 'EIO-1', xsiType: 'xsd:string' }],
                parameterKey: 'k-eio',
              },
            ]
          : [],
      // The disk starts failing the moment the first Inform is on the wire.
      intercept: (_req, _res, body) => {
        if (body.includes(':Inform>') && informs++ === 0) failing = true;
        return false;
      },
    });
    const url = await acs.listen();
    const agent = new Agent({
      stateDir: dir,
      profileName: PROFILE,
      device: await simulatedDevice(await loadProfile(PROFILE)),
      acsUrl: url,
      maxMessageBytes: 1 << 20,
      log,
      localControl: false,
      fs,
      connect: (u) => new AcsSession({ url: u, maxResponseBytes: 1 << 20 }),
    });
    try {
      await agent.start();
      const [s] = await acs.waitForSessions(1, 15_000);
      const set = s!.received.find((m) => m.kind === 'SetParameterValuesResponse');
      expect(set).toMatchObject({ status: 0 });
      expect(lines.some((l) => /state: cannot save .*EIO/.test(l))).toBe(true);
      // On disk: still the boot events and not the new value, since nothing could be made durable.
      const onDisk = StateStore.open(dir)
        .read('events', EVENTS_DOC)!
        .events.map((e) => e.code);
      expect(onDisk).toEqual(expect.arrayContaining(['0 BOOTSTRAP', '1 BOOT']));
      // In memory the agent is right: the value is set and the delivered events are gone.
      expect((await agent.tree.getValues(['Device.DeviceInfo.ProvisioningCode']))[0]!.value).toBe('EIO-1');
      // The ACS has its 204 before the agent completes BOOTSTRAP after the session: wait for that.
      await until('the delivered events gone from memory', () => agent.events.size === 0);
      // The disk recovers: the next session brings everything to it.
      failing = false;
      agent.connectionRequest();
      await acs.waitForSessions(2, 15_000);
      await until(
        'the state saved again',
        () =>
          lines.some((l) => /state: events saved again/.test(l)) &&
          lines.some((l) => /state: datamodel saved again/.test(l)),
      );
      await until('no event left on disk', () => StateStore.open(dir).read('events', EVENTS_DOC)!.events.length === 0);
      expect(StateStore.open(dir).read('datamodel', TREE_DOC)!.values['Device.DeviceInfo.ProvisioningCode']).toBe(
        'EIO-1',
      );
    } finally {
      await agent.stop();
      await acs.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);
});
