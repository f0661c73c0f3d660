/**
 * A TransferService on its own, as the agent wires it (a real store, writer and event queue in a
 * temp state directory), with a device whose apply() the test controls and a dispatcher whose
 * after-session work the test runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TransferService } from '../../src/agent/transfers.ts';
import { StateWriter } from '../../src/agent/state-writer.ts';
import { systemClock } from '../../src/cwmp/clock.ts';
import { EventQueue } from '../../src/cwmp/event-queue.ts';
import { RpcDispatcher } from '../../src/cwmp/rpc/dispatch.ts';
import type { RpcResult } from '../../src/cwmp/rpc/context.ts';
import type { Message } from '../../src/cwmp/soap/index.ts';
import type { DeviceTransfers, DownloadedFile } from '../../src/device/transfers.ts';
import { createLogger } from '../../src/log/logger.ts';
import { StateStore } from '../../src/store/index.ts';

export const FIRMWARE = '1 Firmware Upgrade Image';
export const WEB = '2 Web Content';

export interface Harness {
  dir: string;
  service: TransferService;
  events: EventQueue;
  log: string[];
  triggers: string[];
  /** Files apply() was given, in order, and whether each apply() ran to its end. */
  applied: { file: DownloadedFile; finished: boolean }[];
  /** Sends one ACS request, then runs the session's after-session work (which starts due jobs). */
  request(m: Message): Promise<RpcResult>;
}

export interface HarnessOptions {
  dir?: string;
  /** Decides each apply(); default: applied at once, no reboot. */
  apply?(file: DownloadedFile): Promise<{ reboot: boolean }>;
  /** What device.boot() reports as installed; default none. */
  installed?(): string[];
  /** The agent's reboot (default: none happens). */
  reboot?(h: Harness): Promise<void>;
  checkpointBytes?: number;
}

export function tempStateDir(): string {
  return mkdtempSync(join(tmpdir(), 'tr069-transfer-service-'));
}

export function removeStateDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function transferService(o: HarnessOptions = {}): Harness {
  const dir = o.dir ?? tempStateDir();
  const store = StateStore.open(dir);
  const log: string[] = [];
  const logger = createLogger({ write: (l) => log.push(l) });
  const events = new EventQueue();
  const triggers: string[] = [];
  const applied: Harness['applied'] = [];
  const device: DeviceTransfers = {
    accepts: (t) => t === FIRMWARE || t === WEB,
    uploadable: () => true,
    produce: async () => ({ body: Buffer.from('config'), contentType: 'text/plain' }),
    boot: async () => ({ installed: o.installed?.() ?? [] }),
    apply: async (file) => {
      const entry = { file, finished: false };
      applied.push(entry);
      const r = await (o.apply ? o.apply(file) : Promise.resolve({ reboot: false }));
      entry.finished = true;
      return r;
    },
  };
  const dispatcher = new RpcDispatcher();
  let h: Harness | undefined;
  const service = new TransferService({
    stateDir: dir,
    store,
    writer: new StateWriter(store, logger),
    events,
    device,
    tls: {},
    maxBytes: 1 << 24,
    log: logger,
    clock: systemClock,
    ...(o.checkpointBytes !== undefined ? { checkpointBytes: o.checkpointBytes } : {}),
    trigger: (r) => triggers.push(r),
    reboot: async () => {
      if (o.reboot && h) await o.reboot(h);
    },
    reportAutonomous: async () => true,
  });
  service.rpcs(dispatcher);
  h = {
    dir,
    service,
    events,
    log,
    triggers,
    applied,
    request: async (m) => {
      const after: (() => Promise<void> | void)[] = [];
      const r = await dispatcher.dispatch(m, {
        tree: undefined as never,
        root: 'Device.',
        afterSession: (t) => after.push(t),
      });
      for (const t of after) await t();
      return r;
    },
  };
  return h;
}

export function download(
  commandKey: string,
  url: string,
  o: Partial<Extract<Message, { kind: 'Download' }>> = {},
): Message {
  return {
    kind: 'Download',
    commandKey,
    fileType: WEB,
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

/** A promise and the function that settles it. */
export function deferred<T>(): { promise: Promise<T>; resolve(v: T): void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
