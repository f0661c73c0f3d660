import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope, type CwmpVersion, type Message } from '../../../src/cwmp/soap/index.ts';

const env = (body: string, ns = 'urn:dslforum-org:cwmp-1-0', header = ''): string =>
  `<x:Envelope xmlns:x="http://schemas.xmlsoap.org/soap/envelope/" xmlns:c="${ns}">${header ? `<x:Header>${header}</x:Header>` : ''}<x:Body>${body}</x:Body></x:Envelope>`;

describe('decodeEnvelope', () => {
  it('accepts any namespace prefixes and finds the cwmp version, ID and HoldRequests', () => {
    for (const v of ['1-0', '1-1', '1-2', '1-3', '1-4']) {
      const r = decodeEnvelope(env('<c:GetParameterNames><ParameterPath>Device.</ParameterPath><NextLevel>1</NextLevel></c:GetParameterNames>', `urn:dslforum-org:cwmp-${v}`,
        '<c:ID x:mustUnderstand="1">abc</c:ID><c:HoldRequests x:mustUnderstand="1">true</c:HoldRequests>'));
      if (!r.ok) throw new Error(r.message);
      expect(r.version).toBe(v.replace('-', '.'));
      expect(r.header).toMatchObject({ id: 'abc', holdRequests: true });
      expect(r.body).toEqual({ kind: 'GetParameterNames', parameterPath: 'Device.', nextLevel: true });
    }
  });

  it('lists unknown headers that must be understood', () => {
    const r = decodeEnvelope(env('<c:GetRPCMethods/>', undefined, '<c:Frob x:mustUnderstand="1">1</c:Frob><c:Soft x:mustUnderstand="0">1</c:Soft>'));
    expect(r.ok && r.mustUnderstandUnknown).toEqual(['Frob']);
  });

  it('names an unknown method (9000) and bad arguments (9003) with the request ID', () => {
    const unknown = decodeEnvelope(env('<c:Frobnicate/>', undefined, '<c:ID x:mustUnderstand="1">q1</c:ID>'));
    expect(unknown).toMatchObject({ ok: false, reason: 'unknown-method', method: 'Frobnicate', id: 'q1' });
    const bad = decodeEnvelope(env('<c:GetParameterNames><ParameterPath>Device.</ParameterPath><NextLevel>perhaps</NextLevel></c:GetParameterNames>'));
    expect(bad).toMatchObject({ ok: false, reason: 'bad-arguments', method: 'GetParameterNames' });
    const missing = decodeEnvelope(env('<c:AddObject><ParameterKey>k</ParameterKey></c:AddObject>'));
    expect(missing).toMatchObject({ ok: false, reason: 'bad-arguments', method: 'AddObject' });
  });

  it('refuses DTDs and entities (billion laughs, external entities) before parsing, fast', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><l>&c;</l>';
    const t0 = performance.now();
    expect(decodeEnvelope(laughs)).toMatchObject({ ok: false, reason: 'dtd' });
    expect(decodeEnvelope('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')).toMatchObject({ ok: false, reason: 'dtd' });
    expect(decodeEnvelope(`${env('<c:GetRPCMethods/>')}<?evil x?>`)).toMatchObject({ ok: false, reason: 'dtd' });
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('refuses 100k-deep nesting, oversized bodies, invalid UTF-8 and truncated XML without throwing', () => {
    expect(decodeEnvelope('<a>'.repeat(100_000) + '</a>'.repeat(100_000))).toMatchObject({ ok: false, reason: 'too-deep' });
    expect(decodeEnvelope(env(`<c:GetRPCMethods>${' '.repeat(11 * 1024 * 1024)}</c:GetRPCMethods>`))).toMatchObject({ ok: false, reason: 'too-large' });
    expect(decodeEnvelope(env('<c:GetRPCMethods/>'), { maxBytes: 50 })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(decodeEnvelope(Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]))).toMatchObject({ ok: false, reason: 'malformed' });
    expect(decodeEnvelope(env('<c:GetRPCMethods/>').slice(0, 80))).toMatchObject({ ok: false });
    expect(decodeEnvelope('not xml at all')).toMatchObject({ ok: false });
  });

  it('round-trips every message kind it encodes, escaping text', () => {
    const messages: Message[] = [
      { kind: 'SetParameterValues', parameterList: [{ name: 'Device.A', value: '<&>"\'', xsiType: 'xsd:string' }], parameterKey: 'k&1' },
      { kind: 'GetParameterValues', parameterNames: ['Device.', 'Device.B'] },
      { kind: 'SetParameterAttributes', parameterList: [{ name: 'Device.C', notificationChange: true, notification: 2, accessListChange: true, accessList: ['Subscriber'] }] },
      { kind: 'Download', commandKey: 'd', fileType: '1 Firmware Upgrade Image', url: 'http://x/fw?a=1&b=2', username: 'u', password: 'p', fileSize: 10, targetFileName: 't', delaySeconds: 0, successUrl: '', failureUrl: '' },
      { kind: 'ScheduleInform', delaySeconds: 30, commandKey: 's' },
      { kind: 'InformResponse', maxEnvelopes: 1 },
      { kind: 'Fault', faultCode: 9003, faultString: 'Invalid arguments', setParameterValuesFault: [{ parameterName: 'Device.A', faultCode: 9007, faultString: 'bad' }] },
    ];
    for (const version of ['1.0', '1.4'] as CwmpVersion[]) {
      for (const m of messages) {
        const r = decodeEnvelope(encodeEnvelope({ version, header: { id: 'i' }, body: m }));
        if (!r.ok) throw new Error(`${m.kind}: ${r.message}`);
        expect(r.body).toEqual(m);
        expect(r.version).toBe(version);
      }
    }
  });
});
