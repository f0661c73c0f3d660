import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../../src/transport/auth-challenge.ts';

describe('parseChallenges (RFC 7235 2.1)', () => {
  it('splits several challenges in one header, with commas inside quoted strings', () => {
    const h =
      'Basic realm="ACS, main", DIGEST realm="a\\"b", nonce="n1,2", qop="auth,auth-int", algorithm=MD5, stale=TRUE';
    expect(parseChallenges(h)).toEqual([
      { scheme: 'basic', params: { realm: 'ACS, main' } },
      {
        scheme: 'digest',
        params: { realm: 'a"b', nonce: 'n1,2', qop: 'auth,auth-int', algorithm: 'MD5', stale: 'TRUE' },
      },
    ]);
  });

  it('merges repeated headers and lower-cases scheme and parameter names', () => {
    expect(parseChallenges(['Digest Realm="r", NONCE=abc', 'basic REALM=x'])).toEqual([
      { scheme: 'digest', params: { realm: 'r', nonce: 'abc' } },
      { scheme: 'basic', params: { realm: 'x' } },
    ]);
  });

  it('handles token68, bare schemes, odd whitespace and empty input', () => {
    expect(parseChallenges('Negotiate abc+/d==, Bearer , Basic   realm = "x" ,')).toEqual([
      { scheme: 'negotiate', params: {}, token68: 'abc+/d==' },
      { scheme: 'bearer', params: {} },
      { scheme: 'basic', params: { realm: 'x' } },
    ]);
    expect(parseChallenges(undefined)).toEqual([]);
    expect(parseChallenges('')).toEqual([]);
  });
});
