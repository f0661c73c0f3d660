import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export type ProtocolVersion = 'Any' | 'IPv4' | 'IPv6';

/**
 * The address a test uses for a host name (TR-181 *.IPAddressUsed), honouring ProtocolVersion.
 * Undefined when the name does not resolve (Error_CannotResolveHostName); bounded by `timeoutMs`
 * because on a box without DNS the resolver would otherwise wait for its own long timeouts.
 */
export async function resolveHost(
  host: string,
  version: ProtocolVersion,
  timeoutMs: number,
): Promise<string | undefined> {
  const literal = isIP(host);
  if (literal !== 0) return version === 'Any' || (version === 'IPv4') === (literal === 4) ? host : undefined;
  const family = version === 'IPv4' ? 4 : version === 'IPv6' ? 6 : 0;
  let timer: NodeJS.Timeout | undefined;
  try {
    const found = await Promise.race([
      lookup(host, { family }).then((r) => r.address),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), Math.max(100, timeoutMs));
      }),
    ]);
    return found;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
