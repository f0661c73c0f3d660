/**
 * Free space for a download, checked before and after the server announces a size (TR-069 A.3.2.8: refuse what does
 * not fit).
 */
import { statfs } from 'node:fs/promises';

/** Bytes an unprivileged process can still write in the file system holding `dir`. */
export async function freeBytes(dir: string): Promise<number> {
  const s = await statfs(dir);
  return s.bavail * s.bsize;
}
