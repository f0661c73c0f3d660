import { simulatedDevice, type DeviceSetup } from '../agent/device-setup.ts';
import { loadProfile } from '../device/profile/load.ts';
import { isLoopback, newControlToken } from '../fleet/control/control-auth.ts';
import { ControlServer } from '../fleet/control/control-server.ts';
import type { ControlledFleet } from '../fleet/controlled-fleet.ts';
import type { FleetRoster } from '../fleet/fleet-roster.ts';
import type { Judge } from '../fleet/scenario/expectations.ts';
import { loadScenario, ScenarioError } from '../fleet/scenario/scenario-parse.ts';
import type { Scenario } from '../fleet/scenario/scenario-types.ts';
import type { Logger } from '../log/logger.ts';
import { UsageError } from './args.ts';

/** `fleet`'s options for scenarios, live control and the report. */
export const LIVE_FLAGS = ['scenario', 'seed', 'report', 'control-port', 'control-host', 'control-token'] as const;

export const LIVE_HELP = `  --scenario FILE.yaml      run a scenario's timed steps and judge the run by its expectations
                            (exit code 0 pass, 1 fail; README "Scenarios")
  --seed N                  the scenario's seed instead of the file's
  --report FILE.html        write a self-contained HTML report at the end (and on SIGINT)
  --control-port P          serve the live-control API (JSON over HTTP) on port P
  --control-host H          its address (default 127.0.0.1; anything else is reachable from the network)
  --control-token T         its bearer token (default: a new one, printed once)
`;

type LiveFlags = Partial<Record<(typeof LIVE_FLAGS)[number], string>>;

/** The scenario file, checked; problems are a usage error listing each with its line. */
export async function scenarioOf(flags: LiveFlags): Promise<Scenario | undefined> {
  if (flags.scenario === undefined) return undefined;
  let s: Scenario;
  try {
    s = await loadScenario(flags.scenario);
  } catch (e) {
    if (e instanceof ScenarioError) throw new UsageError(e.message);
    throw e;
  }
  if (flags.seed === undefined) return s;
  if (!/^[0-9]+$/.test(flags.seed) || Number(flags.seed) > 2 ** 32 - 1)
    throw new UsageError(`--seed '${flags.seed}' is not a whole number from 0 to 4294967295; e.g. --seed 42`);
  return { ...s, seed: Number(flags.seed) };
}

/** The simulated device of each profile a scenario's groups name. */
export async function groupSetups(scenario: Scenario | undefined): Promise<Map<string, DeviceSetup>> {
  const setups = new Map<string, DeviceSetup>();
  for (const g of scenario?.profiles ?? [])
    if (!setups.has(g.profile)) setups.set(g.profile, await simulatedDevice(await loadProfile(g.profile)));
  return setups;
}

/** Every selector names devices this fleet has: a serial it lacks is an error now, not a no-op later. */
export function checkSelectors(scenario: Scenario, roster: FleetRoster): void {
  const where = [
    ...scenario.steps.map((s, i) => [`steps[${i}] (${s.name})`, s.select] as const),
    ...scenario.expectations.map((e, i) => [`expect[${i}] (${e.name})`, 'select' in e ? e.select : {}] as const),
  ];
  for (const [at, select] of where) {
    const problem = roster.check(select);
    if (problem) throw new UsageError(`--scenario ${scenario.file}: ${at}: ${problem}`);
  }
}

/**
 * Every parameter a value-change step or an expectation names is served by a profile the
 * selection can hold: a misspelt path is an error now, not a run that judges nothing.
 */
export function checkParameters(
  scenario: Scenario,
  fleet: { profile: string; device: DeviceSetup },
  setups: Map<string, DeviceSetup>,
): void {
  const named = [
    ...scenario.steps.map((s, i) =>
      s.action.kind === 'value-change'
        ? ([`steps[${i}] (${s.name})`, s.action.parameter, s.select] as const)
        : undefined,
    ),
    ...scenario.expectations.map((e, i) =>
      e.kind === 'parameter' ? ([`expect[${i}] (${e.name})`, e.parameter, e.select] as const) : undefined,
    ),
  ];
  for (const n of named) {
    if (!n) continue;
    const [at, path, select] = n;
    const candidates = select.profile
      ? [[select.profile, setups.get(select.profile) ?? fleet.device] as const]
      : [[fleet.profile, fleet.device] as const, ...setups.entries()];
    if (candidates.some(([, d]) => d.schema.get(path)?.kind === 'parameter')) continue;
    const names = [...new Set(candidates.map(([name]) => name))].join(', ');
    throw new UsageError(
      `--scenario ${scenario.file}: ${at}: ${path} is not a parameter the devices serve (profile ${names}); check the path`,
    );
  }
}

export async function startControl(
  flags: LiveFlags,
  cf: ControlledFleet,
  seed: number,
  judge: Judge | undefined,
  log: Logger,
): Promise<ControlServer | undefined> {
  if (flags['control-port'] === undefined) return undefined;
  const port = Number(flags['control-port']);
  if (!/^[0-9]+$/.test(flags['control-port']) || port > 65535)
    throw new UsageError(`--control-port '${flags['control-port']}' is not a port number; e.g. --control-port 7600`);
  const host = flags['control-host'] ?? '127.0.0.1';
  const given = flags['control-token'];
  if (given !== undefined && given.length < 16)
    throw new UsageError(
      '--control-token is too short to guess hard: give at least 16 characters, or none for a new one',
    );
  const token = given ?? newControlToken();
  const server = new ControlServer({ cf, seed, ...(judge ? { judge } : {}), host, port, token, log });
  let at: { host: string; port: number };
  try {
    at = await server.listen();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `--control-port ${port}: ${code === 'EADDRINUSE' ? 'already in use; choose another' : (e as Error).message}`,
    );
  }
  if (!isLoopback(host))
    process.stderr.write(
      `fleet: warning: the control API listens on ${host}, reachable beyond this machine; only the token protects it\n`,
    );
  process.stderr.write(
    `fleet: control API on http://${at.host.includes(':') ? `[${at.host}]` : at.host}:${at.port}/${given === undefined ? ` (token ${token})` : ''}\n`,
  );
  return server;
}
