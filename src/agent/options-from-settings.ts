import type { Logger } from '../log/logger.ts';
import type { TransferTls } from '../transfer/transfer-options.ts';
import { AcsSession } from '../transport/index.ts';
import type { AgentOptions } from './agent-options.ts';
import type { DeviceSetup } from './device-setup.ts';
import type { AgentSettings } from './settings.ts';

/** PEM strings for the ACS, its file servers and the XMPP server: the settings' files read, or an integrator's. */
export interface Pem {
  ca?: string | undefined;
  cert?: string | undefined;
  key?: string | undefined;
}

/** What only the composition root knows; everything else comes from the settings. */
export interface AgentParts {
  device: DeviceSetup;
  log: Logger;
  pem: Pem;
  /**
   * The connection-request transports beyond HTTP: `run` listens for UDP (TR-111) and follows the
   * XMPP configuration (Annex K); an integrator's createAgent does neither; a fleet's devices
   * share listeners the fleet opens.
   */
  udp: boolean;
  xmpp: boolean;
  /** ACS transport warnings and debug lines go to the log (a fleet keeps its thousands of devices quiet). */
  transportLog: boolean;
}

/** Options built from settings: the transfer limits and the session timeout are always set. */
export type SettingsAgentOptions = AgentOptions & {
  sessionTimeoutS: number;
  transfers: { tls: TransferTls; maxBytes: number };
};

/**
 * The one path from settings to an agent's options, shared by `run`, `createAgent` and `fleet`
 * (which adds what differs per device). The settings' ACS URL must be known by now: `run` puts
 * the demo ACS's there when none is configured.
 */
export function agentOptions(settings: AgentSettings & { acsUrl: string }, parts: AgentParts): SettingsAgentOptions {
  const { ca, cert, key } = parts.pem;
  const { log } = parts;
  const trust = (): TransferTls => ({ ca, cert, key, insecureSkipVerify: settings.insecure });
  return {
    stateDir: settings.stateDir,
    profileName: settings.profile,
    device: parts.device,
    acsUrl: settings.acsUrl,
    acsUsername: settings.acsUsername,
    acsPassword: settings.acsPassword,
    crUsername: settings.crUsername,
    crPassword: settings.crPassword,
    periodicInformInterval: settings.periodicInformInterval,
    maxMessageBytes: settings.maxMessageBytes,
    sessionTimeoutS: settings.sessionTimeout,
    log,
    connect: (url, username, password) =>
      new AcsSession({
        url,
        username,
        password,
        ca,
        cert,
        key,
        insecureSkipVerify: settings.insecure,
        maxResponseBytes: settings.maxMessageBytes,
        timeoutMs: settings.sessionTimeout * 1000,
        ...(parts.transportLog
          ? { log: { debug: (m: string) => log.debug(m), warn: (m: string) => log.warn(m) } }
          : {}),
      }),
    connectionRequests: { port: settings.crPort, advertiseHost: settings.crHost },
    ...(parts.udp ? { udpConnectionRequests: { port: settings.udpPort } } : {}),
    transfers: { tls: trust(), maxBytes: settings.maxDownloadBytes },
    ...(parts.xmpp
      ? {
          xmpp: {
            trust: trust(),
            quickSetup:
              settings.xmppJid === undefined
                ? undefined
                : {
                    jid: settings.xmppJid,
                    password: settings.xmppPassword,
                    host: settings.xmppHost,
                    port: settings.xmppPort,
                    tls: settings.xmppTls,
                  },
          },
        }
      : {}),
  };
}
