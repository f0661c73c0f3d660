import type { DeviceTransfers, DownloadedFile } from '../device/transfers.ts';
import { TransferError } from '../transfer/transfer-error.ts';
import type { DeviceConditions } from './device-conditions.ts';

const FIRMWARE = '1 Firmware Upgrade Image';

/** What the fleet does for every device's firmware behaviour: one object for the whole fleet. */
export interface FirmwareBehaviourHooks {
  conditions: DeviceConditions;
  /** Waits on the fleet's clock. */
  wait(ms: number): Promise<void>;
  /** The device is down for its reboot into new firmware (true), or back (false). */
  rebooting(serial: string, down: boolean): void;
}

/**
 * A device's transfers with a scenario's firmware-campaign behaviour: each firmware install
 * takes a drawn time before it applies, a drawn share fails with the scenario's fault code (the
 * agent reports it in TransferComplete), and the reboot into the new image takes a drawn time
 * before the device informs again. Other files, and devices without a behaviour, are untouched.
 * A class rather than closures: a fleet makes one per device.
 */
export class FirmwareBehaviour implements DeviceTransfers {
  private rebootMs: number | undefined;

  constructor(
    private readonly inner: DeviceTransfers,
    private readonly serial: string,
    private readonly h: FirmwareBehaviourHooks,
  ) {}

  accepts(fileType: string): boolean {
    return this.inner.accepts(fileType);
  }

  uploadable(fileType: string): ReturnType<DeviceTransfers['uploadable']> {
    return this.inner.uploadable(fileType);
  }

  produce(fileType: string): ReturnType<DeviceTransfers['produce']> {
    return this.inner.produce(fileType);
  }

  async apply(file: DownloadedFile): Promise<{ reboot: boolean }> {
    const { h, serial } = this;
    const b = file.fileType === FIRMWARE ? h.conditions.firmwareOf(serial) : undefined;
    if (!b) return this.inner.apply(file);
    await h.wait(h.conditions.time(serial, 'firmware download', b.downloadMs));
    const [u] = h.conditions.draw(serial, 'firmware failure');
    // The failure reaches the ACS in TransferComplete, where the fleet counts it (its session report).
    if (u < b.failShare)
      throw new TransferError(b.failCode, `firmware install failed (a scenario's ${b.failShare * 100}% share)`);
    const r = await this.inner.apply(file);
    if (r.reboot) this.rebootMs = h.conditions.time(serial, 'firmware reboot', b.rebootMs);
    return r;
  }

  async boot(): ReturnType<DeviceTransfers['boot']> {
    const ms = this.rebootMs;
    this.rebootMs = undefined;
    if (ms !== undefined && ms > 0) {
      this.h.rebooting(this.serial, true);
      try {
        await this.h.wait(ms);
      } finally {
        this.h.rebooting(this.serial, false);
      }
    }
    return this.inner.boot();
  }
}
