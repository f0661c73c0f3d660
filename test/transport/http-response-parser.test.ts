import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  IncompleteResponseError,
  ResponseFormatError,
  ResponseParser,
  type ResponseHead,
} from '../../src/transport/http-response-parser.ts';

interface Parsed {
  heads: ResponseHead[];
  body: Buffer;
  ended: boolean;
  /** Bytes left after the end of the message. */
  rest: number;
}

/**
 * Feeds `wire` cut at `cuts` (offsets), the way the download connection does: after a head or the
 * end `feed` stops, and the caller goes on from there (the body is always accepted here).
 */
function parse(wire: Buffer, cuts: number[] = [], eof = false): Parsed {
  const out: Parsed = { heads: [], body: Buffer.alloc(0), ended: false, rest: 0 };
  const parts: Buffer[] = [];
  const p = new ResponseParser({
    head: (h) => out.heads.push(h),
    body: (buf, from, to) => parts.push(Buffer.from(buf.subarray(from, to))),
    end: () => {
      out.ended = true;
    },
  });
  const edges = [0, ...cuts.filter((c) => c > 0 && c < wire.length).sort((a, b) => a - b), wire.length];
  for (let k = 0; k + 1 < edges.length; k++) {
    // Each piece sits in a larger buffer with unrelated bytes around it, like a region of the ring.
    const piece = wire.subarray(edges[k], edges[k + 1]);
    const buf = Buffer.concat([Buffer.from('\nXX\n'), piece, Buffer.from('\r\n0\r\n\r\n')]);
    let i = 4;
    const to = 4 + piece.length;
    while (i < to && !p.done) i = p.feed(buf, i, to);
    if (p.done) out.rest += to - i;
  }
  if (eof) p.eof();
  out.body = Buffer.concat(parts);
  return out;
}

const crlf = (s: string): Buffer => Buffer.from(s.replace(/\n/g, '\r\n'), 'latin1');

function chunked(body: Buffer, sizes: number[], ext = ''): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (const n of sizes) {
    const piece = body.subarray(at, at + n);
    at += piece.length;
    out.push(Buffer.from(`${piece.length.toString(16)}${ext}\r\n`), piece, Buffer.from('\r\n'));
  }
  if (at < body.length)
    out.push(Buffer.from(`${(body.length - at).toString(16)}\r\n`), body.subarray(at), Buffer.from('\r\n'));
  out.push(Buffer.from('0\r\nX-Checksum: abc\r\n\r\n'));
  return Buffer.concat(out);
}

describe('ResponseParser', () => {
  it('reads a Content-Length response at every split point, stopping after the body', () => {
    const body = Buffer.from('hello, firmware');
    const wire = Buffer.concat([
      crlf(`HTTP/1.1 200 OK\nContent-Length: ${body.length}\nX-A: 1\nX-A: 2\nSet-Cookie: a=1\nSet-Cookie: b=2\n\n`),
      body,
      Buffer.from('HTTP/1.1 200'),
    ]);
    for (let cut = 0; cut <= wire.length; cut++) {
      const r = parse(wire, [cut]);
      expect(r.heads).toHaveLength(1);
      expect(r.heads[0]).toMatchObject({ status: 200, statusText: 'OK', length: body.length, keepAlive: true });
      expect(r.heads[0]?.headers).toMatchObject({ 'x-a': '1, 2', 'set-cookie': ['a=1', 'b=2'] });
      expect(r.body.equals(body)).toBe(true);
      expect(r.ended).toBe(true);
      expect(r.rest).toBe(12); // the bytes after the message are the caller's
    }
  });

  it('reads a chunked body with extensions and trailers at every pair of split points', () => {
    const body = randomBytes(300);
    const wire = Buffer.concat([
      crlf('HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n'),
      chunked(body, [1, 17, 0x80], ';name="v"'),
    ]);
    for (let a = 0; a <= wire.length; a += 3) {
      for (let b = a; b <= wire.length; b += 7) {
        const r = parse(wire, [a, b]);
        expect(r.body.equals(body)).toBe(true);
        expect(r.ended).toBe(true);
        expect(r.rest).toBe(0);
      }
    }
  });

  it('skips interim 1xx responses and tolerates bare LF line ends and folded headers', () => {
    const wire = Buffer.from(
      'HTTP/1.1 103 Early Hints\nLink: </a>\n\nHTTP/1.1 200 OK\nX-Long: a\n  b\nContent-Length: 3\n\nabc',
      'latin1',
    );
    for (let cut = 0; cut <= wire.length; cut++) {
      const r = parse(wire, [cut]);
      expect(r.heads.map((h) => h.status)).toEqual([200]);
      expect(r.heads[0]?.headers['x-long']).toBe('a b');
      expect(r.body.toString()).toBe('abc');
    }
  });

  it('reads a body framed by the close to the end of the connection, and then only', () => {
    const r = parse(crlf('HTTP/1.0 200 OK\n\nall of it'), [5, 20]);
    expect(r.ended).toBe(false);
    expect(r.heads[0]?.keepAlive).toBe(false);
    const done = parse(crlf('HTTP/1.0 200 OK\n\nall of it'), [5, 20], true);
    expect(done.ended).toBe(true);
    expect(done.body.toString()).toBe('all of it');
  });

  it('ends at the head for 204, 304 and Content-Length: 0', () => {
    for (const head of [
      'HTTP/1.1 204 No Content\n\n',
      'HTTP/1.1 304 Not Modified\nContent-Length: 99\n\n',
      'HTTP/1.1 302 Found\nLocation: /x\nContent-Length: 0\n\n',
    ]) {
      const r = parse(crlf(head));
      expect(r.ended).toBe(true);
      expect(r.body.length).toBe(0);
    }
  });

  it('keeps the connection only when HTTP/1.x allows it and the framing is sound', () => {
    const keep = (head: string): boolean | undefined => parse(crlf(head)).heads[0]?.keepAlive;
    expect(keep('HTTP/1.1 200 OK\nContent-Length: 0\n\n')).toBe(true);
    expect(keep('HTTP/1.1 200 OK\nConnection: close\nContent-Length: 0\n\n')).toBe(false);
    expect(keep('HTTP/1.0 200 OK\nContent-Length: 0\n\n')).toBe(false);
    expect(keep('HTTP/1.0 200 OK\nConnection: Keep-Alive\nContent-Length: 0\n\n')).toBe(true);
    // RFC 9112 6.3: both framings sent: chunked wins, the connection is not trusted afterwards.
    expect(keep('HTTP/1.1 200 OK\nTransfer-Encoding: chunked\nContent-Length: 5\n\n')).toBe(false);
  });

  it('accepts a repeated identical Content-Length and refuses differing or malformed ones', () => {
    expect(parse(crlf('HTTP/1.1 200 OK\nContent-Length: 2\nContent-Length: 2\n\nok')).body.toString()).toBe('ok');
    expect(() => parse(crlf('HTTP/1.1 200 OK\nContent-Length: 2\nContent-Length: 3\n\nok'))).toThrow(
      ResponseFormatError,
    );
    expect(() => parse(crlf('HTTP/1.1 200 OK\nContent-Length: -1\n\n'))).toThrow(/Content-Length/);
    expect(() => parse(crlf('HTTP/1.1 200 OK\nContent-Length: 0x10\n\n'))).toThrow(/Content-Length/);
  });

  it('refuses what is not HTTP/1.x', () => {
    expect(() => parse(crlf('SSH-2.0-OpenSSH_9.2\n\n'))).toThrow(/status line/);
    expect(() => parse(crlf('HTTP/2 200\n\n'))).toThrow(/status line/);
    expect(() => parse(crlf('HTTP/1.1 200 OK\nbad header\n\n'))).toThrow(/header line/);
    expect(() => parse(crlf('HTTP/1.1 200 OK\n folded-first: x\n\n'))).toThrow(/continuation/);
    expect(() => parse(crlf('HTTP/1.1 101 Switching Protocols\n\n'))).toThrow(/101/);
    expect(() => parse(crlf('HTTP/1.1 200 OK\nTransfer-Encoding: gzip, chunked\n\n'))).toThrow(
      /transfer coding "gzip"/,
    );
    expect(() => parse(crlf('HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\nzz\r\n'))).toThrow(/chunk size/);
    expect(() => parse(crlf('HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n3\r\nabcX'))).toThrow(/CRLF/);
  });

  it('bounds what a hostile server can make it hold: head, chunk-size line, trailers', () => {
    const longHead = Buffer.from(`HTTP/1.1 200 OK\r\nX: ${'a'.repeat(70_000)}`);
    expect(() => parse(longHead, [1000, 30_000, 60_000])).toThrow(/head larger/);
    const longLine = Buffer.concat([
      crlf('HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n'),
      Buffer.from(`1;${'e'.repeat(5000)}`),
    ]);
    expect(() => parse(longLine, [60, 2000])).toThrow(/chunk-size line/);
    const trailers = Buffer.concat([
      crlf('HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n0\n'),
      Buffer.from(`X: ${'t'.repeat(70_000)}\r\n`),
    ]);
    expect(() => parse(trailers, [100])).toThrow(/trailer/);
    expect(() => parse(crlf('HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\nfffffffffffffff\n'))).toThrow(/chunk size/);
  });

  it('tells an early end of the connection apart by where it happened', () => {
    const eof = (wire: string): string => {
      try {
        parse(crlf(wire), [], true);
      } catch (e) {
        expect(e).toBeInstanceOf(IncompleteResponseError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(eof('')).toMatch(/before a response/);
    expect(eof('HTTP/1.1 200 OK\nContent-')).toMatch(/middle of the response head/);
    expect(eof('HTTP/1.1 200 OK\nContent-Length: 10\n\nabc')).toBe('the connection closed after 3 of 10 bytes');
    expect(eof('HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n5\nab')).toMatch(/chunked body, after 2 bytes/);
  });
});
