import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { genieacsDir, missingPeerMessage } from '../peers.ts';
import type { GenieAcsModules } from './types.ts';

/*
 * GenieACS (AGPL-3.0) is test tooling only: nothing of it is copied into this repository. At test
 * time its own TypeScript modules are bundled with esbuild from the checkout beside ours, so the
 * interop tests are judged by GenieACS's real parser, envelope builder and connection-request
 * clients. Only the four modules that reach for MongoDB, its config files or its sandbox are
 * replaced by the small stand-ins below (and two node: imports are wrapped: the XMPP client's
 * port, the UDP connection request's record of what it sent).
 */

// The placeholder the config stand-in parses; each loaded instance gets its own values written in.
const CONFIG_PLACEHOLDER = '"__GENIEACS_TEST_CONFIG__"';

/**
 * Stand-ins for GenieACS's config, logger, debug and extensions modules. config.get reads the
 * values the test gave; the logger records every entry so tests can assert no error was logged;
 * debug does nothing (it is only called with cwmp.debug on); extensions.run returns a fault,
 * as GenieACS does when an extension fails, since there is no sandbox here.
 */
const STANDINS: Record<string, string> = {
  config: `
    const values = JSON.parse(${CONFIG_PLACEHOLDER});
    export const ROOT_DIR = "";
    export function get(name) { return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : ""; }
    export function getDefault(name) { return get(name); }
  `,
  logger: `
    export const records = [];
    const put = (level) => (details) => { records.push({ level, details }); };
    export function init() {}
    export function close() {}
    export function flatten(details) { return details; }
    export const info = put("info");
    export const warn = put("warn");
    export const error = put("error");
    export const accessLog = put("info");
    export const accessInfo = put("info");
    export const accessWarn = put("warn");
    export const accessError = put("error");
  `,
  debug: `
    const none = () => {};
    export const incomingHttpRequest = none, outgoingHttpResponse = none, outgoingHttpRequest = none,
      outgoingHttpRequestError = none, incomingHttpResponse = none, outgoingUdpMessage = none,
      clientError = none, outgoingXmppStanza = none, incomingXmppStanza = none;
  `,
  extensions: `
    export async function run() { return { fault: { code: "ext", message: "extensions are not available in the test ACS" }, value: null }; }
    export async function killAll() {}
  `,
  /*
   * GenieACS's XMPP client dials the domain of its XMPP_JID on port 5222 and offers no setting for
   * either. The test's prosody serves that domain on a free loopback port instead, so only the
   * XMPP client's node:net is this one: a connection to 5222 goes to TEST_XMPP_ADDRESS
   * ("host:port"). Everything GenieACS says on the stream is unchanged.
   */
  'xmpp-net': `
    import * as net from "node:net";
    export * from "node:net";
    const values = JSON.parse(${CONFIG_PLACEHOLDER});
    const to = values.TEST_XMPP_ADDRESS ? String(values.TEST_XMPP_ADDRESS) : "";
    export class Socket extends net.Socket {
      connect(...args) {
        if (to && args[0] === 5222) {
          const i = to.lastIndexOf(":");
          args[0] = Number(to.slice(i + 1));
          args[1] = to.slice(0, i);
        }
        return super.connect(...args);
      }
    }
  `,
  /*
   * connection-request.ts's node:dgram, recording what its UDP connection requests send (the
   * datagram, its destination) before sending it unchanged: a test can replay the exact bytes.
   */
  'cr-dgram': `
    import * as dgram from "node:dgram";
    export * from "node:dgram";
    export const sent = [];
    export function createSocket(...args) {
      const socket = dgram.createSocket(...args);
      const send = socket.send.bind(socket);
      socket.send = (msg, ...rest) => {
        // An unbound socket binds first and calls send again (with the message as a list of
        // buffers, offset and length applied): recorded then, once, as it goes out.
        let bound = true;
        try { socket.address(); } catch { bound = false; }
        if (bound) {
          // send(msg, offset, length, port, address, cb) or send(msg, port, address, cb)
          const [offset, length, port, address] = typeof rest[1] === "number" ? rest : [0, undefined, rest[0], rest[1]];
          const bytes = Array.isArray(msg) ? Buffer.concat(msg.map((b) => Buffer.from(b))) : Buffer.from(msg);
          sent.push({ host: String(address), port: Number(port), data: Buffer.from(bytes.subarray(offset ?? 0, length === undefined ? undefined : (offset ?? 0) + length)) });
        }
        return send(msg, ...rest);
      };
      return socket;
    }
  `,
};

/** What the bundle exports, as written into its entry module. */
function entry(g: string): string {
  const lib = (m: string): string => JSON.stringify(join(g, 'lib', m));
  return [
    `export * as soap from ${lib('soap.ts')};`,
    `export * as cr from ${lib('connection-request.ts')};`,
    `export { default as Expression } from ${lib('common/expression.ts')};`,
    `export * as xml from ${lib('xml-parser.ts')};`,
    `export { generateDeviceId } from ${lib('util.ts')};`,
    `export { records as loggerRecords } from ${lib('logger.ts')};`,
    // The logger's functions too: the test ACS logs its own cwmp.ts-like events through them.
    `export * as logger from ${lib('logger.ts')};`,
    // What connection-request.ts's UDP requests sent (the cr-dgram stand-in).
    'export { sent as udpSent } from "standin:cr-dgram";',
  ].join('\n');
}

function sourceHash(g: string): string {
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts') || name.endsWith('.json'))
        h.update(p).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(join(g, 'lib'));
  h.update(readFileSync(join(g, 'package.json')));
  h.update(JSON.stringify(STANDINS)).update(entry(g));
  return h.digest('hex').slice(0, 16);
}

let built: Promise<string> | undefined;

/**
 * Bundles GenieACS's modules once per source version: the output is kept under the system temp
 * folder, named by a hash of GenieACS's sources and the stand-ins, so every test file of a run
 * (and the next run) reuses it.
 */
export function bundleGenieAcs(): Promise<string> {
  built ??= (async () => {
    const g = genieacsDir();
    if (!g) throw new Error(missingPeerMessage('genieacs'));
    const dir = join(tmpdir(), 'tr069-genieacs-bundle');
    mkdirSync(dir, { recursive: true });
    const out = join(dir, `genieacs-${sourceHash(g)}.mjs`);
    if (existsSync(out)) return out;
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      stdin: { contents: entry(g), resolveDir: join(g, 'lib'), loader: 'ts', sourcefile: 'genieacs-test-entry.ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'genieacs-standins',
          setup(build) {
            build.onResolve({ filter: /(^|\/)(config|logger|debug|extensions)\.ts$/ }, (args) => ({
              path: /(config|logger|debug|extensions)\.ts$/.exec(args.path)![1]!,
              namespace: 'standin',
            }));
            build.onResolve({ filter: /^node:net$/ }, (args) =>
              args.importer.endsWith('xmpp-client.ts') ? { path: 'xmpp-net', namespace: 'standin' } : undefined,
            );
            build.onResolve({ filter: /^node:dgram$/ }, (args) =>
              args.importer.endsWith('connection-request.ts') ? { path: 'cr-dgram', namespace: 'standin' } : undefined,
            );
            build.onResolve({ filter: /^standin:/ }, (args) => ({
              path: args.path.slice('standin:'.length),
              namespace: 'standin',
            }));
            // The stand-in's own `node:net` import is the real one.
            build.onResolve({ filter: /^node:/, namespace: 'standin' }, (args) => ({
              path: args.path,
              external: true,
            }));
            build.onLoad({ filter: /.*/, namespace: 'standin' }, (args) => ({
              contents: STANDINS[args.path]!,
              loader: 'js',
            }));
          },
        },
      ],
    });
    const code = result.outputFiles[0]!.text;
    if (!code.includes(CONFIG_PLACEHOLDER)) throw new Error('the GenieACS bundle lost its config placeholder');
    // Written whole under a temporary name first: another test file may be reading the same output.
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, out);
    return out;
  })();
  return built;
}

/** GenieACS's configuration as its config.get sees it (XMPP_JID, XMPP_PASSWORD, ...). */
export type GenieAcsConfig = Record<string, string | number | boolean>;

const loaded = new Map<string, Promise<GenieAcsModules>>();

/**
 * One instance of GenieACS's modules for a configuration. connection-request.ts reads its XMPP
 * settings when it loads, so each distinct configuration is its own module instance (its own file,
 * with the values written into the config stand-in); the same configuration shares one.
 */
export function loadGenieAcs(config: GenieAcsConfig = {}): Promise<GenieAcsModules> {
  const key = JSON.stringify(Object.entries(config).sort(([a], [b]) => a.localeCompare(b)));
  let hit = loaded.get(key);
  if (!hit) {
    hit = (async () => {
      const bundle = await bundleGenieAcs();
      const code = readFileSync(bundle, 'utf8')
        .split(CONFIG_PLACEHOLDER)
        .join(JSON.stringify(key === '[]' ? '{}' : JSON.stringify(config)));
      const file = bundle.replace(/\.mjs$/, `-${createHash('sha256').update(key).digest('hex').slice(0, 12)}.mjs`);
      if (!existsSync(file)) {
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, code);
        renameSync(tmp, file);
      }
      return (await import(pathToFileURL(file).href)) as GenieAcsModules;
    })();
    loaded.set(key, hit);
  }
  return hit;
}
