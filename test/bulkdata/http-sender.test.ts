import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSender, requestUrl, type ReportRequest } from '../../src/bulkdata/http-sender.ts';
import { BulkCollector } from '../support/bulk-collector.ts';
import { freeTcpPort } from '../support/free-port.ts';

const body = '{"Report":[{"CollectionTime":1364529149,"Device.DeviceInfo.UpTime":42}]}';

describe('Bulk Data HTTP transfer (TR-069 Annex N.2)', () => {
  let collector: BulkCollector;
  const senders: ReportSender[] = [];
  const sender = (): ReportSender => {
    const s = new ReportSender({}, 5000);
    senders.push(s);
    return s;
  };
  const request = (path: string, extra: Partial<ReportRequest> = {}): ReportRequest => ({
    url: collector.url(path),
    query: [
      ['oui', '0A0B0C'],
      ['pc', 'BULK BOX'],
      ['sn', 'B0001'],
    ],
    method: 'POST',
    body,
    contentType: 'application/json; charset=UTF-8',
    reportFormat: 'NameValuePair',
    compression: 'None',
    username: '',
    password: '',
    ...extra,
  });

  beforeAll(async () => {
    collector = await new BulkCollector().start();
  });
  afterAll(async () => {
    for (const s of senders) s.close();
    await collector.close();
  });

  it('POSTs the report with its media type, BBF-Report-Format, Date and the oui/pc/sn query', async () => {
    const at = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(await sender().send(request('/plain', { date: at }))).toEqual({ ok: true, status: 200 });
    const [r] = collector.on('/plain');
    expect(r!.method).toBe('POST');
    expect(r!.headers['content-type']).toBe('application/json; charset=UTF-8');
    expect(r!.headers['bbf-report-format']).toBe('NameValuePair');
    expect(r!.headers['date']).toBe('Fri, 02 Jan 2026 03:04:05 GMT');
    expect(r!.headers['content-encoding']).toBeUndefined();
    expect([...r!.query]).toEqual([
      ['oui', '0A0B0C'],
      ['pc', 'BULK BOX'],
      ['sn', 'B0001'],
    ]);
    expect(r!.body).toBe(body);
  });

  it('compresses with gzip or deflate and says so in Content-Encoding; PUT when asked', async () => {
    const s = sender();
    expect((await s.send(request('/gzip', { compression: 'GZIP', body: body.repeat(50) }))).ok).toBe(true);
    expect((await s.send(request('/deflate', { compression: 'Deflate', method: 'PUT' }))).ok).toBe(true);
    const [g] = collector.on('/gzip');
    expect(g!.headers['content-encoding']).toBe('gzip');
    expect(g!.body).toBe(body.repeat(50));
    expect(g!.wireBytes).toBeLessThan(body.length * 2);
    const [d] = collector.on('/deflate');
    expect(d!.method).toBe('PUT');
    expect(d!.headers['content-encoding']).toBe('deflate');
    expect(d!.body).toBe(body);
  });

  it('answers a Digest challenge, then sends Authorization at once with the next reports', async () => {
    collector.route('/digest', { auth: { scheme: 'Digest', username: 'cpe', password: 's3cret' } });
    const s = sender();
    const before = collector.challenged;
    for (let i = 0; i < 3; i++)
      expect(await s.send(request('/digest', { username: 'cpe', password: 's3cret' }))).toEqual({
        ok: true,
        status: 200,
      });
    expect(collector.on('/digest')).toHaveLength(3);
    expect(collector.challenged - before).toBe(1);
  });

  it('answers a Basic challenge; wrong credentials fail with the 401', async () => {
    collector.route('/basic', { auth: { scheme: 'Basic', username: 'cpe', password: 'pw' } });
    expect((await sender().send(request('/basic', { username: 'cpe', password: 'pw' }))).ok).toBe(true);
    expect(collector.on('/basic')[0]!.headers['authorization']).toMatch(/^Basic /);
    expect(await sender().send(request('/basic', { username: 'cpe', password: 'nope' }))).toEqual({
      ok: false,
      reason: 'HTTP 401 Unauthorized',
    });
    expect(await sender().send(request('/basic'))).toEqual({ ok: false, reason: 'HTTP 401 Unauthorized' });
  });

  it('a collector error, a closed port or a bad URL is a failed transfer with its reason', async () => {
    collector.route('/down', { failWith: 503 });
    expect(await sender().send(request('/down'))).toEqual({ ok: false, reason: 'HTTP 503 Service Unavailable' });
    const port = await freeTcpPort();
    expect(await sender().send({ ...request('/x'), url: `http://127.0.0.1:${port}/x` })).toEqual({
      ok: false,
      reason: 'ECONNREFUSED',
    });
    expect((await sender().send({ ...request('/x'), url: 'collector' })).ok).toBe(false);
  });

  it('follows a 307 to where the collector moved (its Location as given), with the same method and body', async () => {
    collector.route('/old', { movedTo: '/new?moved=1' });
    expect(await sender().send(request('/old', { method: 'PUT' }))).toEqual({ ok: true, status: 200 });
    const [r] = collector.on('/new');
    expect(r!.method).toBe('PUT');
    expect(r!.body).toBe(body);
    expect(r!.query.get('moved')).toBe('1');
    collector.route('/loop', { movedTo: '/loop' });
    expect(await sender().send(request('/loop'))).toEqual({ ok: false, reason: 'HTTP 307 Temporary Redirect' });
  });

  it('the query is appended to one the URL already has, form-encoded', () => {
    expect(
      requestUrl('https://c.example/in?tenant=a b', [
        ['oui', '00D09E'],
        ['ct', '2026-01-01T00:00:00Z'],
      ]).href,
    ).toBe('https://c.example/in?tenant=a+b&oui=00D09E&ct=2026-01-01T00%3A00%3A00Z');
    expect(() => requestUrl('ftp://c.example/', [])).toThrow(/ftp/);
  });
});
