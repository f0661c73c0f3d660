import { describe, expect, it } from 'vitest';
import { parseTraceroute, runTraceRoute } from '../../src/diagnostics/traceroute.ts';
import { skipUnlessPeer } from '../support/peers.ts';

describe('TraceRoute parser', () => {
  it('reads hops, times and unanswered tries', () => {
    const out = [
      'traceroute to 10.9.9.9 (10.9.9.9), 30 hops max, 60 byte packets',
      ' 1  192.168.1.1  0.512 ms  0.401 ms  0.377 ms',
      ' 2  * * *',
      ' 3  10.0.0.1  8.1 ms *  7.9 ms',
      ' 4  10.9.9.9  9.2 ms !H  9.0 ms !H  9.1 ms !H',
    ].join('\n');
    expect(parseTraceroute(out)).toEqual([
      { host: '192.168.1.1', hostAddress: '192.168.1.1', errorCode: 0, rtTimesMs: [1, 0, 0] },
      { host: '', hostAddress: '', errorCode: 0, rtTimesMs: [] },
      { host: '10.0.0.1', hostAddress: '10.0.0.1', errorCode: 0, rtTimesMs: [8, 8] },
      { host: '10.9.9.9', hostAddress: '10.9.9.9', errorCode: 1, rtTimesMs: [9, 9, 9] },
    ]);
  });
});

describe.skipIf(skipUnlessPeer('traceroute'))('TraceRoute with the system traceroute', () => {
  it('reaches 127.0.0.1 in one hop', async () => {
    const r = await runTraceRoute({
      host: '127.0.0.1',
      protocolVersion: 'Any',
      tries: 2,
      timeoutMs: 1000,
      dataBlockSize: 40,
      dscp: 0,
      maxHopCount: 5,
      signal: new AbortController().signal,
    });
    expect(r.state).toBe('Complete');
    expect(r.hops).toHaveLength(1);
    expect(r.hops[0]).toMatchObject({ hostAddress: '127.0.0.1', errorCode: 0 });
    expect(r.hops[0]!.rtTimesMs).toHaveLength(2);
  });

  it('reports an unresolvable host', async () => {
    const r = await runTraceRoute({
      host: 'no-such-host.invalid',
      protocolVersion: 'Any',
      tries: 1,
      timeoutMs: 300,
      dataBlockSize: 40,
      dscp: 0,
      maxHopCount: 5,
      signal: new AbortController().signal,
    });
    expect(r.state).toBe('Error_CannotResolveHostName');
  });
});
