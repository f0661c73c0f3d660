import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One start of the installed command (bin/tr069-agent on dist/, as a device runs it) against an
 * ACS that answers nothing useful: the time from spawn to the first Inform POST, and the RSS two
 * seconds later. `env` adds e.g. NODE_OPTIONS to preload every model.
 */
export async function startBuiltAgent(
  repo: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ firstPostMs: number; rssMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'tr069-bench-built-'));
  let first = 0;
  let t0 = 0;
  const server = createServer((req, res) => {
    first ||= performance.now() - t0;
    req.resume();
    res.writeHead(204).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/acs`;
  t0 = performance.now();
  const child = spawn(
    join(repo, 'bin', 'tr069-agent'),
    ['run', '--acs-url', url, '--state-dir', dir, '--cr-port', '0', '--udp-port', '0', '--log-level', 'error'],
    {
      cwd: repo,
      stdio: 'ignore',
      env: { ...process.env, ...env },
    },
  );
  try {
    const end = Date.now() + 30_000;
    while (first === 0) {
      if (Date.now() > end || child.exitCode !== null) throw new Error('the built agent did not send an Inform');
      await new Promise((r) => setTimeout(r, 5));
    }
    await new Promise((r) => setTimeout(r, 2000));
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return { firstPostMs: first, rssMb: Number(/VmRSS:\s+([0-9]+) kB/.exec(status)?.[1] ?? 0) / 1024 };
  } finally {
    child.kill('SIGKILL');
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function isBuilt(repo: string): boolean {
  return existsSync(join(repo, 'dist', 'cli.js'));
}

/**
 * Whole sessions of the built agent under its device settings, as the ACS sees them: Inform in,
 * GetParameterValues('Device.') out, its response back (one every PeriodicInformInterval of 1 s).
 */
export async function builtSessionTimes(
  repo: string,
  sessions: number,
  messages: { informResponse: string; gpv: string },
): Promise<{ ms: number[]; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'tr069-bench-built-'));
  const ms: number[] = [];
  let started = 0;
  let bytes = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (body.subarray(0, 4096).toString().includes(':Inform>')) {
        started = performance.now();
        res.writeHead(200, { 'Content-Type': 'text/xml' }).end(messages.informResponse);
      } else if (body.length === 0) res.writeHead(200, { 'Content-Type': 'text/xml' }).end(messages.gpv);
      else {
        ms.push(performance.now() - started);
        bytes = body.length;
        res.writeHead(204).end();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/acs`;
  const child = spawn(
    join(repo, 'bin', 'tr069-agent'),
    [
      'run',
      '--acs-url',
      url,
      '--state-dir',
      dir,
      '--cr-port',
      '0',
      '--udp-port',
      '0',
      '--log-level',
      'error',
      '--periodic-inform-interval',
      '1',
    ],
    {
      cwd: repo,
      stdio: 'ignore',
    },
  );
  try {
    const end = Date.now() + 60_000 + sessions * 2000;
    // The first (BOOTSTRAP) session is start-up, not steady state.
    while (ms.length < sessions + 1) {
      if (Date.now() > end || child.exitCode !== null)
        throw new Error(`the built agent completed ${ms.length} sessions`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return { ms: ms.slice(1), bytes };
  } finally {
    child.kill('SIGKILL');
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
