import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNsLookup } from '../../src/diagnostics/nslookup.ts';
import { DnsmasqServer } from '../support/dnsmasq.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { freeUdpPort } from '../support/free-port.ts';

describe.skipIf(skipUnlessPeer('dnsmasq'))('NSLookupDiagnostics against dnsmasq on loopback', () => {
  let dns: DnsmasqServer;
  beforeAll(async () => {
    dns = new DnsmasqServer(await freeUdpPort(), { 'cpe.test': '192.0.2.7', 'v6.cpe.test': '2001:db8::7' });
    await dns.start();
  }, 20_000);
  afterAll(async () => dns?.stop());

  it('resolves a name NumberOfRepetitions times through the given server', async () => {
    const r = await runNsLookup({
      hostName: 'cpe.test',
      dnsServer: `127.0.0.1:${dns.port}`,
      timeoutMs: 1000,
      repetitions: 2,
      signal: new AbortController().signal,
    });
    expect(r.state).toBe('Complete');
    expect(r.successCount).toBe(2);
    expect(r.results[0]).toMatchObject({
      status: 'Success',
      hostNameReturned: 'cpe.test',
      ipAddresses: ['192.0.2.7'],
      dnsServerIp: '127.0.0.1',
    });
    expect(r.results[0]!.responseTimeMs).toBeGreaterThanOrEqual(0);
    const v6 = await runNsLookup({
      hostName: 'v6.cpe.test',
      dnsServer: `127.0.0.1:${dns.port}`,
      timeoutMs: 1000,
      repetitions: 1,
      signal: new AbortController().signal,
    });
    expect(v6.results[0]!.ipAddresses).toContain('2001:db8::7');
  });

  it('reports an unknown name, a server that does not answer, and a server given by name', async () => {
    const unknown = await runNsLookup({
      hostName: 'unknown.example.test',
      dnsServer: `127.0.0.1:${dns.port}`,
      timeoutMs: 1000,
      repetitions: 1,
      signal: new AbortController().signal,
    });
    expect(unknown.successCount).toBe(0);
    expect(unknown.results[0]!.status).toBe('Error_HostNameNotResolved');
    const silent = await runNsLookup({
      hostName: 'cpe.test',
      dnsServer: `127.0.0.1:${await freeUdpPort()}`,
      timeoutMs: 300,
      repetitions: 1,
      signal: new AbortController().signal,
    });
    expect(['Error_Timeout', 'Error_DNSServerNotAvailable']).toContain(silent.results[0]!.status);
    const byName = await runNsLookup({
      hostName: 'cpe.test',
      dnsServer: 'dns.example.invalid',
      timeoutMs: 300,
      repetitions: 1,
      signal: new AbortController().signal,
    });
    expect(byName.state).toBe('Error_DNSServerNotResolved');
  });
});
