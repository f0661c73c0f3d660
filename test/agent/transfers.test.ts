import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../src/cwmp/soap/index.ts';
import { ScriptedAcs, type AcsSessionRecord } from '../../src/demo-acs/scripted-acs.ts';
import { buildImage } from '../../src/transfer/firmware-image.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';
import { removeTestPki, testPki } from '../support/tls/test-ca.ts';
import { startFileServer, type FileServer } from '../transfer/file-server.ts';
import { until } from '../support/until.ts';

// The small device: ProductClass TESTBOX, OUI 0A0B0C, SoftwareVersion 1.0.0.
const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');
const FIRMWARE = '1 Firmware Upgrade Image';
const SW = 'Device.DeviceInfo.SoftwareVersion';

type TC = Extract<Message, { kind: 'TransferComplete' }>;
type Req = Message;

const image = (version: string, productClass = 'TESTBOX'): Buffer =>
  buildImage({ version, productClass, created: '2026-11-23T00:00:00Z' }, Buffer.alloc(200_000, version));

function download(commandKey: string, url: string, o: Partial<Extract<Message, { kind: 'Download' }>> = {}): Req {
  return {
    kind: 'Download',
    commandKey,
    fileType: FIRMWARE,
    url,
    username: '',
    password: '',
    fileSize: 0,
    targetFileName: '',
    delaySeconds: 0,
    successUrl: '',
    failureUrl: '',
    ...o,
  };
}

const transferCompletes = (acs: ScriptedAcs): TC[] =>
  acs.sessions.flatMap((s) => s.received.filter((m): m is TC => m.kind === 'TransferComplete'));
const codes = (s: AcsSessionRecord): string[] =>
  s.inform!.events.map((e) => `${e.eventCode}${e.commandKey ? `:${e.commandKey}` : ''}`);
const informValue = (s: AcsSessionRecord, name: string): string | undefined =>
  s.inform!.parameterList.find((p) => p.name === name)?.value;

/** The session whose ACS records hold the TransferComplete for `key`. */
const sessionWithTc = (acs: ScriptedAcs, key: string): AcsSessionRecord | undefined =>
  acs.sessions.find((s) => s.received.some((m) => m.kind === 'TransferComplete' && m.commandKey === key));

describe('Download, Upload and the transfer RPCs against real file servers', () => {
  let files: FileServer;
  let authFiles: FileServer;
  let https: FileServer;
  let wrongCa: FileServer;
  beforeAll(async () => {
    const pki = testPki();
    const content = new Map<string, Buffer>([
      ['/fw-2.0.0.img', image('2.0.0')],
      ['/fw-other.img', image('9.9.9', 'OTHERBOX')],
      ['/web.tar', Buffer.from('web content')],
      // What an operator uploads to GenieACS: any bytes, the version only in the file name.
      ['/stb-fw-2.1.3.bin', Buffer.alloc(300_000, 'vendor firmware')],
    ]);
    const corrupt = Buffer.from(image('3.0.0'));
    corrupt[corrupt.length >> 1] = corrupt[corrupt.length >> 1]! ^ 0xff;
    content.set('/fw-corrupt.img', corrupt);
    files = await startFileServer({ files: content });
    authFiles = await startFileServer({
      files: content,
      auth: { scheme: 'digest', username: 'fw', password: 'fw-pass' },
    });
    https = await startFileServer({ files: content, tls: { cert: pki.server.cert, key: pki.server.key } });
    wrongCa = await startFileServer({ files: content, tls: { cert: pki.otherServer.cert, key: pki.otherServer.key } });
  });
  afterAll(async () => {
    await Promise.all([files?.close(), authFiles?.close(), https?.close(), wrongCa?.close()]);
    removeTestPki();
  });

  it('installs firmware: DownloadResponse Status 1, then its own session with 1 BOOT + 7 TRANSFER COMPLETE + M Download and the new SoftwareVersion', async () => {
    const url = files.url('/fw-2.0.0.img');
    const acs = new ScriptedAcs({
      script: (_i, n) => (n === 0 ? [download('fw-1', url, { fileSize: image('2.0.0').length })] : []),
    });
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', PROFILE]);
    try {
      const [first] = await acs.waitForSessions(1);
      const resp = first!.received[1]!;
      expect(resp).toMatchObject({ kind: 'DownloadResponse', status: 1, startTime: '0001-01-01T00:00:00Z' });
      expect(informValue(first!, SW)).toBe('1.0.0');
      const s = await until('the TransferComplete session', () => sessionWithTc(acs, 'fw-1'), 15_000);
      expect(codes(s)).toEqual(expect.arrayContaining(['1 BOOT', '7 TRANSFER COMPLETE', 'M Download:fw-1']));
      expect(informValue(s, SW)).toBe('2.0.0');
      const tc = transferCompletes(acs).filter((t) => t.commandKey === 'fw-1');
      expect(tc).toHaveLength(1);
      expect(tc[0]!.fault.faultCode).toBe(0);
      expect(Date.parse(tc[0]!.startTime)).toBeLessThanOrEqual(Date.parse(tc[0]!.completeTime));
      expect(files.requests.some((r) => r.url === '/fw-2.0.0.img')).toBe(true);
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);

  it("installs an ordinary firmware file, SoftwareVersion from the URL's file name, and logs that rule", async () => {
    const acs = new ScriptedAcs({
      script: (_i, n) => (n === 0 ? [download('fw-plain', files.url('/stb-fw-2.1.3.bin'))] : []),
    });
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', PROFILE]);
    try {
      const s = await until('the TransferComplete session', () => sessionWithTc(acs, 'fw-plain'), 15_000);
      expect(transferCompletes(acs).find((t) => t.commandKey === 'fw-plain')!.fault.faultCode).toBe(0);
      expect(codes(s)).toEqual(expect.arrayContaining(['1 BOOT', '7 TRANSFER COMPLETE', 'M Download:fw-plain']));
      expect(informValue(s, SW)).toBe('2.1.3');
      expect(agent.output).toMatch(/SoftwareVersion 2\.1\.3 from the URL's file name "stb-fw-2\.1\.3\.bin"/);
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);

  it('maps each failure to its fault and keeps the old version', async () => {
    const requests: Req[] = [
      download('size', files.url('/fw-2.0.0.img'), { fileSize: 12345 }),
      download('404', files.url('/missing.img')),
      download('auth', authFiles.url('/fw-2.0.0.img'), { username: 'fw', password: 'wrong' }),
      download('corrupt', files.url('/fw-corrupt.img')),
      download('product', files.url('/fw-other.img')),
      download('wrong-ca', wrongCa.url('/web.tar'), { fileType: '2 Web Content' }),
      download('ftp', 'ftp://127.0.0.1/fw.img'),
      download('type', files.url('/web.tar'), { fileType: '9 Unknown Type' }),
    ];
    const acs = new ScriptedAcs({ script: (_i, n) => (n === 0 ? requests : []) });
    const agent = new AgentProcess().start([
      '--acs-url',
      await acs.listen(),
      '--profile',
      PROFILE,
      '--ca-file',
      testPki().ca.certPath,
    ]);
    try {
      const [first] = await acs.waitForSessions(1);
      const answers = first!.received.slice(1);
      // Refused at once: an unsupported scheme (9013) and an unknown FileType (9003).
      expect(answers[6]).toMatchObject({ kind: 'Fault', faultCode: 9013 });
      expect(answers[7]).toMatchObject({ kind: 'Fault', faultCode: 9003 });
      const expected: Record<string, number> = {
        size: 9018,
        '404': 9016,
        auth: 9012,
        corrupt: 9018,
        product: 9010,
        'wrong-ca': 9015,
      };
      await until('six TransferCompletes', () => transferCompletes(acs).length >= 6, 30_000);
      const got = Object.fromEntries(transferCompletes(acs).map((t) => [t.commandKey, t.fault.faultCode]));
      expect(got).toEqual(expected);
      for (const t of transferCompletes(acs)) expect(t.fault.faultString).not.toBe('');
      expect(acs.sessions.every((s) => informValue(s, SW) === '1.0.0')).toBe(true);
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 60_000);

  it('answers a malformed transfer URL with a 9003 fault in the session, never with a TransferComplete (issue 17)', async () => {
    const host = new URL(files.origin).host;
    const requests: Req[] = [
      download('empty', ''),
      // With credentials in it, which TR-069 A.3.2.8 keeps in Username/Password: the server would serve it.
      download('userinfo', `http://fw:fw-pass@${host}/web.tar`, { fileType: '2 Web Content' }),
      download('space', `http://${host}/we b.tar`, { fileType: '2 Web Content' }),
      download('no-host', 'http:///web.tar', { fileType: '2 Web Content' }),
      {
        kind: 'Upload',
        commandKey: 'up-space',
        fileType: '1 Vendor Configuration File',
        url: `http://${host}/up/a b.json`,
        username: '',
        password: '',
        delaySeconds: 0,
      },
      {
        kind: 'ScheduleDownload',
        commandKey: 'sd-userinfo',
        fileType: '2 Web Content',
        url: `http://u@${host}/web.tar`,
        username: '',
        password: '',
        fileSize: 0,
        targetFileName: '',
        timeWindowList: [
          { windowStart: 0, windowEnd: 60, windowMode: '1 At Any Time', userMessage: '', maxRetries: 0 },
        ],
      },
      // An otherwise valid URL of a scheme the agent does not fetch stays 9013 (TR-069 A.5.1).
      download('file', 'file:///etc/passwd', { fileType: '2 Web Content' }),
      download('ok', files.url('/web.tar'), { fileType: '2 Web Content' }),
    ];
    const acs = new ScriptedAcs({ script: (_i, n) => (n === 0 ? requests : []) });
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', PROFILE]);
    const seen = files.requests.length;
    try {
      const [first] = await acs.waitForSessions(1);
      const answers = first!.received.slice(1).map((m) => (m.kind === 'Fault' ? m.faultCode : m.kind));
      expect(answers).toEqual([9003, 9003, 9003, 9003, 9003, 9003, 9013, 'DownloadResponse']);
      for (const m of first!.received) if (m.kind === 'Fault') expect(m.faultString).not.toContain('fw-pass');
      // The one good request runs last; by its TransferComplete every other job would have reported.
      await until('the TransferComplete of the good download', () => sessionWithTc(acs, 'ok'), 15_000);
      expect(transferCompletes(acs).map((t) => [t.commandKey, t.fault.faultCode])).toEqual([['ok', 0]]);
      expect(files.requests.slice(seen).map((r) => r.url)).toEqual(['/web.tar']);
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);

  it('downloads over HTTPS checked against --ca-file', async () => {
    const acs = new ScriptedAcs({
      script: (_i, n) => (n === 0 ? [download('https-fw', https.url('/fw-2.0.0.img'))] : []),
    });
    const agent = new AgentProcess().start([
      '--acs-url',
      await acs.listen(),
      '--profile',
      PROFILE,
      '--ca-file',
      testPki().ca.certPath,
    ]);
    try {
      const s = await until('the TransferComplete session', () => sessionWithTc(acs, 'https-fw'), 20_000);
      expect(transferCompletes(acs)[0]!.fault.faultCode).toBe(0);
      expect(informValue(s, SW)).toBe('2.0.0');
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);

  it('keeps DelaySeconds across a restart', async () => {
    const acs = new ScriptedAcs({
      script: (_i, n) =>
        n === 0
          ? [
              download('later', files.url('/web.tar'), {
                fileType: '2 Web Content',
                delaySeconds: 4,
                targetFileName: 'index.tar',
              }),
            ]
          : [],
    });
    const acsUrl = await acs.listen();
    const agent = new AgentProcess().start(['--acs-url', acsUrl, '--profile', PROFILE]);
    const asked = Date.now();
    const seen = files.requests.length;
    let again: AgentProcess | undefined;
    try {
      await acs.waitForSessions(1);
      expect(await agent.stop()).toBe(0);
      expect(files.requests.slice(seen).some((r) => r.url === '/web.tar')).toBe(false);
      again = new AgentProcess(agent.stateDir).start(['--acs-url', acsUrl, '--profile', PROFILE]);
      const s = await until('the TransferComplete session', () => sessionWithTc(acs, 'later'), 20_000);
      const tc = transferCompletes(acs).find((t) => t.commandKey === 'later')!;
      expect(tc.fault.faultCode).toBe(0);
      expect(Date.parse(tc.startTime)).toBeGreaterThanOrEqual(Math.floor(asked / 1000) * 1000 + 3000);
      expect(codes(s)).toContain('M Download:later');
    } finally {
      await again?.stop();
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);

  it('uploads the configuration and the log with PUT, then reports M Upload', async () => {
    const acs = new ScriptedAcs({
      script: (_i, n) =>
        n === 0
          ? [
              {
                kind: 'Upload',
                commandKey: 'cfg',
                fileType: '1 Vendor Configuration File',
                url: files.url('/up/config.json'),
                username: '',
                password: '',
                delaySeconds: 0,
              },
              {
                kind: 'Upload',
                commandKey: 'log',
                fileType: '2 Vendor Log File',
                url: files.url('/up/agent.log'),
                username: '',
                password: '',
                delaySeconds: 0,
              },
              {
                kind: 'Upload',
                commandKey: 'bad',
                fileType: '7 Nothing',
                url: files.url('/up/x'),
                username: '',
                password: '',
                delaySeconds: 0,
              },
            ]
          : [],
    });
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', PROFILE]);
    try {
      const [first] = await acs.waitForSessions(1);
      expect(first!.received[3]).toMatchObject({ kind: 'Fault', faultCode: 9003 });
      await until('two TransferCompletes', () => transferCompletes(acs).length >= 2, 20_000);
      expect(transferCompletes(acs).map((t) => [t.commandKey, t.fault.faultCode])).toEqual([
        ['cfg', 0],
        ['log', 0],
      ]);
      const config = JSON.parse(files.uploads.get('/up/config.json')!.body.toString()) as {
        format: string;
        values: Record<string, string>;
      };
      expect(config.format).toBe('tr069-agent-config/1');
      expect(config.values['Device.ManagementServer.PeriodicInformEnable']).toBe('false');
      expect(config.values['Device.ManagementServer.CWMPRetryMinimumWaitInterval']).toBe('1');
      expect(Object.keys(config.values).some((k) => k.endsWith('Password'))).toBe(false);
      expect(files.uploads.get('/up/agent.log')!.body.toString()).toContain('session: Inform');
      expect(codes(sessionWithTc(acs, 'cfg')!)).toEqual(
        expect.arrayContaining(['7 TRANSFER COMPLETE', 'M Upload:cfg']),
      );
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);

  it('CancelTransfer removes a transfer that has not started and answers 9021 once it runs', async () => {
    const slow = `${files.origin}/slow/fw-2.0.0.img?every=25`;
    const acs = new ScriptedAcs({
      script: (_i, n) => {
        if (n === 0) {
          return [
            download('waiting', files.url('/web.tar'), { fileType: '2 Web Content', delaySeconds: 600 }),
            { kind: 'CancelTransfer', commandKey: 'waiting' },
            download('running', slow),
            { kind: 'GetAllQueuedTransfers' },
          ];
        }
        if (n === 1)
          return [
            { kind: 'GetQueuedTransfers' },
            { kind: 'CancelTransfer', commandKey: 'running' },
            { kind: 'CancelTransfer', commandKey: 'nothing' },
          ];
        return [];
      },
    });
    const agent = new AgentProcess().start([
      '--acs-url',
      await acs.listen(),
      '--profile',
      PROFILE,
      '--periodic-inform-interval',
      '2',
    ]);
    const seen = files.requests.length;
    try {
      const [first, second] = await acs.waitForSessions(2, 20_000);
      expect(first!.received[2]).toMatchObject({ kind: 'CancelTransferResponse' });
      expect(first!.received[4]).toMatchObject({
        kind: 'GetAllQueuedTransfersResponse',
        transferList: [{ commandKey: 'running', state: 1, isDownload: true, fileType: FIRMWARE }],
      });
      expect(second!.received[1]).toMatchObject({
        kind: 'GetQueuedTransfersResponse',
        transferList: [{ commandKey: 'running', state: 2 }],
      });
      expect(second!.received[2]).toMatchObject({ kind: 'Fault', faultCode: 9021 });
      expect(second!.received[3]).toMatchObject({ kind: 'Fault', faultCode: 9003 });
      expect(files.requests.slice(seen).some((r) => r.url === '/web.tar')).toBe(false);
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);

  it('reports a device-initiated install (tr069-agent install) with AutonomousTransferComplete when the policy asks for it', async () => {
    const policy = 'Device.ManagementServer.AutonomousTransferCompletePolicy.';
    const acs = new ScriptedAcs({
      script: (_i, n) =>
        n === 0
          ? [
              {
                kind: 'SetParameterValues',
                parameterKey: 'policy',
                parameterList: [
                  { name: `${policy}Enable`, value: 'true', xsiType: 'xsd:boolean' },
                  { name: `${policy}FileTypeFilter`, value: FIRMWARE, xsiType: 'xsd:string' },
                  { name: `${policy}TransferTypeFilter`, value: 'Both', xsiType: 'xsd:string' },
                  { name: `${policy}ResultTypeFilter`, value: 'Both', xsiType: 'xsd:string' },
                ],
              },
            ]
          : [],
    });
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', PROFILE]);
    try {
      await acs.waitForSessions(1);
      const cli = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(REPO, 'src', 'cli', 'main.ts'),
          'install',
          '--state-dir',
          agent.stateDir,
          files.url('/fw-2.0.0.img'),
        ],
        { cwd: REPO, encoding: 'utf8' },
      );
      expect(cli.stderr).toBe('');
      expect(cli.stdout).toMatch(/^install: transfer [0-9a-f]+ queued/);
      const s = await until(
        'the AutonomousTransferComplete session',
        () => acs.sessions.find((x) => x.received.some((m) => m.kind === 'AutonomousTransferComplete')),
        15_000,
      );
      expect(codes(s)).toEqual(expect.arrayContaining(['1 BOOT', '10 AUTONOMOUS TRANSFER COMPLETE']));
      expect(codes(s)).not.toContain('7 TRANSFER COMPLETE');
      expect(informValue(s, SW)).toBe('2.0.0');
      expect(s.received.find((m) => m.kind === 'AutonomousTransferComplete')).toMatchObject({
        kind: 'AutonomousTransferComplete',
        isDownload: true,
        fileType: FIRMWARE,
        transferUrl: files.url('/fw-2.0.0.img'),
        fault: { faultCode: 0 },
      });
      // A scheme the agent cannot fetch is refused at once, in one line.
      const bad = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(REPO, 'src', 'cli', 'main.ts'),
          'install',
          '--state-dir',
          agent.stateDir,
          'ftp://x/y.img',
        ],
        { cwd: REPO, encoding: 'utf8' },
      );
      expect(bad.status).toBe(1);
      expect(bad.stderr.trim()).toMatch(/^tr069-agent: fault 9013: .+/);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);

  it('holds its TransferComplete while the ACS sets HoldRequests, and delivers it in the next session', async () => {
    const acs = new ScriptedAcs({
      script: (_i, n) =>
        n === 0
          ? [download('held', files.url('/web.tar'), { fileType: '2 Web Content' })]
          : n === 1
            ? [{ kind: 'GetParameterValues', parameterNames: [SW] }]
            : [],
      holdRequests: (n) => n === 1,
    });
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', PROFILE]);
    try {
      const sessions = await acs.waitForSessions(3, 15_000);
      expect(codes(sessions[1]!)).toContain('7 TRANSFER COMPLETE');
      // Held: the CPE answered the ACS's request but sent no request of its own.
      expect(sessions[1]!.received.map((m) => m.kind)).toEqual(['Inform', 'GetParameterValuesResponse']);
      expect(sessions[2]!.received.map((m) => m.kind)).toEqual(['Inform', 'TransferComplete']);
      expect(transferCompletes(acs)).toHaveLength(1);
      expect(codes(sessions[2]!)).toEqual(expect.arrayContaining(['7 TRANSFER COMPLETE', 'M Download:held']));
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);

  it('ScheduleDownload runs inside its window, and reports 9020 when no window can be used', async () => {
    const acs = new ScriptedAcs({
      script: (_i, n) =>
        n === 0
          ? [
              {
                kind: 'ScheduleDownload',
                commandKey: 'window',
                fileType: '2 Web Content',
                url: files.url('/web.tar'),
                username: '',
                password: '',
                fileSize: 0,
                targetFileName: 'w.tar',
                timeWindowList: [
                  { windowStart: 2, windowEnd: 60, windowMode: '1 At Any Time', userMessage: '', maxRetries: 0 },
                ],
              },
              {
                kind: 'ScheduleDownload',
                commandKey: 'confirm',
                fileType: '2 Web Content',
                url: files.url('/web.tar'),
                username: '',
                password: '',
                fileSize: 0,
                targetFileName: 'c.tar',
                timeWindowList: [
                  {
                    windowStart: 1,
                    windowEnd: 3,
                    windowMode: '4 Confirmation Needed',
                    userMessage: 'Update?',
                    maxRetries: 0,
                  },
                ],
              },
              {
                kind: 'ScheduleDownload',
                commandKey: 'overlap',
                fileType: '2 Web Content',
                url: files.url('/web.tar'),
                username: '',
                password: '',
                fileSize: 0,
                targetFileName: 'o.tar',
                timeWindowList: [
                  { windowStart: 10, windowEnd: 60, windowMode: '1 At Any Time', userMessage: '', maxRetries: 0 },
                  { windowStart: 30, windowEnd: 90, windowMode: '1 At Any Time', userMessage: '', maxRetries: 0 },
                ],
              },
            ]
          : [],
    });
    const asked = Date.now();
    const agent = new AgentProcess().start(['--acs-url', await acs.listen(), '--profile', PROFILE]);
    try {
      const [first] = await acs.waitForSessions(1);
      expect(first!.received.slice(1).map((m) => (m.kind === 'Fault' ? m.faultCode : m.kind))).toEqual([
        'ScheduleDownloadResponse',
        'ScheduleDownloadResponse',
        9003,
      ]);
      await until('two TransferCompletes', () => transferCompletes(acs).length >= 2, 20_000);
      const byKey = Object.fromEntries(transferCompletes(acs).map((t) => [t.commandKey, t]));
      expect(byKey['window']!.fault.faultCode).toBe(0);
      expect(Date.parse(byKey['window']!.startTime)).toBeGreaterThanOrEqual(Math.floor(asked / 1000) * 1000 + 1000);
      expect(byKey['confirm']!.fault.faultCode).toBe(9020);
      expect(codes(sessionWithTc(acs, 'window')!)).toContain('M ScheduleDownload:window');
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);
});
