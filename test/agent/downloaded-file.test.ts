import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Agent, type AgentOptions } from '../../src/agent/agent.ts';
import { simulatedDevice, type DeviceSetup } from '../../src/agent/device-setup.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import type { DownloadedFile } from '../../src/device/transfers.ts';
import { createLogger, silentLogger } from '../../src/log/logger.ts';
import { AcsSession } from '../../src/transport/index.ts';
import { REPO } from '../support/bbf-path.ts';
import { until } from '../support/until.ts';
import { startFileServer } from '../transfer/file-server.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');

/** An agent of the small device on `dir` against the ACS at `url`, quiet and without local control. */
function agentOn(dir: string, url: string, device: DeviceSetup, extra: Partial<AgentOptions> = {}): Agent {
  return new Agent({
    stateDir: dir,
    profileName: PROFILE,
    device,
    acsUrl: url,
    maxMessageBytes: 1 << 20,
    log: silentLogger,
    random: () => 0.5,
    localControl: false,
    pollIntervalMs: 0,
    connect: (u) => new AcsSession({ url: u, maxResponseBytes: 1 << 20, timeoutMs: 5_000 }),
    ...extra,
  });
}

interface Seen {
  file: DownloadedFile;
  digest: string;
  again: string;
  existed: boolean;
}

/** One Download of `path` through a real agent whose device records what `apply` receives. */
async function downloadOnce(
  path: string,
  content: Buffer,
): Promise<{ seen: Seen[]; ranges: Array<string | undefined>; faultCode: number | undefined; log: string[] }> {
  const log: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'tr069-downloaded-'));
  const files = await startFileServer({ files: new Map([['/web.tar', content]]) });
  const acs = new ScriptedAcs({
    script: (_i, n) =>
      n === 0
        ? [
            {
              kind: 'Download',
              commandKey: 'web-1',
              fileType: '2 Web Content',
              url: files.url(path),
              username: '',
              password: '',
              fileSize: content.length,
              targetFileName: 'web.tar',
              delaySeconds: 0,
              successUrl: '',
              failureUrl: '',
            },
          ]
        : [],
  });
  const url = await acs.listen();
  const device = await simulatedDevice(await loadProfile(PROFILE));
  const seen: Seen[] = [];
  const wrapped = {
    ...device,
    transfers: (ctx: Parameters<NonNullable<typeof device.transfers>>[0]) => {
      const inner = device.transfers!(ctx);
      return {
        ...inner,
        accepts: (t: string) => inner.accepts(t),
        apply: async (file: DownloadedFile) => {
          const existed = existsSync(file.path);
          const digest = await file.sha256();
          seen.push({ file, digest, again: await file.sha256(), existed });
          return inner.apply(file);
        },
      };
    },
  };
  const agent = agentOn(dir, url, wrapped, { log: createLogger({ write: (l) => log.push(l) }) });
  try {
    await agent.start();
    const tc = await until('the TransferComplete', () =>
      acs.sessions.flatMap((s) => s.received).find((m) => m.kind === 'TransferComplete'),
    );
    return {
      seen,
      ranges: files.requests.map((r) => r.range),
      faultCode: tc.kind === 'TransferComplete' ? tc.fault.faultCode : undefined,
      log,
    };
  } finally {
    await agent.stop();
    await acs.close();
    await files.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the DownloadedFile an integrator receives', () => {
  it('has the size, the path of the complete file, and a SHA-256 computed on demand', async () => {
    // 8 MiB: reads of at most 1 MiB cross each quarter on its own.
    const content = randomBytes(8 * 1024 * 1024 + 5);
    const { seen, faultCode, log } = await downloadOnce('/web.tar', content);
    expect(faultCode).toBe(0);
    // Progress at each quarter, once each.
    expect(log.filter((l) => l.includes('MiB downloaded')).map((l) => /(\d+)% of 8\.0 MiB/.exec(l)?.[1])).toEqual([
      '25',
      '50',
      '75',
    ]);
    expect(seen).toHaveLength(1);
    const s = seen[0]!;
    expect(s.existed).toBe(true);
    expect(s.file.bytes).toBe(content.length);
    expect(s.digest).toBe(createHash('sha256').update(content).digest('hex'));
    expect(s.again).toBe(s.digest);
  });

  it('continues a download a restart interrupted from its last checkpoint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-checkpoint-'));
    const content = randomBytes(1024 * 1024);
    const files = await startFileServer({ files: new Map([['/web.tar', content]]) });
    const acs = new ScriptedAcs({
      script: (_i, n) =>
        n === 0
          ? [
              {
                kind: 'Download',
                commandKey: 'web-cp',
                fileType: '2 Web Content',
                url: files.url('/slow/web.tar?every=4&chunk=16384&ranges=1'),
                username: '',
                password: '',
                fileSize: content.length,
                targetFileName: 'web.tar',
                delaySeconds: 0,
                successUrl: '',
                failureUrl: '',
              },
            ]
          : [],
    });
    const url = await acs.listen();
    const device = await simulatedDevice(await loadProfile(PROFILE));
    const make = (): Agent => agentOn(dir, url, device, { transfers: { tls: {}, checkpointBytes: 64 * 1024 } });
    let agent = make();
    try {
      await agent.start();
      const partial = (): { bytes: number } | undefined => {
        try {
          return (
            JSON.parse(readFileSync(join(dir, 'transfers.json'), 'utf8')) as {
              payload: { jobs: Array<{ partial?: { bytes: number } }> };
            }
          ).payload.jobs[0]?.partial;
        } catch {
          return undefined;
        }
      };
      await until('a checkpoint of the download', () => (partial()?.bytes ?? 0) >= 256 * 1024);
      await agent.stop(); // a restart in the middle of the download
      const kept = partial()!.bytes;
      agent = make();
      await agent.start();
      const tc = await until('the TransferComplete', () =>
        acs.sessions.flatMap((s) => s.received).find((m) => m.kind === 'TransferComplete'),
      );
      expect(tc).toMatchObject({ commandKey: 'web-cp', fault: { faultCode: 0 } });
      const ranges = files.requests.map((r) => r.range);
      expect(ranges).toEqual([undefined, `bytes=${kept}-`]);
      expect(partial()).toBeUndefined();
      expect(readFileSync(join(dir, 'files', 'web-content', 'web.tar')).equals(content)).toBe(true);
    } finally {
      await agent.stop();
      await acs.close();
      await files.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a download running through three simulated reboots: still "in progress" to the ACS, one TransferComplete', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-reboot-during-'));
    const content = randomBytes(2 * 1024 * 1024);
    const files = await startFileServer({ files: new Map([['/web.tar', content]]) });
    const acs = new ScriptedAcs({
      script: (_i, n) =>
        n === 0
          ? [
              {
                kind: 'Download',
                commandKey: 'web-rb',
                fileType: '2 Web Content',
                url: files.url('/slow/web.tar?every=10&chunk=8192'),
                username: '',
                password: '',
                fileSize: content.length,
                targetFileName: 'web.tar',
                delaySeconds: 0,
                successUrl: '',
                failureUrl: '',
              },
            ]
          : n <= 3
            ? [{ kind: 'Reboot', commandKey: `rb-${n}` }]
            : n === 4
              ? [{ kind: 'GetQueuedTransfers' }]
              : [],
    });
    const url = await acs.listen();
    const device = await simulatedDevice(await loadProfile(PROFILE));
    const agent = agentOn(dir, url, device);
    try {
      await agent.start();
      for (let n = 1; n <= 3; n++) {
        await acs.waitForSessions(n);
        // The next reboot's session: after the simulated restart has been asked for.
        await until(`session ${n + 1}`, () => {
          if (acs.sessions.length <= n) agent.connectionRequest();
          return acs.sessions.length > n;
        });
      }
      await acs.waitForSessions(5);
      expect(
        acs.sessions.slice(2, 5).map((s) => s.inform!.events.find((e) => e.eventCode === 'M Reboot')?.commandKey),
      ).toEqual(['rb-1', 'rb-2', 'rb-3']);
      // TR-069 A.4.1.6: after the reboots the transfer is still in progress (2), not waiting (1).
      expect(acs.sessions[4]!.received.find((m) => m.kind === 'GetQueuedTransfersResponse')).toMatchObject({
        transferList: [{ commandKey: 'web-rb', state: 2 }],
      });
      const tcs = await until(
        'the TransferComplete',
        () => {
          const all = acs.sessions.flatMap((s) => s.received).filter((m) => m.kind === 'TransferComplete');
          return all.length > 0 && all;
        },
        20_000,
      );
      // Settle: a second, wrong TransferComplete would follow within the download's remaining time.
      await new Promise((r) => setTimeout(r, 500));
      const all = acs.sessions.flatMap((s) => s.received).filter((m) => m.kind === 'TransferComplete');
      expect(all).toHaveLength(1);
      expect(tcs[0]).toMatchObject({ commandKey: 'web-rb', fault: { faultCode: 0 } });
      expect(files.requests.filter((r) => r.url.startsWith('/slow/'))).toHaveLength(1);
    } finally {
      await agent.stop();
      await acs.close();
      await files.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is whole after the connection broke mid-transfer: the agent resumed it where it stopped', async () => {
    const content = randomBytes(1024 * 1024);
    const { seen, ranges, faultCode } = await downloadOnce('/flaky/web.tar?cut=300000&times=1', content);
    expect(faultCode).toBe(0);
    expect(ranges).toEqual([undefined, 'bytes=300000-']);
    expect(seen[0]?.digest).toBe(createHash('sha256').update(content).digest('hex'));
  });
});
