import { spawnSync } from 'node:child_process';
import type { Socket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.ts';
import { BINDING_CHANGE, CONNECTION_REQUEST_BINDING, rawAttributes } from '../../src/nat/stun-binding.ts';
import { StunKeepAlive, type Mapping, type StunSettings } from '../../src/nat/stun-keepalive.ts';
import { StunTransactions } from '../../src/nat/stun-transactions.ts';
import { boundUdp as bound, startCoturn, StunRelay } from '../support/coturn.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { until } from '../support/until.ts';

// Against a real STUN server: coturn in STUN-only mode on loopback (installed by .ci/run).

/** A keep-alive on `cpe`, its answers routed by the socket's STUN transactions. */
function keepAlive(
  cpe: Socket,
  settings: Omit<StunSettings, 'minPeriodS' | 'maxPeriodS'>,
  mapped: (m: Mapping, changed: boolean) => void,
): StunKeepAlive {
  const transactions = new StunTransactions({ socket: cpe, log: silentLogger });
  cpe.on('message', (msg) => transactions.handleDatagram(msg));
  return new StunKeepAlive(
    { stunSettings: async () => ({ ...settings, minPeriodS: 1, maxPeriodS: 1 }), stunMapped: mapped },
    { transactions, log: silentLogger, random: () => 0 },
  );
}

describe.skipIf(skipUnlessPeer('coturn'))('STUN keep-alive (TR-111 part 2) against coturn', () => {
  let coturn: { port: number; stop(): void };
  let port = 0;
  beforeAll(async () => {
    coturn = await startCoturn();
    port = coturn.port;
  });
  afterAll(() => {
    coturn.stop();
  });

  it('learns the mapped address through a NAT-like relay, with TR-111 attributes on the wire, over 3+ periods', async () => {
    const cpe = await bound();
    // A relay stands in for the NAT: it forwards from its own port, so coturn sees a mapping.
    const relay = await StunRelay.start(port);
    const mappings: Mapping[] = [];
    const ka = keepAlive(cpe, { server: { host: '127.0.0.1', port: relay.port }, username: '', password: '' }, (m) =>
      mappings.push(m),
    );
    ka.start();
    await until('three Binding Requests answered', () => relay.requests.length >= 3 && mappings.length >= 1);
    ka.stop();
    expect(relay.requests.length).toBeGreaterThanOrEqual(3);
    for (const d of relay.requests.map((r) => r.bytes)) {
      expect(d.readUInt16BE(0)).toBe(0x0001); // Binding Request
      expect(rawAttributes(d).get(CONNECTION_REQUEST_BINDING)?.toString('ascii')).toBe('dslforum.org/TR-111 ');
      expect(rawAttributes(d).has(BINDING_CHANGE)).toBe(false);
    }
    expect(mappings).toEqual([{ address: '127.0.0.1', port: relay.mappedPort }]);
    cpe.close();
    relay.close();
  }, 10_000);

  it('reports a changed mapping and marks the next request with BINDING-CHANGE', async () => {
    const cpe = await bound();
    let outs = [await bound(), await bound()];
    const relayIn = await bound();
    const wire: Buffer[] = [];
    let n = 0;
    relayIn.on('message', (msg, from) => {
      wire.push(msg);
      const out = outs[n++ < 1 ? 0 : 1]!; // the "NAT" moves to a new port after the first request
      out.send(msg, port, '127.0.0.1');
      out.once('message', (reply) => relayIn.send(reply, from.port, from.address));
    });
    const changes: boolean[] = [];
    const ka = keepAlive(
      cpe,
      { server: { host: '127.0.0.1', port: relayIn.address().port }, username: 'cpe', password: 'stun-pass' },
      (_m, changed) => changes.push(changed),
    );
    ka.start();
    await until('the moved mapping reported', () => wire.length >= 3 && changes.length >= 2);
    ka.stop();
    expect(changes).toEqual([false, true]);
    expect(wire.length).toBeGreaterThanOrEqual(3);
    expect(rawAttributes(wire[2]!).has(BINDING_CHANGE)).toBe(true);
    expect(rawAttributes(wire[0]!).get(0x0006)?.toString()).toBe('cpe'); // USERNAME
    expect(rawAttributes(wire[0]!).get(0x0008)).toHaveLength(20); // MESSAGE-INTEGRITY
    for (const s of [cpe, relayIn, ...outs]) s.close();
    outs = [];
  }, 10_000);
});

describe.skipIf(skipUnlessPeer('coturn'))('the agent with STUNEnable', () => {
  it('binds from its UDP connection-request port through a NAT-like relay and advertises the mapping', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { ScriptedAcs } = await import('../../src/demo-acs/scripted-acs.ts');
    const { AgentProcess } = await import('../support/agent-process.ts');
    const { REPO } = await import('../support/bbf-path.ts');
    const coturn = await startCoturn();
    const relay = await StunRelay.start(coturn.port);
    const dir = mkdtempSync(join(tmpdir(), 'tr069-stun-profile-'));
    const profile = join(dir, 'stun.yaml');
    writeFileSync(
      profile,
      readFileSync(join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml'), 'utf8') +
        `  Device.ManagementServer.STUNEnable: true\n  Device.ManagementServer.STUNServerAddress: 127.0.0.1\n  Device.ManagementServer.STUNServerPort: ${relay.port}\n` +
        '  Device.ManagementServer.STUNMinimumKeepAlivePeriod: 1\n  Device.ManagementServer.STUNMaximumKeepAlivePeriod: 1\n',
    );
    const acs = new ScriptedAcs({ script: () => [] });
    const url = await acs.listen();
    const agent = new AgentProcess().start(['--acs-url', url, '--profile', profile]);
    const get = (path: string): string =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts'), 'get', '--state-dir', agent.stateDir, path],
        { cwd: REPO, encoding: 'utf8' },
      ).stdout.trim();
    try {
      await acs.waitForSessions(1, 15_000);
      const advertised = `Device.ManagementServer.UDPConnectionRequestAddress = 127.0.0.1:${relay.mappedPort}`;
      await until(
        'the mapping advertised after two Binding Requests',
        () => relay.requests.length >= 2 && get('Device.ManagementServer.UDPConnectionRequestAddress') === advertised,
        15_000,
      );
      const senders = new Set(relay.requests.map((r) => r.fromPort));
      expect(senders.size).toBe(1); // every Binding Request came from the one UDP port
      expect(get('Device.ManagementServer.NATDetected')).toBe('Device.ManagementServer.NATDetected = true');
      expect([...senders][0]).not.toBe(relay.mappedPort);
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
      coturn.stop();
      relay.close();
    }
  }, 30_000);
});
