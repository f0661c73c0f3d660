/**
 * Preparing the state directory on open: create it private (0700), prove it is writable now
 * rather than at the first save (which may be an ACS-initiated change that then gets lost), and
 * sweep temp files a crash left behind.
 */
import * as path from 'node:path';
import { errnoOf, describe, StoreError } from './errors.ts';
import type { FileSystem } from './fs-layer.ts';
import { FILE_MODE, isTempFileName, tempPathFor, unlinkIfExists } from './atomic-write.ts';

export const DIR_MODE = 0o700;

/** Creates `dir` (and missing parents) with mode 0700 if it does not exist. */
export function ensureDirectory(fs: FileSystem, dir: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = fs.stat(dir).isDirectory();
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw notWritable(dir, error);
    try {
      fs.mkdir(dir, DIR_MODE);
      fs.chmod(dir, DIR_MODE); // mkdir(2)'s mode is filtered through the umask; make it exact.
    } catch (mkdirError) {
      throw notWritable(dir, mkdirError);
    }
    return;
  }
  if (!isDirectory) {
    throw new StoreError(
      'not-writable',
      `state directory ${dir} exists but is not a directory; remove it or choose another state directory`,
      { path: dir },
    );
  }
}

/**
 * Creates and removes a probe file: that sees everything that can refuse a write (mode bits,
 * ACLs, read-only mounts, a full inode table), where access(2) checks the real, not the
 * effective, user id.
 */
export function probeWritable(fs: FileSystem, dir: string): void {
  const probe = tempPathFor(path.join(dir, '.probe'));
  try {
    fs.close(fs.open(probe, 'wx', FILE_MODE));
    fs.unlink(probe);
  } catch (error) {
    throw notWritable(dir, error);
  }
}

/** Removes temp files left by an interrupted write; returns how many. The real files are intact. */
export function sweepTempFiles(fs: FileSystem, dir: string): number {
  let names: string[];
  try {
    names = fs.readdir(dir);
  } catch (error) {
    throw notWritable(dir, error);
  }
  const leftovers = names.filter(isTempFileName);
  for (const name of leftovers) unlinkIfExists(fs, path.join(dir, name));
  return leftovers.length;
}

function notWritable(dir: string, error: unknown): StoreError {
  return new StoreError(
    'not-writable',
    `state directory ${dir} is not usable (${describe(error)}): fix its owner, permissions or mount, or choose another state directory`,
    { path: dir, errno: errnoOf(error), cause: error },
  );
}
