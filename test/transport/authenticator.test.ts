import { describe, expect, it } from 'vitest';
import { Authenticator } from '../../src/transport/authenticator.ts';

describe('Authenticator', () => {
  it('sends nothing before a challenge, Basic after a Basic-only challenge', () => {
    const a = new Authenticator('user', 'pässword');
    expect(a.header('POST', '/')).toBeUndefined();
    expect(a.onChallenge('Basic realm="acs"')).toBe('fresh');
    expect(a.header('POST', '/')).toBe(`Basic ${Buffer.from('user:pässword', 'utf8').toString('base64')}`);
    expect(a.scheme).toBe('basic');
  });

  it('prefers the first usable Digest challenge over Basic, whatever the order', () => {
    const a = new Authenticator('u', 'p');
    expect(
      a.onChallenge([
        'Basic realm="x"',
        'Digest realm="r", nonce="n", algorithm=SHA-999, qop=auth',
        'Digest realm="r", nonce="m", algorithm=SHA-256, qop=auth',
      ]),
    ).toBe('fresh');
    expect(a.header('POST', '/acs')).toMatch(/^Digest .*nonce="m".*algorithm=SHA-256/);
  });

  it('reports stale only for a Digest it already uses, and follows nextnonce', () => {
    const a = new Authenticator('u', 'p');
    expect(a.onChallenge('Digest realm="r", nonce="n1", qop=auth, stale=true')).toBe('fresh');
    a.header('POST', '/');
    expect(a.onChallenge('Digest realm="r", nonce="n2", qop=auth, stale=true')).toBe('stale');
    expect(a.header('POST', '/')).toMatch(/nonce="n2".*nc=00000001/);
    a.onAuthenticationInfo('qop=auth, rspauth="abc", cnonce="c", nc=00000001, nextnonce="n3"');
    expect(a.header('POST', '/')).toMatch(/nonce="n3".*nc=00000001/);
  });

  it('answers nothing it does not understand and forgets on reset', () => {
    const a = new Authenticator('u', 'p');
    expect(a.onChallenge('Negotiate abc==')).toBeUndefined();
    expect(a.onChallenge(undefined)).toBeUndefined();
    a.onChallenge('Basic realm="x"');
    a.reset();
    expect(a.header('POST', '/')).toBeUndefined();
  });
});
