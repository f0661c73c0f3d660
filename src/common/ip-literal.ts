/** An IPv6 literal in brackets, as a URL or host:port needs it (RFC 3986 3.2.2); names and IPv4 as they are. */
export function bracketHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** A URL's hostname without the brackets of an IPv6 literal, as sockets and DNS take it. */
export function unbracketHost(hostname: string): string {
  return hostname.replace(/^\[(.*)\]$/, '$1');
}
