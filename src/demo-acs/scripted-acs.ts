import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type ServerOptions as TlsServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { CWMP_VERSIONS, decodeEnvelope, encodeEnvelope } from '../cwmp/soap/index.ts';
import type { CwmpVersion, Header, Message } from '../cwmp/soap/index.ts';

/** What the ACS saw and said in one session, for transcripts and test assertions. */
export interface AcsSessionRecord {
  inform: Extract<Message, { kind: 'Inform' }> | undefined;
  version: CwmpVersion | undefined;
  /** Every CPE message in order (Inform, responses, TransferComplete, faults). */
  received: Message[];
  /** The CWMP version of each received message, in the same order. */
  receivedVersions: CwmpVersion[];
  /** Every request the ACS sent in order. */
  sent: Message[];
}

/** The ACS requests of one session, decided when its Inform arrives. */
export type AcsScript = (inform: Extract<Message, { kind: 'Inform' }>, sessionIndex: number) => Message[];

export interface ScriptedAcsOptions {
  script: AcsScript;
  /** One line per step, e.g. for the `npm start` transcript. */
  transcript?: (line: string) => void;
  /** Lets a test take over a request before the ACS logic sees it (500s, drops, auth, redirects). */
  intercept?: (req: IncomingMessage, res: ServerResponse, body: string) => boolean | Promise<boolean>;
  /** Sessions in which the ACS sets HoldRequests (TR-069 A.4.2.2): the CPE must not send requests. */
  holdRequests?: (sessionIndex: number) => boolean;
  /** CWMP version the ACS answers with; default: the one the CPE offered. */
  answerVersion?: CwmpVersion;
  /** Serve HTTPS with these options (certificate, key, client-certificate policy, TLS versions). */
  tls?: TlsServerOptions;
}

interface Live {
  record: AcsSessionRecord;
  hold: boolean;
  queue: Message[];
  version: CwmpVersion;
  counter: number;
}

/**
 * A small ACS on loopback that plays a script: it answers each Inform, sends the scripted
 * requests one by one and ends the session with an empty 204. Sessions are told apart by a
 * cookie, as real ACSs do. Used by `npm start` (the demo) and by the integration tests.
 */
export class ScriptedAcs {
  readonly sessions: AcsSessionRecord[] = [];
  private server: Server;
  private live = new Map<string, Live>();
  private nextSession = 1;

  constructor(private readonly opts: ScriptedAcsOptions) {
    const handler = (req: IncomingMessage, res: ServerResponse): void => void this.handle(req, res);
    this.server = opts.tls ? createTlsServer(opts.tls, handler) : createServer(handler);
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
    const a = this.server.address() as AddressInfo;
    return `${this.opts.tls ? 'https' : 'http'}://${host}:${a.port}/acs`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves when `count` sessions have ended. */
  async waitForSessions(count: number, timeoutMs = 10_000): Promise<AcsSessionRecord[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.completed < count) {
      if (Date.now() > deadline) throw new Error(`ACS saw ${this.completed} complete sessions, wanted ${count}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.sessions;
  }

  private completed = 0;

  private say(line: string): void {
    this.opts.transcript?.(line);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    if (this.opts.intercept && (await this.opts.intercept(req, res, body))) return;
    const cookie = /cwmpsession=([0-9]+)/.exec(req.headers.cookie ?? '')?.[1];
    let live = cookie ? this.live.get(cookie) : undefined;

    if (body.trim() !== '') {
      const msg = decodeEnvelope(body);
      if (!msg.ok) {
        this.say(`ACS: cannot read CPE message (${msg.reason}: ${msg.message})`);
        res.writeHead(400).end();
        return;
      }
      if (msg.body.kind === 'Inform') {
        const key = String(this.nextSession++);
        const record: AcsSessionRecord = {
          inform: msg.body,
          version: msg.version,
          received: [msg.body],
          receivedVersions: [msg.version],
          sent: [],
        };
        this.sessions.push(record);
        const index = this.sessions.length - 1;
        live = {
          record,
          queue: this.opts.script(msg.body, index),
          version: this.opts.answerVersion ?? highestOffered(msg.header.supportedCwmpVersions) ?? msg.version,
          counter: 0,
          hold: this.opts.holdRequests?.(index) ?? false,
        };
        this.live.set(key, live);
        const d = msg.body.deviceId;
        this.say(
          `CPE → Inform [${msg.body.events.map((e) => e.eventCode).join(', ')}] from ${d.manufacturer} ${d.productClass} ${d.serialNumber} (cwmp ${live.version}, ${msg.body.parameterList.length} parameters)`,
        );
        res.setHeader('Set-Cookie', `cwmpsession=${key}; Path=/`);
        // A 1.4 ACS names the session's version (TR-069 A.4.2.6 UseCWMPVersion).
        this.reply(
          res,
          live,
          msg.header.id,
          { kind: 'InformResponse', maxEnvelopes: 1 },
          live.version === '1.4' ? { useCwmpVersion: '1.4' } : {},
        );
        this.say('ACS → InformResponse');
        return;
      }
      if (!live) {
        res.writeHead(400).end();
        return;
      }
      live.record.received.push(msg.body);
      live.record.receivedVersions.push(msg.version);
      this.say(`CPE → ${describe(msg.body)}`);
      if (msg.body.kind === 'TransferComplete') {
        this.reply(res, live, msg.header.id, { kind: 'TransferCompleteResponse' });
        this.say('ACS → TransferCompleteResponse');
        return;
      }
      if (msg.body.kind === 'AutonomousTransferComplete') {
        this.reply(res, live, msg.header.id, { kind: 'AutonomousTransferCompleteResponse' });
        this.say('ACS → AutonomousTransferCompleteResponse');
        return;
      }
    } else if (live) {
      this.say('CPE → (empty POST)');
    }
    const next = live?.queue.shift();
    if (!live || !next) {
      if (live) {
        this.completed++;
        for (const [k, v] of this.live) if (v === live) this.live.delete(k);
      }
      this.say('ACS → (204, session ends)');
      res.writeHead(204).end();
      return;
    }
    live.record.sent.push(next);
    this.say(`ACS → ${describe(next)}`);
    this.reply(res, live, `acs-${++live.counter}`, next);
  }

  private reply(res: ServerResponse, live: Live, id: string | undefined, body: Message, extra: Header = {}): void {
    const xml = encodeEnvelope({
      version: live.version,
      header: { ...(id !== undefined ? { id } : {}), ...(live.hold ? { holdRequests: true } : {}), ...extra },
      body,
    });
    res.writeHead(200, { 'Content-Type': 'text/xml; charset="utf-8"' }).end(xml);
  }
}

/** The highest version in a SupportedCWMPVersions header that this ACS speaks. */
function highestOffered(list: string | undefined): CwmpVersion | undefined {
  const offered = (list ?? '').split(',').map((v) => v.trim());
  return [...CWMP_VERSIONS].reverse().find((v) => offered.includes(v));
}

/** A one-line human description of a message for the transcript. */
export function describe(m: Message): string {
  switch (m.kind) {
    case 'GetParameterValues':
      return `GetParameterValues ${m.parameterNames.join(', ')}`;
    case 'GetParameterValuesResponse':
      return `GetParameterValuesResponse (${m.parameterList.length} values${m.parameterList.length > 0 && m.parameterList.length <= 3 ? ': ' + m.parameterList.map((p) => `${p.name}=${p.value}`).join(', ') : ''})`;
    case 'SetParameterValues':
      return `SetParameterValues ${m.parameterList.map((p) => `${p.name}=${p.value}`).join(', ')}`;
    case 'SetParameterValuesResponse':
      return `SetParameterValuesResponse status ${m.status}`;
    case 'GetParameterNames':
      return `GetParameterNames ${m.parameterPath} NextLevel=${m.nextLevel}`;
    case 'GetParameterNamesResponse':
      return `GetParameterNamesResponse (${m.parameterList.length} names)`;
    case 'AddObject':
      return `AddObject ${m.objectName}`;
    case 'AddObjectResponse':
      return `AddObjectResponse instance ${m.instanceNumber}`;
    case 'DeleteObject':
      return `DeleteObject ${m.objectName}`;
    case 'SetParameterAttributes':
      return `SetParameterAttributes ${m.parameterList.map((p) => `${p.name} notification=${p.notification}`).join(', ')}`;
    case 'Fault':
      return `Fault ${m.faultCode} ${m.faultString}`;
    default:
      return m.kind;
  }
}
