import type { FleetOptions } from '../../src/fleet/fleet.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { AcsSession } from '../../src/transport/index.ts';

/**
 * What every fleet test on loopback gives alike: listeners on free ports advertised as
 * 127.0.0.1, small message and transfer limits, real HTTP sessions to the test ACS, a quiet log.
 */
export const LOOPBACK_FLEET = {
  crPort: 0,
  udpPort: 0,
  crHost: '127.0.0.1',
  maxMessageBytes: 1 << 20,
  sessionTimeoutS: 10,
  transfers: { tls: {}, maxBytes: 1 << 20 },
  connect: (url, username, password) =>
    new AcsSession({ url, username, password, maxResponseBytes: 1 << 20, timeoutMs: 10_000 }),
  log: silentLogger,
} satisfies Partial<FleetOptions>;
