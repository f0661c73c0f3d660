/**
 * The firmware image format of the simulated device (what `tr069-agent make-image` writes; a
 * Download of FileType "1 Firmware Upgrade Image" in it is checked before it installs, TR-069
 * A.3.2.8):
 *
 *   offset 0   8 bytes   magic "TR069IMG"
 *   offset 8   1 byte    format version (1)
 *   offset 9   4 bytes   header length N, unsigned big-endian (at most 64 KiB)
 *   offset 13  N bytes   header: UTF-8 JSON {version, created, productClass?, manufacturerOUI?, hardwareVersions?}
 *   then       payload   any bytes
 *   last       32 bytes  SHA-256 of everything before it
 *
 * Verification streams the file, so a large image never sits in memory.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { TransferError } from './transfer-error.ts';

export const IMAGE_MAGIC = Buffer.from('TR069IMG', 'ascii');
const FORMAT = 1;
const PREFIX = IMAGE_MAGIC.length + 1 + 4;
const DIGEST = 32;
const MAX_HEADER = 64 * 1024;
const CHUNK = 1 << 20;

export interface ImageHeader {
  /** The DeviceInfo.SoftwareVersion the image installs. */
  version: string;
  created: string;
  /** When set, only devices of this ProductClass / OUI / hardware versions take the image. */
  productClass?: string;
  manufacturerOUI?: string;
  hardwareVersions?: string[];
}

export interface ImageInfo extends ImageHeader {
  payloadBytes: number;
  /** Hex SHA-256 of the image body (the trailer). */
  sha256: string;
}

export function buildImage(header: ImageHeader, payload: Buffer): Buffer {
  return Buffer.concat(imageParts(header, [payload]));
}

/** Everything before the payload: magic, format, header length and header. */
export function imageHead(header: ImageHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(PREFIX);
  IMAGE_MAGIC.copy(prefix, 0);
  prefix.writeUInt8(FORMAT, IMAGE_MAGIC.length);
  prefix.writeUInt32BE(json.length, IMAGE_MAGIC.length + 1);
  return Buffer.concat([prefix, json]);
}

/** The image as parts (head, payload chunks…, digest). */
export function imageParts(header: ImageHeader, payload: readonly Buffer[]): Buffer[] {
  const head = imageHead(header);
  const hash = createHash('sha256').update(head);
  for (const p of payload) hash.update(p);
  return [head, ...payload, hash.digest()];
}

const corrupt = (why: string): TransferError => new TransferError(9018, `firmware image: ${why}`);

function parseHeader(raw: Buffer): ImageHeader {
  let h: unknown;
  try {
    h = JSON.parse(raw.toString('utf8'));
  } catch {
    throw corrupt('header is not JSON');
  }
  const o = h as Record<string, unknown>;
  if (
    typeof h !== 'object' ||
    h === null ||
    typeof o['version'] !== 'string' ||
    o['version'] === '' ||
    typeof o['created'] !== 'string'
  ) {
    throw corrupt('header lacks version or created');
  }
  for (const k of ['productClass', 'manufacturerOUI'] as const)
    if (o[k] !== undefined && typeof o[k] !== 'string') throw corrupt(`header ${k} is not a string`);
  if (
    o['hardwareVersions'] !== undefined &&
    !(Array.isArray(o['hardwareVersions']) && o['hardwareVersions'].every((v) => typeof v === 'string'))
  ) {
    throw corrupt('header hardwareVersions is not a list of strings');
  }
  return o as unknown as ImageHeader;
}

/**
 * Whether a file claims this format (it starts with the magic). Only such a file gets the checks
 * of verifyImageFile; any other file is not ours to judge.
 */
export async function isImageFile(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const magic = Buffer.alloc(IMAGE_MAGIC.length);
    const { bytesRead } = await fh.read(magic, 0, magic.length, 0);
    return bytesRead === magic.length && magic.equals(IMAGE_MAGIC);
  } finally {
    await fh.close();
  }
}

/** Checks magic, header and digest of an image file; a bad image is TransferError 9018. */
export async function verifyImageFile(path: string): Promise<ImageInfo> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    if (size < PREFIX + DIGEST) throw corrupt(`${size} bytes is too short`);
    const prefix = Buffer.alloc(PREFIX);
    await fh.read(prefix, 0, PREFIX, 0);
    if (!prefix.subarray(0, IMAGE_MAGIC.length).equals(IMAGE_MAGIC))
      throw corrupt('not a tr069-agent image (bad magic)');
    if (prefix.readUInt8(IMAGE_MAGIC.length) !== FORMAT)
      throw corrupt(`format version ${prefix.readUInt8(IMAGE_MAGIC.length)} is not supported`);
    const headerLength = prefix.readUInt32BE(IMAGE_MAGIC.length + 1);
    if (headerLength > MAX_HEADER || PREFIX + headerLength + DIGEST > size)
      throw corrupt('truncated or bad header length');
    const body = size - DIGEST;
    const hash = createHash('sha256');
    const buf = Buffer.alloc(CHUNK);
    let headerRaw = Buffer.alloc(0);
    for (let at = 0; at < body;) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(CHUNK, body - at), at);
      if (bytesRead === 0) throw corrupt('truncated');
      const chunk = buf.subarray(0, bytesRead);
      hash.update(chunk);
      if (at < PREFIX + headerLength)
        headerRaw = Buffer.concat([headerRaw, chunk.subarray(0, Math.max(0, PREFIX + headerLength - at))]);
      at += bytesRead;
    }
    const trailer = Buffer.alloc(DIGEST);
    await fh.read(trailer, 0, DIGEST, body);
    const digest = hash.digest();
    if (!digest.equals(trailer)) throw corrupt('checksum mismatch');
    const header = parseHeader(headerRaw.subarray(PREFIX, PREFIX + headerLength));
    return { ...header, payloadBytes: body - PREFIX - headerLength, sha256: digest.toString('hex') };
  } finally {
    await fh.close();
  }
}

/**
 * An intact image built for another product is refused before anything is staged. The file is
 * not corrupt, so this is the generic transfer failure 9010 (TR-069 A.5.1), naming the mismatch.
 */
export function checkCompatible(
  info: ImageInfo,
  device: { productClass: string; manufacturerOUI: string; hardwareVersion: string },
): void {
  if (info.productClass !== undefined && info.productClass !== device.productClass) {
    throw new TransferError(
      9010,
      `firmware image is for product class ${info.productClass}, this device is ${device.productClass}`,
    );
  }
  if (
    info.manufacturerOUI !== undefined &&
    info.manufacturerOUI.toUpperCase() !== device.manufacturerOUI.toUpperCase()
  ) {
    throw new TransferError(
      9010,
      `firmware image is for OUI ${info.manufacturerOUI}, this device is ${device.manufacturerOUI}`,
    );
  }
  if (
    info.hardwareVersions !== undefined &&
    info.hardwareVersions.length > 0 &&
    !info.hardwareVersions.includes(device.hardwareVersion)
  ) {
    throw new TransferError(
      9010,
      `firmware image supports hardware ${info.hardwareVersions.join(', ')}, this device is ${device.hardwareVersion}`,
    );
  }
}
