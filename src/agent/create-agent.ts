import { TypedTree, type ValueMap } from '../datamodel/typed.ts';
import { loadProfile } from '../device/profile/load.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { Agent } from './agent.ts';
import { simulatedDevice } from './device-setup.ts';
import { agentOptions } from './options-from-settings.ts';
import { DEFAULTS } from './settings.ts';
import type { DeviceTransfers, DeviceTransfersContext } from '../device/transfers.ts';
import { defaultDiagnosticRunners, diagnosticSpecs, type DiagnosticRunners } from '../device/diagnostics.ts';

export interface CreateAgentOptions<V extends ValueMap<V>, W extends keyof V> {
  /** 'stb', 'gateway' or a profile file; the profile's simulated values fill what `bind` leaves. */
  profile: string;
  stateDir: string;
  acsUrl: string;
  acsUsername?: string;
  acsPassword?: string;
  /** PEM strings for the ACS connection (CA bundle; client certificate and key for mutual TLS). */
  tls?: { ca?: string; cert?: string; key?: string };
  /** Port the connection-request URL advertises. */
  crPort?: number;
  /** Polling fallback for handler-backed parameters with notification on (ms; 0 off; default 60 s). */
  pollIntervalMs?: number;
  log?: Logger;
  /** Binds the real device: typed handlers override the simulated values. */
  bind?: (device: TypedTree<V, W>) => void;
  /**
   * What the box does with downloaded files and what it uploads (firmware install, config
   * import/export, logs). Default: the simulated device's handlers, kept in the state directory.
   */
  transfers?: (ctx: DeviceTransfersContext) => DeviceTransfers;
  /** Reboots the real box (Reboot RPC, firmware activation); default: the in-process restart. */
  onReboot?: () => Promise<void>;
  /** Replaces any of the TR-143 measurements (e.g. a hardware speed test); the rest stay the defaults. */
  diagnostics?: Partial<DiagnosticRunners>;
}

/**
 * The integrator's entry point: an agent for a profile whose parameters the integrator binds to
 * the real box through typed handlers. Call `start()` on the result.
 */
export async function createAgent<V extends ValueMap<V>, W extends keyof V>(
  opts: CreateAgentOptions<V, W>,
): Promise<Agent> {
  const log = opts.log ?? createLogger();
  const profile = await loadProfile(opts.profile);
  const simulated = await simulatedDevice(profile, (tree) => opts.bind?.(new TypedTree<V, W>(tree)));
  const device = opts.transfers ? { ...simulated, transfers: opts.transfers } : simulated;
  const settings = {
    ...DEFAULTS,
    stateDir: opts.stateDir,
    profile: opts.profile,
    acsUrl: opts.acsUrl,
    acsUsername: opts.acsUsername,
    acsPassword: opts.acsPassword,
    crPort: opts.crPort ?? DEFAULTS.crPort,
  };
  return new Agent({
    // createAgent's options name no UDP port and no XMPP trust: an integrator's agent runs neither.
    ...agentOptions(settings, { device, log, pem: opts.tls ?? {}, udp: false, xmpp: false, transportLog: true }),
    diagnostics: diagnosticSpecs({ ...defaultDiagnosticRunners, ...opts.diagnostics }),
    ...(opts.pollIntervalMs !== undefined ? { pollIntervalMs: opts.pollIntervalMs } : {}),
    ...(opts.onReboot ? { onReboot: opts.onReboot } : {}),
  });
}
