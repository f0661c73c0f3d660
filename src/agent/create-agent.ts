import { TypedTree, type ValueMap } from '../datamodel/typed.ts';
import { loadProfile, type BuiltinProfile } from '../device/profile/load.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { Agent } from './agent.ts';
import { checkBindings } from './binding-audit.ts';
import { simulatedDevice } from './device-setup.ts';
import { agentOptions } from './options-from-settings.ts';
import { DEFAULTS } from './settings.ts';
import type { DeviceTransfers, DeviceTransfersContext } from '../device/transfers.ts';
import { defaultDiagnosticRunners, diagnosticSpecs, type DiagnosticRunners } from '../device/diagnostics.ts';

/**
 * Stands in for createAgent's type arguments when they are left out: its one "path" is the
 * compiler's message at the first binding.
 */
export interface MissingModelTypes {
  'createAgent needs the model types: createAgent<Values, WritablePath>({ … }), both imported from tr069-agent/models/<output>': never;
}

/** A device profile file, as loadProfile reads it: YAML or JSON. */
export type ProfileFile = `${string}.yaml` | `${string}.yml` | `${string}.json`;

/** The root object of each built-in profile. */
interface BuiltinRoots {
  stb: 'Device.';
  gateway: 'InternetGatewayDevice.';
}

/**
 * The profiles that fit the types `V`: a built-in profile whose root model `V` describes, or a
 * profile file (its root is checked when the agent starts). A built-in profile of another root
 * does not compile; the union the compiler then shows says why.
 */
export type ProfileFor<V> = [V] extends [MissingModelTypes]
  ? BuiltinProfile | ProfileFile
  : | {
        [P in BuiltinProfile]: keyof V extends `${BuiltinRoots[P]}${string}`
          ? P
          : `(not '${P}': its root is ${BuiltinRoots[P]}, and these types are for another root)`;
      }[BuiltinProfile]
    | ProfileFile;

export interface CreateAgentOptions<V extends ValueMap<V>, W extends keyof V> {
  /**
   * 'stb', 'gateway' or a profile file; the profile's simulated values fill what `bind` leaves.
   * A built-in profile must have the root model of the types (`Device.` for 'stb').
   */
  profile: ProfileFor<V>;
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
  /**
   * Binds the real device: typed handlers win over the simulated values. A handler that throws
   * or returns a value its parameter does not allow is logged at WARN with its path.
   */
  bind?: (device: TypedTree<V, W>) => void;
  /**
   * A binding to a path the mounted models do not have, or the profile does not support, never
   * runs: createAgent refuses it (one line naming each). true: log each at WARN and go on.
   */
  allowUnbound?: boolean;
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
 * the real box through typed handlers. Call `start()` on the result. The type arguments are the
 * generated maps of the profile's root model: `createAgent<Values, WritablePath>(…)`.
 */
export async function createAgent<V extends ValueMap<V> = MissingModelTypes, W extends keyof V = keyof V>(
  opts: CreateAgentOptions<V, W>,
): Promise<Agent> {
  const log = opts.log ?? createLogger();
  const profile = await loadProfile(opts.profile);
  const simulated = await simulatedDevice(profile, (tree) =>
    opts.bind?.(new TypedTree<V, W>(tree, { log: { warn: (m) => log.warn(m) } })),
  );
  const device = opts.transfers ? { ...simulated, transfers: opts.transfers } : simulated;
  const settings = {
    ...DEFAULTS,
    stateDir: opts.stateDir,
    profile: opts.profile,
    acsUrl: opts.acsUrl,
    acsUsername: opts.acsUsername,
    acsPassword: opts.acsPassword,
    crPort: opts.crPort ?? DEFAULTS.crPort,
    allowUnbound: opts.allowUnbound ?? false,
  };
  const agent = new Agent({
    // createAgent's options name no UDP port and no XMPP trust: an integrator's agent runs neither.
    ...agentOptions(settings, { device, log, pem: opts.tls ?? {}, udp: false, xmpp: false, transportLog: true }),
    diagnostics: diagnosticSpecs({ ...defaultDiagnosticRunners, ...opts.diagnostics }),
    ...(opts.pollIntervalMs !== undefined ? { pollIntervalMs: opts.pollIntervalMs } : {}),
    ...(opts.onReboot ? { onReboot: opts.onReboot } : {}),
  });
  // The bindings are in place once the agent has bound its tree: audit them before anything starts.
  checkBindings(agent.tree.handlers, { ...device, profileName: profile.name }, settings.allowUnbound, log);
  return agent;
}
