import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '../../src/cwmp/soap/index.ts';
import { FIRMWARE, download, removeStateDir, transferService, type Harness } from './transfer-service-harness.ts';

const upload = (commandKey: string, url: string): Message => ({
  kind: 'Upload',
  commandKey,
  fileType: '1 Vendor Configuration File',
  url,
  username: '',
  password: '',
  delaySeconds: 60,
});
const schedule = (commandKey: string, url: string): Message => ({
  kind: 'ScheduleDownload',
  commandKey,
  fileType: FIRMWARE,
  url,
  username: '',
  password: '',
  fileSize: 0,
  targetFileName: '',
  timeWindowList: [{ windowStart: 60, windowEnd: 120, windowMode: '1 At Any Time', userMessage: '', maxRetries: 0 }],
});

// Each is refused in the session with 9003 (TR-069 A.5.1), never queued to fail later.
const MALFORMED = [
  '',
  'http://',
  'http:///fw.img',
  'http://fw:secret@files.example/fw.img',
  'http://files.example/a b.img',
  'http://files\t.example/fw.img',
  'fw.img',
];

describe('the URL of a Download, Upload or ScheduleDownload, checked in the session', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.service.stop();
    if (h) removeStateDir(h.dir);
    h = undefined;
  });

  it.each([
    ['Download', (k: string, u: string) => download(k, u, { delaySeconds: 60 })],
    ['Upload', upload],
    ['ScheduleDownload', schedule],
  ] as const)('%s: a malformed URL is a 9003 fault answer and queues nothing', async (_name, make) => {
    h = transferService();
    for (const url of MALFORMED) {
      const r = await h.request(make('bad', url));
      expect(r, JSON.stringify(url)).toMatchObject({ kind: 'Fault', faultCode: 9003 });
    }
    expect(h.service.queue.list()).toEqual([]);
    expect(await h.request({ kind: 'GetQueuedTransfers' })).toMatchObject({ transferList: [] });
    // The fault string names the problem, not the credentials.
    const f = await h.request(make('bad', 'http://fw:secret@files.example/fw.img'));
    expect(f.kind === 'Fault' ? f.faultString : '').not.toContain('secret');
    // A good URL is still accepted.
    expect(await h.request(make('good', 'http://files.example/fw.img'))).not.toMatchObject({ kind: 'Fault' });
    expect(h.service.queue.list().map((j) => j.commandKey)).toEqual(['good']);
  });

  it.each([
    ['Download', (k: string, u: string) => download(k, u, { delaySeconds: 60 })],
    ['Upload', upload],
    ['ScheduleDownload', schedule],
  ] as const)('%s: an unsupported scheme with an otherwise valid URL is 9013 (TR-069 A.5.1)', async (_name, make) => {
    h = transferService();
    for (const url of ['ftp://127.0.0.1/fw.img', 'file:///tmp/fw.img']) {
      expect(await h.request(make('ftp', url))).toMatchObject({ kind: 'Fault', faultCode: 9013 });
    }
    expect(h.service.queue.list()).toEqual([]);
  });

  it('a device-initiated install (tr069-agent install) gets the same check', () => {
    h = transferService();
    expect(h.service.startAutonomous('http://files.example/a b.img', FIRMWARE)).toMatchObject({
      ok: false,
      code: 9003,
    });
    expect(h.service.startAutonomous('ftp://files.example/fw.img', FIRMWARE)).toMatchObject({ ok: false, code: 9013 });
    expect(h.service.queue.list()).toEqual([]);
  });
});
