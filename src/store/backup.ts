/**
 * The last good copy: before `<name>.json` is replaced, its current (verified) content becomes
 * `<name>.json.bak`. A hard link costs no data write (flash wear) and is made under a temp name,
 * then renamed over the old .bak, so `.bak` is at every instant either the old or the new copy
 * and `<name>.json` itself is never absent.
 */
import { errnoOf, ioError } from './errors.ts';
import type { FileSystem } from './fs-layer.ts';
import { removeQuietly, tempPathFor, writeFileAtomic } from './atomic-write.ts';

/** link(2) failures meaning "this file system has no hard links" (vfat gives EPERM). */
const NO_HARD_LINKS: ReadonlySet<string | undefined> = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** Makes `bak` a copy of `main`, whose current bytes (already verified good) are `mainBytes`. */
export function keepLastGood(fs: FileSystem, main: string, bak: string, mainBytes: Uint8Array): void {
  const temp = tempPathFor(bak);
  try {
    fs.link(main, temp);
  } catch (error) {
    if (!NO_HARD_LINKS.has(errnoOf(error))) throw ioError('cannot keep the last good copy of', main, error);
    writeFileAtomic(fs, bak, mainBytes);
    return;
  }
  try {
    fs.rename(temp, bak);
  } catch (error) {
    removeQuietly(fs, temp);
    throw ioError('cannot keep the last good copy of', main, error);
  }
  // rename(2) does nothing when both names are links to the same inode, which happens when a
  // crash came after the previous rotation but before the new file replaced <name>.json.
  removeQuietly(fs, temp);
}
