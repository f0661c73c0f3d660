import { createSocket } from 'node:dgram';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { unbracketHost } from '../common/ip-literal.ts';

/**
 * The local address the kernel would use to reach the ACS, found by "connecting" a UDP socket
 * (which sends nothing). ConnectionRequestURL is built from it before the Inform goes out.
 */
export async function localAddressTowards(acsUrl: string): Promise<string | undefined> {
  try {
    const u = new URL(acsUrl);
    const host = unbracketHost(u.hostname);
    const address = isIP(host) ? host : (await lookup(host)).address;
    const family = isIP(address) === 6 ? 'udp6' : 'udp4';
    return await new Promise<string | undefined>((resolve) => {
      const s = createSocket(family);
      s.once('error', () => {
        s.close();
        resolve(undefined);
      });
      s.connect(Number(u.port || (u.protocol === 'https:' ? 443 : 80)), address, () => {
        const local = s.address().address;
        s.close();
        resolve(local);
      });
    });
  } catch {
    return undefined;
  }
}
