import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { simulatedDevice } from '../agent/device-setup.ts';
import { localAddressTowards } from '../agent/local-address.ts';
import { agentOptions } from '../agent/options-from-settings.ts';
import type { AgentSettings } from '../agent/settings.ts';
import { loadProfile } from '../device/profile/load.ts';
import { ControlledFleet } from '../fleet/controlled-fleet.ts';
import { parseDeviceTemplate, parseShard, shardRange } from '../fleet/device-template.ts';
import { fleetShared } from '../fleet/fleet.ts';
import { tuneHeapForFleet } from '../fleet/fleet-heap.ts';
import { writeReport } from '../fleet/report/report-html.ts';
import { ScenarioRun, type ScenarioResult } from '../fleet/scenario/scenario-run.ts';
import { verdictTable } from '../fleet/scenario/verdict-table.ts';
import { CoalescingLog } from '../fleet/fleet-log.ts';
import { createLogger, Redactor } from '../log/logger.ts';
import { UsageError } from './args.ts';
import {
  checkParameters,
  checkSelectors,
  groupSetups,
  LIVE_FLAGS,
  LIVE_HELP,
  scenarioOf,
  startControl,
} from './fleet-live.ts';
import { readPem } from './read-pem.ts';

/** The options only `fleet` has, as flags (the agent settings apply to every device). */
export const FLEET_FLAGS = [
  'count',
  'serial-template',
  'oui-template',
  'product-class-template',
  'cr-username-template',
  'boot-rate',
  'max-sessions',
  'memory',
  'shard',
  'summary-file',
  'metrics-port',
  'duration',
  ...LIVE_FLAGS,
] as const;

export const FLEET_HELP = `fleet options:
  --count N                 devices in the whole fleet (all shards)
  --serial-template T       SerialNumber per device, {n} the device number: 'STB-{n:06}' (default)
  --oui-template T          ManufacturerOUI per device, e.g. '00{n:04x}' (default: the profile's)
  --product-class-template T  ProductClass per device (default: the profile's)
  --cr-username-template T  ConnectionRequestUsername per device (default: its serial number)
  --boot-rate R             devices started per second, jittered (default 50; 0 starts all at once)
  --max-sessions N          sessions run at once; more wait their turn (default 1000; 0: no cap)
  --memory                  keep every device's state in memory (default unless --state-dir is given)
  --state-dir D             one state folder per device under D (survives restarts)
  --shard i/n               run the i-th of n disjoint serial ranges (0-based), e.g. one per pod
  --summary-file F          write a JSON summary here on exit
  --metrics-port P          serve Prometheus text metrics on http://0.0.0.0:P/metrics
  --duration S              stop after S seconds (default: a scenario's duration, else until SIGINT/SIGTERM)
${LIVE_HELP}`;

type FleetFlags = Partial<Record<(typeof FLEET_FLAGS)[number], string>>;

function wholeNumber(
  flags: FleetFlags,
  name: keyof FleetFlags,
  fallback: number,
  min: number,
  example: string,
): number {
  const t = flags[name];
  if (t === undefined) return fallback;
  if (!/^[0-9]+$/.test(t) || Number(t) < min)
    throw new UsageError(`--${name} '${t}' is not a whole number of at least ${min}; e.g. --${name} ${example}`);
  return Number(t);
}

/**
 * `tr069-agent fleet`: many simulated devices in one process, for load-testing an ACS. Prints a
 * live line on a TTY (a line every 10 s otherwise), and a summary on exit; with a scenario, its
 * verdict. The exit code: 0, or 1 when the scenario failed.
 */
export async function fleetCommand(
  settings: AgentSettings,
  flags: FleetFlags,
  stateDirGiven: boolean,
  logLevelGiven: boolean,
): Promise<number> {
  tuneHeapForFleet();
  if (settings.acsUrl === undefined)
    throw new UsageError('fleet needs --acs-url (the ACS under test), e.g. --acs-url http://acs.example.net:7547/');
  const count = wholeNumber(flags, 'count', 0, 1, '1000');
  if (flags.count === undefined)
    throw new UsageError('fleet needs --count N, the number of devices, e.g. --count 1000');
  const shard =
    flags.shard !== undefined
      ? (() => {
          try {
            return parseShard(flags.shard);
          } catch (e) {
            throw new UsageError((e as Error).message);
          }
        })()
      : { index: 0, of: 1 };
  const template = (name: keyof FleetFlags, unique: boolean) => {
    const t = flags[name];
    if (t === undefined) return undefined;
    try {
      return parseDeviceTemplate(t, name, unique);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  };
  const serial = template('serial-template', true) ?? parseDeviceTemplate('STB-{n:06}', 'serial-template', true);
  const oui = template('oui-template', false);
  const productClass = template('product-class-template', false);
  const bootRate = wholeNumber(flags, 'boot-rate', 50, 0, '100');
  const maxSessions = wholeNumber(flags, 'max-sessions', 1000, 0, '1000');
  const metricsPort =
    flags['metrics-port'] !== undefined ? wholeNumber(flags, 'metrics-port', 0, 0, '9464') : undefined;
  const scenario = await scenarioOf(flags);
  const durationMs =
    flags.duration !== undefined ? wholeNumber(flags, 'duration', 0, 1, '60') * 1000 : scenario?.durationMs;
  if (flags.memory !== undefined && stateDirGiven)
    throw new UsageError(
      '--memory and --state-dir exclude each other; keep state in memory, or in a folder per device',
    );
  const { first, last } = shardRange(count, shard);

  const redactor = new Redactor();
  for (const secret of [settings.acsPassword, settings.crPassword]) if (secret) redactor.add(secret);
  const lineLog = createLogger(
    {
      level: logLevelGiven ? settings.logLevel : 'warn',
      format: settings.logFormat,
      write: (line) => process.stderr.write(`${line}\n`),
    },
    redactor,
  );
  // The same warning from many devices is one line and a count, unless every line was asked for.
  const coalescing = logLevelGiven && settings.logLevel === 'debug' ? undefined : new CoalescingLog(lineLog);
  const log = coalescing?.logger ?? lineLog;
  const ca = readPem(settings.caFile, 'ca-file');
  const cert = readPem(settings.certFile, 'cert-file');
  const key = readPem(settings.keyFile, 'key-file');
  const profile = await loadProfile(settings.profile);
  const device = await simulatedDevice(profile);
  const setups = await groupSetups(scenario);
  const identity = {
    'serial-template': [serial, 'SerialNumber'],
    'oui-template': [oui, 'ManufacturerOUI'],
    'product-class-template': [productClass, 'ProductClass'],
  } as const;
  for (const [flag, [make, name]] of Object.entries(identity))
    for (const d of [device, ...setups.values()]) {
      const node = d.schema.get(`${d.schema.roots[0]?.path ?? 'Device.'}DeviceInfo.${name}`);
      if (!make || node?.kind !== 'parameter') continue;
      // The template is checked on the shard's first and last device: the widest numbers it makes.
      for (const n of [first, last]) {
        const r = node.validator.validateWire(make(n));
        if (!r.ok)
          throw new UsageError(
            `--${flag} gives '${make(n)}' for device ${n}, which is not a valid ${name} (${r.message}); fix the template`,
          );
      }
    }
  const crHost = settings.crHost ?? (await localAddressTowards(settings.acsUrl)) ?? '127.0.0.1';
  // The devices' shared options come from the settings as run's do; the fleet opens the listeners.
  const shared = agentOptions(
    { ...settings, acsUrl: settings.acsUrl },
    { device, log, pem: { ca, cert, key }, udp: false, xmpp: false, transportLog: false },
  );
  const cf = new ControlledFleet({
    ...fleetShared(shared),
    count,
    first,
    last,
    serial,
    oui,
    productClass,
    crUsername: template('cr-username-template', true),
    bootRate,
    maxSessions,
    stateDir: stateDirGiven ? settings.stateDir : undefined,
    crPort: settings.crPort,
    udpPort: settings.udpPort,
    crHost,
    // A scenario with boot steps powers the devices on itself.
    poweredOff: scenario?.steps.some((st) => st.action.kind === 'boot') ?? false,
    groups: scenario?.profiles ?? [],
    setups,
    seed: scenario?.seed ?? 1,
  });
  const fleet = cf.fleet;
  if (scenario) {
    checkSelectors(scenario, cf.roster);
    checkParameters(scenario, { profile: settings.profile, device }, setups);
  }
  let metrics: Server | undefined;
  if (metricsPort !== undefined) {
    metrics = createServer((req, res) => {
      if (req.url !== '/metrics') return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' }).end(fleet.metrics.prometheus());
    });
    await new Promise<void>((resolve, reject) => {
      metrics!.once('error', (e: NodeJS.ErrnoException) =>
        reject(
          new UsageError(
            `--metrics-port ${metricsPort}: ${e.code === 'EADDRINUSE' ? 'already in use; choose another' : e.message}`,
          ),
        ),
      );
      metrics!.listen(metricsPort, () => resolve());
    });
  }
  const run = scenario ? new ScenarioRun({ scenario, ...cf, read: (sn, path) => cf.read(sn, path), log }) : undefined;
  let control: Awaited<ReturnType<typeof startControl>>;
  try {
    control = await startControl(flags, cf, scenario?.seed ?? 1, run?.judge, log);
    await fleet.start();
  } catch (e) {
    metrics?.close();
    await control?.close();
    throw e;
  }
  run?.start();
  const report = flags.report;
  const stopSampling = report !== undefined ? cf.sampleVersionsEvery() : undefined;
  process.stderr.write(
    `fleet: devices ${serial(first)} … ${serial(last)} (${last - first + 1} of ${count}, shard ${shard.index}/${shard.of}) → ${settings.acsUrl}; connection requests on :${fleet.ports.http} (HTTP) and :${fleet.ports.udp} (UDP)\n`,
  );

  const tty = process.stderr.isTTY === true;
  const live = setInterval(
    () => process.stderr.write(tty ? `\r${fleet.metrics.line()}\x1b[K` : `fleet: ${fleet.metrics.line()}\n`),
    tty ? 1000 : 10_000,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
    if (durationMs !== undefined) setTimeout(resolve, durationMs).unref();
    if (scenario?.endWhenDecided) void run!.decided.then(resolve);
  });
  clearInterval(live);
  stopSampling?.();
  if (report !== undefined) await cf.sampleVersions();
  // Judged before the devices stop: parameter expectations read the running devices.
  const result: ScenarioResult | undefined = await run?.finish();
  const summary = {
    shard: `${shard.index}/${shard.of}`,
    firstSerial: serial(first),
    lastSerial: serial(last),
    ...fleet.metrics.summary(),
    ...(result ? { scenario: result } : {}),
  };
  await control?.close();
  await fleet.stop();
  coalescing?.close();
  if (metrics) await new Promise<void>((resolve) => metrics!.close(() => resolve()));
  if (tty) process.stderr.write('\n');
  process.stderr.write(`fleet: ${fleet.metrics.line()}\n`);
  if (flags['summary-file'] !== undefined)
    writeFileSync(flags['summary-file'], `${JSON.stringify(summary, null, 2)}\n`);
  if (report !== undefined) {
    writeReport(report, {
      title: `tr069-agent fleet report${result ? `: ${result.name}` : ''}`,
      generatedAt: new Date().toISOString(),
      acsUrl: settings.acsUrl,
      shard: summary.shard,
      firstSerial: summary.firstSerial,
      lastSerial: summary.lastSerial,
      summary: fleet.metrics.summary(),
      timeline: fleet.metrics.timeline.data(),
      ...(result ? { scenario: result } : {}),
    });
    process.stderr.write(`fleet: report written to ${report}\n`);
  }
  if (result) process.stdout.write(`${verdictTable(result)}\n`);
  return result && !result.passed ? 1 : 0;
}
