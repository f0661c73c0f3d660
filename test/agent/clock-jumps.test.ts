import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Agent } from '../../src/agent/agent.ts';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import type { Message } from '../../src/cwmp/soap/index.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { AcsSession } from '../../src/transport/index.ts';
import { REPO } from '../support/bbf-path.ts';
import { ManualClock } from '../support/manual-clock.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');
const HOUR = 3_600_000;

describe('the wall clock jumping by hours (an NTP step, a manual change)', () => {
  for (const jump of [-3 * HOUR, 3 * HOUR]) {
    it(`a ScheduleInform and a delayed Download keep their waits when the clock jumps ${jump < 0 ? 'back' : 'forward'} 3 h`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'tr069-clock-jump-'));
      const files = createServer((_req, res) => void res.writeHead(404).end());
      await new Promise<void>((r) => files.listen(0, '127.0.0.1', () => r()));
      const fileUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}/fw.img`;
      const first: Message[] = [
        { kind: 'ScheduleInform', delaySeconds: 3600, commandKey: 'si-1' },
        {
          kind: 'Download',
          commandKey: 'dl-1',
          fileType: '1 Firmware Upgrade Image',
          url: fileUrl,
          username: '',
          password: '',
          fileSize: 0,
          targetFileName: '',
          delaySeconds: 3600,
          successUrl: '',
          failureUrl: '',
        },
      ];
      const acs = new ScriptedAcs({ script: (_inform, n) => (n === 0 ? [...first] : []) });
      const url = await acs.listen();
      const clock = new ManualClock();
      const agent = new Agent({
        stateDir: dir,
        profileName: PROFILE,
        device: await simulatedDevice(await loadProfile(PROFILE)),
        acsUrl: url,
        maxMessageBytes: 1 << 20,
        log: silentLogger,
        clock,
        localControl: false,
        pollIntervalMs: 0,
        connect: (u) => new AcsSession({ url: u, maxResponseBytes: 1 << 20 }),
      });
      try {
        await agent.start();
        await clock.fireNext(); // the boot session: ScheduleInform and Download, both in an hour
        expect(acs.sessions).toHaveLength(1);
        expect(clock.nextIn).toBe(HOUR);
        // Ten minutes later (in real, monotonic time) the wall clock steps by three hours.
        clock.jumpWall(jump);
        const startedAt = clock.monotonic();
        while (acs.sessions.length < 3 && clock.nextIn !== undefined && clock.monotonic() - startedAt <= HOUR)
          await clock.fireNext();
        // Both came after exactly the hour asked for, not an hour plus or minus the jump.
        expect(clock.monotonic() - startedAt).toBe(HOUR);
        const events = acs.sessions
          .slice(1)
          .flatMap((s) => s.inform!.events.map((e) => `${e.eventCode}${e.commandKey ? `:${e.commandKey}` : ''}`));
        expect(events).toEqual(
          expect.arrayContaining(['3 SCHEDULED', 'M ScheduleInform:si-1', '7 TRANSFER COMPLETE', 'M Download:dl-1']),
        );
        const tc = acs.sessions.flatMap((s) => s.received).find((m) => m.kind === 'TransferComplete');
        if (tc?.kind !== 'TransferComplete') throw new Error('no TransferComplete');
        expect(tc.commandKey).toBe('dl-1');
        expect(tc.fault.faultCode).not.toBe(0); // the file server answered 404
      } finally {
        await agent.stop();
        await acs.close();
        files.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  }
});
