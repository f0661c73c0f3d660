import { describe, expect, it } from 'vitest';
import { TransportError, toTransportError } from '../../src/transport/errors.ts';

const err = (code: string, message = code): Error => Object.assign(new Error(message), { code });

describe('toTransportError', () => {
  it("classifies Node's error codes and the session's own timeouts", () => {
    const kind = (e: unknown): string => toTransportError(e, 'http://acs').kind;
    expect(kind(err('ENOTFOUND'))).toBe('dns');
    expect(kind(err('EAI_AGAIN'))).toBe('dns');
    expect(kind(err('ECONNREFUSED'))).toBe('connect');
    expect(kind(err('ECONNRESET'))).toBe('connect');
    expect(kind(err('ECONNRESET', 'socket hang up'))).toBe('connect');
    expect(kind(err('CONNECT_TIMEOUT'))).toBe('timeout');
    expect(kind(err('HEADERS_TIMEOUT'))).toBe('timeout');
    expect(kind(err('BODY_TIMEOUT'))).toBe('timeout');
    expect(kind(err('ETIMEDOUT'))).toBe('timeout');
    expect(kind(err('DEPTH_ZERO_SELF_SIGNED_CERT'))).toBe('tls');
    expect(kind(err('CERT_HAS_EXPIRED'))).toBe('tls');
    expect(kind(err('ERR_TLS_CERT_ALTNAME_INVALID'))).toBe('tls');
    expect(kind(err('ERR_SSL_WRONG_VERSION_NUMBER'))).toBe('tls');
    expect(kind(err('EPROTO', 'write EPROTO ... tlsv1 alert protocol version'))).toBe('tls');
    expect(kind(new AggregateError([err('ECONNREFUSED')], 'all failed'))).toBe('connect');
    expect(kind('weird')).toBe('connect');
  });

  it('prefers the socket error when the request only says the socket closed', () => {
    const e = toTransportError(
      err('ECONNRESET', 'socket hang up'),
      'https://acs',
      err('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED'),
    );
    expect(e).toMatchObject({ kind: 'tls', code: 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED' });
    expect(toTransportError(err('HEADERS_TIMEOUT'), 'x', err('ECONNRESET')).kind).toBe('timeout');
  });

  it('keeps the cause, the URL in the message, and passes TransportErrors through', () => {
    const cause = err('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1\nsecond line');
    const e = toTransportError(cause, 'http://acs.example/');
    expect(e.message).toBe('http://acs.example/: connect ECONNREFUSED 127.0.0.1:1 (ECONNREFUSED)');
    expect(e.cause).toBe(cause);
    const t = new TransportError('auth', 'x', { status: 401 });
    expect(toTransportError(t, 'y')).toBe(t);
  });
});
