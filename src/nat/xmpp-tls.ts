import { checkServerIdentity, type ConnectionOptions, type PeerCertificate } from 'node:tls';
import XmppTlsSocket from '@xmpp/tls/lib/Socket.js';
import type { XmppClient } from '@xmpp/client';

/** Trust settings for the XMPP server's certificate (the same CA/client certificate as the ACS). */
export interface XmppTrust {
  ca?: string | Buffer | undefined;
  cert?: string | Buffer | undefined;
  key?: string | Buffer | undefined;
  insecureSkipVerify?: boolean | undefined;
}

// @xmpp/client's STARTTLS upgrade calls tls.connect({ socket, host }) with no way to pass a CA or
// a client certificate. Its TLS socket class is wrapped once so that an upgrade of a plain
// socket registered here gets that socket's trust settings; unregistered sockets are untouched.
const bySocket = new WeakMap<object, ConnectionOptions>();
let wrapped = false;

function wrapStartTls(): void {
  if (wrapped) return;
  wrapped = true;
  const original = XmppTlsSocket.prototype.connect;
  XmppTlsSocket.prototype.connect = function (this: XmppTlsSocket, options: ConnectionOptions) {
    const extra = options.socket ? bySocket.get(options.socket) : undefined;
    return original.call(this, extra ? { ...options, ...extra } : options);
  };
}

function tlsOptions(trust: XmppTrust, domain: string): ConnectionOptions {
  const out: ConnectionOptions = {
    minVersion: 'TLSv1.2',
    rejectUnauthorized: trust.insecureSkipVerify !== true,
    servername: domain,
  };
  if (trust.ca !== undefined) out.ca = trust.ca;
  if (trust.cert !== undefined && trust.key !== undefined) {
    out.cert = trust.cert;
    out.key = trust.key;
  }
  // RFC 6120 13.7.2: the certificate must name the XMPP domain, whatever host was dialled.
  out.checkServerIdentity =
    trust.insecureSkipVerify === true
      ? () => undefined
      : (_host: string, cert: PeerCertificate) => checkServerIdentity(domain, cert);
  return out;
}

/**
 * Makes one client's TLS use `trust`: direct TLS (xmpps:) through its socket parameters, STARTTLS
 * through the wrapped upgrade, keyed by the plain socket the client has just connected.
 */
export function applyXmppTrust(xmpp: XmppClient, trust: XmppTrust, domain: string): void {
  wrapStartTls();
  const options = tlsOptions(trust, domain);
  const base = xmpp.socketParameters.bind(xmpp);
  xmpp.socketParameters = (service: string) => {
    const p = base(service);
    return p !== undefined && service.startsWith('xmpps:') ? { ...p, ...options } : p;
  };
  xmpp.on('status', (status) => {
    if (status === 'connect' && xmpp.socket) bySocket.set(xmpp.socket, options);
  });
}
