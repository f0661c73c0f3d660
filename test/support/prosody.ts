import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { peer } from './peers.ts';

/** Whether prosody is installed; tests gate on `skipUnlessPeer('prosody')` (./peers.ts). */
export const hasProsody = peer('prosody');

/** TLS for the test server: its certificate and key (PEM text), and an optional direct-TLS port. */
export interface ProsodyTls {
  cert: string;
  key: string;
  directTlsPort?: number;
}

/**
 * A throwaway prosody on loopback with the given accounts: plain c2s (lab setup, UseTLS false),
 * or with `tls` STARTTLS required on the c2s port (and direct TLS on `directTlsPort`).
 */
export class ProsodyServer {
  readonly dir = mkdtempSync(join(tmpdir(), 'tr069-prosody-'));
  private child: ChildProcess | undefined;
  private readonly config = join(this.dir, 'prosody.cfg.lua');
  // Prosody refuses to run as root; tests (and CI) are root, so it runs as its own user.
  private readonly asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'prosody', '--'] : [];

  constructor(
    readonly port: number,
    accounts: Record<string, string>,
    tls?: ProsodyTls,
  ) {
    mkdirSync(join(this.dir, 'data'));
    const ssl = `{ certificate = "${this.dir}/server.crt"; key = "${this.dir}/server.key"; }`;
    if (tls) {
      writeFileSync(join(this.dir, 'server.crt'), tls.cert);
      writeFileSync(join(this.dir, 'server.key'), tls.key, { mode: 0o600 });
    }
    writeFileSync(
      this.config,
      [
        'daemonize = false',
        `pidfile = "${this.dir}/prosody.pid"`,
        `data_path = "${this.dir}/data"`,
        `c2s_ports = { ${port} }`,
        'c2s_interfaces = { "127.0.0.1" }',
        's2s_ports = { }',
        'http_ports = { }',
        'https_ports = { }',
        ...(tls
          ? [
              `ssl = ${ssl}`,
              'c2s_require_encryption = true',
              'allow_unencrypted_plain_auth = false',
              ...(tls.directTlsPort
                ? [
                    `c2s_direct_tls_ports = { ${tls.directTlsPort} }`,
                    'c2s_direct_tls_interfaces = { "127.0.0.1" }',
                    `c2s_direct_tls_ssl = ${ssl}`,
                  ]
                : []),
            ]
          : ['c2s_require_encryption = false', 'allow_unencrypted_plain_auth = true']),
        'authentication = "internal_plain"',
        `modules_enabled = { "roster"; "saslauth"; "disco"; "ping"; "presence"${tls ? '; "tls"' : ''} }`,
        `log = { warn = "${this.dir}/prosody.log" }`,
        'VirtualHost "localhost"',
        ...(tls ? [`ssl = ${ssl}`] : []),
        '',
      ].join('\n'),
    );
    chmodSync(this.dir, 0o777);
    if (this.asUser.length > 0) spawnSync('chown', ['-R', 'prosody:prosody', this.dir]);
    for (const [user, password] of Object.entries(accounts)) {
      const r = spawnSync(
        this.asUser[0] ?? 'prosodyctl',
        [
          ...this.asUser.slice(1),
          ...(this.asUser.length ? ['prosodyctl'] : []),
          '--config',
          this.config,
          'register',
          user,
          'localhost',
          password,
        ],
        { encoding: 'utf8' },
      );
      if (r.status !== 0) throw new Error(`prosodyctl register ${user} failed: ${r.stderr}`);
    }
  }

  async start(): Promise<void> {
    const [cmd, ...args] = [...this.asUser, 'prosody', '--config', this.config];
    this.child = spawn(cmd!, args, { stdio: 'ignore' });
    const child = this.child;
    for (let i = 0; i < 100; i++) {
      if (child.exitCode !== null) throw new Error(`prosody exited with ${child.exitCode}`);
      if (
        await new Promise<boolean>((r) => {
          const s = createConnection(this.port, '127.0.0.1', () => {
            s.end();
            r(true);
          });
          s.on('error', () => r(false));
        })
      )
        return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('prosody did not start');
  }

  async stop(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null) return;
    const done = new Promise((r) => c.once('exit', r));
    c.kill('SIGKILL');
    await done;
    // runuser forwards nothing after SIGKILL: make sure the server process is gone too.
    spawnSync('pkill', ['-9', '-f', this.config]);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
