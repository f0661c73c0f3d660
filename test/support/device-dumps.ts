import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO } from './bbf-path.ts';

/** The real device dumps of ../shared/device-dumps beside the checkout (genieacs-sim's, MIT). */
export function deviceDump(name: string): string {
  const file = resolve(REPO, '..', 'shared', 'device-dumps', name);
  if (!existsSync(file))
    throw new Error(`missing ${file}: the import tests need ../shared/device-dumps beside the checkout`);
  return file;
}

export const HUAWEI_DUMP = 'genieacs-sim-202BC1-BM632w.csv';

/** Our own small dumps in test/fixtures/dumps/. */
export const fixtureDump = (name: string): string => join(REPO, 'test', 'fixtures', 'dumps', name);
