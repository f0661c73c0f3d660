import { readFileSync } from 'node:fs';
import { UsageError } from './args.ts';

/** A PEM file named by a setting (--ca-file …), or a one-line error naming the setting and the file. */
export function readPem(file: string | undefined, setting: string): string | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(
      `--${setting}: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); give a readable PEM file`,
    );
  }
}
