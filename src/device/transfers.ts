/**
 * The abstraction layer for file transfers: what the device does with a file the ACS had it
 * download, and what it hands over for an upload. The agent fetches, retries, reports and keeps
 * the crash-safe bookkeeping; the device only applies and produces files. Failures are thrown
 * as TransferError with the CWMP fault code (e.g. 9018 for a corrupt image).
 */
import type { DataModel } from '../datamodel/tree.ts';

/** What a device's transfer handlers are given when the agent makes them (`createAgent`'s `transfers`). */
export interface DeviceTransfersContext {
  /** The agent's state directory: where the device may keep staged images and files it stores. */
  stateDir: string;
  /** The device's data model (read values such as DeviceInfo.SoftwareVersion, apply a configuration). */
  tree: DataModel;
  /** The root object's path, 'Device.' or 'InternetGatewayDevice.'. */
  root: string;
  /** The agent's recent log, for "2 Vendor Log File" uploads. */
  logText(): string;
}

/** A file fetched completely into the device's download directory, its size checked. */
export interface DownloadedFile {
  /** The agent's id of the transfer; a reboot-time install reports it back in `boot()`. */
  jobId: string;
  commandKey: string;
  /** TR-069 A.3.2.8 FileType, e.g. '1 Firmware Upgrade Image' or 'X 00D09E Channel List'. */
  fileType: string;
  targetFileName: string;
  /** The URL the ACS named (TR-069 A.3.2.8); its last path segment is usually the file's name. */
  url: string;
  /** A 0600 file on the same filesystem as the state directory; the device may rename it. */
  path: string;
  bytes: number;
  /**
   * SHA-256 (lower-case hex) of the file at `path`, computed on the first call: the agent does not
   * hash while downloading (at LAN speeds that costs more CPU than the transfer). Call it before
   * moving the file.
   */
  sha256(): Promise<string>;
  /** Writes one line to the agent's log, tagged with the transfer's CommandKey: what the device made of the file. */
  log(message: string): void;
}

export interface UploadContent {
  body: Buffer | { path: string };
  contentType: string;
}

export interface DeviceTransfers {
  /** Download file types this device accepts (others are refused with 9003 at request time). */
  accepts(fileType: string): boolean;
  /**
   * Applies a downloaded file. `reboot: true` means it takes effect at the next boot
   * (firmware): the agent reboots the device and reports the transfer once `boot()` confirms it.
   */
  apply(file: DownloadedFile): Promise<{ reboot: boolean }>;
  /**
   * Runs at every (real or emulated) boot before the first Inform: finishes staged installs.
   * Returns the ids of downloads whose install is now in effect.
   */
  boot(): Promise<{ installed: string[] }>;
  /** Upload file types this device can produce. */
  uploadable(fileType: string): boolean;
  /** The content of an upload (TR-069 A.4.1.5 FileType), produced when the upload runs. */
  produce(fileType: string): Promise<UploadContent>;
}
