import { spawn, type ChildProcess } from 'node:child_process';
import { Resolver } from 'node:dns/promises';
import { peer } from './peers.ts';

/** Whether dnsmasq is installed; tests gate on `skipUnlessPeer('dnsmasq')` (./peers.ts). */
export const hasDnsmasq = peer('dnsmasq');

/** A throwaway dnsmasq on 127.0.0.1:port answering only the names it is given. */
export class DnsmasqServer {
  private child: ChildProcess | undefined;

  constructor(
    readonly port: number,
    private readonly names: Record<string, string>,
  ) {}

  async start(): Promise<void> {
    const args = [
      '--no-daemon',
      '--no-resolv',
      '--no-hosts',
      '--no-poll',
      `--port=${this.port}`,
      '--listen-address=127.0.0.1',
      '--bind-interfaces',
      '--user=root',
      '--pid-file=',
      ...Object.entries(this.names).map(([name, addr]) => `--address=/${name}/${addr}`),
      // Authoritative for the top-level domains of those names: other names get NXDOMAIN, not REFUSED.
      ...[...new Set(Object.keys(this.names).map((n) => n.split('.').at(-1)!))].map((tld) => `--local=/${tld}/`),
    ];
    this.child = spawn('dnsmasq', args, { stdio: 'ignore' });
    const r = new Resolver({ timeout: 200, tries: 1 });
    r.setServers([`127.0.0.1:${this.port}`]);
    const [probe] = Object.keys(this.names);
    for (let i = 0; i < 50; i++) {
      if (
        await r.resolve4(probe!).then(
          () => true,
          () => false,
        )
      )
        return;
      await new Promise((res) => setTimeout(res, 50));
    }
    throw new Error('dnsmasq did not start');
  }

  async stop(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null) return;
    const done = new Promise((r) => c.once('exit', r));
    c.kill('SIGKILL');
    await done;
  }
}
