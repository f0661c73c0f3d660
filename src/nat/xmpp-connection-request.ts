import { client, xml, type XmppClient } from '@xmpp/client';
import type { Logger } from '../log/logger.ts';

/** TR-069 Annex K namespace of the connectionRequest IQ. */
export const XMPP_CONN_REQ_NS = 'urn:broadband-forum-org:cwmp:xmppConnReq-1-0';
const STANZAS = 'urn:ietf:params:xml:ns:xmpp-stanzas';

export interface XmppAccount {
  /** e.g. xmpp://127.0.0.1:5222 (STARTTLS when offered) or xmpps://host:5223 (direct TLS). */
  service: string;
  domain: string;
  username: string;
  password: string;
  resource: string;
}

export interface XmppConnectionRequestOptions {
  account: XmppAccount;
  /** ConnectionRequestUsername/Password, which the ACS repeats inside the IQ. */
  credentials(): Promise<{ username: string; password: string }>;
  /** ConnReqAllowedJabberIDs; empty allows any JID. */
  allowedJids(): Promise<string[]>;
  onRequest(): void;
  /** The full JID once online (ConnReqJabberID), and status changes for XMPP.Connection.{i}.Status. */
  onOnline(jid: string): void;
  onStatus(status: 'Up' | 'Down' | 'Error'): void;
  reconnectDelayMs?: number;
  log: Logger;
}

/**
 * XMPP connection requests (TR-069 Annex K): the agent stays logged in to its XMPP server; an
 * ACS sends an IQ set with <connectionRequest> holding the connection-request credentials.
 * Allowed senders with the right credentials get a result and start "6 CONNECTION REQUEST";
 * others get <service-unavailable/> (sender not allowed) or <not-authorized/> (credentials).
 */
export class XmppConnectionRequests {
  private xmpp: XmppClient;

  constructor(private readonly opts: XmppConnectionRequestOptions) {
    const a = opts.account;
    this.xmpp = client({ service: a.service, domain: a.domain, resource: a.resource, username: a.username, password: a.password });
    this.xmpp.reconnect.delay = opts.reconnectDelayMs ?? 1000;
    this.xmpp.on('error', (e) => opts.log.warn(`xmpp: ${e.message}`));
    this.xmpp.on('online', (address) => {
      opts.log.info('xmpp: online', { jid: address.toString() });
      opts.onStatus('Up');
      opts.onOnline(address.toString());
    });
    this.xmpp.on('offline', () => opts.onStatus('Down'));
    this.xmpp.on('disconnect', () => opts.onStatus('Down'));
    this.xmpp.iqCallee.set(XMPP_CONN_REQ_NS, 'connectionRequest', async (ctx) => {
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
    });
  }

  async start(): Promise<void> {
    await this.xmpp.start().catch((e: Error) => {
      this.opts.onStatus('Error');
      this.opts.log.warn(`xmpp: cannot connect: ${e.message}`);
    });
  }

  async stop(): Promise<void> {
    await this.xmpp.stop().catch(() => undefined);
  }
}
