import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../src/cwmp/soap/index.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { buildImage } from '../../src/transfer/firmware-image.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';
import { startFileServer, type FileServer } from '../transfer/file-server.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');
const KILLS = 50;
type TC = Extract<Message, { kind: 'TransferComplete' }>;

/**
 * Power cuts: SIGKILL at random moments of download → install → emulated reboot → TransferComplete
 * cycles, then a clean run. The ACS asks for firmware 2, 3, 4 … one after the other: it repeats a
 * Download whose response it never got, and moves on once the TransferComplete for it arrived.
 */
describe('transfers survive power cuts', () => {
  let files: FileServer;
  const version = (k: number): string => `${k + 1}.0.0`;
  beforeAll(async () => {
    files = await startFileServer({
      files: new Map(
        Array.from({ length: 60 }, (_, k) => [
          `/fw-${k}.img`,
          buildImage({ version: version(k), created: '2026-11-23T00:00:00Z' }, Buffer.alloc(300_000, k)),
        ]),
      ),
    });
  });
  afterAll(async () => {
    await files?.close();
  });

  it(`reports exactly one result per CommandKey after ${KILLS} SIGKILLs`, async () => {
    let cycle = 1;
    const tcs: TC[] = [];
    const collect = (): void => {
      tcs.length = 0;
      for (const s of acs.sessions) for (const m of s.received) if (m.kind === 'TransferComplete') tcs.push(m);
    };
    const acs = new ScriptedAcs({
      script: (inform) => {
        collect();
        if (tcs.some((t) => t.commandKey === `fw-${cycle}`)) cycle += 1;
        // A session that brings a TransferComplete may bring the one for this cycle: decide next time.
        if (inform.events.some((e) => e.eventCode === '7 TRANSFER COMPLETE')) return [];
        // Repeated until its TransferComplete arrives: the agent must queue it only once.
        return [
          {
            kind: 'Download',
            commandKey: `fw-${cycle}`,
            fileType: '1 Firmware Upgrade Image',
            url: files.url(`/fw-${cycle}.img`),
            username: '',
            password: '',
            fileSize: 0,
            targetFileName: '',
            delaySeconds: 0,
            successUrl: '',
            failureUrl: '',
          },
        ];
      },
    });
    const acsUrl = await acs.listen();
    const first = new AgentProcess();
    const stateDir = first.stateDir;
    let kills = 0;
    try {
      for (; kills < KILLS; kills++) {
        const agent = new AgentProcess(stateDir).start(['--acs-url', acsUrl, '--profile', PROFILE]);
        await new Promise((r) => setTimeout(r, 150 + Math.random() * 1200));
        await agent.stop('SIGKILL');
        expect(agent.output).not.toMatch(/TypeError|SyntaxError|Unhandled|cannot read state/i);
      }
      // The clean run finishes whatever the last cut interrupted.
      const agent = new AgentProcess(stateDir).start(['--acs-url', acsUrl, '--profile', PROFILE]);
      const settled = Date.now() + 30_000;
      for (;;) {
        collect();
        const open = [
          ...new Set(
            acs.sessions
              .flatMap((s) => s.sent)
              .filter((m) => m.kind === 'Download')
              .map((m) => m.commandKey),
          ),
        ];
        if (open.every((k) => tcs.some((t) => t.commandKey === k)) && open.length > 0) break;
        if (Date.now() > settled)
          throw new Error(
            `not settled: ${open.join(',')} vs ${tcs.map((t) => t.commandKey).join(',')}\n${agent.output.slice(-2000)}`,
          );
        await new Promise((r) => setTimeout(r, 100));
      }
      await agent.stop();
    } finally {
      first.cleanup();
      await acs.close();
    }

    collect();
    // Exactly one result per CommandKey: a retransmission after a cut between the ACS's answer and
    // our record of it repeats the same result (same times); a second, different result never appears.
    const byKey = new Map<string, Set<string>>();
    for (const t of tcs)
      byKey.set(
        t.commandKey,
        (byKey.get(t.commandKey) ?? new Set()).add(`${t.fault.faultCode}|${t.startTime}|${t.completeTime}`),
      );
    const requested = new Set(
      acs.sessions
        .flatMap((s) => s.sent)
        .filter((m) => m.kind === 'Download')
        .map((m) => m.commandKey),
    );
    for (const k of requested) expect([...(byKey.get(k) ?? [])], `results for ${k}`).toHaveLength(1);
    const retransmitted = tcs.length - [...byKey.values()].reduce((n, s) => n + s.size, 0);
    const ok = [...byKey.entries()].filter(([, r]) => [...r][0]!.startsWith('0|')).map(([k]) => Number(k.slice(3)));
    console.log(
      `power cut: ${kills} kills, ${requested.size} downloads, ${ok.length} installed, ${retransmitted} retransmitted TransferCompletes, ${acs.sessions.length} sessions`,
    );
    expect(ok.length).toBeGreaterThan(0);
    // The last session reports the newest firmware that was installed.
    const last = acs.sessions
      .at(-1)!
      .inform!.parameterList.find((p) => p.name === 'Device.DeviceInfo.SoftwareVersion')!.value;
    expect(last).toBe(version(Math.max(...ok)));
  }, 240_000);
});
