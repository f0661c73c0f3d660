import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runServerSelection } from '../../src/diagnostics/server-selection.ts';
import { runUdpEcho, UdpEchoServer, type UdpEchoInput } from '../../src/diagnostics/udp-echo.ts';
import type { PingResult } from '../../src/diagnostics/ping.ts';

const input = (port: number, o: Partial<UdpEchoInput> = {}): UdpEchoInput => ({
  host: '127.0.0.1',
  port,
  protocolVersion: 'Any',
  repetitions: 5,
  timeoutMs: 500,
  dataBlockSize: 64,
  dscp: 0,
  interTransmissionTimeMs: 5,
  signal: new AbortController().signal,
  ...o,
});

describe('UDP echo (TR-181 UDPEchoDiagnostics and UDPEchoConfig, TR-143 Echo Plus)', () => {
  let server: UdpEchoServer;
  let port = 0;
  beforeAll(async () => {
    server = new UdpEchoServer({ address: '127.0.0.1', port: 0, sourceIpAddress: '', echoPlus: true });
    port = await server.start();
  });
  afterAll(async () => server?.stop());

  it('echoes every datagram, with Echo Plus sequence numbers and timestamps, and counts on both sides', async () => {
    const r = await runUdpEcho(input(port));
    expect(r).toMatchObject({ state: 'Complete', ipAddressUsed: '127.0.0.1', successCount: 5, failureCount: 0 });
    expect(r.packets.map((p) => p.testGenSN)).toEqual([1, 2, 3, 4, 5]);
    expect(r.packets.map((p) => p.testRespSN)).toEqual([1, 2, 3, 4, 5]);
    expect(r.packets.every((p) => p.success && p.testRespReplyTimeStamp >= p.testRespRcvTimeStamp)).toBe(true);
    expect(r.minimumResponseTimeUs).toBeLessThanOrEqual(r.maximumResponseTimeUs);
    expect(server.stats).toMatchObject({
      packetsReceived: 5,
      packetsResponded: 5,
      bytesReceived: 320,
      bytesResponded: 320,
    });
    expect(server.stats.timeFirstPacketReceived <= server.stats.timeLastPacketReceived).toBe(true);
  });

  it('counts unanswered datagrams as failures', async () => {
    const quiet = new UdpEchoServer({ address: '127.0.0.1', port: 0, sourceIpAddress: '10.9.9.9', echoPlus: false });
    const quietPort = await quiet.start();
    try {
      const r = await runUdpEcho(input(quietPort, { repetitions: 2, timeoutMs: 150 }));
      expect(r).toMatchObject({ state: 'Complete', successCount: 0, failureCount: 2 });
      expect(quiet.stats.packetsReceived).toBe(0); // not from the allowed source
    } finally {
      await quiet.stop();
    }
  });

  it('server selection picks the fastest responding host', async () => {
    const fake =
      (avgUs: Record<string, number>) =>
      async (i: { host: string }): Promise<PingResult> => {
        const avg = avgUs[i.host];
        return avg === undefined
          ? {
              state: 'Complete',
              ipAddressUsed: i.host,
              successCount: 0,
              failureCount: 3,
              averageMs: 0,
              minimumMs: 0,
              maximumMs: 0,
              averageUs: 0,
              minimumUs: 0,
              maximumUs: 0,
            }
          : {
              state: 'Complete',
              ipAddressUsed: i.host,
              successCount: 3,
              failureCount: 0,
              averageMs: 0,
              minimumMs: 0,
              maximumMs: 0,
              averageUs: avg,
              minimumUs: avg - 1,
              maximumUs: avg + 1,
            };
      };
    const probes = { ping: fake({ '10.0.0.1': 900, '10.0.0.2': 300, '10.0.0.3': 500 }), udpEcho: runUdpEcho };
    const r = await runServerSelection(
      {
        hostList: ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'],
        protocol: 'ICMP',
        port: 0,
        protocolVersion: 'Any',
        repetitions: 3,
        timeoutMs: 100,
        signal: new AbortController().signal,
      },
      probes,
    );
    expect(r).toMatchObject({
      state: 'Complete',
      fastestHost: '10.0.0.2',
      averageResponseTimeUs: 300,
      minimumResponseTimeUs: 299,
      maximumResponseTimeUs: 301,
    });
    const udp = await runServerSelection(
      {
        hostList: ['127.0.0.1'],
        protocol: 'UDP Echo',
        port,
        protocolVersion: 'Any',
        repetitions: 2,
        timeoutMs: 300,
        signal: new AbortController().signal,
      },
      probes,
    );
    expect(udp).toMatchObject({ state: 'Complete', fastestHost: '127.0.0.1' });
  });
});
