/**
 * The document of the crash test: { n, items: 1000 copies of n }. A torn write would show as
 * items that disagree with n. validate checks the shape only, so the test itself sees (and
 * asserts on) any inconsistency rather than the store quietly falling back.
 */
import type { DocumentSpec } from '../../src/store/index.ts';

export const COUNTER = 'counter';

export interface Counter {
  readonly n: number;
  readonly items: readonly number[];
}

export const counterSpec: DocumentSpec<Counter> = {
  version: 1,
  migrations: {},
  validate: (payload) => {
    if (typeof payload !== 'object' || payload === null || !('n' in payload) || !('items' in payload))
      throw new Error('not a counter');
    const { n, items } = payload;
    if (typeof n !== 'number' || !Array.isArray(items) || !items.every((item) => typeof item === 'number'))
      throw new Error('not a counter');
    return { n, items };
  },
};
