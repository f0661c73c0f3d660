import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './bbf-path.ts';

/** A real agent process (`tr069-agent run`) for integration tests, with its output captured. */
export class AgentProcess {
  readonly stateDir: string;
  private child: ChildProcess | undefined;
  output = '';

  constructor(stateDir?: string) {
    this.stateDir = stateDir ?? mkdtempSync(join(tmpdir(), 'tr069-agent-test-'));
  }

  start(args: readonly string[], env: NodeJS.ProcessEnv = {}): this {
    this.child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPO, 'src', 'cli', 'main.ts'),
        'run',
        '--state-dir',
        this.stateDir,
        '--cr-port',
        '0',
        '--udp-port',
        '0',
        ...args,
      ],
      {
        cwd: REPO,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    return this;
  }

  /** The process id, for sampling its memory. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  async waitFor(pattern: RegExp, timeoutMs = 15_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = this.output.match(pattern);
      if (m) return m;
      if (Date.now() > deadline) throw new Error(`agent output never matched ${pattern}:\n${this.output.slice(-3000)}`);
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined)
        throw new Error(`agent exited ${this.child.exitCode}:\n${this.output.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** SIGTERM and wait for exit (SIGKILL after a grace period). */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const done = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    const t = setTimeout(() => child.kill('SIGKILL'), 5000);
    const code = await done;
    clearTimeout(t);
    return code;
  }

  cleanup(): void {
    rmSync(this.stateDir, { recursive: true, force: true });
  }
}
