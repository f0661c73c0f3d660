import { closeSync, fsyncSync, mkdirSync, openSync, renameSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DataModelFault } from '../../datamodel/faults.ts';
import { schemaPathOf } from '../../datamodel/paths.ts';
import type { DataModel, SetEntry } from '../../datamodel/tree.ts';
import { checkCompatible, isImageFile, verifyImageFile } from '../../transfer/firmware-image.ts';
import { TransferError } from '../../transfer/transfer-error.ts';
import type { DeviceTransfers, DeviceTransfersContext, DownloadedFile, UploadContent } from '../transfers.ts';
import { FirmwareSlots } from './firmware-slots.ts';

const FIRMWARE = '1 Firmware Upgrade Image';
const CONFIG = '3 Vendor Configuration File';
/** Files the simulated device keeps as they are, each kind in its own folder. */
const STORED: Record<string, string> = {
  '2 Web Content': 'web-content',
  '4 Tone File': 'tones',
  '5 Ringer File': 'ringers',
};
const VENDOR = /^X [0-9A-F]{6} .+$/;
/** Our configuration export: the writable, non-secret parameters as wire strings. */
const CONFIG_FORMAT = 'tr069-agent-config/1';
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
// The first dotted number of a file name: 'stb-fw-2.1.3.bin' → 2.1.3, 'firmware_v3.0.img' → 3.0.
const NAME_VERSION = /[0-9]+(?:\.[0-9]+)+/;
// DeviceInfo.SoftwareVersion is a string(64) (TR-181).
const MAX_VERSION = 64;

/** The version a file name carries, if any; a path or URL is cut to its last segment first. */
export function versionInFileName(name: string): string | undefined {
  const base = name.replaceAll('\\', '/').split('/').pop() ?? '';
  const v = NAME_VERSION.exec(base)?.[0];
  return v !== undefined && v.length <= MAX_VERSION ? v : undefined;
}

/** The last path segment of a URL, percent-decoded ('' when there is none). */
function urlFileName(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  const last = path.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * File transfers of the embedded simulated device. Any firmware file is staged and activated at
 * the emulated reboot; one in our image format (src/transfer/firmware-image.ts) is verified first
 * and names its SoftwareVersion, any other file may carry one in its name. Configuration files
 * round-trip with the Upload export; web content, tones, ringers and vendor files are kept under
 * the state directory.
 */
export function simulatedTransfers(ctx: DeviceTransfersContext): DeviceTransfers {
  // Plain own methods, as integrators wrap and spread this object; the state lives in one
  // instance per device and the code on its prototype (a fleet makes thousands).
  const t = new SimulatedTransfers(ctx);
  return { accepts, apply: t.apply.bind(t), boot: t.boot.bind(t), uploadable, produce: t.produce.bind(t) };
}

function accepts(t: string): boolean {
  return t === FIRMWARE || t === CONFIG || t in STORED || VENDOR.test(t);
}

function uploadable(t: string): boolean {
  return /^(1|3) Vendor Configuration File( [0-9]+)?$/.test(t) || /^(2|4) Vendor Log File( [0-9]+)?$/.test(t);
}

class SimulatedTransfers {
  private readonly slots: FirmwareSlots;

  constructor(private readonly ctx: DeviceTransfersContext) {
    this.slots = new FirmwareSlots(join(ctx.stateDir, 'firmware'));
  }

  private async info(name: string): Promise<string> {
    return String(await this.ctx.tree.readInternal(`${this.ctx.root}DeviceInfo.${name}`).catch(() => ''));
  }

  private async installFirmware(file: DownloadedFile): Promise<{ reboot: boolean }> {
    // A file in our format keeps every check of it: corrupt is 9018, another product's is 9010.
    if (await isImageFile(file.path)) {
      const image = await verifyImageFile(file.path);
      checkCompatible(image, {
        productClass: await this.info('ProductClass'),
        manufacturerOUI: await this.info('ManufacturerOUI'),
        hardwareVersion: await this.info('HardwareVersion'),
      });
      file.log(`firmware: a tr069-agent image; SoftwareVersion ${image.version} from its header`);
      await this.slots.stage(file.path, image, file.jobId);
      return { reboot: true };
    }
    // Any other file is what an operator uploaded to the ACS: a simulated device has nothing to
    // check it against, so it installs, and its name may tell the version.
    const named = [
      { rule: 'TargetFileName', name: file.targetFileName },
      { rule: "the URL's file name", name: urlFileName(file.url) },
    ];
    const found = named.map((n) => ({ ...n, version: versionInFileName(n.name) })).find((n) => n.version !== undefined);
    // Without one, the slot records the version kept, so the active firmware still names it after a restart.
    const version = found?.version ?? (await this.info('SoftwareVersion'));
    file.log(
      found
        ? `firmware: not a tr069-agent image, installed as it is; SoftwareVersion ${version} from ${found.rule} ${JSON.stringify(found.name)}`
        : `firmware: not a tr069-agent image, installed as it is; no version in TargetFileName or the URL's file name, SoftwareVersion stays ${version}`,
    );
    await this.slots.stage(file.path, { version, sha256: await file.sha256() }, file.jobId);
    return { reboot: true };
  }

  private async applyConfig(file: DownloadedFile): Promise<{ reboot: boolean }> {
    if (file.bytes > MAX_CONFIG_BYTES)
      throw new TransferError(9018, `configuration file of ${file.bytes} bytes is larger than ${MAX_CONFIG_BYTES}`);
    let doc: unknown;
    try {
      doc = JSON.parse(await readFile(file.path, 'utf8'));
    } catch {
      throw new TransferError(9018, 'configuration file is not JSON');
    }
    const values = (doc as { format?: unknown; values?: unknown }).values;
    if ((doc as { format?: unknown }).format !== CONFIG_FORMAT || typeof values !== 'object' || values === null) {
      throw new TransferError(9018, `configuration file is not in the ${CONFIG_FORMAT} format of this device's Upload`);
    }
    const entries: SetEntry[] = Object.entries(values).map(([path, value]) => ({ path, value: String(value) }));
    try {
      // One atomic set: a file with a single bad value changes nothing.
      await this.ctx.tree.setValues(entries, 'local');
    } catch (e) {
      if (e instanceof DataModelFault) {
        const detail =
          e.parameters.length > 0 ? e.parameters.map((p) => `${p.name}: ${p.message}`).join('; ') : e.message;
        throw new TransferError(9018, `configuration file rejected: ${detail}`);
      }
      throw e;
    }
    return { reboot: false };
  }

  private store(file: DownloadedFile, folder: string): { reboot: boolean } {
    const dir = join(this.ctx.stateDir, 'files', folder);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Only a plain name is taken from the ACS: never a path that leaves the folder.
    const name =
      basename(file.targetFileName.replaceAll('\\', '/')).replace(/^\.+/, '') ||
      `download-${file.commandKey || file.jobId}`;
    renameSync(file.path, join(dir, name));
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return { reboot: false };
  }

  private async exportConfig(): Promise<UploadContent> {
    const { tree, root } = this.ctx;
    const writable = (await tree.getNames(root, false))
      .filter((n) => n.writable && !n.path.endsWith('.'))
      .map((n) => n.path);
    const values: Record<string, string> = {};
    for (const v of await tree.getValues(writable)) {
      const node = tree.schema.get(schemaPathOf(v.path) ?? '');
      if (node?.kind === 'parameter' && (node.meta.hidden || node.meta.secured)) continue; // never exported
      values[v.path] = v.wire;
    }
    return {
      body: Buffer.from(`${JSON.stringify({ format: CONFIG_FORMAT, values }, null, 1)}\n`),
      contentType: 'application/json',
    };
  }

  async apply(file: DownloadedFile): Promise<{ reboot: boolean }> {
    if (file.fileType === FIRMWARE) return this.installFirmware(file);
    if (file.fileType === CONFIG) return this.applyConfig(file);
    return this.store(file, STORED[file.fileType] ?? `vendor-${file.fileType.slice(2, 8)}`);
  }

  async boot(): Promise<{ installed: string[] }> {
    const active = await this.slots.activateStaged();
    const version = this.slots.activeVersion();
    if (version !== undefined && (await this.info('SoftwareVersion')) !== version) {
      this.ctx.tree.seedValue(`${this.ctx.root}DeviceInfo.SoftwareVersion`, version);
      this.ctx.tree.commit();
    }
    const job = active?.jobId ?? this.slots.activeJobId();
    return { installed: job !== undefined ? [job] : [] };
  }

  async produce(t: string): Promise<UploadContent> {
    if (/Vendor Configuration File/.test(t)) return this.exportConfig();
    return { body: Buffer.from(this.ctx.logText()), contentType: 'text/plain; charset=utf-8' };
  }
}
