import { spawn } from 'node:child_process';

/**
 * Runs a system tool (ping, traceroute) with an argument list — never a shell — and collects its
 * output; an abort kills it. The exit code is returned, not thrown: tools report "no answer" with
 * a non-zero code and the parsers decide what that means.
 */
export function runTool(
  cmd: string,
  args: readonly string[],
  signal: AbortSignal,
  maxBytes = 1 << 20,
): Promise<{ code: number | null; stdout: string; stderr: string; missing: boolean }> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    const kill = (): void => void child.kill('SIGKILL');
    signal.addEventListener('abort', kill, { once: true });
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (stdout.length < maxBytes) stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < maxBytes) stderr += d;
    });
    child.once('error', (e: NodeJS.ErrnoException) => {
      signal.removeEventListener('abort', kill);
      resolve({ code: null, stdout, stderr: e.message, missing: e.code === 'ENOENT' });
    });
    child.once('close', (code) => {
      signal.removeEventListener('abort', kill);
      resolve({ code, stdout, stderr, missing: false });
    });
  });
}
