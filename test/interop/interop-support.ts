import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect } from 'vitest';
import { REPO } from '../support/bbf-path.ts';
import type { Exchange, GenieAcs, ProblemMark } from '../support/genieacs/genie-acs.ts';
import type { CpeFault, CpeResponse, GenieValue, XmlElement } from '../support/genieacs/types.ts';

/** Rejects with `what` and the context `detail` gives when `p` has not settled after `ms`. */
export async function within<T>(p: Promise<T>, ms: number, what: string, detail: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}\n${detail()}`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Every interop test ends here: GenieACS had nothing to complain about during the test. */
export function expectGenieAcsSatisfied(acs: GenieAcs, since: ProblemMark): void {
  expect(acs.problemsSince(since)).toEqual({ parseErrors: [], parseWarnings: [], loggerErrors: [], sessionFaults: [] });
}

/** The answer of an exchange as a successful response of the given name (fails with the fault otherwise). */
export function response<N extends CpeResponse['name']>(e: Exchange, name: N): Extract<CpeResponse, { name: N }> {
  const r = e.reply.cpeResponse;
  if (r?.name !== name)
    throw new Error(
      `expected ${name}, got ${r?.name ?? (e.reply.cpeFault ? `Fault ${JSON.stringify(e.reply.cpeFault.detail)}` : e.reply.unknownMethod)}`,
    );
  return r as Extract<CpeResponse, { name: N }>;
}

export function fault(e: Exchange): CpeFault {
  const f = e.reply.cpeFault;
  if (!f) throw new Error(`expected a Fault, got ${e.reply.cpeResponse?.name ?? e.reply.unknownMethod}`);
  return f;
}

/** GetParameterValuesResponse as name → value. */
export function values(e: Exchange): Map<string, GenieValue> {
  return new Map(response(e, 'GetParameterValuesResponse').parameterList.map(([p, v]) => [p.toString(), v]));
}

/** The `<string>` items of a list element in a raw answer (e.g. MethodList), read with GenieACS's parser. */
export function rawStrings(acs: GenieAcs, body: string, listName: string): string[] {
  const found: string[] = [];
  const walk = (el: XmlElement): void => {
    for (const c of el.children) {
      if (c.localName === listName)
        found.push(...c.children.filter((x) => x.localName === 'string').map((x) => x.text));
      else walk(c);
    }
  };
  walk(acs.parseXml(body));
  return found;
}

/** A plain file server on 127.0.0.1 for Download: `files` by path, anything else 404. */
export async function startFileServer(
  files: Record<string, Buffer>,
): Promise<{ url: (path: string) => string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const body = files[(req.url ?? '').split('?')[0]!];
    if (req.method !== 'GET' || !body) return void res.writeHead(404, { 'Content-Length': 0 }).end();
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** `tr069-agent <args>` as a one-shot command (local control of a running agent). */
export function cli(args: readonly string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts'), ...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** A short account of the sessions so far, for failure messages. */
export function sessionSummary(acs: GenieAcs, deviceId?: string): string {
  return acs.sessions
    .filter((s) => deviceId === undefined || s.deviceId === deviceId)
    .slice(-12)
    .map(
      (s) =>
        `#${s.index} ${s.events.join(',')} retry=${s.retryCount} ${s.outcome} [${s.messages.map((m) => (m.error ? `ERROR ${m.error}` : (m.rpc?.cpeRequest?.name ?? m.rpc?.cpeResponse?.name ?? m.rpc?.unknownMethod ?? (m.rpc?.cpeFault ? `Fault ${m.rpc.cpeFault.detail?.faultCode ?? ''}` : 'empty')))).join(' ')}]`,
    )
    .join('\n');
}
