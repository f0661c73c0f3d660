import type { DeviceTransfers } from '../device/transfers.ts';
import { TransferError, type TransferFaultCode } from '../transfer/transfer-error.ts';
import type { DeviceConditions } from './device-conditions.ts';

const FIRMWARE = '1 Firmware Upgrade Image';

export interface FirmwareBehaviourHooks {
  conditions: DeviceConditions;
  /** Waits on the fleet's clock. */
  wait(ms: number): Promise<void>;
  /** An install failed with this code (injected, or the device's own). */
  failed(code: TransferFaultCode): void;
  /** The device is down for its reboot into new firmware (true), or back (false). */
  rebooting(down: boolean): void;
}

/**
 * A device's transfers with a scenario's firmware-campaign behaviour: each firmware install
 * takes a drawn time before it applies, a drawn share fails with the scenario's fault code (the
 * agent reports it in TransferComplete), and the reboot into the new image takes a drawn time
 * before the device informs again. Other files, and devices without a behaviour, are untouched.
 */
export function withFirmwareBehaviour(
  inner: DeviceTransfers,
  serial: string,
  h: FirmwareBehaviourHooks,
): DeviceTransfers {
  let rebootMs: number | undefined;
  return {
    accepts: (t) => inner.accepts(t),
    uploadable: (t) => inner.uploadable(t),
    produce: (t) => inner.produce(t),
    async apply(file) {
      const b = file.fileType === FIRMWARE ? h.conditions.firmwareOf(serial) : undefined;
      if (!b) return inner.apply(file);
      await h.wait(h.conditions.time(serial, 'firmware download', b.downloadMs));
      const [u] = h.conditions.draw(serial, 'firmware failure');
      if (u < b.failShare) {
        h.failed(b.failCode);
        throw new TransferError(b.failCode, `firmware install failed (a scenario's ${b.failShare * 100}% share)`);
      }
      try {
        const r = await inner.apply(file);
        if (r.reboot) rebootMs = h.conditions.time(serial, 'firmware reboot', b.rebootMs);
        return r;
      } catch (e) {
        if (e instanceof TransferError) h.failed(e.faultCode);
        throw e;
      }
    },
    async boot() {
      const ms = rebootMs;
      rebootMs = undefined;
      if (ms !== undefined && ms > 0) {
        h.rebooting(true);
        try {
          await h.wait(ms);
        } finally {
          h.rebooting(false);
        }
      }
      return inner.boot();
    },
  };
}
