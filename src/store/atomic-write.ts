/**
 * Replacing a file so that a crash at any instant leaves either the old or the new content,
 * never a mix: write a temp file beside the target, fsync it, rename(2) it over the target
 * (atomic within one file system), then fsync the directory so the rename itself is durable.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { errnoOf, ioError } from './errors.ts';
import type { FileSystem } from './fs-layer.ts';

/** Files the store creates are readable by the agent only: they may hold ACS credentials. */
export const FILE_MODE = 0o600;

const TEMP_NAME = /^\..+\.[0-9a-f]{16}\.tmp$/;

/**
 * A fresh temp path beside `target`: same directory because rename(2) cannot cross file systems;
 * random so it never collides with another writer's or a crashed writer's leftover; hidden and
 * `.tmp`-suffixed so the store can recognise and sweep leftovers (see isTempFileName).
 */
/**
 * Temp names: unique per process by a counter, across processes by a random prefix (cheaper than 8 random bytes per
 * write).
 */
const TEMP_PREFIX = randomBytes(4).toString('hex');
let tempCounter = 0;

export function tempPathFor(target: string): string {
  tempCounter = (tempCounter + 1) >>> 0;
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${TEMP_PREFIX}${tempCounter.toString(16).padStart(8, '0')}.tmp`,
  );
}

/** Whether a directory entry is a temp file made by tempPathFor (a crash leftover if seen on open). */
export function isTempFileName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/**
 * Atomically replaces (or creates) `target` with `bytes`. On failure before the rename the old
 * file is untouched, the temp file is removed, and the error is thrown as StoreError 'io'. A
 * failing directory fsync is reported too, although by then the new content is in place: the
 * caller must not assume the write would survive a power loss.
 */
export function writeFileAtomic(fs: FileSystem, target: string, bytes: Uint8Array): void {
  const temp = tempPathFor(target);
  let fd: number | undefined;
  try {
    // O_EXCL: never follow or reuse something already at the temp name.
    fd = fs.open(temp, 'wx', FILE_MODE);
    writeAll(fs, fd, bytes);
    // The data must be on disk before a name points at it, or a power loss can leave the target
    // name on an empty or partial file (e.g. ext4 delayed allocation).
    fs.fsync(fd);
    const closing = fd;
    fd = undefined; // close(2) releases the descriptor even when it fails: never close twice.
    fs.close(closing);
    fs.rename(temp, target);
  } catch (error) {
    if (fd !== undefined) closeQuietly(fs, fd);
    removeQuietly(fs, temp);
    throw ioError('cannot write', target, error);
  }
  syncDirectory(fs, path.dirname(target));
}

/** fsync(2) on a directory makes the entries created, renamed or removed in it durable. */
export function syncDirectory(fs: FileSystem, dir: string): void {
  let fd: number;
  try {
    fd = fs.open(dir, 'r');
  } catch (error) {
    throw ioError('cannot open directory for sync', dir, error);
  }
  try {
    fs.fsync(fd);
  } catch (error) {
    closeQuietly(fs, fd);
    throw ioError('cannot sync directory', dir, error);
  }
  try {
    fs.close(fd);
  } catch (error) {
    throw ioError('cannot close directory', dir, error);
  }
}

/** unlink(2) that treats "already gone" as success; other failures are thrown as StoreError. */
export function unlinkIfExists(fs: FileSystem, file: string): void {
  try {
    fs.unlink(file);
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw ioError('cannot remove', file, error);
  }
}

/** Best-effort cleanup on an error path: the first error is the one worth reporting. */
export function removeQuietly(fs: FileSystem, file: string): void {
  try {
    fs.unlink(file);
  } catch {
    // Already gone, or the disk is failing; the caller is about to throw the original error.
  }
}

function closeQuietly(fs: FileSystem, fd: number): void {
  try {
    fs.close(fd);
  } catch {
    // See removeQuietly.
  }
}

/** write(2) may be short (signals, quotas); loop until every byte is written. */
function writeAll(fs: FileSystem, fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = fs.write(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw new Error(`write returned ${written}`);
    offset += written;
  }
}
