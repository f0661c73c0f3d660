/** Response body reading with the size limit enforced while streaming, so a hostile ACS cannot exhaust memory. */
import { TransportError } from './errors.ts';

export interface BodyStream extends AsyncIterable<unknown> {
  destroy(error?: Error): unknown;
}

export async function readLimited(
  body: BodyStream,
  limit: number,
  contentLength: string | string[] | undefined,
  where: string,
): Promise<Buffer> {
  const tooLarge = (): TransportError =>
    new TransportError('too-large', `${where}: response body exceeds ${limit} bytes`);
  const declared = typeof contentLength === 'string' ? Number(contentLength) : NaN;
  if (declared > limit) {
    body.destroy();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    const buf = chunk instanceof Uint8Array ? chunk : Buffer.from(String(chunk));
    total += buf.length;
    if (total > limit) {
      body.destroy();
      throw tooLarge();
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}
