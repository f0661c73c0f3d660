import { client, xml } from '@xmpp/client';
import { XMPP_CONN_REQ_NS } from '../../src/nat/xmpp-connection-request.ts';
import { applyXmppTrust } from '../../src/nat/xmpp-tls.ts';

export interface XmppAcsRequest {
  /** The XMPP server's c2s port on 127.0.0.1 (domain 'localhost'). */
  port: number;
  /** The ACS's own account. */
  account: { username: string; password: string };
  /** The CPE's full JID. */
  to: string;
  crUsername: string;
  crPassword: string;
  /** Trust for a server that requires STARTTLS. */
  tls?: { ca: string };
  /** The IQ type: "get" as GenieACS and the TR-069 Annex K example send it, unless told. */
  type?: 'get' | 'set';
}

/**
 * The ACS side of TR-069 Annex K: logs in, sends the connectionRequest IQ and reports 'result'
 * or the error condition the CPE answered with (not-authorized, service-unavailable …).
 */
export async function sendXmppConnectionRequest(r: XmppAcsRequest): Promise<string> {
  const acs = client({
    service: `xmpp://127.0.0.1:${r.port}`,
    domain: 'localhost',
    resource: 'acs',
    username: r.account.username,
    password: r.account.password,
  });
  acs.on('error', () => undefined);
  if (r.tls) applyXmppTrust(acs, r.tls, 'localhost');
  try {
    await acs.start();
    const iq = xml(
      'iq',
      { type: r.type ?? 'get', to: r.to, id: `cr-${Date.now()}` },
      xml(
        'connectionRequest',
        { xmlns: XMPP_CONN_REQ_NS },
        xml('username', null, r.crUsername),
        xml('password', null, r.crPassword),
      ),
    );
    return await acs.iqCaller.request(iq, 5000).then(
      () => 'result',
      (e: Error & { condition?: string }) => e.condition ?? e.message,
    );
  } finally {
    await acs.stop().catch(() => undefined);
  }
}
