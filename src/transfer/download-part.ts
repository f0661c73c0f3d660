/**
 * The temp file a download goes into: a new private one, or the checkpointed file of an earlier
 * attempt reopened where its durable bytes end, and what happens to it when the download fails.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ResumePoint } from './download-resume.ts';
import { TransferError } from './transfer-error.ts';

/** A partial download on disk up to `bytes`, and the version of the file it belongs to. */
export interface DownloadCheckpoint {
  path: string;
  bytes: number;
  validator: string;
  total: number;
}

/** The temp file a download goes into; `startAt` bytes of it are already there. */
export interface Part {
  file: FileHandle;
  path: string;
  startAt: number;
  /** How the file on disk can be continued (a resumable download), if it can. */
  point: ResumePoint | undefined;
  /** A durable point was reported: a cancellation leaves the file to the caller. */
  checkpointed: boolean;
  /** The body went into it (fetch-file's store() then closes or removes it). */
  stored?: boolean;
}

export async function createPart(dir: string): Promise<Part> {
  const path = join(dir, `.download-${randomBytes(12).toString('hex')}.part`);
  try {
    // O_CREAT|O_EXCL: never follow or reuse an existing file.
    return { file: await open(path, 'wx', 0o600), path, startAt: 0, point: undefined, checkpointed: false };
  } catch (err) {
    throw new TransferError(
      9010,
      `cannot create the download file in ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      { cause: err },
    );
  }
}

/**
 * The checkpointed file of an earlier attempt, cut back to its durable length: only a regular
 * file directly in `dir`, opened without following a link. Anything else starts over.
 */
export async function reopen(
  dir: string,
  c: DownloadCheckpoint | undefined,
  maxBytes: number,
): Promise<Part | undefined> {
  if (c === undefined) return undefined;
  if (dirname(c.path) !== dir || !basename(c.path).endsWith('.part')) return undefined;
  let file: FileHandle | undefined;
  try {
    file = await open(c.path, constants.O_RDWR | constants.O_NOFOLLOW);
    const st = await file.stat();
    if (!st.isFile() || st.size < c.bytes || c.bytes > c.total || c.total > maxBytes)
      throw new Error('not a checkpointed download file');
    await file.truncate(c.bytes);
    return {
      file,
      path: c.path,
      startAt: c.bytes,
      point: { validator: c.validator, total: c.total },
      checkpointed: true,
    };
  } catch {
    await file?.close().catch(() => undefined);
    await rm(c.path, { force: true });
    return undefined;
  }
}

/**
 * Closes a failed download's file and removes it, unless it is checkpointed and `keepCheckpointed` (a cancellation
 * leaves it to the caller).
 */
export async function discardPart(part: Part, keepCheckpointed: boolean): Promise<void> {
  await part.file.close().catch(() => undefined);
  if (!(keepCheckpointed && part.checkpointed)) await rm(part.path, { force: true });
}
