import { describe, expect, it } from 'vitest';
import { parsePingReplies, runPing, type PingInput } from '../../src/diagnostics/ping.ts';
import { skipUnlessPeer } from '../support/peers.ts';

const input = (host: string, o: Partial<PingInput> = {}): PingInput => ({
  host,
  protocolVersion: 'Any',
  repetitions: 3,
  timeoutMs: 1000,
  dataBlockSize: 32,
  dscp: 0,
  signal: new AbortController().signal,
  ...o,
});

describe('IPPing parser', () => {
  it('reads each reply time in µs and ignores the summary', () => {
    const out = [
      'PING 127.0.0.1 (127.0.0.1) 32(60) bytes of data.',
      '40 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.049 ms',
      '40 bytes from 127.0.0.1: icmp_seq=3 ttl=64 time=12.5 ms',
      '--- 127.0.0.1 ping statistics ---',
      '3 packets transmitted, 2 received, 33.3333% packet loss, time 2046ms',
      'rtt min/avg/max/mdev = 0.049/6.274/12.500/6.225 ms',
    ].join('\n');
    expect(parsePingReplies(out)).toEqual([49, 12500]);
    expect(
      parsePingReplies('PING x\n--- x ping statistics ---\n2 packets transmitted, 0 received, 100% packet loss'),
    ).toEqual([]);
  });
});

describe.skipIf(skipUnlessPeer('ping'))('IPPing with the system ping (TR-181 IP.Diagnostics.IPPing)', () => {
  it('pings 127.0.0.1: counts, and min <= avg <= max in ms and µs', async () => {
    const r = await runPing(input('127.0.0.1'));
    expect(r).toMatchObject({ state: 'Complete', ipAddressUsed: '127.0.0.1', successCount: 3, failureCount: 0 });
    expect(r.minimumUs).toBeLessThanOrEqual(r.averageUs);
    expect(r.averageUs).toBeLessThanOrEqual(r.maximumUs);
    expect(r.maximumUs).toBeGreaterThan(0);
    expect(r.averageMs).toBe(Math.round(r.averageUs / 1000));
  });

  it('resolves names, and reports an unresolvable one as Error_CannotResolveHostName', async () => {
    expect((await runPing(input('localhost', { protocolVersion: 'IPv4', repetitions: 1 }))).ipAddressUsed).toBe(
      '127.0.0.1',
    );
    expect(await runPing(input('no-such-host.invalid', { timeoutMs: 300 }))).toMatchObject({
      state: 'Error_CannotResolveHostName',
      successCount: 0,
    });
  });

  it('stops at once when aborted', async () => {
    const abort = new AbortController();
    const running = runPing(input('127.0.0.1', { repetitions: 50, signal: abort.signal }));
    setTimeout(() => abort.abort(), 300);
    const started = Date.now();
    await running;
    expect(Date.now() - started).toBeLessThan(5000); // 50 pings would take 10 s
  });
});
