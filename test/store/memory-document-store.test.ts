import { describe, expect, it } from 'vitest';
import { MemoryDocumentStore, type DocumentSpec } from '../../src/store/index.ts';

const V1: DocumentSpec<{ n: number }> = {
  version: 1,
  migrations: {},
  validate: (v) => {
    if (typeof (v as { n?: unknown }).n !== 'number') throw new Error('n is not a number');
    return v as { n: number };
  },
};
const V2: DocumentSpec<{ n: number; unit: string }> = {
  version: 2,
  migrations: { 1: (old) => ({ ...(old as object), unit: 'count' }) },
  validate: (v) => v as { n: number; unit: string },
};

describe('MemoryDocumentStore', () => {
  it('gives back what was written, as JSON: a copy, not the object', () => {
    const store = new MemoryDocumentStore();
    expect(store.read('doc', V1)).toBeUndefined();
    const value = { n: 1 };
    store.write('doc', V1, value);
    value.n = 99;
    expect(store.read('doc', V1)).toEqual({ n: 1 });
    store.write('doc', V1, { n: 2 });
    const read = store.read('doc', V1)!;
    read.n = 5;
    expect(store.read('doc', V1)).toEqual({ n: 2 });
    expect(store.list()).toEqual(['doc']);
  });

  it('migrates a document kept at an older version when read with a newer spec', () => {
    const store = new MemoryDocumentStore();
    store.write('doc', V1, { n: 3 });
    expect(store.read('doc', V2)).toEqual({ n: 3, unit: 'count' });
  });

  it('refuses a value that is not JSON, and keeps the last one', () => {
    const store = new MemoryDocumentStore();
    store.write('doc', V1, { n: 1 });
    expect(() => store.write('doc', V1, { n: 2n } as unknown as { n: number })).toThrow(
      expect.objectContaining({ code: 'invalid-value' }),
    );
    expect(store.read('doc', V1)).toEqual({ n: 1 });
  });

  it('says which document fails its validation when read', () => {
    const store = new MemoryDocumentStore();
    store.write('doc', V1, { n: 'one' } as unknown as { n: number });
    expect(() => store.read('doc', V1)).toThrow(/in-memory document doc failed validation \(n is not a number\)/);
  });
});
