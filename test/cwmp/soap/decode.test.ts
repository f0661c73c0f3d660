import { describe, expect, it } from 'vitest';
import {
  decodeEnvelope,
  encodeEnvelope,
  encodeMustUnderstandFault,
  type CwmpVersion,
  type Message,
} from '../../../src/cwmp/soap/index.ts';

const env = (body: string, ns = 'urn:dslforum-org:cwmp-1-0', header = ''): string =>
  `<x:Envelope xmlns:x="http://schemas.xmlsoap.org/soap/envelope/" xmlns:c="${ns}">${header ? `<x:Header>${header}</x:Header>` : ''}<x:Body>${body}</x:Body></x:Envelope>`;

describe('decodeEnvelope', () => {
  it('accepts any namespace prefixes and finds the cwmp version, ID and HoldRequests', () => {
    // cwmp-1-3 is what GenieACS answers a 1.4 CPE in; BBF's 1.3 and 1.4 schemas use cwmp-1-2.
    for (const [v, version] of [
      ['1-0', '1.0'],
      ['1-1', '1.1'],
      ['1-2', '1.2'],
      ['1-3', '1.3'],
    ] as const) {
      const r = decodeEnvelope(
        env(
          '<c:GetParameterNames><ParameterPath>Device.</ParameterPath><NextLevel>1</NextLevel></c:GetParameterNames>',
          `urn:dslforum-org:cwmp-${v}`,
          '<c:ID x:mustUnderstand="1">abc</c:ID><c:HoldRequests x:mustUnderstand="1">true</c:HoldRequests>',
        ),
      );
      if (!r.ok) throw new Error(r.message);
      expect(r.version).toBe(version);
      expect(r.header).toMatchObject({ id: 'abc', holdRequests: true });
      expect(r.body).toEqual({ kind: 'GetParameterNames', parameterPath: 'Device.', nextLevel: true });
    }
  });

  it('refuses namespaces that do not exist (cwmp-1-4) and does not take the version from text', () => {
    expect(decodeEnvelope(env('<c:GetRPCMethods/>', 'urn:dslforum-org:cwmp-1-4'))).toMatchObject({
      ok: false,
      reason: 'not-soap',
    });
    const mention = env(
      '<c:SetParameterValues><ParameterList><ParameterValueStruct><Name>Device.X</Name><Value>urn:dslforum-org:cwmp-1-1</Value></ParameterValueStruct></ParameterList><ParameterKey></ParameterKey></c:SetParameterValues>',
      'urn:dslforum-org:cwmp-1-2',
    );
    expect(decodeEnvelope(mention)).toMatchObject({ ok: true, version: '1.2' });
  });

  it('keeps every character of values, keys and IDs, and trims token fields', () => {
    const r = decodeEnvelope(
      env(
        '<c:SetParameterValues>\n  <ParameterList>\n    <ParameterValueStruct>\n      <Name> Device.WiFi.SSID.1.SSID </Name>\n      <Value xsi:type="xsd:string"> my wifi  </Value>\n    </ParameterValueStruct>\n  </ParameterList>\n  <ParameterKey> k 1 </ParameterKey>\n</c:SetParameterValues>',
        undefined,
        '<c:ID x:mustUnderstand="1"> id 7 </c:ID>',
      ),
    );
    expect(r).toMatchObject({
      ok: true,
      header: { id: ' id 7 ' },
      body: {
        kind: 'SetParameterValues',
        parameterKey: ' k 1 ',
        parameterList: [{ name: 'Device.WiFi.SSID.1.SSID', value: ' my wifi  ' }],
      },
    });
    const reboot = decodeEnvelope(env('<c:Reboot><CommandKey>  </CommandKey></c:Reboot>'));
    expect(reboot).toMatchObject({ ok: true, body: { kind: 'Reboot', commandKey: '  ' } });
    const empty = decodeEnvelope(
      env(
        '<c:SetParameterValues><ParameterList><ParameterValueStruct><Name>Device.A</Name><Value/></ParameterValueStruct></ParameterList><ParameterKey/></c:SetParameterValues>',
      ),
    );
    expect(empty).toMatchObject({
      ok: true,
      body: { parameterKey: '', parameterList: [{ name: 'Device.A', value: '' }] },
    });
  });

  it('decodes every character reference and the predefined entities, once, and keeps CDATA literal', () => {
    const r = decodeEnvelope(
      env(
        '<c:SetParameterValues><ParameterList><ParameterValueStruct><Name>Device.A</Name><Value>caf&#233; &#xE9;&#x1F600; a&#13;b &amp;lt; &lt;&gt;&quot;&apos; <![CDATA[&#65;<x>]]></Value></ParameterValueStruct></ParameterList><ParameterKey>&#75;</ParameterKey></c:SetParameterValues>',
      ),
    );
    expect(r).toMatchObject({
      ok: true,
      body: { parameterKey: 'K', parameterList: [{ value: 'café é😀 a\rb &lt; <>"\' &#65;<x>' }] },
    });
    // A literal CR (or CRLF) is a line feed in XML; only &#13; is a CR.
    const crlf = decodeEnvelope(
      env(
        '<c:SetParameterValues><ParameterList><ParameterValueStruct><Name>Device.A</Name><Value>a\r\nb\rc</Value></ParameterValueStruct></ParameterList><ParameterKey/></c:SetParameterValues>',
      ),
    );
    expect(crlf).toMatchObject({ ok: true, body: { parameterList: [{ value: 'a\nb\nc' }] } });
  });

  it('ignores Notification and AccessList whose Change flag is false, whatever they hold (GenieACS sends <Notification/>)', () => {
    const spa = (inner: string): string =>
      env(
        `<c:SetParameterAttributes><ParameterList><SetParameterAttributesStruct>${inner}</SetParameterAttributesStruct></ParameterList></c:SetParameterAttributes>`,
      );
    const r = decodeEnvelope(
      spa(
        '<Name>Device.A</Name><NotificationChange>false</NotificationChange><Notification/><AccessListChange>true</AccessListChange><AccessList><string>Subscriber</string></AccessList>',
      ),
    );
    expect(r).toMatchObject({
      ok: true,
      body: {
        parameterList: [
          {
            name: 'Device.A',
            notificationChange: false,
            notification: 0,
            accessListChange: true,
            accessList: ['Subscriber'],
          },
        ],
      },
    });
    const g = decodeEnvelope(
      spa(
        '<Name>Device.A</Name><NotificationChange>1</NotificationChange><Notification>2</Notification><AccessListChange>0</AccessListChange><AccessList>junk</AccessList>',
      ),
    );
    expect(g).toMatchObject({
      ok: true,
      body: { parameterList: [{ notification: 2, accessListChange: false, accessList: [] }] },
    });
    expect(
      decodeEnvelope(
        spa(
          '<Name>Device.A</Name><NotificationChange>true</NotificationChange><Notification/><AccessListChange>0</AccessListChange>',
        ),
      ),
    ).toMatchObject({ ok: false, reason: 'bad-arguments' });
  });

  it("reads GenieACS's <soap-env:Body:Fault> as the Fault it means", () => {
    const xml =
      '<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cwmp="urn:dslforum-org:cwmp-1-2"><soap-env:Header><cwmp:ID soap-env:mustUnderstand="1">f1</cwmp:ID></soap-env:Header>' +
      '<soap-env:Body><soap-env:Body:Fault><faultcode>Server</faultcode><faultstring>CWMP fault</faultstring><detail><cwmp:Fault><FaultCode>8000</FaultCode><FaultString>Method not supported</FaultString></cwmp:Fault></detail></soap-env:Body:Fault></soap-env:Body></soap-env:Envelope>';
    expect(decodeEnvelope(xml)).toMatchObject({
      ok: true,
      header: { id: 'f1' },
      body: { kind: 'Fault', faultCode: 8000, faultString: 'Method not supported' },
    });
  });

  it('lists unknown headers that must be understood', () => {
    const r = decodeEnvelope(
      env(
        '<c:GetRPCMethods/>',
        undefined,
        '<c:Frob x:mustUnderstand="1">1</c:Frob><c:Soft x:mustUnderstand="0">1</c:Soft>',
      ),
    );
    expect(r.ok && r.mustUnderstandUnknown).toEqual(['Frob']);
  });

  it('names an unknown method (9000) and bad arguments (9003) with the request ID', () => {
    const unknown = decodeEnvelope(env('<c:Frobnicate/>', undefined, '<c:ID x:mustUnderstand="1">q1</c:ID>'));
    expect(unknown).toMatchObject({ ok: false, reason: 'unknown-method', method: 'Frobnicate', id: 'q1' });
    const bad = decodeEnvelope(
      env(
        '<c:GetParameterNames><ParameterPath>Device.</ParameterPath><NextLevel>perhaps</NextLevel></c:GetParameterNames>',
      ),
    );
    expect(bad).toMatchObject({ ok: false, reason: 'bad-arguments', method: 'GetParameterNames' });
    const missing = decodeEnvelope(env('<c:AddObject><ParameterKey>k</ParameterKey></c:AddObject>'));
    expect(missing).toMatchObject({ ok: false, reason: 'bad-arguments', method: 'AddObject' });
  });

  it('refuses DTDs and entities (billion laughs, external entities) before parsing, fast', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><l>&c;</l>';
    const t0 = performance.now();
    expect(decodeEnvelope(laughs)).toMatchObject({ ok: false, reason: 'dtd' });
    expect(decodeEnvelope('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')).toMatchObject({
      ok: false,
      reason: 'dtd',
    });
    expect(decodeEnvelope(`${env('<c:GetRPCMethods/>')}<?evil x?>`)).toMatchObject({ ok: false, reason: 'dtd' });
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('refuses 100k-deep nesting, oversized bodies, invalid UTF-8 and truncated XML without throwing', () => {
    expect(decodeEnvelope('<a>'.repeat(100_000) + '</a>'.repeat(100_000))).toMatchObject({
      ok: false,
      reason: 'too-deep',
    });
    expect(decodeEnvelope(env(`<c:GetRPCMethods>${' '.repeat(11 * 1024 * 1024)}</c:GetRPCMethods>`))).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
    expect(decodeEnvelope(env('<c:GetRPCMethods/>'), { maxBytes: 50 })).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
    expect(decodeEnvelope(Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]))).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
    expect(decodeEnvelope(env('<c:GetRPCMethods/>').slice(0, 80))).toMatchObject({ ok: false });
    expect(decodeEnvelope('not xml at all')).toMatchObject({ ok: false });
  });

  it('round-trips every message kind it encodes, escaping text', () => {
    const messages: Message[] = [
      {
        kind: 'SetParameterValues',
        parameterList: [{ name: 'Device.A', value: '<&>"\'', xsiType: 'xsd:string' }],
        parameterKey: 'k&1',
      },
      { kind: 'GetParameterValues', parameterNames: ['Device.', 'Device.B'] },
      {
        kind: 'SetParameterAttributes',
        parameterList: [
          {
            name: 'Device.C',
            notificationChange: true,
            notification: 2,
            accessListChange: true,
            accessList: ['Subscriber'],
          },
        ],
      },
      {
        kind: 'Download',
        commandKey: 'd',
        fileType: '1 Firmware Upgrade Image',
        url: 'http://x/fw?a=1&b=2',
        username: 'u',
        password: 'p',
        fileSize: 10,
        targetFileName: 't',
        delaySeconds: 0,
        successUrl: '',
        failureUrl: '',
      },
      { kind: 'ScheduleInform', delaySeconds: 30, commandKey: 's' },
      { kind: 'InformResponse', maxEnvelopes: 1 },
      {
        kind: 'Fault',
        faultCode: 9003,
        faultString: 'Invalid arguments',
        setParameterValuesFault: [{ parameterName: 'Device.A', faultCode: 9007, faultString: 'bad' }],
      },
    ];
    // 1.2, 1.3 and 1.4 share the cwmp-1-2 namespace: the decoder reads it as 1.2.
    for (const [version, ns] of [
      ['1.0', '1.0'],
      ['1.1', '1.1'],
      ['1.2', '1.2'],
      ['1.3', '1.2'],
      ['1.4', '1.2'],
    ] as [CwmpVersion, CwmpVersion][]) {
      for (const m of messages) {
        const xml = encodeEnvelope({ version, header: { id: 'i' }, body: m });
        expect(xml).toContain(`xmlns:cwmp="urn:dslforum-org:cwmp-${ns.replace('.', '-')}"`);
        const r = decodeEnvelope(xml);
        if (!r.ok) throw new Error(`${m.kind}: ${r.message}`);
        expect(r.body).toEqual(m);
        expect(r.version).toBe(ns);
      }
    }
  });

  it('sends a CR as &#13; and every value back unchanged, edge spaces included', () => {
    const m: Message = {
      kind: 'GetParameterValuesResponse',
      parameterList: [{ name: 'Device.A', value: ' a\r\nb\tc ', xsiType: 'xsd:string' }],
    };
    const xml = encodeEnvelope({ version: '1.4', header: {}, body: m });
    expect(xml).toContain('<Value xsi:type="xsd:string"> a&#13;\nb\tc </Value>');
    expect(decodeEnvelope(xml)).toMatchObject({ ok: true, body: m });
  });

  it('gives each fault code the SOAP faultcode of TR-069 A.5.1', () => {
    const code = (faultCode: number): string =>
      /<faultcode>([^<]*)<\/faultcode>/.exec(
        encodeEnvelope({ version: '1.4', header: {}, body: { kind: 'Fault', faultCode, faultString: 'x' } }),
      )![1]!;
    for (const c of [9003, 9005, 9006, 9007, 9008, 9021]) expect(code(c), String(c)).toBe('Client');
    for (const c of [9000, 9001, 9002, 9004, 9009, 9010, 9011, 9012, 9013, 9015, 9016, 9017, 9018, 9019, 9020])
      expect(code(c), String(c)).toBe('Server');
  });

  it('answers MustUnderstand as a SOAP fault, not a CWMP one', () => {
    const xml = encodeMustUnderstandFault('1.4', 'q9', ['Frob']);
    expect(xml).toContain('<faultcode>soap-env:MustUnderstand</faultcode>');
    expect(xml).toContain('<cwmp:ID soap-env:mustUnderstand="1">q9</cwmp:ID>');
    expect(xml).not.toContain('<detail>');
  });
});
