import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The BBF XML folder: $BBF_SCHEMA_PATH (first entry), else ../shared/bbf beside the checkout. */
export function bbfDir(): string | undefined {
  const fromEnv = (process.env['BBF_SCHEMA_PATH'] ?? '').split(':').find((d) => d !== '');
  const dir = resolve(REPO, fromEnv ?? join('..', 'shared', 'bbf'));
  return existsSync(join(dir, 'tr-106-types.xml')) ? dir : undefined;
}
