import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { imageHead, type ImageHeader } from '../transfer/firmware-image.ts';
import { UsageError } from './args.ts';

export interface MakeImageArgs {
  version?: string | undefined;
  productClass?: string | undefined;
  oui?: string | undefined;
  hardware?: string | undefined;
  payload?: string | undefined;
  out?: string | undefined;
}

/**
 * `tr069-agent make-image`: a firmware image for the simulated device (format in
 * src/transfer/firmware-image.ts). A payload file is read twice (digest, then copy) so that a
 * large one never sits in memory. Returns a one-line summary.
 */
export async function makeImageCommand(a: MakeImageArgs): Promise<string> {
  if (!a.version)
    throw new UsageError(
      'make-image: --version is missing; give the SoftwareVersion the image installs, e.g. --version 2.0.0',
    );
  if (!a.out)
    throw new UsageError('make-image: --out is missing; give the file to write, e.g. --out firmware-2.0.0.img');
  if (a.oui !== undefined && !/^[0-9A-Fa-f]{6}$/.test(a.oui))
    throw new UsageError(`make-image: --oui '${a.oui}' is not an OUI; give six hex digits, e.g. --oui 00D09E`);
  if (a.payload !== undefined) {
    const file = a.payload;
    await stat(file).catch(() => {
      throw new UsageError(`make-image: cannot read --payload ${file}; give an existing file`);
    });
  }
  const header: ImageHeader = {
    version: a.version,
    created: new Date().toISOString(),
    ...(a.productClass ? { productClass: a.productClass } : {}),
    ...(a.oui ? { manufacturerOUI: a.oui.toUpperCase() } : {}),
    ...(a.hardware
      ? {
          hardwareVersions: a.hardware
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== ''),
        }
      : {}),
  };
  const fixed = Buffer.from(`simulated firmware ${a.version}\n`);
  const payload = (): Readable | Buffer[] => (a.payload !== undefined ? createReadStream(a.payload) : [fixed]);
  const head = imageHead(header);
  const hash = createHash('sha256').update(head);
  for await (const chunk of payload()) hash.update(chunk as Buffer);
  const digest = hash.digest();
  const out = createWriteStream(a.out, { mode: 0o644 });
  const failed = once(out, 'error').then(([e]: unknown[]) => {
    throw new Error(
      `make-image: cannot write ${a.out} (${(e as NodeJS.ErrnoException).code ?? 'error'}); give a writable path`,
    );
  });
  const write = async (): Promise<number> => {
    let bytes = head.length + digest.length;
    out.write(head);
    for await (const chunk of payload()) {
      bytes += (chunk as Buffer).length;
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end(digest);
    await once(out, 'finish');
    return bytes;
  };
  const bytes = await Promise.race([write(), failed]);
  return `make-image: wrote ${a.out} (${bytes} bytes, version ${a.version}, sha256 ${digest.toString('hex')})`;
}
