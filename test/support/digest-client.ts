import { createHash, randomBytes } from 'node:crypto';
import { parseDigestHeader } from '../../src/nat/digest-verifier.ts';

/**
 * An HTTP connection request (TR-069 3.2.2) as an ACS sends it: a GET, the 401's MD5 Digest
 * challenge answered (RFC 7616, qop=auth). The HTTP status of the answered request.
 */
export async function digestConnectionRequest(url: string, username: string, password: string): Promise<number> {
  const challenge = (await fetch(url)).headers.get('www-authenticate') ?? '';
  const p = parseDigestHeader(challenge.split(/,\s*(?=Digest )/).find((c) => c.includes('MD5')) ?? '');
  if (!p) throw new Error(`no MD5 Digest challenge in ${JSON.stringify(challenge)}`);
  const md5 = (s: string): string => createHash('md5').update(s).digest('hex');
  const uri = new URL(url).pathname;
  const cnonce = randomBytes(4).toString('hex');
  const response = md5(
    `${md5(`${username}:${p['realm']}:${password}`)}:${p['nonce']}:00000001:${cnonce}:auth:${md5(`GET:${uri}`)}`,
  );
  const auth = `Digest username="${username}", realm="${p['realm']}", nonce="${p['nonce']}", uri="${uri}", qop=auth, nc=00000001, cnonce="${cnonce}", response="${response}", opaque="${p['opaque']}"`;
  return (await fetch(url, { headers: { Authorization: auth } })).status;
}
