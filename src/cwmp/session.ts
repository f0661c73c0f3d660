import { randomBytes } from 'node:crypto';
import type { DataModel } from '../datamodel/tree.ts';
import type { Logger } from '../log/logger.ts';
import { decodeEnvelope, encodeEnvelope, encodeMustUnderstandFault, xsiTypeOf } from './soap/index.ts';
import type { CwmpVersion, Header, Message } from './soap/index.ts';
import type { CpeRequestSource } from './cpe-requests.ts';
import type { EventCode, EventStruct } from './event-codes.ts';
import type { EventQueue } from './event-queue.ts';
import { informParameters } from './inform-parameters.ts';
import type { RpcDispatch } from './rpc/dispatch.ts';
import { cwmpFault } from './rpc/fault.ts';

/** What the session needs of the HTTP layer (src/transport's AcsSession fits). */
export interface SessionConnection {
  post(body: string, soapAction?: string): Promise<{ status: number; body: string; empty: boolean }>;
  readonly localAddress: string | undefined;
  close(): Promise<void>;
}

export interface SessionDeps {
  tree: DataModel;
  root: string;
  events: EventQueue;
  dispatcher: RpcDispatch;
  connect(): SessionConnection;
  log: Logger;
  maxMessageBytes: number;
  retryCount: number;
  now(): Date;
  /** Where the CPE's own requests come from, drained in this order (cpe-requests.ts). */
  requests?: readonly CpeRequestSource[];
  /** How long the CPE waits for the ACS, announced in the Inform's SessionTimeout header (default 30 s). */
  sessionTimeoutS?: number;
  /** Told the local address of the connection to the ACS, for ConnectionRequestURL. */
  onLocalAddress?(address: string): void | Promise<void>;
}

export type SessionOutcome =
  | {
      ok: true;
      version: CwmpVersion;
      delivered: EventStruct[];
      afterSession: (() => Promise<void> | void)[];
      faults: number;
      /** Events whose CPE request the ACS answered with a fault: kept, but not a reason for another session at once. */
      refused: EventCode[];
      transferFaults: number[];
    }
  /** `delivered`: the events of an Inform the ACS acknowledged before the session failed. */
  | { ok: false; reason: string; faults: number; delivered?: EventStruct[]; transferFaults: number[] };

const OFFERED: CwmpVersion = '1.4';
/** cwmp:ID values (TR-069 A.4.2.1 only asks them to be unique within the session). */
const ID_PREFIX = randomBytes(3).toString('hex');
let idCounter = 0;
function messageId(): string {
  idCounter = (idCounter + 1) >>> 0;
  return `${ID_PREFIX}${idCounter.toString(16).padStart(6, '0')}`;
}
const SUPPORTED = '1.0,1.1,1.2,1.3,1.4';
const MAX_RETRY_8005 = 3;

/**
 * The session's version (TR-069 A.2.2, 1.4 UseCWMPVersion): the one the ACS names in
 * UseCWMPVersion when the CPE offered it, else the one its namespace implies. A version the
 * CPE did not offer is ignored (and never becomes a namespace).
 */
function sessionVersion(fromNamespace: CwmpVersion, use: string | undefined, log: Logger): CwmpVersion {
  if (use === undefined) return fromNamespace;
  const offered = SUPPORTED.split(',') as CwmpVersion[];
  const named = offered.find((v) => v === use.trim());
  if (named !== undefined) return named;
  log.warn(
    `session: the ACS asked for CWMP version '${use}', which this CPE did not offer (${SUPPORTED}); using ${fromNamespace}`,
  );
  return fromNamespace;
}

/** A CPE request the ACS answered with a fault other than 8005 (TR-069 A.3.3): not delivered this session. */
interface Refused {
  refused: true;
  faultCode: number;
  faultString: string;
}

class SessionFailed extends Error {}

/**
 * One CWMP session (TR-069 3.7): Inform, the CPE's own requests, the empty POST, then ACS
 * requests until the ACS sends an empty reply. Never throws; a failure is an outcome.
 */
export async function runSession(deps: SessionDeps): Promise<SessionOutcome> {
  const conn = deps.connect();
  const log = deps.log;
  const after: (() => Promise<void> | void)[] = [];
  let version: CwmpVersion = OFFERED;
  let hold = false;
  let events: EventStruct[] = [];
  let informed = false;
  /** CWMP faults sent to the ACS in answer to its requests. */
  let faults = 0;
  /** The fault codes of the (Autonomous)TransferCompletes the ACS acknowledged (0: success, left out). */
  const transferFaults: number[] = [];

  const post = async (body: string, what: string): Promise<ReturnType<typeof decodeEnvelope> | undefined> => {
    const reply = await conn.post(body, body === '' ? undefined : '');
    if (reply.status >= 400 && !(reply.status === 500 && reply.body.includes('Fault')))
      throw new SessionFailed(`${what}: ACS answered HTTP ${reply.status}`);
    if (reply.empty) return undefined;
    return decodeEnvelope(reply.body, { maxBytes: deps.maxMessageBytes });
  };
  const envelope = (header: Header, body: Message): string => encodeEnvelope({ version, header, body });
  /**
   * A CPE request (TR-069 A.3.3): resent on fault 8005 (retry request); any other fault ends that
   * request and the session goes on, the event rules deciding what is kept for a later one.
   */
  const request = async (
    body: Message,
    expected: Message['kind'],
  ): Promise<Extract<ReturnType<typeof decodeEnvelope>, { ok: true }> | Refused> => {
    for (let attempt = 0; ; attempt++) {
      const reply = await post(envelope({ id: messageId() }, body), body.kind);
      if (reply?.ok && reply.body.kind === 'Fault') {
        if (reply.body.faultCode === 8005 && attempt < MAX_RETRY_8005) continue;
        hold = reply.header.holdRequests === true;
        log.warn(`session: the ACS answered ${body.kind} with fault ${reply.body.faultCode} ${reply.body.faultString}`);
        return { refused: true, faultCode: reply.body.faultCode, faultString: reply.body.faultString };
      }
      if (!reply?.ok || reply.body.kind !== expected)
        throw new SessionFailed(`the ACS did not acknowledge ${body.kind}`);
      return reply;
    }
  };
  const refused = new Set<EventCode>();

  try {
    // --- Inform -------------------------------------------------------------------------
    events = deps.events.list();
    // A value that changes again while this Inform is on its way is reported again in the next.
    const changesUpTo = deps.tree.changes.mark();
    const params = await informParameters(deps.tree, events);
    const pendingPaths = deps.tree.changes.list().map((c) => c.path);
    const id = messageId();
    const info = async (name: string): Promise<string> =>
      String(await deps.tree.readInternal(`${deps.root}DeviceInfo.${name}`).catch(() => ''));
    const inform: Message = {
      kind: 'Inform',
      deviceId: {
        manufacturer: await info('Manufacturer'),
        oui: await info('ManufacturerOUI'),
        productClass: await info('ProductClass'),
        serialNumber: await info('SerialNumber'),
      },
      events: events.map((e) => ({ eventCode: e.code, commandKey: e.commandKey })),
      maxEnvelopes: 1,
      currentTime: deps.now().toISOString(),
      retryCount: deps.retryCount,
      parameterList: params.map((p) => ({
        name: p.path,
        value: p.wire,
        xsiType: p.list ? xsiTypeOf('string') : xsiTypeOf(p.type),
      })),
    };
    log.info(`session: Inform (${events.map((e) => e.code).join(', ') || 'no events'})`, {
      retry: deps.retryCount,
      parameters: params.length,
    });
    let informReply;
    for (let attempt = 0; ; attempt++) {
      // SessionTimeout (TR-069 A.4.2.4, CWMP 1.3 on; BBF's cwmp-1-3.xsd declares it) tells the ACS how long this CPE
      // waits for it.
      informReply = await post(
        envelope({ id, supportedCwmpVersions: SUPPORTED, sessionTimeout: deps.sessionTimeoutS ?? 30 }, inform),
        'Inform',
      );
      if (!informReply) throw new SessionFailed('the ACS answered the Inform with an empty reply');
      if (!informReply.ok)
        throw new SessionFailed(`the ACS's InformResponse is unusable (${informReply.reason}: ${informReply.message})`);
      if (informReply.body.kind === 'Fault' && informReply.body.faultCode === 8005 && attempt < MAX_RETRY_8005)
        continue;
      break;
    }
    if (informReply.body.kind !== 'InformResponse') {
      const f =
        informReply.body.kind === 'Fault'
          ? ` fault ${informReply.body.faultCode} ${informReply.body.faultString}`
          : ` ${informReply.body.kind}`;
      throw new SessionFailed(`the ACS answered the Inform with${f}`);
    }
    // The ACS's answer fixes the session's CWMP version (TR-069 A.2.2 / 1.4 UseCWMPVersion).
    version = sessionVersion(informReply.version, informReply.header.useCwmpVersion, log);
    hold = informReply.header.holdRequests === true;
    log.info('session: InformResponse', { cwmp: version });
    // BOOTSTRAP stays queued until the whole session succeeds (the caller completes it then).
    deps.events.complete(
      events.filter((e) => e.code !== '0 BOOTSTRAP'),
      'inform',
    );
    informed = true;
    if (pendingPaths.length > 0) {
      deps.tree.changes.acknowledge(pendingPaths, changesUpTo);
      deps.tree.commit();
    }
    if (conn.localAddress) await deps.onLocalAddress?.(conn.localAddress);

    // --- CPE requests (TransferComplete …), each source in turn until HoldRequests ---------
    const sources = deps.requests ?? [];
    for (const source of sources) {
      for (const r of source.pending()) {
        if (hold) break;
        log.info(`session: ${r.body.kind}`, r.log);
        const reply = await request(r.body, r.response);
        if ('refused' in reply) {
          for (const code of source.refused(r, reply)) refused.add(code);
          continue;
        }
        hold = reply.header.holdRequests === true;
        source.acknowledged(r);
        const b = r.body;
        if ((b.kind === 'TransferComplete' || b.kind === 'AutonomousTransferComplete') && b.fault.faultCode !== 0)
          transferFaults.push(b.fault.faultCode);
      }
    }
    if (!hold) for (const source of sources) source.settle();

    // --- ACS requests, starting with the empty POST ---------------------------------------
    let next = '';
    for (;;) {
      const reply = await post(next, next === '' ? 'empty POST' : 'response');
      if (!reply) break; // 204 or empty 200: the ACS has nothing more (TR-069 3.7.2.4)
      if (!reply.ok) {
        if (reply.reason === 'unknown-method' || reply.reason === 'bad-arguments') {
          const f = cwmpFault(reply.reason === 'unknown-method' ? 9000 : 9003, reply.message);
          log.warn(`session: ACS sent ${reply.method ?? 'a request'} we cannot serve: fault ${f.faultCode}`);
          faults += 1;
          next = encodeEnvelope({
            version: reply.version ?? version,
            header: reply.id ? { id: reply.id } : {},
            body: f,
          });
          continue;
        }
        throw new SessionFailed(`unusable message from the ACS (${reply.reason}: ${reply.message})`);
      }
      hold = reply.header.holdRequests === true;
      const header: Header = reply.header.id !== undefined ? { id: reply.header.id } : {};
      if (reply.mustUnderstandUnknown.length > 0) {
        // SOAP 1.1 4.2.3: a header that must be understood and is not gets a MustUnderstand fault.
        log.warn(
          `session: the ACS sent header ${reply.mustUnderstandUnknown.join(', ')} with mustUnderstand; answering MustUnderstand`,
        );
        next = encodeMustUnderstandFault(version, reply.header.id, reply.mustUnderstandUnknown);
        faults += 1;
        continue;
      }
      const req = reply.body;
      if (req.kind === 'Fault' || req.kind.endsWith('Response')) {
        // Not a request: nothing to answer; ask for the next one.
        next = '';
        continue;
      }
      log.info(`session: ACS ${req.kind}`);
      const result = await deps.dispatcher.dispatch(req, {
        tree: deps.tree,
        root: deps.root,
        afterSession: (task) => void after.push(task),
      });
      if (result.kind === 'Fault') {
        faults += 1;
        log.info(`session: fault ${result.faultCode} for ${req.kind}`, { detail: result.faultString });
      }
      next = envelope(header, result);
    }
    log.info('session: end');
    return { ok: true, version, delivered: events, afterSession: after, faults, refused: [...refused], transferFaults };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    log.warn(`session: failed: ${reason}`);
    return { ok: false, reason, faults, transferFaults, ...(informed ? { delivered: events } : {}) };
  } finally {
    await conn.close().catch(() => undefined);
  }
}
