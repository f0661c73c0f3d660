/**
 * The one TCP (or TLS) connection of a CWMP session to one ACS origin, speaking HTTP/1.1 with one
 * request at a time and kept alive between them (TR-069 3.4: a session's POSTs share a connection).
 * A raw socket and the response parser of downloads, rather than an HTTP client library: a fleet
 * opens one such connection per session, and undici's per-connection parser (held by a WeakRef,
 * which V8's young-generation collector keeps alive) took the whole connection to the old space,
 * 6.2 KB a session; node:http's agent and streams cost 60 µs more a session than undici, this
 * about 110 µs less (README, design notes).
 */
import { connect as netConnect, isIP, type OnReadOpts, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { unbracketHost } from '../common/ip-literal.ts';
import { TransportError } from './errors.ts';
import { ResponseParser, type ResponseHead } from './http-response-parser.ts';

export interface AcsResponse {
  head: ResponseHead;
  body: Buffer;
}

interface Pending {
  fail(err: unknown): void;
  eof(): void;
  timeout(): void;
}

export interface AcsConnectionOptions {
  /** The origin as logs and errors name it. */
  where: string;
  /** TLS settings for an https: origin (tls-options.ts). */
  tls?: ConnectionOptions | undefined;
  /** The connection, TLS handshake and response head come within it; the body never pauses longer. */
  timeoutMs: number;
  maxResponseBytes: number;
  /** A new socket: its local address is known once connected; its first error is the cause. */
  onSocket(socket: Socket): void;
}

/**
 * The one buffer every ACS connection of the process reads into (`onread`): a read is handed to
 * the exchange waiting at once and what it keeps is copied out, so a connection allocates
 * nothing per read and its bytes skip the stream machinery (a fleet reads two answers a session).
 */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

export class AcsConnection {
  private socket: Socket | undefined;
  private connected = false;
  /** What the exchange in progress waits on; a close or error of the socket ends it. */
  private pending: Pending | undefined;
  /** Where the current socket's bytes go: the exchange in progress, else nowhere (nothing was asked for them). */
  private reader: ((buf: Buffer, length: number) => void) | undefined;

  constructor(
    private readonly url: URL,
    private readonly o: AcsConnectionOptions,
  ) {}

  /** Sends one request (head and body written together) and reads its whole response. */
  exchange(head: string, body: string): Promise<AcsResponse> {
    const socket = this.socket ?? this.open();
    return new Promise<AcsResponse>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let total = 0;
      let answered: ResponseHead | undefined;
      /** Set once the request is sent (see `sent` below), cleared by the head. */
      let headTimer: ReturnType<typeof setTimeout> | undefined;
      const done = (err: unknown, res?: AcsResponse): void => {
        if (this.pending !== pending) return;
        this.pending = undefined;
        this.reader = undefined;
        clearTimeout(headTimer);
        if (err !== undefined) {
          this.destroy();
          reject(err);
        } else {
          if (!res!.head.keepAlive) this.destroy();
          resolve(res!);
        }
      };
      const tooLarge = (): TransportError =>
        new TransportError('too-large', `${this.o.where}: response body exceeds ${this.o.maxResponseBytes} bytes`);
      const parser = new ResponseParser({
        head: (h) => {
          answered = h;
          clearTimeout(headTimer);
          if ((h.length ?? 0) > this.o.maxResponseBytes) done(tooLarge());
        },
        body: (buf, from, to) => {
          total += to - from;
          if (total > this.o.maxResponseBytes) done(tooLarge());
          // A copy: the read buffer is the next read's too.
          else chunks.push(Buffer.from(buf.subarray(from, to)));
        },
        end: () => done(undefined, { head: answered!, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) }),
      });
      const onData = (chunk: Buffer, length: number): void => {
        try {
          // feed() stops after the head and at the end of the message; bytes past the end are
          // not ours (nothing was asked for them) and are dropped.
          let at = 0;
          while (at < length && !parser.done && this.pending === pending) at = parser.feed(chunk, at, length);
        } catch (e) {
          done(e);
        }
      };
      const pending: Pending = {
        fail: (err: unknown) => done(err),
        eof: () => {
          try {
            parser.eof(); // ends a body framed by the close, or throws
          } catch (e) {
            done(e);
          }
        },
        timeout: () => {
          const [code, what] = !this.connected
            ? ['CONNECT_TIMEOUT', 'no connection']
            : answered === undefined
              ? ['HEADERS_TIMEOUT', 'no response']
              : ['BODY_TIMEOUT', 'the response body stalled'];
          const message = `${this.o.where}: ${what} within ${this.o.timeoutMs} ms (${code})`;
          done(new TransportError('timeout', message, { code }));
        },
      };
      this.pending = pending;
      this.reader = onData;
      // The head must come within the timeout of the request being sent, however slowly it
      // trickles (a byte a second keeps a socket active); sending, and the body after the head,
      // are watched by the socket's inactivity timeout.
      const sent = (): void => {
        if (this.pending === pending && answered === undefined)
          headTimer = setTimeout(() => pending.timeout(), this.o.timeoutMs);
      };
      // One write: the head and a body of a few KB go out in the same segment.
      socket.cork();
      if (body === '') socket.write(head, 'latin1', sent);
      else {
        socket.write(head, 'latin1');
        socket.write(body, 'utf8', sent);
      }
      socket.uncork();
    });
  }

  destroy(): void {
    const socket = this.socket;
    this.socket = undefined;
    socket?.destroy();
  }

  private open(): Socket {
    const host = unbracketHost(this.url.hostname);
    const https = this.url.protocol === 'https:';
    const port = this.url.port === '' ? (https ? 443 : 80) : Number(this.url.port);
    this.connected = false;
    const onread: OnReadOpts = {
      buffer: READ_BUFFER,
      callback: (n, buf) => {
        if (this.socket === socket) this.reader?.(buf as Buffer, n);
        return true;
      },
    };
    // node:tls takes `onread` like node:net (since Node 15.1), but @types/node 20 does not list it.
    const socket: Socket = https
      ? // SNI only for names (RFC 6066 3); the certificate is checked against the host either way.
        tlsConnect({
          ...this.o.tls,
          host,
          port,
          ...(isIP(host) === 0 ? { servername: host } : {}),
          onread,
        } as ConnectionOptions & { onread: OnReadOpts })
      : netConnect({ host, port, onread });
    this.socket = socket;
    socket.setNoDelay(true);
    socket.setTimeout(this.o.timeoutMs);
    // The connection and its TLS handshake, like the head, within the timeout however they trickle.
    const connecting = setTimeout(() => {
      if (this.socket === socket) this.pending?.timeout();
    }, this.o.timeoutMs);
    socket.once(https ? 'secureConnect' : 'connect', () => {
      this.connected = true;
      clearTimeout(connecting);
    });
    socket.once('close', () => clearTimeout(connecting));
    // Between requests the agent takes its time; only a request waiting for its answer times out.
    socket.on('timeout', () => this.pending?.timeout());
    socket.on('error', (err) => {
      if (this.socket === socket) this.pending?.fail(err);
    });
    // The ACS closed the connection: a request waiting fails, the next one opens a new connection.
    socket.on('end', () => this.closed(socket));
    socket.on('close', () => this.closed(socket));
    this.o.onSocket(socket);
    return socket;
  }

  /** Only the current socket's end concerns the request waiting: an old one closes late. */
  private closed(socket: Socket): void {
    if (this.socket !== socket) return;
    this.socket = undefined;
    this.pending?.eof();
  }
}
