import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTempFileName, nodeFileSystem, StoreError, writeFileAtomic } from '../../src/store/index.ts';
import { tempPathFor } from '../../src/store/atomic-write.ts';
import { FaultyFs } from './faulty-fs.ts';
import { modeOf, tempDir, tempFiles } from './temp-dir.ts';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');

function storeError(fn: () => void): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}

describe('writeFileAtomic', () => {
  it('creates the file with the bytes, mode 0600, and leaves no temp file', () => {
    const dir = tempDir();
    const target = path.join(dir, 'a.json');
    writeFileAtomic(nodeFileSystem, target, bytes('hello'));
    expect(fs.readFileSync(target, 'utf8')).toBe('hello');
    expect(modeOf(target)).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['a.json']);
  });

  it('replaces an existing file with a new inode (rename, not overwrite in place)', () => {
    const dir = tempDir();
    const target = path.join(dir, 'a.json');
    writeFileAtomic(nodeFileSystem, target, bytes('old'));
    const before = fs.statSync(target).ino;
    writeFileAtomic(nodeFileSystem, target, bytes('new'));
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.statSync(target).ino).not.toBe(before);
  });

  it('fsyncs the temp file before the rename and the directory after it', () => {
    const dir = tempDir();
    const target = path.join(dir, 'a.json');
    const faulty = new FaultyFs();
    writeFileAtomic(faulty, target, bytes('x'));
    const ops = faulty.calls.map((call) => call.split(' ')[0]);
    expect(ops).toEqual(['open', 'write', 'fsync', 'close', 'rename', 'open', 'fsync', 'close']);
    expect(faulty.calls[5]).toBe(`open ${dir}`);
  });

  it.each([
    ['write', 'ENOSPC'],
    ['fsync', 'EIO'],
    ['close', 'EIO'],
    ['rename', 'EIO'],
    ['open', 'EACCES'],
  ] as const)('on %s failing with %s keeps the old file, removes the temp file, throws StoreError io', (op, errno) => {
    const dir = tempDir();
    const target = path.join(dir, 'a.json');
    writeFileAtomic(nodeFileSystem, target, bytes('old'));
    const faulty = new FaultyFs().fail(op, errno, (p) => p !== dir);
    const error = storeError(() => writeFileAtomic(faulty, target, bytes('new')));
    expect(error.code).toBe('io');
    expect(error.errno).toBe(errno);
    expect(error.path).toBe(target);
    expect(error.message).toContain(target);
    expect(error.message).toContain(errno);
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(tempFiles(dir)).toEqual([]);
  });

  it('reports a failed directory fsync although the new content is in place', () => {
    const dir = tempDir();
    const target = path.join(dir, 'a.json');
    const faulty = new FaultyFs().fail('fsync', 'EIO', (p) => p === dir);
    const error = storeError(() => writeFileAtomic(faulty, target, bytes('new')));
    expect(error.code).toBe('io');
    expect(error.errno).toBe('EIO');
    expect(error.message).toContain(dir);
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(tempFiles(dir)).toEqual([]);
  });

  it('completes short writes', () => {
    const dir = tempDir();
    const target = path.join(dir, 'a.json');
    const dribbling = {
      ...nodeFileSystem,
      write: (fd: number, data: Uint8Array, offset: number, length: number) =>
        nodeFileSystem.write(fd, data, offset, Math.min(length, 3)),
    };
    writeFileAtomic(dribbling, target, bytes('0123456789'));
    expect(fs.readFileSync(target, 'utf8')).toBe('0123456789');
  });

  it('fails rather than spin when write makes no progress', () => {
    const dir = tempDir();
    const target = path.join(dir, 'a.json');
    const stuck = { ...nodeFileSystem, write: () => 0 };
    const error = storeError(() => writeFileAtomic(stuck, target, bytes('x')));
    expect(error.code).toBe('io');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('makes unique, hidden temp names beside the target that isTempFileName recognises', () => {
    const target = '/state/device.json';
    const a = tempPathFor(target);
    const b = tempPathFor(target);
    expect(a).not.toBe(b);
    expect(path.dirname(a)).toBe('/state');
    expect(isTempFileName(path.basename(a))).toBe(true);
    expect(isTempFileName('device.json')).toBe(false);
    expect(isTempFileName('device.json.bak')).toBe(false);
    expect(isTempFileName('notes.tmp')).toBe(false);
  });
});
