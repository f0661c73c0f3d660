import { describe, expect, it } from 'vitest';
import { MemoryFileSystem } from '../../src/store/memory-fs.ts';
import { StateStore } from '../../src/store/index.ts';
import type { DocumentSpec } from '../../src/store/index.ts';

const SPEC: DocumentSpec<{ n: number }> = {
  version: 1,
  migrations: {},
  validate: (v) => {
    if (typeof (v as { n?: unknown }).n !== 'number') throw new Error('n is not a number');
    return v as { n: number };
  },
};

describe('MemoryFileSystem under the state store', () => {
  it('keeps documents and their last good copy without touching the disk', () => {
    const fs = new MemoryFileSystem();
    const store = StateStore.open('/fleet/device-1', { fs });
    expect(store.read('doc', SPEC)).toBeUndefined();
    store.write('doc', SPEC, { n: 1 });
    store.write('doc', SPEC, { n: 2 });
    expect(StateStore.open('/fleet/device-1', { fs }).read('doc', SPEC)).toEqual({ n: 2 });
    expect(fs.readdir('/fleet/device-1')).toEqual(['doc.json', 'doc.json.bak']);
    expect(fs.stat('/fleet/device-1/doc.json').mode & 0o777).toBe(0o600);
    expect(fs.size).toBeGreaterThan(0);
  });

  it('falls back to the last good copy when the main file is damaged, as on disk', () => {
    const fs = new MemoryFileSystem();
    const warnings: string[] = [];
    const store = StateStore.open('/d', { fs, onWarning: (m) => warnings.push(m) });
    store.write('doc', SPEC, { n: 1 });
    store.write('doc', SPEC, { n: 2 });
    const fd = fs.open('/d/doc.json', 'w');
    fs.write(fd, Buffer.from('{"torn'), 0, 6);
    fs.close(fd);
    expect(store.read('doc', SPEC)).toEqual({ n: 1 });
    expect(warnings.join('\n')).toMatch(/last good copy/);
  });

  it('refuses what a real file system refuses', () => {
    const fs = new MemoryFileSystem();
    fs.mkdir('/d', 0o700);
    fs.close(fs.open('/d/a', 'wx'));
    expect(() => fs.open('/d/a', 'wx')).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(() => fs.readFile('/d/missing')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(() => fs.open('/nowhere/a', 'wx')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(() => fs.unlink('/d/missing')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
