/**
 * The receive buffer of a download, used as a ring: the socket reads straight into it (net/tls
 * `onread`), the body is written to the file from it, and nothing is allocated per read. A 200 MB
 * firmware image therefore costs this one buffer and no garbage (issue 6: RSS growth bound).
 *
 * Positions are absolute byte counts (exact up to 2^53); the index in `buf` is position % size.
 * Everything in [tail, head) is still in use; the rest may be overwritten.
 */
export class ByteRing {
  readonly buf: Buffer;
  /** Where the next byte lands. */
  head = 0;
  /** The oldest byte still in use. */
  tail = 0;

  constructor(readonly size: number) {
    this.buf = Buffer.allocUnsafe(size);
  }

  get free(): number {
    return this.size - (this.head - this.tail);
  }

  get empty(): boolean {
    return this.head === this.tail;
  }

  /** The contiguous free region at `head`, at most `max` bytes; empty when the ring is full. */
  space(max: number): Buffer {
    const at = this.head % this.size;
    return this.buf.subarray(at, at + Math.min(max, this.size - at, this.free));
  }

  /** The bytes [from, to) as a view; they must not cross the end of the buffer (one read never does). */
  view(from: number, to: number): Buffer {
    const at = from % this.size;
    return this.buf.subarray(at, at + (to - from));
  }

  /** Back to an empty ring at position 0 (between two responses of one connection). */
  reset(): void {
    this.head = 0;
    this.tail = 0;
  }
}
