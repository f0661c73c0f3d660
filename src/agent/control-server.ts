import { chmodSync, existsSync, unlinkSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import type { DataModel } from '../datamodel/tree.ts';
import { applyControl, parseControlRequest, type ControlHooks } from './local-control.ts';

export function controlSocketPath(stateDir: string): string {
  return join(stateDir, 'control.sock');
}

const MAX_LINE = 1024 * 1024;

/** The running agent's local-control socket: one JSON request per line, one JSON reply per line. */
export async function startControlServer(stateDir: string, tree: DataModel, hooks: ControlHooks = {}): Promise<Server> {
  const path = controlSocketPath(stateDir);
  if (existsSync(path)) {
    // A socket left by a crashed agent answers nobody; one that answers belongs to a live agent.
    if (await isAlive(path))
      throw new Error(`another agent is running on ${stateDir}; stop it or use another --state-dir`);
    unlinkSync(path);
  }
  const server = createServer((sock) => {
    let buf = '';
    sock.setEncoding('utf8');
    sock.on('data', (chunk: string) => {
      buf += chunk;
      if (buf.length > MAX_LINE) return void sock.destroy();
      let nl;
      while ((nl = buf.indexOf('\n')) !== -1) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          parsed = undefined;
        }
        const req = parseControlRequest(parsed);
        if (!req) {
          sock.write(JSON.stringify({ ok: false, code: 9003, message: 'malformed control request' }) + '\n');
          continue;
        }
        void applyControl(tree, req, hooks).then((res) => sock.write(JSON.stringify(res) + '\n'));
      }
    });
    sock.on('error', () => sock.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return server;
}

export function isAlive(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection(path);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}
