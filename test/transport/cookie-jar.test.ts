import { describe, expect, it } from 'vitest';
import { CookieJar, defaultPath, domainMatch, pathMatch } from '../../src/transport/cookie-jar.ts';

const acs = new URL('https://acs.example.com/cwmp/acs');
const acsHttp = new URL('http://acs.example.com/cwmp/acs');

function jarAt(start = 1_000_000): { jar: CookieJar; advance(ms: number): void } {
  let now = start;
  return {
    jar: new CookieJar(() => now),
    advance: (ms) => {
      now += ms;
    },
  };
}

describe('CookieJar (RFC 6265)', () => {
  it('returns a cookie on the same host and nothing elsewhere', () => {
    const { jar } = jarAt();
    jar.set(acs, 'sid=1');
    expect(jar.headerFor(acs)).toBe('sid=1');
    expect(jar.headerFor(new URL('https://other.example.com/cwmp/acs'))).toBeUndefined();
    // host-only: no Domain attribute means subdomains do not get it
    expect(jar.headerFor(new URL('https://a.acs.example.com/cwmp/acs'))).toBeUndefined();
  });

  it('matches paths: default path is the directory of the request, Path= prefixes only at "/"', () => {
    const { jar } = jarAt();
    jar.set(acs, 'dflt=1'); // default-path /cwmp
    jar.set(acs, 'root=1; Path=/');
    jar.set(acs, 'deep=1; Path=/cwmp/acs');
    jar.set(acs, 'nope=1; Path=/cw');
    expect(jar.headerFor(acs)).toBe('deep=1; dflt=1; root=1'); // longest path first
    expect(jar.headerFor(new URL('https://acs.example.com/cwmp'))).toBe('dflt=1; root=1');
    expect(jar.headerFor(new URL('https://acs.example.com/cwmpx'))).toBe('root=1');
    expect(jar.headerFor(new URL('https://acs.example.com/'))).toBe('root=1');
  });

  it('honours Domain= for subdomains and ignores a Domain the host does not match', () => {
    const { jar } = jarAt();
    jar.set(new URL('https://a.acs.example.com/'), 'wide=1; Domain=.example.com; Path=/');
    jar.set(new URL('https://a.acs.example.com/'), 'evil=1; Domain=other.org; Path=/');
    expect(jar.headerFor(new URL('https://b.example.com/x'))).toBe('wide=1');
    expect(jar.headerFor(new URL('https://example.com/x'))).toBe('wide=1');
    expect(jar.headerFor(new URL('https://other.org/'))).toBeUndefined();
    expect(jar.size).toBe(1);
  });

  it('expires by Max-Age and Expires, Max-Age winning over Expires', () => {
    const { jar, advance } = jarAt(Date.parse('2030-01-01T00:00:00Z'));
    jar.set(acs, 'short=1; Max-Age=10; Path=/');
    jar.set(acs, 'dated=1; Expires=Tue, 01 Jan 2030 00:00:20 GMT; Path=/');
    jar.set(acs, 'both=1; Expires=Tue, 01 Jan 2030 00:00:05 GMT; Max-Age=60; Path=/');
    jar.set(acs, 'past=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/');
    expect(jar.headerFor(acs)).toBe('short=1; dated=1; both=1');
    advance(10_000);
    expect(jar.headerFor(acs)).toBe('dated=1; both=1');
    advance(10_000);
    expect(jar.headerFor(acs)).toBe('both=1');
    advance(40_000);
    expect(jar.headerFor(acs)).toBeUndefined();
    expect(jar.size).toBe(0);
  });

  it('deletes on Max-Age=0 (or negative) and overwrites by name/domain/path', () => {
    const { jar } = jarAt();
    jar.set(acs, 'sid=1; Path=/');
    jar.set(acs, 'sid=2; Path=/');
    jar.set(acs, 'sid=other-path; Path=/cwmp');
    expect(jar.headerFor(acs)).toBe('sid=other-path; sid=2');
    jar.set(acs, 'sid=; Max-Age=0; Path=/');
    expect(jar.headerFor(acs)).toBe('sid=other-path');
    jar.set(acs, 'sid=x; Max-Age=-1; Path=/cwmp');
    expect(jar.headerFor(acs)).toBeUndefined();
  });

  it('sends Secure cookies over https only', () => {
    const { jar } = jarAt();
    jar.setFromResponse(acs, ['s=1; Secure; Path=/', 'p=1; Path=/']);
    expect(jar.headerFor(acs)).toBe('s=1; p=1');
    expect(jar.headerFor(acsHttp)).toBe('p=1');
  });

  it('ignores lines without a name or "=", keeps values with "=" and is case-insensitive about attributes', () => {
    const { jar } = jarAt();
    jar.setFromResponse(acs, ['novalue', '=x', 'tok=a=b==; PATH=/; SECURE', 'q="quoted"; path=/']);
    expect(jar.headerFor(acs)).toBe('tok=a=b==; q="quoted"');
    expect(jar.headerFor(acsHttp)).toBe('q="quoted"');
  });

  it('treats IP hosts as host-only', () => {
    const { jar } = jarAt();
    const ip = new URL('http://127.0.0.1:7547/acs');
    jar.set(ip, 'a=1; Domain=0.0.1');
    jar.set(ip, 'b=1');
    expect(jar.headerFor(ip)).toBe('b=1');
  });
});

describe('cookie helpers', () => {
  it('domainMatch / defaultPath / pathMatch follow RFC 6265 5.1', () => {
    expect(domainMatch('a.example.com', 'example.com')).toBe(true);
    expect(domainMatch('badexample.com', 'example.com')).toBe(false);
    expect(domainMatch('10.0.0.1', '0.0.1')).toBe(false);
    expect(defaultPath('')).toBe('/');
    expect(defaultPath('/acs')).toBe('/');
    expect(defaultPath('/a/b/c')).toBe('/a/b');
    expect(pathMatch('/a/b', '/a')).toBe(true);
    expect(pathMatch('/a/b', '/a/')).toBe(true);
    expect(pathMatch('/ab', '/a')).toBe(false);
  });
});
