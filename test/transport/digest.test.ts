import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../../src/transport/auth-challenge.ts';
import {
  DigestState,
  digestAuthorization,
  digestResponse,
  toDigestChallenge,
  type DigestChallenge,
} from '../../src/transport/digest.ts';

function challenge(header: string): DigestChallenge {
  const [c] = parseChallenges(header);
  const d = c && toDigestChallenge(c);
  if (!d) throw new Error('no digest challenge');
  return d;
}

describe('Digest (RFC 7616 / 2617)', () => {
  // RFC 7616 3.9.1
  const rfc7616 = (alg: string): string =>
    `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${alg}, ` +
    'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"';
  const input = {
    username: 'Mufasa',
    password: 'Circle of Life',
    method: 'GET',
    uri: '/dir/index.html',
    cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
    nc: 1,
  };

  it('matches the RFC 7616 MD5 and SHA-256 examples', () => {
    expect(digestResponse(challenge(rfc7616('MD5')), input)).toBe('8ca523f5e9506fed4657c9700eebdbec');
    expect(digestResponse(challenge(rfc7616('SHA-256')), input)).toBe(
      '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1',
    );
  });

  it('matches the RFC 2617 example (algorithm absent = MD5)', () => {
    const ch = challenge(
      'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
    );
    const r = {
      username: 'Mufasa',
      password: 'Circle Of Life',
      method: 'GET',
      uri: '/dir/index.html',
      cnonce: '0a4f113b',
      nc: 1,
    };
    expect(digestResponse(ch, r)).toBe('6629fae49393a05397450978507c4ef1');
    expect(digestAuthorization(ch, r)).toBe(
      'Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", ' +
        'uri="/dir/index.html", algorithm=MD5, response="6629fae49393a05397450978507c4ef1", opaque="5ccc069c403ebaf9f0171e9517f40e41", ' +
        'qop=auth, nc=00000001, cnonce="0a4f113b"',
    );
  });

  it('computes MD5-sess with the session key H(H(A1):nonce:cnonce)', () => {
    // Reference computed independently (python hashlib): HA1 = MD5(MD5("u:r:p") + ":n:c")
    const ch = challenge('Digest realm="r", nonce="n", qop=auth, algorithm=MD5-sess');
    expect(ch.sess).toBe(true);
    expect(digestResponse(ch, { username: 'u', password: 'p', method: 'POST', uri: '/', cnonce: 'c', nc: 1 })).toBe(
      'b466f8fd1774359f81ab16d20e6a2890',
    );
  });

  it('rejects what it cannot answer: unknown algorithm, auth-int only, missing nonce', () => {
    const none = (h: string): boolean => {
      const [c] = parseChallenges(h);
      return c !== undefined && toDigestChallenge(c) === undefined;
    };
    expect(none('Digest realm="r", nonce="n", algorithm=SHA-1024')).toBe(true);
    expect(none('Digest realm="r", nonce="n", qop="auth-int"')).toBe(true);
    expect(none('Digest realm="r"')).toBe(true);
    expect(challenge('Digest realm="r", nonce="n"').qop).toBeUndefined();
  });

  it('counts nc up per nonce and restarts it with a fresh cnonce on a new nonce', () => {
    let k = 0;
    const state = new DigestState(challenge('Digest realm="r", nonce="n1", qop=auth'), () => `cn${++k}`);
    const nc = (h: string): string => /nc=(\w+)/.exec(h)?.[1] ?? '';
    const a = state.authorization('u', 'p', 'POST', '/');
    const b = state.authorization('u', 'p', 'POST', '/');
    expect([nc(a), nc(b)]).toEqual(['00000001', '00000002']);
    expect(b).toContain('cnonce="cn1"');
    state.renew(challenge('Digest realm="r", nonce="n2", qop=auth, stale=true'));
    const c = state.authorization('u', 'p', 'POST', '/');
    expect(nc(c)).toBe('00000001');
    expect(c).toContain('nonce="n2"');
    expect(c).toContain('cnonce="cn2"');
  });
});
