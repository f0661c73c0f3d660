import { closeSync, fsyncSync, mkdirSync, openSync, renameSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DataModelFault } from '../../datamodel/faults.ts';
import { schemaPathOf } from '../../datamodel/paths.ts';
import type { DataModel, SetEntry } from '../../datamodel/tree.ts';
import { checkCompatible, verifyImageFile } from '../../transfer/firmware-image.ts';
import { TransferError } from '../../transfer/transfer-error.ts';
import type { DeviceTransfers, DownloadedFile, UploadContent } from '../transfers.ts';
import { FirmwareSlots } from './firmware-slots.ts';

export interface SimulatedTransfersContext {
  stateDir: string;
  tree: DataModel;
  root: string;
  /** The agent's recent log, for "2 Vendor Log File" uploads. */
  logText(): string;
}

const FIRMWARE = '1 Firmware Upgrade Image';
const CONFIG = '3 Vendor Configuration File';
/** Files the simulated device keeps as they are, each kind in its own folder. */
const STORED: Record<string, string> = { '2 Web Content': 'web-content', '4 Tone File': 'tones', '5 Ringer File': 'ringers' };
const VENDOR = /^X [0-9A-F]{6} .+$/;
/** Our configuration export: the writable, non-secret parameters as wire strings. */
const CONFIG_FORMAT = 'tr069-agent-config/1';
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/**
 * File transfers of the embedded simulated device. Firmware images (our format, see
 * src/transfer/firmware-image.ts) are verified, staged and activated at the emulated reboot,
 * which changes DeviceInfo.SoftwareVersion; configuration files round-trip with the Upload
 * export; web content, tones, ringers and vendor files are kept under the state directory.
 */
export function simulatedTransfers(ctx: SimulatedTransfersContext): DeviceTransfers {
  const slots = new FirmwareSlots(join(ctx.stateDir, 'firmware'));
  const info = async (name: string): Promise<string> => String(await ctx.tree.readInternal(`${ctx.root}DeviceInfo.${name}`).catch(() => ''));

  async function installFirmware(file: DownloadedFile): Promise<{ reboot: boolean }> {
    const image = await verifyImageFile(file.path);
    checkCompatible(image, { productClass: await info('ProductClass'), manufacturerOUI: await info('ManufacturerOUI'), hardwareVersion: await info('HardwareVersion') });
    await slots.stage(file.path, image, file.jobId);
    return { reboot: true };
  }

  async function applyConfig(file: DownloadedFile): Promise<{ reboot: boolean }> {
    if (file.bytes > MAX_CONFIG_BYTES) throw new TransferError(9018, `configuration file of ${file.bytes} bytes is larger than ${MAX_CONFIG_BYTES}`);
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
      await ctx.tree.setValues(entries, 'local');
    } catch (e) {
      if (e instanceof DataModelFault) {
        const detail = e.parameters.length > 0 ? e.parameters.map((p) => `${p.name}: ${p.message}`).join('; ') : e.message;
        throw new TransferError(9018, `configuration file rejected: ${detail}`);
      }
      throw e;
    }
    return { reboot: false };
  }

  function store(file: DownloadedFile, folder: string): { reboot: boolean } {
    const dir = join(ctx.stateDir, 'files', folder);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Only a plain name is taken from the ACS: never a path that leaves the folder.
    const name = basename(file.targetFileName.replaceAll('\\', '/')).replace(/^\.+/, '') || `download-${file.commandKey || file.jobId}`;
    renameSync(file.path, join(dir, name));
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return { reboot: false };
  }

  async function exportConfig(): Promise<UploadContent> {
    const writable = (await ctx.tree.getNames(ctx.root, false)).filter((n) => n.writable && !n.path.endsWith('.')).map((n) => n.path);
    const values: Record<string, string> = {};
    for (const v of await ctx.tree.getValues(writable)) {
      const node = ctx.tree.schema.get(schemaPathOf(v.path) ?? '');
      if (node?.kind === 'parameter' && (node.meta.hidden || node.meta.secured)) continue; // never exported
      values[v.path] = v.wire;
    }
    return { body: Buffer.from(`${JSON.stringify({ format: CONFIG_FORMAT, values }, null, 1)}\n`), contentType: 'application/json' };
  }

  return {
    accepts: (t) => t === FIRMWARE || t === CONFIG || t in STORED || VENDOR.test(t),
    async apply(file) {
      if (file.fileType === FIRMWARE) return installFirmware(file);
      if (file.fileType === CONFIG) return applyConfig(file);
      return store(file, STORED[file.fileType] ?? `vendor-${file.fileType.slice(2, 8)}`);
    },
    async boot() {
      const active = await slots.activateStaged();
      const version = slots.activeVersion();
      if (version !== undefined && (await info('SoftwareVersion')) !== version) {
        ctx.tree.seedValue(`${ctx.root}DeviceInfo.SoftwareVersion`, version);
        ctx.tree.commit();
      }
      const job = active?.jobId ?? slots.activeJobId();
      return { installed: job !== undefined ? [job] : [] };
    },
    uploadable: (t) => /^(1|3) Vendor Configuration File( [0-9]+)?$/.test(t) || /^(2|4) Vendor Log File( [0-9]+)?$/.test(t),
    async produce(t) {
      if (/Vendor Configuration File/.test(t)) return exportConfig();
      return { body: Buffer.from(ctx.logText()), contentType: 'text/plain; charset=utf-8' };
    },
  };
}
