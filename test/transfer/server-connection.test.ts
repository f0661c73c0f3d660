import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ServerConnection } from '../../src/transfer/server-connection.ts';
import { startFileServer, type FileServer } from './file-server.ts';

const FILE = randomBytes(256 * 1024 + 123);
let server: FileServer | undefined;
afterEach(async () => {
  await server?.close();
});

describe('ServerConnection', () => {
  it('survives a slow consumer of a body whose server closes the connection (undici 7 asserts here)', async () => {
    server = await startFileServer({ files: new Map([['/fw.bin', FILE]]) });
    // /bad-length with the true length: Content-Length, then FIN right behind the body.
    const url = new URL(server.url(`/bad-length/fw.bin?cl=${FILE.length}`));
    for (let i = 0; i < 5; i++) {
      const conn = new ServerConnection(undefined, 2000);
      const res = await conn.request(url, { method: 'GET', headers: {} });
      const chunks: Buffer[] = [];
      const slow = new Writable({
        highWaterMark: 1024,
        write(chunk: Buffer, _e, done) {
          chunks.push(chunk);
          setTimeout(done, 1);
        },
      });
      await pipeline(res.body, slow);
      conn.close();
      expect(Buffer.concat(chunks).equals(FILE)).toBe(true);
    }
  });
});
