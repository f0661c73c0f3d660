import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TRANSFERS_DOC } from '../../src/agent/persisted.ts';
import { StateStore } from '../../src/store/index.ts';
import type { TransferJob } from '../../src/transfer/transfer-queue.ts';
import { startFileServer, type FileServer } from '../transfer/file-server.ts';
import { until } from '../support/until.ts';
import {
  FIRMWARE,
  WEB,
  deferred,
  download,
  removeStateDir,
  tempStateDir,
  transferService,
  type Harness,
} from './transfer-service-harness.ts';

const RESULT = {
  faultCode: 0,
  faultString: '',
  startTime: '2026-01-01T00:00:00Z',
  completeTime: '2026-01-01T00:01:00Z',
};

function job(id: string, o: Partial<TransferJob> = {}): TransferJob {
  return {
    id,
    origin: 'Download',
    commandKey: `old-${id}`,
    fileType: WEB,
    url: 'http://old-acs-files.example/f',
    username: '',
    password: '',
    fileSize: 0,
    targetFileName: '',
    dueAt: Date.now() + 600_000,
    state: 'queued',
    interrupted: 0,
    retries: 0,
    ...o,
  };
}

const eventCodes = (h: Harness): string[] =>
  h.events.list().map((e) => `${e.code}${e.commandKey ? `:${e.commandKey}` : ''}`);
const parts = (dir: string): string[] =>
  existsSync(join(dir, 'transfers')) ? readdirSync(join(dir, 'transfers')).sort() : [];
const persistedJobs = (dir: string): TransferJob[] =>
  (JSON.parse(readFileSync(join(dir, 'transfers.json'), 'utf8')) as { payload: { jobs: TransferJob[] } }).payload.jobs;

describe('TransferService.forgetPreviousAcs: bootstrapping with a new ACS (TR-069 3.7.1.5)', () => {
  let files: FileServer;
  const dirs: string[] = [];
  const services: Harness[] = [];
  const track = (h: Harness): Harness => {
    services.push(h);
    if (!dirs.includes(h.dir)) dirs.push(h.dir);
    return h;
  };
  beforeAll(async () => {
    files = await startFileServer({
      files: new Map([
        ['/web.tar', Buffer.alloc(64 * 1024, 'w')],
        ['/big.tar', Buffer.alloc(1024 * 1024, 'b')],
      ]),
    });
  });
  afterEach(async () => {
    for (const h of services.splice(0)) await h.service.stop();
    for (const d of dirs.splice(0)) removeStateDir(d);
  });
  afterAll(async () => {
    await files?.close();
  });

  it('drops queued jobs, unacknowledged results, AutonomousTransferCompletes and their temp files, and a restart brings none back', async () => {
    const dir = tempStateDir();
    mkdirSync(join(dir, 'transfers'), { recursive: true });
    for (const f of [
      '.download-queued.part',
      '.download-interrupted.part',
      '.download-mine.part',
      '.download-stray.part',
    ])
      writeFileSync(join(dir, 'transfers', f), 'x');
    const partial = (file: string): TransferJob['partial'] => ({ file, bytes: 1, validator: '"v1"', total: 10 });
    StateStore.open(dir).write('transfers', TRANSFERS_DOC, {
      jobs: [
        job('queued', { partial: partial('.download-queued.part') }),
        job('upload', { origin: 'Upload', fileType: '1 Vendor Configuration File' }),
        job('scheduled', {
          origin: 'ScheduleDownload',
          windows: [
            {
              startAt: Date.now() + 60_000,
              endAt: Date.now() + 120_000,
              mode: '1 At Any Time',
              userMessage: '',
              maxRetries: 0,
            },
          ],
        }),
        // Cut short by the restart before this start: the next boot() would run it again.
        job('interrupted', { state: 'running', partial: partial('.download-interrupted.part') }),
        job('done', { state: 'done', result: RESULT }),
        job('self-done', { origin: 'Autonomous', commandKey: '', state: 'done', result: RESULT }),
        // The device's own download, not started yet: no ACS asked for it, so it stays.
        job('mine', {
          origin: 'Autonomous',
          commandKey: '',
          fileType: FIRMWARE,
          partial: partial('.download-mine.part'),
        }),
      ],
    });
    const h = track(transferService({ dir }));
    h.events.add('7 TRANSFER COMPLETE');
    h.events.add('M Download', 'old-done');
    h.events.add('10 AUTONOMOUS TRANSFER COMPLETE');
    h.events.add('1 BOOT');

    h.service.forgetPreviousAcs();

    expect(h.service.queue.list().map((j) => j.id)).toEqual(['mine']);
    expect(h.service.reports()).toEqual([]);
    expect(h.service.autonomousReports()).toEqual([]);
    expect(eventCodes(h)).toEqual(['1 BOOT']);
    expect(parts(dir)).toEqual(['.download-mine.part']);
    expect(h.log.filter((l) => l.includes('bootstrapping with a new ACS'))).toEqual([
      expect.stringContaining(
        'dropped 4 queued transfer(s), 1 unacknowledged TransferComplete(s) and 1 AutonomousTransferComplete(s); 0 running transfer(s) finish without a report',
      ),
    ]);
    // Persisted before anything else happens.
    expect(persistedJobs(dir).map((j) => j.id)).toEqual(['mine']);

    // A restart right after: nothing of the previous ACS comes back, to be run or reported.
    await h.service.stop();
    const again = track(transferService({ dir }));
    await again.service.boot();
    expect(again.service.queue.list().map((j) => j.id)).toEqual(['mine']);
    expect(again.service.reports()).toEqual([]);
    expect(again.service.autonomousReports()).toEqual([]);
    expect(eventCodes(again)).toEqual([]);
    expect(await again.request({ kind: 'GetAllQueuedTransfers' })).toMatchObject({ transferList: [] });
    expect(await again.request({ kind: 'CancelTransfer', commandKey: 'old-queued' })).toMatchObject({
      kind: 'Fault',
      faultCode: 9003,
    });
    expect(parts(dir)).toEqual(['.download-mine.part']);
  });

  it("lets the job running now finish, then discards its result; the new ACS's own job with the same CommandKey is reported", async () => {
    const gate = deferred<{ reboot: boolean }>();
    let first = true;
    const h = track(
      transferService({
        apply: (file) => {
          if (!first) return Promise.resolve({ reboot: false });
          first = false;
          expect(existsSync(file.path)).toBe(true);
          return gate.promise;
        },
      }),
    );
    await h.request(download('fw', files.url('/web.tar')));
    await until("the old ACS's download being applied", () => h.applied.length === 1);
    h.service.forgetPreviousAcs();
    expect(
      h.log.some((l) =>
        l.includes(
          'dropped 0 queued transfer(s), 0 unacknowledged TransferComplete(s) and 0 AutonomousTransferComplete(s); 1 running transfer(s) finish without a report',
        ),
      ),
    ).toBe(true);
    // The running job is not the new ACS's: not listed, not cancellable, not a duplicate of its request.
    expect(await h.request({ kind: 'GetQueuedTransfers' })).toMatchObject({ transferList: [] });
    expect(await h.request({ kind: 'CancelTransfer', commandKey: 'fw' })).toMatchObject({
      kind: 'Fault',
      faultCode: 9003,
    });
    expect(persistedJobs(h.dir)).toEqual([
      expect.objectContaining({ commandKey: 'fw', state: 'applying', forgotten: true }),
    ]);
    await h.request(download('fw', files.url('/web.tar')));
    expect(await h.request({ kind: 'GetQueuedTransfers' })).toMatchObject({
      transferList: [{ commandKey: 'fw', state: 1 }],
    });

    gate.resolve({ reboot: false });
    await until('both downloads applied', () => h.applied.length === 2 && h.applied.every((a) => a.finished));
    const reports = await until("the new ACS's TransferComplete", () =>
      h.service.reports().length > 0 ? h.service.reports() : undefined,
    );
    expect(h.applied[0]!.finished).toBe(true); // the old one ran to its end, not cut short
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ commandKey: 'fw', faultCode: 0 });
    expect(h.service.queue.list()).toHaveLength(1);
    expect(h.triggers).toEqual(['transfer complete']);
    expect(h.log.some((l) => l.includes('not reported'))).toBe(true);
  });

  it('a firmware install running then completes through its reboot and is not reported', async () => {
    const gate = deferred<{ reboot: boolean }>();
    let installed: string[] = [];
    let rebooted = 0;
    const h = track(
      transferService({
        apply: (file) => {
          installed = [file.jobId];
          return gate.promise;
        },
        installed: () => installed,
        reboot: async (self) => {
          rebooted++;
          await self.service.boot(); // the simulated device's in-process restart
        },
      }),
    );
    await h.request(download('fw-image', files.url('/web.tar'), { fileType: FIRMWARE }));
    await until('the install under way', () => h.applied.length === 1);
    h.service.forgetPreviousAcs();
    gate.resolve({ reboot: true });
    await until('the job settled', () => h.service.queue.list().length === 0);
    expect(rebooted).toBe(1);
    expect(h.applied[0]!.finished).toBe(true);
    expect(h.service.reports()).toEqual([]);
    expect(eventCodes(h)).toEqual([]);
    expect(h.triggers).toEqual([]);
    expect(persistedJobs(h.dir)).toEqual([]);
  });

  it('a restart while the forgotten job still downloads drops it with its checkpointed file', async () => {
    const h = track(transferService({ checkpointBytes: 16 * 1024 }));
    await h.request(download('slow', `${files.origin}/slow/big.tar?every=10&chunk=8192&ranges=1`));
    await until('a checkpoint of the download', () => (persistedJobs(h.dir)[0]?.partial?.bytes ?? 0) >= 32 * 1024);
    h.service.forgetPreviousAcs();
    await h.service.stop(); // the process ends in the middle of the download
    const left = persistedJobs(h.dir);
    expect(left).toEqual([expect.objectContaining({ state: 'running', forgotten: true })]);
    expect(parts(h.dir)).toEqual([left[0]!.partial!.file]);
    const seen = files.requests.length;

    const again = track(transferService({ dir: h.dir }));
    await again.service.boot();
    again.service.kick();
    expect(again.service.queue.list()).toEqual([]);
    expect(parts(h.dir)).toEqual([]);
    expect(again.service.reports()).toEqual([]);
    expect(eventCodes(again)).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));
    expect(files.requests.length).toBe(seen); // not started again
  });

  it('a factory reset while a job runs: its outcome raises no event either (clear)', async () => {
    const gate = deferred<{ reboot: boolean }>();
    const h = track(transferService({ apply: () => gate.promise }));
    await h.request(download('before-reset', files.url('/web.tar')));
    await until('the download being applied', () => h.applied.length === 1);
    h.service.clear();
    gate.resolve({ reboot: false });
    await until('apply finished', () => h.applied[0]!.finished);
    await new Promise((r) => setTimeout(r, 50));
    expect(eventCodes(h)).toEqual([]);
    expect(h.triggers).toEqual([]);
    expect(h.service.reports()).toEqual([]);
  });
});
