import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFile } from '../../src/transfer/fetch-file.ts';
import {
  IncompleteResponseError,
  ResponseFormatError,
  ResponseParser,
} from '../../src/transport/http-response-parser.ts';
import { TransferError } from '../../src/transfer/transfer-error.ts';
import { mutated, params } from './fuzz-config.ts';

type Framing = 'length' | 'chunked' | 'close';

/** A response on the wire for `body`, framed as asked, with chunks of the given sizes. */
function wire(body: Buffer, framing: Framing, sizes: number[], caseFlip: boolean): Buffer {
  const name = (s: string): string => (caseFlip ? s.toUpperCase() : s);
  const head = [`HTTP/1.1 200 OK`, `${name('Content-Type')}: application/octet-stream`];
  if (framing === 'length') head.push(`${name('Content-Length')}: ${body.length}`);
  if (framing === 'chunked') head.push(`${name('Transfer-Encoding')}: chunked`);
  if (framing === 'close') head.push(`${name('Connection')}: close`);
  const start = Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1');
  if (framing !== 'chunked') return Buffer.concat([start, body]);
  const parts: Buffer[] = [start];
  let at = 0;
  for (const n of [...sizes, body.length]) {
    if (at >= body.length) break;
    const piece = body.subarray(at, at + Math.max(1, n));
    at += piece.length;
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

const FAULTS = new Set([9010, 9015, 9016, 9017, 9018]);

describe('fuzz: HTTP responses to a download', () => {
  it('the parser gives back exactly the body, however the bytes are framed and cut', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 3000 }),
        fc.constantFrom<Framing>('length', 'chunked', 'close'),
        fc.array(fc.integer({ min: 1, max: 700 }), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        (bytes, framing, sizes, cuts, caseFlip) => {
          const body = Buffer.from(bytes);
          const w = wire(body, framing, sizes, caseFlip);
          const got: Buffer[] = [];
          let ended = false;
          const p = new ResponseParser({
            head: () => undefined,
            body: (b, f, t) => got.push(Buffer.from(b.subarray(f, t))),
            end: () => {
              ended = true;
            },
          });
          const edges = [0, ...cuts.map((c) => c % (w.length + 1)).sort((a, b) => a - b), w.length];
          for (let k = 0; k + 1 < edges.length; k++) {
            let i = edges[k]!;
            while (i < edges[k + 1]! && !p.done) i = p.feed(w, i, edges[k + 1]!);
          }
          if (framing === 'close') p.eof();
          expect(ended).toBe(true);
          expect(Buffer.concat(got).equals(body)).toBe(true);
        },
      ),
      params(),
    );
  });

  it('the parser fails only with its own two errors on damaged responses', () => {
    const valid = fc
      .tuple(
        fc.string({ maxLength: 200 }),
        fc.constantFrom<Framing>('length', 'chunked', 'close'),
        fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 5 }),
      )
      .map(([s, framing, sizes]) => wire(Buffer.from(s, 'latin1'), framing, sizes, false).toString('latin1'));
    fc.assert(
      fc.property(mutated(valid), fc.boolean(), (text, eof) => {
        const p = new ResponseParser({ head: () => undefined, body: () => undefined, end: () => undefined });
        const buf = Buffer.from(text, 'latin1');
        try {
          let i = 0;
          while (i < buf.length && !p.done) i = p.feed(buf, i, buf.length);
          if (eof) p.eof();
        } catch (e) {
          expect(e instanceof ResponseFormatError || e instanceof IncompleteResponseError).toBe(true);
        }
      }),
      params(),
    );
  });

  describe('fetchFile against a server that answers with damaged responses', () => {
    let server: Server;
    let port = 0;
    let answer = Buffer.alloc(0);
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'fuzz-download-'));
      server = createServer((socket) => {
        socket.on('error', () => undefined);
        socket.once('data', () => socket.end(answer));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    });

    it('settles with the file or a transfer fault, and leaves no temp file behind', async () => {
      const valid = fc
        .tuple(
          fc.string({ minLength: 1, maxLength: 300 }),
          fc.constantFrom<Framing>('length', 'chunked', 'close'),
          fc.array(fc.integer({ min: 1, max: 90 }), { maxLength: 5 }),
        )
        .map(([s, framing, sizes]) => wire(Buffer.from(s, 'latin1'), framing, sizes, false).toString('latin1'));
      await fc.assert(
        fc.asyncProperty(mutated(valid), fc.integer({ min: 0, max: 400 }), async (text, expectedSize) => {
          answer = Buffer.from(text, 'latin1');
          try {
            const got = await fetchFile({
              url: `http://127.0.0.1:${port}/f`,
              dir,
              expectedSize,
              maxBytes: 1000,
              timeoutMs: 1000,
              resumeDelayMs: 0,
            });
            expect(readFileSync(got.path).length).toBe(got.bytes);
            if (expectedSize > 0) expect(got.bytes).toBe(expectedSize);
            rmSync(got.path);
          } catch (e) {
            expect(e).toBeInstanceOf(TransferError);
            expect(FAULTS.has((e as TransferError).faultCode)).toBe(true);
          }
          expect(readdirSync(dir)).toEqual([]);
        }),
        params(),
      );
    });
  });
});
