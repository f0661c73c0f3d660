import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { promisify } from 'node:util';
import { deflate, gzip, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { loadGenieAcs, type GenieAcsConfig } from './bundle.ts';
import type {
  AcsRequest,
  CpeFault,
  CpeRequest,
  CpeResponse,
  GenieAcsModules,
  GenieExpression,
  GenieValue,
  InformRequest,
  LogRecord,
  SoapMessage,
  SoapResponse,
  XmlElement,
} from './types.ts';

/*
 * A test ACS that answers like GenieACS's lib/cwmp.ts (listener, processRequest, inform,
 * nextRpc) but keeps its tasks in memory instead of MongoDB: every CPE message goes through
 * GenieACS's own soap.request, every ACS message is GenieACS's own soap.response, and connection
 * requests are GenieACS's own httpConnectionRequest / udpConnectionRequest /
 * xmppConnectionRequest. What GenieACS would log as an error or warning is logged through its
 * logger (the stand-in), so a test can assert that the real ACS would have had no complaint.
 */

/**
 * An ACS request GenieACS's soap.response cannot build (ScheduleInform, Upload,
 * GetQueuedTransfers, CancelTransfer, GetRPCMethods...): the method element as the test writes
 * it in GenieACS's style (`<cwmp:ScheduleInform>...</cwmp:ScheduleInform>`); the envelope around
 * it is GenieACS's own.
 */
export interface RawAcsRequest {
  name: string;
  raw: string;
  /**
   * SOAP header entries to add after GenieACS's own cwmp:ID (e.g. an unknown header with
   * soap-env:mustUnderstand="1"), written as they go into <soap-env:Header>.
   */
  headers?: string;
}

export type QueueItem = AcsRequest | RawAcsRequest;

/** How a queued request is sent. */
export interface EnqueueOptions {
  /**
   * Awaited once, when the request is due and the CPE's POST that asks for it is held open:
   * whatever it does happens while the CPE's session is certainly running (e.g. a connection
   * request during a session). The request is sent when it settles.
   */
  beforeSend?: () => unknown;
}

const isRaw = (q: QueueItem): q is RawAcsRequest => 'raw' in q;

/** One message the CPE posted, as GenieACS parsed it. */
export interface CpeMessage {
  body: string;
  rpc: SoapMessage | undefined;
  warnings: Record<string, unknown>[];
  error: string | undefined;
}

/** An ACS request sent in a session and the CPE's answer to it. */
export interface Exchange {
  request: QueueItem;
  id: string;
  session: GenieSession;
  /** The parsed answer: cpeResponse, cpeFault, or (for raw requests) unknownMethod. */
  reply: SoapMessage;
  body: string;
  /** The envelope the ACS sent for the request, as GenieACS built it. */
  sent: string;
}

/** One datagram GenieACS's udpConnectionRequest sent, byte for byte. */
export interface UdpDatagram {
  host: string;
  port: number;
  data: Buffer;
}

export type SessionOutcome =
  'open' | 'ended' | 'failed-by-test' | 'client-error' | 'bad-state' | 'timeout' | 'crashed' | 'already-in-session';

/** One CWMP session as the ACS saw it. */
export interface GenieSession {
  readonly index: number;
  readonly sessionId: string;
  readonly deviceId: string;
  /** The CWMP version GenieACS derived from the Inform (rpc.cwmpVersion). */
  readonly cwmpVersion: string;
  readonly inform: InformRequest;
  readonly events: string[];
  readonly retryCount: number;
  /** The Inform's ParameterList by name. */
  readonly informParameters: ReadonlyMap<string, GenieValue>;
  /** Every message of the session, the Inform first. */
  readonly messages: CpeMessage[];
  /** The CPE's own requests (TransferComplete, GetRPCMethods) and the names of those GenieACS does not know. */
  readonly cpeRequests: CpeRequest[];
  readonly unknownCpeRequests: string[];
  readonly exchanges: Exchange[];
  state: 0 | 1 | 2;
  outcome: SessionOutcome;
}

interface MutableSession extends GenieSession {
  lastActivity: number;
  timeoutS: number;
  rpcCount: number;
  startedAt: number;
  outstanding: { item: Pending; id: string; sent: string } | undefined;
  timer: NodeJS.Timeout | undefined;
}

interface Pending {
  item: QueueItem;
  resolve: (e: Exchange) => void;
  beforeSend?: (() => unknown) | undefined;
}

export interface ProblemMark {
  parseErrors: number;
  parseWarnings: number;
  log: number;
  sessionFaults: number;
}

/** How the ACS fails an Inform on the test's request (to exercise the CPE's retries). */
export type InformFailure = 'http500' | 'close';

export interface Credentials {
  username: string;
  password: string;
}

/** Problems the real GenieACS would have reported; every interop test expects all empty. */
export interface GenieAcsProblems {
  parseErrors: { message: string; deviceId: string | undefined; excerpt: string }[];
  parseWarnings: { warning: Record<string, unknown>; deviceId: string | undefined }[];
  loggerErrors: LogRecord[];
  sessionFaults: { deviceId: string; message: string; request: string }[];
}

const gzipP = promisify(gzip);
const deflateP = promisify(deflate);

export class GenieAcs {
  readonly sessions: GenieSession[] = [];
  readonly parseErrors: GenieAcsProblems['parseErrors'] = [];
  readonly parseWarnings: GenieAcsProblems['parseWarnings'] = [];
  /** GenieACS's "Channel has faulted" cases: invalid responses to its own requests. */
  readonly sessionFaults: GenieAcsProblems['sessionFaults'] = [];
  private readonly server: Server;
  private readonly bySocket = new Map<Socket, MutableSession>();
  private readonly byId = new Map<string, MutableSession>();
  private readonly queues = new Map<string, Pending[]>();
  private readonly failures = new Map<string, InformFailure[]>();
  /** What GenieACS knows of each device: the Inform parameters and GetParameterValues answers. */
  private readonly known = new Map<string, Map<string, GenieValue>>();
  private readonly waiters = new Set<() => void>();
  private readonly logStart: number;
  private readonly udpStart: number;
  private port = 0;

  private constructor(
    readonly g: GenieAcsModules,
    private readonly xmppConfigured: boolean,
  ) {
    this.logStart = g.loggerRecords.length;
    this.udpStart = g.udpSent.length;
    this.server = createServer((req, res) => {
      this.listener(req, res).catch((e: unknown) => {
        // GenieACS's server.ts rethrows what its listener throws: the worker dies, the CPE sees the
        // connection go. Recorded as the error it is.
        this.g.logger.error({ message: 'Uncaught exception in the CWMP listener', exception: String(e) });
        req.socket.destroy();
      });
    });
    this.server.on('connection', (socket: Socket) => {
      socket.on('close', () => this.onSocketClose(socket));
    });
  }

  /** Starts a test ACS on 127.0.0.1 with its own instance of GenieACS's modules for `config`. */
  static async start(opts: { config?: GenieAcsConfig } = {}): Promise<GenieAcs> {
    const acs = new GenieAcs(await loadGenieAcs(opts.config ?? {}), Boolean(opts.config?.['XMPP_JID']));
    await new Promise<void>((resolve) => acs.server.listen(0, '127.0.0.1', () => resolve()));
    acs.port = (acs.server.address() as AddressInfo).port;
    return acs;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** What GenieACS's logger (the stand-in) recorded since this ACS started. */
  get log(): LogRecord[] {
    return this.g.loggerRecords.slice(this.logStart);
  }

  /**
   * Every datagram GenieACS's udpConnectionRequest sent since this ACS started (it sends each
   * request three times), recorded at its socket's send: what a replay would capture on the wire.
   */
  get udpDatagrams(): UdpDatagram[] {
    return this.g.udpSent.slice(this.udpStart);
  }

  problems(): GenieAcsProblems {
    return this.problemsSince({ parseErrors: 0, parseWarnings: 0, log: 0, sessionFaults: 0 });
  }

  /** Where the problem lists stand now, for problemsSince: one test's share of a shared ACS. */
  mark(): ProblemMark {
    return {
      parseErrors: this.parseErrors.length,
      parseWarnings: this.parseWarnings.length,
      log: this.log.length,
      sessionFaults: this.sessionFaults.length,
    };
  }

  problemsSince(m: ProblemMark): GenieAcsProblems {
    return {
      parseErrors: this.parseErrors.slice(m.parseErrors),
      parseWarnings: this.parseWarnings.slice(m.parseWarnings),
      loggerErrors: this.log.slice(m.log).filter((r) => r.level === 'error'),
      sessionFaults: this.sessionFaults.slice(m.sessionFaults),
    };
  }

  /** GenieACS's device id (`OUI-ProductClass-Serial`, escaped as its generateDeviceId does). */
  deviceId(id: { OUI: string; ProductClass?: string; SerialNumber: string }): string {
    return this.g.generateDeviceId({
      OUI: id.OUI,
      SerialNumber: id.SerialNumber,
      ...(id.ProductClass !== undefined ? { ProductClass: id.ProductClass } : {}),
    });
  }

  /**
   * Queues an ACS request for a device, sent after the CPE's empty POST of its next session (or
   * of the session running now, if it has not reached the end of its queue). Resolves with the
   * CPE's answer. A request that was sent but not answered goes back to the front of the queue,
   * as a GenieACS task stays until done.
   */
  enqueue(deviceId: string, item: QueueItem, opts: EnqueueOptions = {}): Promise<Exchange> {
    return new Promise<Exchange>((resolve) => {
      const q = this.queues.get(deviceId) ?? [];
      q.push({ item, resolve, beforeSend: opts.beforeSend });
      this.queues.set(deviceId, q);
    });
  }

  /** Drops what is still queued for the device (their promises never settle). */
  clearQueue(deviceId: string): QueueItem[] {
    const q = this.queues.get(deviceId) ?? [];
    this.queues.delete(deviceId);
    return q.map((p) => p.item);
  }

  /** The requests still waiting for a session of the device. */
  queued(deviceId: string): QueueItem[] {
    return (this.queues.get(deviceId) ?? []).map((p) => p.item);
  }

  /** Fails the device's next Inform (HTTP 500, or the socket closed unanswered). */
  failNextInform(deviceId: string, how: InformFailure): void {
    const f = this.failures.get(deviceId) ?? [];
    f.push(how);
    this.failures.set(deviceId, f);
  }

  /**
   * The first session (already seen or still to come) that satisfies `predicate`; after
   * `timeoutMs` it fails naming `what`, the sessions so far and what `detail` adds (an agent log).
   */
  waitForSession(
    predicate: (s: GenieSession) => boolean,
    opts: { timeoutMs?: number; what?: string; detail?: () => string } = {},
  ): Promise<GenieSession> {
    const { timeoutMs = 20_000, what = 'a matching session', detail } = opts;
    return new Promise<GenieSession>((resolve, reject) => {
      const check = (): boolean => {
        const hit = this.sessions.find(predicate);
        if (!hit) return false;
        cleanup();
        resolve(hit);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        const seen = this.sessions.slice(-15).map((s) => ({
          index: s.index,
          device: s.deviceId,
          events: s.events,
          outcome: s.outcome,
          retry: s.retryCount,
        }));
        reject(
          new Error(
            `timed out waiting for ${what}; last sessions: ${JSON.stringify(seen)}${detail ? `\n${detail()}` : ''}`,
          ),
        );
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** A parameter of the device as GenieACS knows it (Inform ParameterList, GetParameterValues). */
  parameter(deviceId: string, name: string): GenieValue | undefined {
    return this.known.get(deviceId)?.get(name);
  }

  /** The AUTH("user","pass") expression GenieACS evaluates cwmp.connectionRequestAuth to. */
  private auth(c: Credentials): GenieExpression {
    const E = this.g.Expression;
    return new E.FunctionCall('AUTH', [new E.Literal(c.username), new E.Literal(c.password)]);
  }

  // GenieACS's api-functions.ts reads the TR-098 names first, then TR-181's.
  private managementServer(deviceId: string, name: string): GenieValue | undefined {
    return (
      this.parameter(deviceId, `InternetGatewayDevice.ManagementServer.${name}`) ??
      this.parameter(deviceId, `Device.ManagementServer.${name}`)
    );
  }

  /**
   * The connection request as GenieACS's api-functions.ts connectionRequest chooses it: UDP as
   * well when the device has a UDPConnectionRequestAddress and STUNEnable (its answer wins when
   * sent), then XMPP when the device has a ConnReqJabberID and GenieACS has XMPP_JID, else HTTP.
   */
  async connectionRequest(deviceId: string, c: Credentials): Promise<string> {
    const udp = this.managementServer(deviceId, 'UDPConnectionRequestAddress');
    const stun = this.managementServer(deviceId, 'STUNEnable');
    const udpSent =
      typeof udp === 'string' && udp !== '' && Number(stun)
        ? this.udpConnectionRequest(deviceId, c).then((r) => r === '')
        : Promise.resolve(false);
    const jid = this.managementServer(deviceId, 'ConnReqJabberID');
    const status =
      typeof jid === 'string' && jid !== '' && this.xmppConfigured
        ? await this.xmppConnectionRequest(deviceId, c)
        : await this.httpConnectionRequest(deviceId, c);
    return (await udpSent) ? '' : status;
  }

  /** GenieACS's HTTP connection request to the device's ConnectionRequestURL; '' is success, else its error text. */
  httpConnectionRequest(
    deviceId: string,
    c: Credentials,
    opts: { allowBasicAuth?: boolean; timeoutMs?: number } = {},
  ): Promise<string> {
    const url = this.managementServer(deviceId, 'ConnectionRequestURL');
    if (typeof url !== 'string' || url === '') return Promise.resolve('Invalid connection request URL');
    // GenieACS's defaults: cwmp.connectionRequestAllowBasicAuth false, cwmp.connectionRequestTimeout 2000.
    return this.g.cr.httpConnectionRequest(
      url,
      this.auth(c),
      opts.allowBasicAuth ?? false,
      opts.timeoutMs ?? 2000,
      false,
      deviceId,
    );
  }

  /**
   * GenieACS's UDP connection request (TR-111) to the device's UDPConnectionRequestAddress. Its
   * udpConnectionRequest only sends (UDP has no answer): '' once sent, as GenieACS's
   * connectionRequest reports it, else the error.
   */
  async udpConnectionRequest(deviceId: string, c: Credentials): Promise<string> {
    const address = this.managementServer(deviceId, 'UDPConnectionRequestAddress');
    if (typeof address !== 'string' || address === '') return 'No UDPConnectionRequestAddress known';
    const u = new URL(`udp://${address}`);
    try {
      await this.g.cr.udpConnectionRequest(
        u.hostname.replace(/^\[(.*)\]$/, '$1'),
        parseInt(u.port || '80', 10),
        this.auth(c),
        0,
        false,
        deviceId,
      );
      return '';
    } catch (e) {
      return (e as Error).message;
    }
  }

  /**
   * GenieACS's XMPP connection request (needs XMPP_JID/XMPP_PASSWORD in the config) to the device's ConnReqJabberID.
   */
  xmppConnectionRequest(deviceId: string, c: Credentials, timeoutMs = 2000): Promise<string> {
    const jid = this.managementServer(deviceId, 'ConnReqJabberID');
    if (typeof jid !== 'string' || jid === '') return Promise.resolve('No ConnReqJabberID known');
    return this.g.cr.xmppConnectionRequest(jid, this.auth(c), timeoutMs, false, deviceId);
  }

  /** Reads a raw CPE message with GenieACS's XML parser (for answers GenieACS itself does not parse). */
  parseXml(body: string): XmlElement {
    return this.g.xml.parseXml(body);
  }

  async close(): Promise<void> {
    for (const s of this.byId.values()) if (s.timer) clearTimeout(s.timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- lib/cwmp.ts, listenerAsync ------------------------------------------------------------

  private async listener(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST', Connection: 'close' }).end('405 Method Not Allowed');
      return;
    }
    const cookieSession = sessionCookie(req.headers.cookie ?? '');

    let stream: Readable = req;
    const encoding = req.headers['content-encoding'];
    if (encoding) {
      if (encoding === 'gzip') stream = req.pipe(createGunzip());
      else if (encoding === 'deflate') stream = req.pipe(createInflate());
      else {
        res.writeHead(415, { Connection: 'close' }).end('415 Unsupported Media Type');
        return;
      }
    }
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of stream) chunks.push(chunk as Buffer);
    } catch {
      return; // the connection went before the body was complete: GenieACS drops the request
    }
    const body = Buffer.concat(chunks);

    let session = this.bySocket.get(req.socket);
    if (session) {
      this.bySocket.delete(req.socket);
      if (
        (session.sessionId !== cookieSession && session.state !== 0) ||
        session.lastActivity + session.timeoutS * 1000 < Date.now()
      ) {
        this.g.logger.accessError({ message: 'Invalid session', deviceId: session.deviceId });
        return this.clientError(res, session, 'Invalid session');
      }
    }

    // The charset: Content-Type's, else the XML declaration's, else UTF-8 (as cwmp.ts decides).
    let charset = /charset=['"]?([^'"\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (!charset)
      charset =
        this.g.xml
          .parseXmlDeclaration(body)
          ?.find((a) => a.localName === 'encoding')
          ?.value.toLowerCase() ?? 'utf8';
    let text: string;
    try {
      text = body.toString(charset as BufferEncoding);
    } catch {
      // GenieACS falls back to iconv-lite here; the agent sends UTF-8, so any other charset is an error to see.
      const msg = `Unknown encoding '${charset}'`;
      this.parseErrors.push({ message: msg, deviceId: session?.deviceId, excerpt: body.toString('latin1', 0, 500) });
      this.g.logger.accessError({ message: 'XML parse error', parseError: msg });
      return this.clientError(res, session, msg);
    }

    const warnings: Record<string, unknown>[] = [];
    let rpc: SoapMessage;
    try {
      rpc = this.g.soap.request(text, warnings);
    } catch (e) {
      const message = (e as Error).message;
      session ??= cookieSession ? this.byId.get(cookieSession) : undefined;
      this.parseErrors.push({ message, deviceId: session?.deviceId, excerpt: text.slice(0, 1500) });
      session?.messages.push({ body: text, rpc: undefined, warnings, error: message });
      this.g.logger.accessError({ message: 'XML parse error', parseError: message });
      return this.clientError(res, session, message);
    }

    // A new connection of a running session comes back by its cookie.
    if (!session && cookieSession && rpc.cpeRequest?.name !== 'Inform') {
      const s = this.byId.get(cookieSession);
      if (s && s.outcome === 'open') session = s;
    }
    if (session) return this.processRequest(req, res, session, rpc, warnings, text);

    if (rpc.cpeRequest?.name !== 'Inform') {
      this.recordWarnings(warnings, undefined);
      this.g.logger.accessError({ message: 'Invalid session' });
      return this.clientError(res, undefined, 'Invalid session');
    }

    const inform = rpc.cpeRequest;
    const deviceId = this.g.generateDeviceId({ ...inform.deviceId });
    const now = Date.now();
    const fresh: MutableSession = {
      index: this.sessions.length,
      sessionId: randomBytes(8).toString('hex'),
      deviceId,
      cwmpVersion: rpc.cwmpVersion,
      inform,
      events: [...inform.event],
      retryCount: inform.retryCount,
      informParameters: new Map(inform.parameterList.map(([p, v]) => [p.toString(), v])),
      messages: [],
      cpeRequests: [],
      unknownCpeRequests: [],
      exchanges: [],
      state: 0,
      outcome: 'open',
      // cwmp.sessionTimeout (30 s) unless the CPE announced its own (CWMP 1.3 sessionTimeout header).
      lastActivity: now,
      timeoutS: rpc.sessionTimeout || 30,
      rpcCount: 0,
      startedAt: now,
      outstanding: undefined,
      timer: undefined,
    };
    this.sessions.push(fresh);
    // GenieACS holds a lock per device for the whole session: a new Inform while the device's
    // previous session has neither ended nor timed out is refused.
    if (this.sessions.some((x) => x !== fresh && x.deviceId === deviceId && x.outcome === 'open')) {
      this.recordWarnings(warnings, deviceId);
      fresh.messages.push({ body: text, rpc, warnings, error: undefined });
      fresh.outcome = 'already-in-session';
      this.g.logger.accessError({ message: 'CPE already in session', deviceId });
      res.setHeader('Content-Length', Buffer.byteLength('CPE already in session'));
      res.writeHead(400, { Connection: 'close' }).end('CPE already in session');
      this.changed();
      return;
    }
    this.byId.set(fresh.sessionId, fresh);
    return this.processRequest(req, res, fresh, rpc, warnings, text);
  }

  private recordWarnings(warnings: Record<string, unknown>[], deviceId: string | undefined): void {
    for (const w of warnings) {
      this.parseWarnings.push({ warning: w, deviceId });
      this.g.logger.accessWarn({ ...w, deviceId });
    }
  }

  // ---- lib/cwmp.ts, processRequest -----------------------------------------------------------

  private async processRequest(
    req: IncomingMessage,
    res: ServerResponse,
    s: MutableSession,
    rpc: SoapMessage,
    warnings: Record<string, unknown>[],
    body: string,
  ): Promise<void> {
    this.recordWarnings(warnings, s.deviceId);
    s.messages.push({ body, rpc, warnings, error: undefined });
    this.changed();

    if (s.state === 0) {
      if (rpc.cpeRequest?.name !== 'Inform') return this.reportBadState(res, s);
      for (const [p, v] of s.informParameters) this.remember(s.deviceId, p, v);
      const failure = this.failures.get(s.deviceId)?.shift();
      if (failure) {
        this.finish(s, 'failed-by-test');
        if (failure === 'close') req.socket.destroy();
        else res.writeHead(500, { Connection: 'close' }).end();
        return;
      }
      const r = this.g.soap.response({
        id: rpc.id,
        acsResponse: { name: 'InformResponse' },
        cwmpVersion: s.cwmpVersion,
      });
      r.headers['Set-Cookie'] = `session=${s.sessionId}`;
      s.state = 1;
      req.socket.setTimeout(s.timeoutS * 1000);
      this.g.logger.accessInfo({ message: 'Inform', deviceId: s.deviceId, event: s.events });
      return this.writeResponse(req, res, s, r);
    }

    if (rpc.cpeRequest) {
      const request = rpc.cpeRequest;
      if (request.name === 'TransferComplete' || request.name === 'GetRPCMethods') {
        if (s.state !== 1) return this.reportBadState(res, s);
        s.cpeRequests.push(request);
        this.g.logger.accessInfo({ message: 'CPE request', deviceId: s.deviceId, rpc: request.name });
        const r =
          request.name === 'TransferComplete'
            ? this.g.soap.response({
                id: rpc.id,
                acsResponse: { name: 'TransferCompleteResponse' },
                cwmpVersion: s.cwmpVersion,
              })
            : this.g.soap.response({
                id: rpc.id,
                acsResponse: {
                  name: 'GetRPCMethodsResponse',
                  methodList: ['Inform', 'GetRPCMethods', 'TransferComplete'],
                },
                cwmpVersion: s.cwmpVersion,
              });
        return this.writeResponse(req, res, s, r);
      }
      if (s.state !== 1 || request.name === 'Inform') return this.reportBadState(res, s);
      s.cpeRequests.push(request);
      // cwmp.ts throws "ACS method not supported" here (RequestDownload).
      throw new Error('ACS method not supported');
    }

    if (rpc.cpeResponse || rpc.cpeFault) {
      if (s.state !== 2) return this.reportBadState(res, s);
      if (rpc.cpeFault)
        this.g.logger.accessWarn({ message: 'CPE fault', deviceId: s.deviceId, fault: rpc.cpeFault.detail });
      this.answered(s, rpc, body, rpc.cpeResponse);
      return this.nextRpc(req, res, s);
    }

    if (rpc.unknownMethod) {
      if (s.state === 1) {
        // GenieACS answers a CPE request it does not implement with Fault 8000.
        s.unknownCpeRequests.push(rpc.unknownMethod);
        this.g.logger.accessWarn({ message: 'Method not supported', deviceId: s.deviceId, method: rpc.unknownMethod });
        const fault: CpeFault = {
          faultCode: 'Server',
          faultString: 'CWMP fault',
          detail: { faultCode: '8000', faultString: 'Method not supported' },
        };
        return this.writeResponse(
          req,
          res,
          s,
          this.g.soap.response({ id: rpc.id, acsFault: fault, cwmpVersion: s.cwmpVersion }),
        );
      }
      if (s.state === 2) {
        this.answered(s, rpc, body, undefined);
        return this.nextRpc(req, res, s);
      }
      return this.reportBadState(res, s);
    }

    // The CPE's empty POST: the ACS's turn.
    if (s.state !== 1) return this.reportBadState(res, s);
    s.state = 2;
    return this.nextRpc(req, res, s);
  }

  /** Records the CPE's answer to the outstanding request, checked as session.rpcResponse checks it. */
  private answered(s: MutableSession, rpc: SoapMessage, body: string, response: CpeResponse | undefined): void {
    const out = s.outstanding;
    s.outstanding = undefined;
    s.rpcCount += 1;
    if (!out) {
      this.fault(s, 'No outstanding request', '');
      return;
    }
    const request = out.item.item;
    if (rpc.id !== out.id) this.fault(s, 'Request ID not recognized', request.name);
    else if (response && response.name !== `${request.name}Response`)
      this.fault(s, 'Response name does not match request name', request.name);
    // A raw request's answer is one GenieACS does not parse (unknownMethod): that is expected.
    else if (!response && !rpc.cpeFault && !isRaw(request))
      this.fault(s, 'Response name does not match request name', request.name);
    if (response?.name === 'GetParameterValuesResponse')
      for (const [p, v] of response.parameterList) this.remember(s.deviceId, p.toString(), v);
    const exchange: Exchange = { request, id: out.id, session: s, reply: rpc, body, sent: out.sent };
    s.exchanges.push(exchange);
    out.item.resolve(exchange);
  }

  private fault(s: MutableSession, message: string, request: string): void {
    this.sessionFaults.push({ deviceId: s.deviceId, message, request });
    this.g.logger.accessWarn({
      message: 'Channel has faulted',
      deviceId: s.deviceId,
      fault: { code: 'invalid_response', message },
    });
  }

  private remember(deviceId: string, name: string, value: GenieValue): void {
    let m = this.known.get(deviceId);
    if (!m) this.known.set(deviceId, (m = new Map()));
    m.set(name, value);
  }

  // ---- lib/cwmp.ts, nextRpc / sendAcsRequest -------------------------------------------------

  private async nextRpc(req: IncomingMessage, res: ServerResponse, s: MutableSession): Promise<void> {
    const next = this.queues.get(s.deviceId)?.shift();
    if (!next) return this.writeResponse(req, res, s, this.g.soap.response(null), true);
    if (next.beforeSend) {
      const hook = next.beforeSend;
      next.beforeSend = undefined;
      // Held like a slow ACS: the request stays first in the queue should the session end meanwhile.
      this.queues.set(s.deviceId, [next, ...(this.queues.get(s.deviceId) ?? [])]);
      await hook();
      if (s.outcome !== 'open' || req.socket.destroyed) return;
      const q = this.queues.get(s.deviceId) ?? [];
      if (!q.includes(next)) return this.nextRpc(req, res, s); // dropped by clearQueue meanwhile
      q.splice(q.indexOf(next), 1);
    }
    // session.ts generateRpcId: the session's timestamp, its cycle and the RPC count, in hex.
    const id = s.startedAt.toString(16) + '00' + `0${s.rpcCount.toString(16)}`.slice(-2);
    const r = this.envelope(s, id, next.item);
    s.outstanding = { item: next, id, sent: r.data };
    this.g.logger.accessInfo({ message: 'ACS request', deviceId: s.deviceId, rpc: next.item.name });
    return this.writeResponse(req, res, s, r);
  }

  private envelope(s: MutableSession, id: string, item: QueueItem): SoapResponse {
    if (!isRaw(item))
      return this.g.soap.response({
        id,
        cwmpVersion: s.cwmpVersion,
        acsRequest: item.name === 'Download' ? { ...item, fileSize: 0 } : item,
      });
    // GenieACS's own envelope for this session's version, with the raw method in its body.
    const r = this.g.soap.response({ id, cwmpVersion: s.cwmpVersion, acsRequest: { name: 'FactoryReset' } });
    const marker = '<cwmp:FactoryReset></cwmp:FactoryReset>';
    if (!r.data.includes(marker))
      throw new Error('GenieACS envelope without its FactoryReset body: update the raw-request template');
    let data = r.data.replace(marker, item.raw);
    if (item.headers !== undefined) {
      if (!data.includes('</soap-env:Header>'))
        throw new Error('GenieACS envelope without its soap-env:Header: update the raw-request template');
      data = data.replace('</soap-env:Header>', `${item.headers}</soap-env:Header>`);
    }
    return { ...r, data };
  }

  // ---- lib/cwmp.ts, writeResponse / reportBadState / clientError -------------------------------

  private async writeResponse(
    req: IncomingMessage,
    res: ServerResponse,
    s: MutableSession,
    r: SoapResponse,
    close = false,
  ): Promise<void> {
    const headers = { ...r.headers };
    if (close) headers['Connection'] = 'close';
    let data: string | Buffer = r.data;
    const encoding = req.headers['content-encoding'];
    if (encoding && r.data.length > 0) {
      if (encoding === 'gzip') {
        headers['Content-Encoding'] = 'gzip';
        data = await gzipP(data);
      } else if (encoding === 'deflate') {
        headers['Content-Encoding'] = 'deflate';
        data = await deflateP(data);
      }
    }
    res.setHeader('Content-Length', Buffer.byteLength(data));
    res.writeHead(r.code, headers);
    res.end(data);
    if (req.socket.destroyed) {
      this.g.logger.accessError({ message: 'Connection dropped', deviceId: s.deviceId });
      this.finish(s, 'crashed');
    } else if (close) {
      this.finish(s, 'ended');
    } else {
      s.lastActivity = Date.now();
      this.bySocket.set(req.socket, s);
      this.armTimeout(s);
    }
    this.changed();
  }

  private reportBadState(res: ServerResponse, s: MutableSession): void {
    this.g.logger.accessError({ message: 'Bad session state', deviceId: s.deviceId, state: s.state });
    res.setHeader('Content-Length', Buffer.byteLength('Bad session state'));
    res.writeHead(400, { Connection: 'close' }).end('Bad session state');
    if (s.state !== 0) this.finish(s, 'bad-state');
  }

  private clientError(res: ServerResponse, s: MutableSession | undefined, msg: string): void {
    res.setHeader('Content-Length', Buffer.byteLength(msg));
    res.writeHead(400, { Connection: 'close' }).end(msg);
    if (s && s.outcome === 'open') this.finish(s, 'client-error');
  }

  /** GenieACS keeps a session whose socket went for its timeout, then logs "Session timeout". */
  private armTimeout(s: MutableSession): void {
    if (s.timer) clearTimeout(s.timer);
    s.timer = setTimeout(
      () => {
        if (s.outcome !== 'open') return;
        this.g.logger.accessError({ message: 'Session timeout', deviceId: s.deviceId, state: s.state });
        this.finish(s, 'timeout');
      },
      s.timeoutS * 1000 + 1000,
    );
    s.timer.unref();
  }

  private onSocketClose(socket: Socket): void {
    // The session stays reachable by its cookie until it times out (cwmp.ts onConnection).
    this.bySocket.delete(socket);
  }

  private finish(s: MutableSession, outcome: SessionOutcome): void {
    if (s.outcome !== 'open') return;
    s.outcome = outcome;
    if (s.timer) clearTimeout(s.timer);
    for (const [sock, x] of this.bySocket) if (x === s) this.bySocket.delete(sock);
    // A request sent but never answered stays queued, as an unfinished GenieACS task does.
    if (s.outstanding) {
      const q = this.queues.get(s.deviceId) ?? [];
      q.unshift(s.outstanding.item);
      this.queues.set(s.deviceId, q);
      s.outstanding = undefined;
    }
    this.changed();
  }

  private changed(): void {
    for (const w of [...this.waiters]) w();
  }
}

/** The `session` cookie GenieACS set (its devices may separate cookies by ',' as well as ';'). */
function sessionCookie(header: string): string | undefined {
  let id: string | undefined;
  for (const part of header.split(/[;,]/)) {
    const m = /^\s*([A-Za-z0-9\-_]+)\s*=\s*"?([A-Za-z0-9\-_]*)"?\s*$/.exec(part);
    if (m?.[1] === 'session') id = m[2];
  }
  return id;
}
