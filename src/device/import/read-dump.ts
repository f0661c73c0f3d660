/** Reads a dump file in whichever format it is: JSON when it starts with '[' or '{', CSV otherwise. */
import { readFile } from 'node:fs/promises';
import type { Dump } from './dump.ts';
import { DumpFormatError, readCsvDump } from './read-csv-dump.ts';
import { readJsonDump } from './read-json-dump.ts';

/** The largest dump read: a full TR-181 tree of a big gateway is a few MB. */
const MAX_BYTES = 64 * 1024 * 1024;

/** Parses dump text; throws DumpFormatError when it is no dump. */
export function parseDump(text: string): Dump {
  const first = /^\uFEFF?\s*(\S)/.exec(text)?.[1];
  if (first === undefined) throw new DumpFormatError('the file is empty');
  return first === '[' || first === '{' ? readJsonDump(text) : readCsvDump(text);
}

/** Reads and parses a dump file; throws DumpFormatError (one line) when it cannot. */
export async function readDump(file: string): Promise<Dump> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DumpFormatError(
      code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file} (${code ?? String(e)})`,
    );
  }
  if (buf.length > MAX_BYTES) throw new DumpFormatError(`${file} is larger than ${MAX_BYTES / 1024 / 1024} MiB`);
  if (buf.includes(0)) throw new DumpFormatError(`${file} is binary, not a CSV or JSON dump`);
  return parseDump(buf.toString('utf8'));
}
