/** Real temp directories for store tests, removed after each test. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tr069-store-'));
  made.push(dir);
  return dir;
}

/** Permission bits of a path, e.g. 0o600. */
export function modeOf(file: string): number {
  return fs.statSync(file).mode & 0o777;
}

/** Entries of a directory that are temp files (hidden, .tmp-suffixed). */
export function tempFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'));
}
