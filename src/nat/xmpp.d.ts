// The part of @xmpp/client (plain JavaScript) that src/nat uses.
declare module '@xmpp/client' {
  interface XmlElement {
    readonly name: string;
    readonly attrs: Record<string, string | undefined>;
    getChild(name: string, ns?: string): XmlElement | undefined;
    getChildText(name: string, ns?: string): string | null;
    is(name: string, ns?: string): boolean;
  }
  interface IqContext {
    readonly stanza: XmlElement;
    readonly element: XmlElement;
    readonly from: { toString(): string; bare(): { toString(): string } } | undefined;
  }
  interface XmppClient {
    start(): Promise<unknown>;
    stop(): Promise<unknown>;
    send(el: XmlElement): Promise<unknown>;
    on(event: 'online', cb: (address: { toString(): string }) => void): void;
    on(event: 'offline' | 'disconnect' | 'connecting', cb: () => void): void;
    on(event: 'error', cb: (e: Error & { code?: string }) => void): void;
    on(event: 'status', cb: (status: string) => void): void;
    prependListener(event: 'element', cb: (el: XmlElement) => void): void;
    iqCallee: {
      get(ns: string, name: string, handler: (ctx: IqContext) => unknown): void;
      set(ns: string, name: string, handler: (ctx: IqContext) => unknown): void;
    };
    iqCaller: { request(el: XmlElement, timeout?: number): Promise<XmlElement> };
    reconnect: { delay: number; on(event: 'reconnected' | 'reconnecting', cb: () => void): void; stop(): void };
    /** The socket of the current connection (a net.Socket before STARTTLS). */
    readonly socket: { destroy(): void } | null;
    isSecure(): boolean;
    socketParameters(service: string): Record<string, unknown> | undefined;
  }
  export function client(opts: {
    service: string;
    domain: string;
    resource?: string;
    username?: string;
    password?: string;
  }): XmppClient;
  export function xml(
    name: string,
    attrs?: Record<string, string | undefined> | null,
    ...children: (XmlElement | string)[]
  ): XmlElement;
}

// The TLS socket class @xmpp/client uses for direct TLS and STARTTLS (see src/nat/xmpp-tls.ts).
declare module '@xmpp/tls/lib/Socket.js' {
  import type { ConnectionOptions } from 'node:tls';
  export default class XmppTlsSocket {
    connect(options: ConnectionOptions): void;
  }
}
