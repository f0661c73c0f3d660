/**
 * Writes a download's body to its file straight from the connection's receive ring: the views
 * queued while a write runs go out together in positioned writevs of up to 1 MiB, one write in
 * flight at a time, and each view is released back to the ring once it is on its way to the
 * disk. Counting and the size limit happen here, before anything is written. With a checkpoint
 * the file is fsynced every so many bytes, so a later attempt can continue after a power cut.
 */
import type { FileHandle } from 'node:fs/promises';
import type { BodySink } from './download-connection.ts';

/** Linux IOV_MAX: the most buffers one writev takes. */
const MAX_BUFFERS = 1024;
/**
 * Bytes per writev. Larger writes were not faster and made ext4 erratic: 200 MB took 85-315 ms
 * (median 185) with batches up to the 4 MiB ring, 81-118 ms (median 89) with 1 MiB (measured
 * side by side, BENCHMARKS.md).
 */
const MAX_WRITE = 1 << 20;

interface Pending {
  view: Buffer;
  release(err?: Error): void;
}

export interface SinkCheckpoint {
  /** fsync after at least this many more bytes were written. */
  every: number;
  /** The file holds the first `bytes` bytes on disk now. */
  durable(bytes: number): void;
}

export class FileSink implements BodySink {
  bytes: number;
  /** The error the file gave (ENOSPC, EIO, a short write): the disk's fault, not the network's. */
  diskError: Error | undefined;
  private queue: Pending[] = [];
  private writing: Promise<void> | undefined;
  private position: number;
  private lastDurable: number;

  /**
   * `tooLarge` builds the error for a body past `limit` bytes (counted from the file's start);
   * `startAt`: the file already holds that many bytes and the body continues after them.
   */
  constructor(
    private readonly file: FileHandle,
    private readonly limit: number,
    private readonly tooLarge: (bytes: number) => Error,
    private readonly onProgress: ((bytes: number) => void) | undefined,
    startAt = 0,
    private readonly checkpoint?: SinkCheckpoint,
  ) {
    this.bytes = startAt;
    this.position = startAt;
    this.lastDurable = startAt;
  }

  data(view: Buffer, release: (err?: Error) => void): void {
    this.bytes += view.length;
    if (this.bytes > this.limit) throw this.tooLarge(this.bytes);
    this.onProgress?.(this.bytes);
    this.queue.push({ view, release });
    if (this.writing === undefined && this.diskError === undefined) this.write();
  }

  /** Settles once no write is in flight: before the file is closed or removed after a failure. */
  async idle(): Promise<void> {
    while (this.writing !== undefined) await this.writing;
  }

  private write(): void {
    let take = 1;
    let size = this.queue[0]?.view.length ?? 0;
    while (take < this.queue.length && take < MAX_BUFFERS && size + this.queue[take]!.view.length <= MAX_WRITE)
      size += this.queue[take++]!.view.length;
    const batch = this.queue.splice(0, take);
    const buffers = contiguous(batch.map((p) => p.view));
    const at = this.position;
    this.position += size;
    this.writing = this.file
      .writev(buffers, at)
      .then(({ bytesWritten }) => {
        if (bytesWritten !== size)
          throw Object.assign(new Error(`short write (${bytesWritten} of ${size} bytes)`), { code: 'EIO' });
        return this.maybeCheckpoint(at + size);
      })
      .then(
        () => {
          this.writing = undefined;
          for (const p of batch) p.release();
          if (this.queue.length > 0 && this.diskError === undefined) this.write();
        },
        (err: unknown) => {
          this.writing = undefined;
          this.diskError = err instanceof Error ? err : new Error(String(err));
          batch[0]?.release(this.diskError);
        },
      );
  }

  /** The next write waits for the fsync: a checkpoint names bytes that are on disk. */
  private async maybeCheckpoint(end: number): Promise<void> {
    const c = this.checkpoint;
    if (c === undefined || end - this.lastDurable < c.every) return;
    await this.file.sync();
    this.lastDurable = end;
    c.durable(end);
  }
}

/** Neighbouring views of one ring become one buffer: fewer iovecs, and usually a single one. */
function contiguous(views: Buffer[]): Buffer[] {
  const out: Buffer[] = [];
  let last: Buffer | undefined;
  for (const v of views) {
    if (last !== undefined && last.buffer === v.buffer && last.byteOffset + last.length === v.byteOffset) {
      last = Buffer.from(v.buffer, last.byteOffset, last.length + v.length);
      out[out.length - 1] = last;
    } else {
      last = v;
      out.push(v);
    }
  }
  return out;
}
