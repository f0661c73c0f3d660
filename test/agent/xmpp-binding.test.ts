import { describe, expect, it } from 'vitest';
import { resolveSettings, SettingsError } from '../../src/agent/settings.ts';
import { retryWaitMs } from '../../src/agent/xmpp-binding.ts';

describe('XMPP reconnection waits (TR-181 XMPP.Connection.{i}.ServerRetry*)', () => {
  const r = { initialS: 60, multiplier: 2000, maxS: 30720 };
  it('attempt n waits between m·k^(n-1) and m·k^n seconds', () => {
    expect(retryWaitMs(1, r, () => 0)).toBe(60_000);
    expect(retryWaitMs(1, r, () => 0.999999)).toBeCloseTo(120_000, -1);
    expect(retryWaitMs(3, r, () => 0)).toBe(240_000);
    expect(retryWaitMs(3, r, () => 0.5)).toBe(360_000);
  });
  it('never waits longer than ServerRetryMaxInterval', () => {
    expect(retryWaitMs(20, r, () => 0.5)).toBe(30_720_000);
    expect(retryWaitMs(2, { initialS: 10, multiplier: 3000, maxS: 15 }, () => 0)).toBe(15_000);
  });
  it('a multiplier of 1000 keeps a constant wait', () => {
    for (const n of [1, 2, 9])
      expect(retryWaitMs(n, { initialS: 5, multiplier: 1000, maxS: 100 }, () => 0.7)).toBe(5_000);
  });
});

describe('--xmpp-* settings', () => {
  it('parses a JID with or without resource, a server port, and on/off TLS', () => {
    const s = resolveSettings({
      flags: { 'xmpp-jid': 'cpe@xmpp.example.net/box', 'xmpp-port': '5223', 'xmpp-tls': 'off' },
    });
    expect(s.xmppJid).toBe('cpe@xmpp.example.net/box');
    expect(s.xmppPort).toBe(5223);
    expect(s.xmppTls).toBe(false);
    expect(resolveSettings({}).xmppTls).toBe(true);
  });
  it('rejects a malformed JID or port with a one-line fix', () => {
    expect(() => resolveSettings({ flags: { 'xmpp-jid': 'no-domain' } })).toThrow(SettingsError);
    expect(() => resolveSettings({ flags: { 'xmpp-jid': 'no-domain' } })).toThrow(
      /--xmpp-jid: 'no-domain' is not a JID; give user@domain/,
    );
    expect(() => resolveSettings({ env: { TR069_XMPP_PORT: '0' } })).toThrow(
      /TR069_XMPP_PORT: '0' is not a server port; give 1-65535/,
    );
  });
});
