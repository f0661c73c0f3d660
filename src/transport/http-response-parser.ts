/**
 * An incremental HTTP/1.1 response parser (RFC 9112) for file downloads and the ACS connection,
 * fed straight from the socket's receive buffer: it reports where the body bytes are instead of
 * copying them. It knows the three body framings a server uses (Content-Length, chunked, until
 * close) and skips interim 1xx responses. Limits keep a hostile server from growing memory: 64 KiB
 * of head, 4 KiB of chunk-size line, 64 KiB of trailers.
 */

export type ResponseHeaders = Record<string, string | string[] | undefined>;

export interface ResponseHead {
  status: number;
  statusText: string;
  /** Lower-case names; repeated fields joined with ", " (set-cookie kept as a list), as node:http does. */
  headers: ResponseHeaders;
  /** The server allows another request on this connection afterwards. */
  keepAlive: boolean;
  /** Content-Length when the body is framed by it. */
  length: number | undefined;
}

/** The server's bytes are not HTTP/1.x as RFC 9112 frames it. */
export class ResponseFormatError extends Error {
  override readonly name = 'ResponseFormatError';
}

/** The connection ended before the response did. */
export class IncompleteResponseError extends Error {
  override readonly name = 'IncompleteResponseError';
}

export interface ResponseEvents {
  /** The final (non-1xx) head. `feed` returns right after it, so the body can be set up first. */
  head(head: ResponseHead): void;
  /** Body bytes buf[from, to), in order, without framing. */
  body(buf: Buffer, from: number, to: number): void;
  /** The message is complete; `feed` returns right after it. */
  end(): void;
}

const MAX_HEAD = 64 * 1024;
const MAX_CHUNK_LINE = 4 * 1024;
const MAX_TRAILERS = 64 * 1024;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const STATUS_LINE = /^HTTP\/1\.([01]) ([0-9]{3})(?: (.*))?$/;

type State = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'close' | 'done';

export class ResponseParser {
  private state: State = 'head';
  private text = '';
  /** Body bytes still expected: of the Content-Length body, or of the current chunk. */
  private remaining = 0;
  private chunkEndSeen = 0;
  private trailerBytes = 0;
  /** Body bytes delivered so far. */
  received = 0;
  private declared: number | undefined;

  constructor(private readonly events: ResponseEvents) {}

  get done(): boolean {
    return this.state === 'done';
  }

  /** Nothing of the response has arrived yet. */
  get untouched(): boolean {
    return this.state === 'head' && this.text.length === 0;
  }

  /**
   * Parses buf[from, to) and returns where it stopped: at `to`, or right after the head or the end
   * of the message (the caller decides what the rest is).
   */
  feed(buf: Buffer, from: number, to: number): number {
    let i = from;
    while (i < to) {
      switch (this.state) {
        case 'head': {
          const at = this.headEnd(buf, i, to);
          if (at < 0) return to;
          i = at;
          if (this.state !== 'head') return i; // a final head: let the caller attach the body
          break;
        }
        case 'length': {
          i = this.take(buf, i, to);
          if (this.remaining === 0) return this.finish(i);
          break;
        }
        case 'close': {
          this.deliver(buf, i, to);
          return to;
        }
        case 'chunk-size': {
          const end = lineEnd(buf, i, to);
          this.text += buf.toString('latin1', i, end);
          if (this.text.length > MAX_CHUNK_LINE) throw new ResponseFormatError('chunk-size line too long');
          if (end === to) return to;
          i = end + 1;
          this.chunkSize(this.text);
          this.text = '';
          break;
        }
        case 'chunk-data': {
          i = this.take(buf, i, to);
          if (this.remaining === 0) {
            this.state = 'chunk-end';
            this.chunkEndSeen = 0;
          }
          break;
        }
        case 'chunk-end': {
          // CRLF after the chunk data (a bare LF is tolerated, RFC 9112 2.2).
          const b = buf[i++];
          if (b === 0x0a) this.state = 'chunk-size';
          else if (b !== 0x0d || this.chunkEndSeen++ > 0)
            throw new ResponseFormatError('chunk data not followed by CRLF');
          break;
        }
        case 'trailers': {
          const end = lineEnd(buf, i, to);
          this.text += buf.toString('latin1', i, end);
          this.trailerBytes += end - i;
          if (this.trailerBytes > MAX_TRAILERS) throw new ResponseFormatError('trailer section too large');
          if (end === to) return to;
          i = end + 1;
          const line = this.text;
          this.text = '';
          if (line === '' || line === '\r') return this.finish(i);
          break;
        }
        case 'done':
          return i;
      }
    }
    return i;
  }

  /** The server closed the connection: the end of a body framed by the close, an error otherwise. */
  eof(): void {
    if (this.state === 'done') return;
    if (this.state === 'close') {
      this.finish(0);
      return;
    }
    if (this.state === 'head') {
      throw new IncompleteResponseError(
        this.text.length === 0
          ? 'the connection closed before a response'
          : 'the connection closed in the middle of the response head',
      );
    }
    if (this.state === 'length' && this.declared !== undefined) {
      throw new IncompleteResponseError(`the connection closed after ${this.received} of ${this.declared} bytes`);
    }
    throw new IncompleteResponseError(
      `the connection closed in the middle of the chunked body, after ${this.received} bytes`,
    );
  }

  /** Delivers up to `remaining` body bytes of buf[i, to); returns the index after them. */
  private take(buf: Buffer, i: number, to: number): number {
    const n = Math.min(this.remaining, to - i);
    this.deliver(buf, i, i + n);
    this.remaining -= n;
    return i + n;
  }

  private deliver(buf: Buffer, from: number, to: number): void {
    if (to <= from) return;
    this.received += to - from;
    this.events.body(buf, from, to);
  }

  private finish(at: number): number {
    this.state = 'done';
    this.events.end();
    return at;
  }

  /** Accumulates head bytes; returns the index after the blank line, or -1 when more is needed. */
  private headEnd(buf: Buffer, from: number, to: number): number {
    const before = this.text.length;
    // Only as much as a head can be: the rest of this read may be megabytes of body.
    this.text += buf.toString('latin1', from, Math.min(to, from + MAX_HEAD + 4 - before));
    const scanFrom = Math.max(0, before - 3);
    const crlf = this.text.indexOf('\r\n\r\n', scanFrom);
    const lf = this.text.indexOf('\n\n', scanFrom);
    let end: number;
    let sep: number;
    if (crlf >= 0 && (lf < 0 || crlf + 2 <= lf)) {
      end = crlf;
      sep = 4;
    } else if (lf >= 0) {
      end = lf;
      sep = 2;
    } else {
      if (this.text.length > MAX_HEAD) throw new ResponseFormatError(`response head larger than ${MAX_HEAD} bytes`);
      return -1;
    }
    if (end > MAX_HEAD) throw new ResponseFormatError(`response head larger than ${MAX_HEAD} bytes`);
    const consumed = end + sep - before;
    const head = this.text.slice(0, end);
    this.text = '';
    this.onHead(parseHead(head));
    return from + consumed;
  }

  private onHead(h: ResponseHead & { framing: 'length' | 'chunked' | 'close' | 'none' }): void {
    // RFC 9112 / RFC 9110 15.2: 1xx are interim; 101 would switch protocols, which a GET never asked for.
    if (h.status >= 100 && h.status < 200) {
      if (h.status === 101) throw new ResponseFormatError('unexpected 101 Switching Protocols');
      return;
    }
    const { framing, ...head } = h;
    this.declared = head.length;
    if (framing === 'none' || (framing === 'length' && head.length === 0) || h.status === 204 || h.status === 304) {
      this.state = 'done';
      this.events.head(head);
      this.events.end();
      return;
    }
    if (framing === 'length') {
      this.state = 'length';
      this.remaining = head.length ?? 0;
    } else {
      this.state = framing === 'chunked' ? 'chunk-size' : 'close';
    }
    this.events.head(head);
  }

  private chunkSize(line: string): void {
    const size = (line.endsWith('\r') ? line.slice(0, -1) : line).split(';', 1)[0]?.trim() ?? '';
    if (!/^[0-9A-Fa-f]{1,13}$/.test(size)) throw new ResponseFormatError('invalid chunk size');
    const n = parseInt(size, 16);
    if (n === 0) {
      this.state = 'trailers';
      this.trailerBytes = 0;
    } else {
      this.state = 'chunk-data';
      this.remaining = n;
    }
  }
}

/** The index of the next LF in buf[from, to), or `to`; never looks past `to` (the buffer is a large ring). */
function lineEnd(buf: Buffer, from: number, to: number): number {
  const nl = buf.subarray(from, to).indexOf(0x0a);
  return nl < 0 ? to : from + nl;
}

function parseHead(text: string): ResponseHead & { framing: 'length' | 'chunked' | 'close' | 'none' } {
  const lines = text.split(/\r?\n/);
  const m = STATUS_LINE.exec(lines[0] ?? '');
  if (!m)
    throw new ResponseFormatError(`not an HTTP/1.x status line: ${JSON.stringify((lines[0] ?? '').slice(0, 40))}`);
  const http10 = m[1] === '0';
  const headers: ResponseHeaders = {};
  let last: string | undefined;
  for (const line of lines.slice(1)) {
    if (/^[ \t]/.test(line)) {
      // obs-fold (RFC 9112 5.2): a continuation line, replaced by a space.
      if (last === undefined) throw new ResponseFormatError('a header continuation without a header');
      const prev = headers[last];
      if (typeof prev === 'string') headers[last] = `${prev} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon) : '';
    if (!TOKEN.test(name)) throw new ResponseFormatError(`invalid header line: ${JSON.stringify(line.slice(0, 40))}`);
    const key = name.toLowerCase();
    const value = line.slice(colon + 1).trim();
    const prev = headers[key];
    if (key === 'set-cookie') headers[key] = [...(Array.isArray(prev) ? prev : []), value];
    else headers[key] = prev === undefined ? value : `${String(prev)}, ${value}`;
    last = key;
  }
  const connection = String(headers['connection'] ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim());
  let keepAlive = http10 ? connection.includes('keep-alive') : !connection.includes('close');
  const status = Number(m[2]);
  const te = headers['transfer-encoding'];
  let framing: 'length' | 'chunked' | 'close' | 'none';
  let length: number | undefined;
  if (te !== undefined) {
    // RFC 9112 6.3: Transfer-Encoding wins over Content-Length; chunked must be the last coding,
    // otherwise the body runs to the close. Either way the connection cannot be trusted afterwards
    // when both were sent.
    const codings = String(te)
      .toLowerCase()
      .split(',')
      .map((s) => s.trim());
    // The request sent no TE field, so chunked is all a server may use (RFC 9112 6.1); a gzip
    // coding would land compressed in the file or the envelope.
    const other = codings.find((c) => c !== 'chunked' && c !== 'identity');
    if (other !== undefined)
      throw new ResponseFormatError(`unsupported transfer coding ${JSON.stringify(other.slice(0, 20))}`);
    framing = codings.at(-1) === 'chunked' ? 'chunked' : 'close';
    if (headers['content-length'] !== undefined || framing === 'close') keepAlive = false;
  } else if (headers['content-length'] !== undefined) {
    // Repeated identical values ("100, 100") are one length (RFC 9110 8.6); differing ones are an error.
    const values = [
      ...new Set(
        String(headers['content-length'])
          .split(',')
          .map((s) => s.trim()),
      ),
    ];
    if (values.length !== 1 || !/^[0-9]{1,15}$/.test(values[0] ?? ''))
      throw new ResponseFormatError('invalid Content-Length');
    framing = 'length';
    length = Number(values[0]);
  } else {
    framing = status === 204 || status === 304 || (status >= 100 && status < 200) ? 'none' : 'close';
    if (framing === 'close') keepAlive = false;
  }
  return { status, statusText: m[3] ?? '', headers, keepAlive, length, framing };
}
