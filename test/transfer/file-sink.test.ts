import type { FileHandle } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FileSink } from '../../src/transfer/file-sink.ts';

/** A FileHandle that records its positioned writevs and finishes each when told to. */
function fakeFile(fail?: (call: number) => Error | number | undefined) {
  const calls: Array<{ buffers: Buffer[]; position: number; finish(): void }> = [];
  const handle = {
    syncs: 0,
    sync(): Promise<void> {
      handle.syncs++;
      return Promise.resolve();
    },
    writev(buffers: Buffer[], position: number): Promise<{ bytesWritten: number; buffers: Buffer[] }> {
      return new Promise((resolve, reject) => {
        const size = buffers.reduce((n, b) => n + b.length, 0);
        calls.push({
          buffers: buffers.map((b) => Buffer.from(b)),
          position,
          finish: () => {
            const f = fail?.(calls.length);
            if (f instanceof Error) reject(f);
            else resolve({ bytesWritten: f ?? size, buffers });
          },
        });
      });
    },
  };
  return { handle: handle as unknown as FileHandle, calls, syncs: () => handle.syncs };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('FileSink', () => {
  it('writes one view at once, then everything queued meanwhile in one positioned writev, neighbours merged', async () => {
    const { handle, calls } = fakeFile();
    const ring = Buffer.from('abcdefghijklmnop');
    const released: string[] = [];
    const sink = new FileSink(handle, 100, () => new Error('too large'), undefined);
    sink.data(ring.subarray(0, 4), () => released.push('a'));
    sink.data(ring.subarray(4, 8), () => released.push('b'));
    sink.data(ring.subarray(8, 10), () => released.push('c'));
    sink.data(Buffer.from('XY'), () => released.push('d'));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ position: 0 });
    calls[0]!.finish();
    await tick();
    expect(released).toEqual(['a']);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.position).toBe(4);
    expect(calls[1]!.buffers.map(String)).toEqual(['efghij', 'XY']); // b and c were one piece of the ring
    calls[1]!.finish();
    await sink.idle();
    expect(released).toEqual(['a', 'b', 'c', 'd']);
    expect(sink.bytes).toBe(12);
  });

  it('writes at most 1 MiB per writev (larger ones made ext4 erratic)', async () => {
    const { handle, calls } = fakeFile();
    const sink = new FileSink(handle, 1 << 30, () => new Error('too large'), undefined);
    const piece = (): Buffer => Buffer.alloc(600 * 1024);
    for (let i = 0; i < 4; i++) sink.data(piece(), () => undefined);
    for (let i = 0; i < 4; i++) {
      await tick();
      calls[i]?.finish();
    }
    await sink.idle();
    expect(calls.map((c) => c.buffers.reduce((n, b) => n + b.length, 0))).toEqual([614400, 614400, 614400, 614400]);
    expect(calls.map((c) => c.position)).toEqual([0, 614400, 1228800, 1843200]);
  });

  it('continues after bytes already in the file, and fsyncs before each checkpoint it reports', async () => {
    const { handle, calls, syncs } = fakeFile();
    const durable: number[] = [];
    const sink = new FileSink(handle, 1 << 20, () => new Error('too large'), undefined, 1000, {
      every: 250,
      durable: (n) => durable.push(n),
    });
    for (let i = 0; i < 6; i++) {
      sink.data(Buffer.alloc(100), () => undefined);
      await tick();
      calls.at(-1)?.finish();
      await sink.idle();
    }
    expect(calls.map((c) => c.position)).toEqual([1000, 1100, 1200, 1300, 1400, 1500]);
    expect(sink.bytes).toBe(1600);
    expect(durable).toEqual([1300, 1600]);
    expect(syncs()).toBe(2);
  });

  it('throws the limit error before writing a byte past the limit', () => {
    const { handle, calls } = fakeFile();
    const progress: number[] = [];
    const sink = new FileSink(
      handle,
      10,
      (n) => new Error(`too large at ${n}`),
      (n) => progress.push(n),
    );
    sink.data(Buffer.alloc(6), () => undefined);
    expect(() => sink.data(Buffer.alloc(6), () => undefined)).toThrow('too large at 12');
    expect(calls).toHaveLength(1);
    expect(progress).toEqual([6]);
  });

  it('hands a disk error (or a short write) to the first view of the batch and writes nothing more', async () => {
    for (const failure of [Object.assign(new Error('no space'), { code: 'ENOSPC' }), 3]) {
      const { handle, calls } = fakeFile(() => failure);
      const errors: Array<Error | undefined> = [];
      const sink = new FileSink(handle, 100, () => new Error('too large'), undefined);
      sink.data(Buffer.alloc(8), (e) => errors.push(e));
      sink.data(Buffer.alloc(8), (e) => errors.push(e));
      calls[0]!.finish();
      await sink.idle();
      expect(errors).toHaveLength(1);
      expect((sink.diskError as NodeJS.ErrnoException).code).toBe(failure instanceof Error ? 'ENOSPC' : 'EIO');
      expect(calls).toHaveLength(1);
    }
  });
});
