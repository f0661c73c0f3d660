import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataModel } from '../../../src/datamodel/tree.ts';
import { simulatedTransfers, versionInFileName } from '../../../src/device/simulated/simulated-transfers.ts';
import type { DeviceTransfers, DownloadedFile } from '../../../src/device/transfers.ts';
import { sha256OfFile } from '../../../src/transfer/file-digest.ts';
import { buildImage } from '../../../src/transfer/firmware-image.ts';
import { TransferError } from '../../../src/transfer/transfer-error.ts';
import { deviceSchema } from '../../support/device-schema.ts';

const SW = 'Device.DeviceInfo.SoftwareVersion';
const schema = deviceSchema(['Device.DeviceInfo.']);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Installed {
  version: unknown;
  faultCode: number | undefined;
  log: string[];
  installed: string[];
}

interface Simulated {
  stateDir: string;
  tree: DataModel;
  device: DeviceTransfers;
}

/**
 * The simulated device on a state directory (a new one by default) with a fresh tree of the small device
 * (SoftwareVersion 1.0.0).
 */
function simulated(stateDir = mkdtempSync(join(tmpdir(), 'tr069-simfw-'))): Simulated {
  if (!dirs.includes(stateDir)) dirs.push(stateDir);
  const tree = new DataModel(schema);
  for (const [name, value] of [
    ['SoftwareVersion', '1.0.0'],
    ['ProductClass', 'TESTBOX'],
    ['ManufacturerOUI', '0A0B0C'],
    ['HardwareVersion', '1.0'],
  ])
    tree.seedValue(`Device.DeviceInfo.${name}`, value!);
  return { stateDir, tree, device: simulatedTransfers({ stateDir, tree, root: 'Device.', logText: () => '' }) };
}

/** A "1 Firmware Upgrade Image" of `content` through the simulated device: apply, then the emulated reboot. */
async function install(
  content: Buffer,
  o: { targetFileName?: string; url?: string; on?: Simulated; jobId?: string } = {},
): Promise<Installed> {
  const { stateDir, tree, device } = o.on ?? simulated();
  const path = join(stateDir, 'download.part');
  writeFileSync(path, content, { mode: 0o600 });
  const log: string[] = [];
  const file: DownloadedFile = {
    jobId: o.jobId ?? 'job-1',
    commandKey: 'fw',
    fileType: '1 Firmware Upgrade Image',
    targetFileName: o.targetFileName ?? '',
    url: o.url ?? 'http://127.0.0.1:7567/upload.bin',
    path,
    bytes: content.length,
    sha256: () => sha256OfFile(path),
    log: (m) => log.push(m),
  };
  let faultCode: number | undefined;
  try {
    expect(await device.apply(file)).toEqual({ reboot: true });
  } catch (e) {
    if (!(e instanceof TransferError)) throw e;
    faultCode = e.faultCode;
  }
  const { installed } = await device.boot();
  return { version: await tree.readInternal(SW), faultCode, log, installed };
}

const image = (version: string, productClass = 'TESTBOX'): Buffer =>
  buildImage({ version, productClass, created: '2026-11-23T00:00:00Z' }, Buffer.alloc(1000, version));

describe('firmware on the simulated device', () => {
  it('installs an ordinary file, its SoftwareVersion from TargetFileName before the URL', async () => {
    const r = await install(randomBytes(5000), {
      targetFileName: 'stb-fw-2.1.3.bin',
      url: 'http://fs.example:7567/firmware_v3.0.img',
    });
    expect(r).toMatchObject({ faultCode: undefined, version: '2.1.3', installed: ['job-1'] });
    expect(r.log).toEqual([
      expect.stringMatching(
        /not a tr069-agent image.*SoftwareVersion 2\.1\.3 from TargetFileName "stb-fw-2\.1\.3\.bin"/,
      ),
    ]);
  });

  it("takes the version from the URL's last path segment when TargetFileName has none", async () => {
    for (const [targetFileName, url] of [
      ['', 'http://fs.example:7567/firmware_v3.0.img'],
      ['firmware.img', 'http://fs.example:7567/files/firmware_v3.0.img?token=9.9'],
    ]) {
      const r = await install(Buffer.from('any bytes at all'), { targetFileName, url });
      expect(r).toMatchObject({ faultCode: undefined, version: '3.0', installed: ['job-1'] });
      expect(r.log).toEqual([
        expect.stringMatching(/SoftwareVersion 3\.0 from the URL's file name "firmware_v3\.0\.img"/),
      ]);
    }
    // GenieACS's file server URL is the prefix and encodeURI(file name).
    expect((await install(Buffer.from('x'), { url: 'http://fs.example:7567/STB%20fw%204.2.bin' })).version).toBe('4.2');
  });

  it('installs an ordinary file without a version in its names and keeps SoftwareVersion', async () => {
    const r = await install(Buffer.from('firmware without a version'), {
      targetFileName: 'fw.bin',
      url: 'http://fs.example:7567/latest?v=2.0',
    });
    expect(r).toMatchObject({ faultCode: undefined, version: '1.0.0', installed: ['job-1'] });
    expect(r.log).toEqual([
      expect.stringMatching(/no version in TargetFileName or the URL's file name, SoftwareVersion stays 1\.0\.0/),
    ]);
  });

  it('keeps the installed version for a later file without one, also after a restart from a fresh tree', async () => {
    const on = simulated();
    expect((await install(Buffer.from('v2'), { on, targetFileName: 'fw-2.0.0.bin' })).version).toBe('2.0.0');
    expect(
      await install(Buffer.from('unnamed'), { on, jobId: 'job-2', url: 'http://fs.example/latest.bin' }),
    ).toMatchObject({ version: '2.0.0', installed: ['job-2'] });
    // A tree back at the profile's 1.0.0 on the same state directory: boot() restores the active firmware's version.
    const again = simulated(on.stateDir);
    expect(await again.device.boot()).toEqual({ installed: ['job-2'] });
    expect(await again.tree.readInternal(SW)).toBe('2.0.0');
  });

  it('takes the version of its own image format from the header, whatever the names say', async () => {
    const r = await install(image('2.0.0'), { targetFileName: 'fw-9.9.9.img', url: 'http://fs.example/fw-8.8.8.img' });
    expect(r).toMatchObject({ faultCode: undefined, version: '2.0.0', installed: ['job-1'] });
    expect(r.log).toEqual([expect.stringMatching(/a tr069-agent image; SoftwareVersion 2\.0\.0 from its header/)]);
  });

  it("keeps the checks of its own format: corrupt is 9018, another product's image 9010, and nothing changes", async () => {
    const corrupt = image('3.0.0');
    corrupt[corrupt.length >> 1] = corrupt[corrupt.length >> 1]! ^ 0xff;
    const truncated = image('3.0.0').subarray(0, 20); // the magic, then too little
    for (const [content, code] of [
      [corrupt, 9018],
      [truncated, 9018],
      [image('9.9.9', 'OTHERBOX'), 9010],
    ] as const) {
      const r = await install(content, { targetFileName: 'fw-3.0.0.img' });
      expect(r).toMatchObject({ faultCode: code, version: '1.0.0', installed: [] });
    }
  });
});

describe('versionInFileName', () => {
  it('finds the first dotted number of the last segment', () => {
    expect(versionInFileName('stb-fw-2.1.3.bin')).toBe('2.1.3');
    expect(versionInFileName('firmware_v3.0.img')).toBe('3.0');
    expect(versionInFileName('/tmp/1.5/fw-v10.20.30-rc1.bin')).toBe('10.20.30');
    expect(versionInFileName('C:\\fw\\2.0\\image.bin')).toBeUndefined();
    expect(versionInFileName('fw5.bin')).toBeUndefined(); // a lone number is no version
    expect(versionInFileName('')).toBeUndefined();
    expect(versionInFileName(`fw-${'1.'.repeat(40)}1.bin`)).toBeUndefined(); // longer than SoftwareVersion's 64
  });
});
