import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GenieAcs } from '../support/genieacs/genie-acs.ts';
import { skipUnlessPeer } from '../support/peers.ts';

/*
 * The judge itself: hand-written CPE messages (no agent involved) show that the test ACS
 * reports what GenieACS rejects or warns about, so an empty problem list in the interop suites
 * means something.
 */

const NS = {
  env: 'http://schemas.xmlsoap.org/soap/envelope/',
  enc: 'http://schemas.xmlsoap.org/soap/encoding/',
  xsd: 'http://www.w3.org/2001/XMLSchema',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

function envelope(cwmp: string, body: string, id = 'cpe-1'): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<soap:Envelope xmlns:soap="${NS.env}" xmlns:soapenc="${NS.enc}" xmlns:xsd="${NS.xsd}" xmlns:xsi="${NS.xsi}" xmlns:cwmp="${cwmp}">` +
    `<soap:Header><cwmp:ID soap:mustUnderstand="1">${id}</cwmp:ID></soap:Header><soap:Body>${body}</soap:Body></soap:Envelope>`
  );
}

function inform(serial: string, valueAttrs = ' xsi:type="xsd:string"'): string {
  return (
    '<cwmp:Inform><DeviceId><Manufacturer>Test</Manufacturer><OUI>0A0B0C</OUI><ProductClass>BOX</ProductClass>' +
    `<SerialNumber>${serial}</SerialNumber></DeviceId><Event soapenc:arrayType="cwmp:EventStruct[1]"><EventStruct><EventCode>1 BOOT</EventCode><CommandKey></CommandKey></EventStruct></Event>` +
    '<MaxEnvelopes>1</MaxEnvelopes><CurrentTime>2024-01-01T00:00:00Z</CurrentTime><RetryCount>0</RetryCount>' +
    `<ParameterList soapenc:arrayType="cwmp:ParameterValueStruct[1]"><ParameterValueStruct><Name>Device.DeviceInfo.SoftwareVersion</Name><Value${valueAttrs}>1.0</Value></ParameterValueStruct></ParameterList></cwmp:Inform>`
  );
}

/** One CPE connection: the cookie GenieACS set is sent back, as a CPE does. */
class Cpe {
  private cookie = '';
  constructor(private readonly url: string) {}
  async post(body: string): Promise<{ status: number; text: string; headers: Headers }> {
    const res = await fetch(this.url, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'text/xml; charset="utf-8"', ...(this.cookie ? { Cookie: this.cookie } : {}) },
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    return { status: res.status, text: await res.text(), headers: res.headers };
  }
}

describe.skipIf(skipUnlessPeer('genieacs'))('the GenieACS test ACS', () => {
  let acs: GenieAcs;
  beforeAll(async () => {
    acs = await GenieAcs.start();
  });
  afterAll(async () => {
    await acs?.close();
  });

  it('answers a CWMP 1.2 Inform with its InformResponse and a session cookie, and ends the session with 204', async () => {
    const cpe = new Cpe(acs.url);
    const r = await cpe.post(envelope('urn:dslforum-org:cwmp-1-2', inform('H0001')));
    expect(r.status).toBe(200);
    expect(r.text).toContain('<cwmp:InformResponse><MaxEnvelopes>1</MaxEnvelopes></cwmp:InformResponse>');
    expect(r.headers.get('set-cookie')).toMatch(/^session=[0-9a-f]{16}$/);
    const end = await cpe.post('');
    expect(end.status).toBe(204);
    const s = acs.sessions.at(-1)!;
    expect([s.deviceId, s.cwmpVersion, s.events, s.outcome]).toEqual(['0A0B0C-BOX-H0001', '1.2', ['1 BOOT'], 'ended']);
    expect(acs.problems()).toEqual({ parseErrors: [], parseWarnings: [], loggerErrors: [], sessionFaults: [] });
  });

  it('records what GenieACS rejects (a cwmp-1-4 namespace) with its HTTP 400, and what it warns about (no xsi:type)', async () => {
    const bad = await new Cpe(acs.url).post(envelope('urn:dslforum-org:cwmp-1-4', inform('H0002')));
    expect([bad.status, bad.text]).toEqual([400, 'Unrecognized CWMP version']);
    const m = acs.mark();
    const warned = new Cpe(acs.url);
    expect((await warned.post(envelope('urn:dslforum-org:cwmp-1-2', inform('H0003', '')))).status).toBe(200);
    await warned.post('');
    expect(acs.problems().parseErrors.map((e) => e.message)).toEqual(['Unrecognized CWMP version']);
    expect(acs.problemsSince(m).parseWarnings.map((w) => w.warning)).toEqual([
      { message: 'Missing or invalid XML node', attribute: 'type', parameter: 'Device.DeviceInfo.SoftwareVersion' },
    ]);
    expect(acs.problems().loggerErrors.map((r) => r.details['message'])).toEqual(['XML parse error']);
  });

  it('answers a CPE request GenieACS does not implement with its Fault 8000, and sends the queued requests after the empty POST', async () => {
    const id = '0A0B0C-BOX-H0004';
    const answer = acs.enqueue(id, { name: 'GetParameterValues', parameterNames: ['Device.DeviceInfo.UpTime'] });
    const cpe = new Cpe(acs.url);
    await cpe.post(envelope('urn:dslforum-org:cwmp-1-2', inform('H0004')));
    const atc = await cpe.post(
      envelope(
        'urn:dslforum-org:cwmp-1-2',
        '<cwmp:AutonomousTransferComplete><AnnounceURL></AnnounceURL></cwmp:AutonomousTransferComplete>',
        'cpe-2',
      ),
    );
    expect(atc.status).toBe(200);
    expect(atc.text).toContain('<FaultCode>8000</FaultCode><FaultString>Method not supported</FaultString>');
    const request = await cpe.post('');
    expect(request.text).toContain(
      '<cwmp:GetParameterValues><ParameterNames soap-enc:arrayType="xsd:string[1]"><string>Device.DeviceInfo.UpTime</string>',
    );
    const rpcId = /<cwmp:ID soap-env:mustUnderstand="1">([^<]*)<\/cwmp:ID>/.exec(request.text)![1]!;
    const reply = await cpe.post(
      envelope(
        'urn:dslforum-org:cwmp-1-2',
        '<cwmp:GetParameterValuesResponse><ParameterList soapenc:arrayType="cwmp:ParameterValueStruct[1]">' +
          '<ParameterValueStruct><Name>Device.DeviceInfo.UpTime</Name><Value xsi:type="xsd:unsignedInt">42</Value></ParameterValueStruct></ParameterList></cwmp:GetParameterValuesResponse>',
        rpcId,
      ),
    );
    expect(reply.status).toBe(204);
    const e = await answer;
    expect(e.session.unknownCpeRequests).toEqual(['AutonomousTransferComplete']);
    expect(e.reply.cpeResponse).toMatchObject({ name: 'GetParameterValuesResponse' });
    expect(acs.parameter(id, 'Device.DeviceInfo.UpTime')).toBe(42);
    expect(e.session.outcome).toBe('ended');
  });

  it("records a response that does not answer the outstanding request as GenieACS's session fault", async () => {
    const id = '0A0B0C-BOX-H0005';
    const m = acs.mark();
    void acs.enqueue(id, { name: 'GetParameterNames', parameterPath: 'Device.', nextLevel: true });
    const cpe = new Cpe(acs.url);
    await cpe.post(envelope('urn:dslforum-org:cwmp-1-2', inform('H0005')));
    await cpe.post('');
    await cpe.post(envelope('urn:dslforum-org:cwmp-1-2', '<cwmp:RebootResponse></cwmp:RebootResponse>', 'not-the-id'));
    expect(acs.problemsSince(m).sessionFaults.map((f) => f.message)).toEqual(['Request ID not recognized']);
  });

  it("holds a request until its beforeSend settles, adds a raw request's extra headers to GenieACS's envelope, and keeps what it sent", async () => {
    const id = '0A0B0C-BOX-H0007';
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let called = 0;
    const answer = acs.enqueue(
      id,
      {
        name: 'GetRPCMethods',
        raw: '<cwmp:GetRPCMethods></cwmp:GetRPCMethods>',
        headers: '<x:Extra xmlns:x="urn:example" soap-env:mustUnderstand="1">1</x:Extra>',
      },
      {
        beforeSend: () => {
          called += 1;
          return held;
        },
      },
    );
    const cpe = new Cpe(acs.url);
    await cpe.post(envelope('urn:dslforum-org:cwmp-1-2', inform('H0007')));
    let got: { text: string } | undefined;
    const request = cpe.post('').then((r) => (got = r));
    await new Promise((r) => setTimeout(r, 100));
    expect([called, got]).toEqual([1, undefined]);
    release();
    const { text } = await request;
    expect(text).toContain('<cwmp:ID soap-env:mustUnderstand="1">');
    expect(text).toContain(
      '<x:Extra xmlns:x="urn:example" soap-env:mustUnderstand="1">1</x:Extra></soap-env:Header><soap-env:Body><cwmp:GetRPCMethods></cwmp:GetRPCMethods>',
    );
    const rpcId = /<cwmp:ID soap-env:mustUnderstand="1">([^<]*)<\/cwmp:ID>/.exec(text)![1]!;
    await cpe.post(
      envelope(
        'urn:dslforum-org:cwmp-1-2',
        '<cwmp:GetRPCMethodsResponse><MethodList soapenc:arrayType="xsd:string[1]"><string>Inform</string></MethodList></cwmp:GetRPCMethodsResponse>',
        rpcId,
      ),
    );
    const e = await answer;
    expect(e.sent).toBe(text);
    expect(e.reply.unknownMethod).toBe('GetRPCMethodsResponse');
    expect(called).toBe(1);
  });

  it('refuses a new Inform while the device\'s previous session is still open ("CPE already in session")', async () => {
    const m = acs.mark();
    await new Cpe(acs.url).post(envelope('urn:dslforum-org:cwmp-1-2', inform('H0006')));
    const again = await new Cpe(acs.url).post(envelope('urn:dslforum-org:cwmp-1-2', inform('H0006')));
    expect([again.status, again.text]).toEqual([400, 'CPE already in session']);
    expect(acs.problemsSince(m).loggerErrors.map((r) => r.details['message'])).toEqual(['CPE already in session']);
  });
});
