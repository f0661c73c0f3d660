import { client, xml, type IqContext, type XmlElement, type XmppClient } from '@xmpp/client';
import type { Logger } from '../log/logger.ts';
import { applyXmppTrust, type XmppTrust } from './xmpp-tls.ts';

/** TR-069 Annex K namespace of the connectionRequest IQ. */
export const XMPP_CONN_REQ_NS = 'urn:broadband-forum-org:cwmp:xmppConnReq-1-0';
const STANZAS = 'urn:ietf:params:xml:ns:xmpp-stanzas';
const STREAMS = 'http://etherx.jabber.org/streams';
const TLS_NS = 'urn:ietf:params:xml:ns:xmpp-tls';

/** The values of XMPP.Connection.{i}.Status this module reports (TR-181 XMPP:1). */
export type XmppStatus =
  'Connecting' | 'Enabled' | 'ServerNotPresent' | 'Error_AuthenticationFailure' | 'Error_Misconfigured' | 'Error';

/** Why a connection attempt failed, as XMPP.Connection.{i}.Status tells it. */
function statusOf(e: Error & { code?: string }): XmppStatus {
  if (e.name === 'SASLError') return 'Error_AuthenticationFailure';
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'].includes(e.code ?? ''))
    return 'ServerNotPresent';
  return 'Error';
}

export interface XmppAccount {
  /** e.g. xmpp://127.0.0.1:5222 (STARTTLS when offered) or xmpps://host:5223 (direct TLS). */
  service: string;
  domain: string;
  username: string;
  password: string;
  resource: string;
  /** XMPP.Connection.{i}.UseTLS: when true a connection that did not get TLS is refused. */
  requireTls?: boolean;
  trust?: XmppTrust;
}

export interface XmppConnectionRequestOptions {
  account: XmppAccount;
  /** ConnectionRequestUsername/Password, which the ACS repeats inside the IQ. */
  credentials(): Promise<{ username: string; password: string }>;
  /** ConnReqAllowedJabberIDs; empty allows any JID. */
  allowedJids(): Promise<string[]>;
  onRequest(): void;
  /** The full JID once online (ConnReqJabberID), and status changes for XMPP.Connection.{i}.Status. */
  onOnline(jid: string, tls: boolean): void;
  onStatus(status: XmppStatus): void;
  /** Wait before reconnection attempt n (1, 2, …); XMPP.Connection.{i}.ServerRetry* in the agent. */
  reconnectDelayMs?: (attempt: number) => number;
  log: Logger;
}

/**
 * XMPP connection requests (TR-069 Annex K): the agent stays logged in to its XMPP server; an
 * ACS sends an IQ with <connectionRequest> holding the connection-request credentials. The IQ
 * type is "get" in Annex K's example and from GenieACS; "set" stays accepted for ACSs that
 * send it. Allowed senders with the right credentials get a result and start
 * "6 CONNECTION REQUEST"; others get <service-unavailable/> (sender not allowed) or
 * <not-authorized/> (credentials).
 */
export class XmppConnectionRequests {
  private xmpp: XmppClient;
  private attempts = 0;
  private stopping = false;

  constructor(private readonly opts: XmppConnectionRequestOptions) {
    const a = opts.account;
    this.xmpp = client({
      service: a.service,
      domain: a.domain,
      resource: a.resource,
      username: a.username,
      password: a.password,
    });
    if (a.trust) applyXmppTrust(this.xmpp, a.trust, a.domain);
    const delay = opts.reconnectDelayMs ?? (() => 1000);
    this.xmpp.reconnect.delay = delay(1);
    // The library reads `delay` when it schedules an attempt: set the one after this attempt now.
    this.xmpp.reconnect.on('reconnecting', () => {
      this.attempts += 1;
      this.xmpp.reconnect.delay = delay(this.attempts + 1);
    });
    this.xmpp.on('error', (e) => {
      opts.log.warn(`xmpp: ${e.message}`);
      opts.onStatus(statusOf(e));
    });
    this.xmpp.on('connecting', () => opts.onStatus('Connecting'));
    // A dropped stream is re-established by the library's reconnect loop.
    this.xmpp.on('disconnect', () => {
      if (!this.stopping) opts.onStatus('Connecting');
    });
    if (a.requireTls === true) {
      // Runs before the library's handlers see the features: a plain stream that offers no
      // STARTTLS is cut before any credential is sent.
      this.xmpp.prependListener('element', (el) => {
        if (!el.is('features', STREAMS) || this.xmpp.isSecure() || el.getChild('starttls', TLS_NS)) return;
        opts.log.error('xmpp: the server offers no TLS but UseTLS is true; not logging in');
        opts.onStatus('Error_Misconfigured');
        this.xmpp.socket?.destroy();
      });
    }
    this.xmpp.on('online', (address) => {
      const secure = this.xmpp.isSecure();
      if (a.requireTls === true && !secure) {
        // UseTLS true: never authenticate or serve requests over a plain stream.
        opts.log.error('xmpp: the server did not offer TLS but UseTLS is true; disconnecting');
        opts.onStatus('Error_Misconfigured');
        void this.xmpp.stop().catch(() => undefined);
        return;
      }
      this.attempts = 0;
      this.xmpp.reconnect.delay = delay(1);
      opts.log.info('xmpp: online', { jid: address.toString(), tls: secure });
      opts.onStatus('Enabled');
      opts.onOnline(address.toString(), secure);
    });
    const onConnectionRequest = async (ctx: IqContext): Promise<XmlElement | true> => {
      const from = ctx.stanza.attrs['from'] ?? '';
      const allowed = await opts.allowedJids();
      const bare = from.split('/')[0]!;
      if (allowed.length > 0 && !allowed.some((j) => j === from || j === bare)) {
        opts.log.warn('xmpp: connection request from a JID that is not allowed', { from });
        return xml('error', { type: 'cancel' }, xml('service-unavailable', { xmlns: STANZAS }));
      }
      const { username, password } = await opts.credentials();
      const u = ctx.element.getChildText('username') ?? '';
      const p = ctx.element.getChildText('password') ?? '';
      if (username === '' || u !== username || p !== password) {
        opts.log.warn('xmpp: connection request with wrong credentials', { from });
        return xml('error', { type: 'cancel' }, xml('not-authorized', { xmlns: STANZAS }));
      }
      opts.log.info('xmpp: connection request accepted', { from });
      opts.onRequest();
      return true;
    };
    // Annex K uses "get"; an unregistered type would get the library's service-unavailable,
    // which an ACS (GenieACS) reads as "device offline".
    this.xmpp.iqCallee.get(XMPP_CONN_REQ_NS, 'connectionRequest', onConnectionRequest);
    this.xmpp.iqCallee.set(XMPP_CONN_REQ_NS, 'connectionRequest', onConnectionRequest);
  }

  async start(): Promise<void> {
    await this.xmpp.start().catch((e: Error) => {
      this.opts.onStatus(statusOf(e));
      this.opts.log.warn(`xmpp: cannot connect: ${e.message}`);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    // The client's stop() leaves the reconnect loop armed: its timer would fire after the
    // disconnect and keep the process alive for ServerRetryInitialInterval.
    this.xmpp.reconnect.stop();
    await this.xmpp.stop().catch(() => undefined);
  }
}
