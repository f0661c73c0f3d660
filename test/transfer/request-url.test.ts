import { describe, expect, it } from 'vitest';
import { checkRequestUrl } from '../../src/transfer/request-url.ts';

describe('checkRequestUrl: the URL of a transfer request', () => {
  it.each([
    'http://files.example/fw.img',
    'https://files.example:8443/a/b/fw.img?token=abc%2F&x=1',
    'HTTP://FILES.EXAMPLE/fw.img',
    'http://127.0.0.1/fw.img',
    'http://[::1]:8080/fw.img',
    'http://files.example:/fw.img', // an empty port is the default one (RFC 3986 3.2.3)
    'http://files.example/fw.img#part',
    'http://files.example/über.img', // an IRI: new URL percent-encodes it
  ])('accepts %s', (url) => {
    expect(checkRequestUrl(url)).toBeUndefined();
  });

  it.each([
    ['', 'empty'],
    ['not a url', 'whitespace'],
    ['fw.img', 'no scheme'],
    ['/fw.img', 'no scheme'],
    ['//files.example/fw.img', 'no scheme'],
    ['http://', 'no host'],
    ['http:///fw.img', 'no host'],
    ['http://:80/fw.img', 'no host'],
    ['http:files.example/fw.img', 'no host'],
    ['http://user:secret@files.example/fw.img', 'userinfo'],
    ['http://user@files.example/fw.img', 'userinfo'],
    ['http://@files.example/fw.img', 'userinfo'],
    ['http://files.example/a b.img', 'whitespace'],
    ['http://files.example/a\tb.img', 'whitespace'],
    ['http://files\n.example/fw.img', 'whitespace'],
    ['http://files.example/fw.img\u00a0', 'whitespace'],
    ['http:\\\\files.example\\fw.img', 'backslash'],
    ['http://files.example/%zz.img', "'%'"],
    ['http://files.example:99999/fw.img', 'port'],
    ['http://files.example:8o/fw.img', 'invalid host'],
    ['http://exa<mple/fw.img', 'invalid host'],
  ])('refuses %j with 9003 (%s)', (url, why) => {
    const f = checkRequestUrl(url);
    expect(f?.faultCode).toBe(9003);
    expect(f?.message).toContain(why);
  });

  it('never repeats the URL, which may hold a password, in the message', () => {
    expect(checkRequestUrl('http://u:hunter2@files.example/fw.img')?.message).not.toContain('hunter2');
  });

  it.each([
    'ftp://127.0.0.1/fw.img',
    'file:///tmp/fw.img',
    'tftp://files.example/fw.img',
    'FTP://files.example/fw.img',
  ])('answers an otherwise valid URL of a scheme it does not fetch, %s, with 9013', (url) => {
    expect(checkRequestUrl(url)).toMatchObject({ faultCode: 9013 });
  });

  it('checks the syntax before the scheme: a malformed ftp URL is 9003', () => {
    expect(checkRequestUrl('ftp://user:pw@files.example/fw.img')?.faultCode).toBe(9003);
    expect(checkRequestUrl('ftp://files.example/a b')?.faultCode).toBe(9003);
  });
});
