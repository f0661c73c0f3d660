/**
 * An undici connector that reports each new socket, because the agent needs the local address of
 * the connection to the ACS to build ManagementServer.ConnectionRequestURL (TR-069 3.2.2 / 3.7.1.1).
 */
import type { Socket } from 'node:net';
import { buildConnector } from 'undici';

export function recordingConnector(
  options: buildConnector.BuildOptions,
  onSocket: (socket: Socket) => void,
): buildConnector.connector {
  const connect = buildConnector(options);
  return (opts, callback) => {
    connect(opts, (...args) => {
      if (args[0] === null) onSocket(args[1]);
      callback(...args);
    });
  };
}

/** '::ffff:192.0.2.1' (IPv4-mapped, dual-stack sockets) -> '192.0.2.1'. */
export function normalizeAddress(addr: string | undefined): string | undefined {
  return addr?.startsWith('::ffff:') && addr.includes('.') ? addr.slice(7) : addr;
}
