import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.ts';
import { BINDING_CHANGE, CONNECTION_REQUEST_BINDING, rawAttributes } from '../../src/nat/stun-binding.ts';
import { StunKeepAlive, type Mapping } from '../../src/nat/stun-keepalive.ts';
import { freeUdpPort } from '../support/free-port.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { until } from '../support/until.ts';

// Against a real STUN server: coturn in STUN-only mode on loopback (installed by .ci/run).

async function bound(): Promise<Socket> {
  const s = createSocket('udp4');
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', () => r()));
  return s;
}

/** Resolves once the STUN server on `port` answers a Binding Request (coturn takes a moment to listen). */
async function stunAnswers(port: number): Promise<void> {
  const probe = await bound();
  try {
    const request = Buffer.alloc(20);
    request.writeUInt16BE(0x0001, 0); // Binding Request, no attributes (RFC 5389 6)
    request.writeUInt32BE(0x2112a442, 4); // magic cookie
    randomBytes(12).copy(request, 8);
    let answered = false;
    probe.on('message', () => void (answered = true));
    await until(
      `coturn on 127.0.0.1:${port}`,
      () => {
        if (!answered) probe.send(request, port, '127.0.0.1');
        return answered;
      },
      10_000,
    );
  } finally {
    probe.close();
  }
}

describe.skipIf(skipUnlessPeer('coturn'))('STUN keep-alive (TR-111 part 2) against coturn', () => {
  let coturn: ChildProcess;
  let port = 0;
  beforeAll(async () => {
    port = await freeUdpPort();
    coturn = spawn(
      'turnserver',
      [
        '-n',
        '--stun-only',
        '--listening-ip=127.0.0.1',
        `--listening-port=${port}`,
        '--no-tls',
        '--no-dtls',
        '--no-cli',
        '--log-file=stdout',
      ],
      { stdio: 'ignore' },
    );
    await stunAnswers(port);
  });
  afterAll(() => {
    coturn.kill('SIGKILL');
  });

  it('learns the mapped address through a NAT-like relay, with TR-111 attributes on the wire, over 3+ periods', async () => {
    const cpe = await bound();
    // A relay stands in for the NAT: it forwards from its own port, so coturn sees a mapping.
    const relayIn = await bound();
    const relayOut = await bound();
    const wire: Buffer[] = [];
    relayIn.on('message', (msg, from) => {
      wire.push(msg);
      relayOut.send(msg, port, '127.0.0.1');
      relayOut.once('message', (reply) => relayIn.send(reply, from.port, from.address));
    });
    const mappings: Mapping[] = [];
    const ka = new StunKeepAlive({
      socket: cpe,
      log: silentLogger,
      random: () => 0,
      settings: async () => ({
        server: { host: '127.0.0.1', port: relayIn.address().port },
        username: '',
        password: '',
        minPeriodS: 1,
        maxPeriodS: 1,
      }),
      onMapping: (m) => void mappings.push(m),
    });
    cpe.on('message', (msg) => ka.handleDatagram(msg));
    ka.start();
    await until('three Binding Requests answered', () => wire.length >= 3 && mappings.length >= 1);
    ka.stop();
    expect(wire.length).toBeGreaterThanOrEqual(3);
    for (const d of wire) {
      expect(d.readUInt16BE(0)).toBe(0x0001); // Binding Request
      expect(rawAttributes(d).get(CONNECTION_REQUEST_BINDING)?.toString('ascii')).toBe('dslforum.org/TR-111 ');
      expect(rawAttributes(d).has(BINDING_CHANGE)).toBe(false);
    }
    expect(mappings).toEqual([{ address: '127.0.0.1', port: relayOut.address().port }]);
    for (const s of [cpe, relayIn, relayOut]) s.close();
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
    const ka = new StunKeepAlive({
      socket: cpe,
      log: silentLogger,
      random: () => 0,
      settings: async () => ({
        server: { host: '127.0.0.1', port: relayIn.address().port },
        username: 'cpe',
        password: 'stun-pass',
        minPeriodS: 1,
        maxPeriodS: 1,
      }),
      onMapping: (_m, changed) => void changes.push(changed),
    });
    cpe.on('message', (msg) => ka.handleDatagram(msg));
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
    const stunPort = await freeUdpPort();
    const server = spawn(
      'turnserver',
      [
        '-n',
        '--stun-only',
        '--listening-ip=127.0.0.1',
        `--listening-port=${stunPort}`,
        '--no-tls',
        '--no-dtls',
        '--no-cli',
      ],
      { stdio: 'ignore' },
    );
    await stunAnswers(stunPort);
    const relayIn = await bound();
    const relayOut = await bound();
    const senders = new Set<number>();
    relayIn.on('message', (msg, from) => {
      senders.add(from.port);
      relayOut.send(msg, stunPort, '127.0.0.1');
      relayOut.once('message', (reply) => relayIn.send(reply, from.port, from.address));
    });
    await new Promise((r) => setTimeout(r, 500));
    const dir = mkdtempSync(join(tmpdir(), 'tr069-stun-profile-'));
    const profile = join(dir, 'stun.yaml');
    writeFileSync(
      profile,
      readFileSync(join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml'), 'utf8') +
        `  Device.ManagementServer.STUNEnable: true\n  Device.ManagementServer.STUNServerAddress: 127.0.0.1\n  Device.ManagementServer.STUNServerPort: ${relayIn.address().port}\n` +
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
      await new Promise((r) => setTimeout(r, 2500));
      expect(senders.size).toBe(1); // every Binding Request came from the one UDP port
      const udpPort = [...senders][0]!;
      expect(get('Device.ManagementServer.NATDetected')).toBe('Device.ManagementServer.NATDetected = true');
      expect(get('Device.ManagementServer.UDPConnectionRequestAddress')).toBe(
        `Device.ManagementServer.UDPConnectionRequestAddress = 127.0.0.1:${relayOut.address().port}`,
      );
      expect(udpPort).not.toBe(relayOut.address().port);
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
      server.kill('SIGKILL');
      relayIn.close();
      relayOut.close();
    }
  }, 30_000);
});
