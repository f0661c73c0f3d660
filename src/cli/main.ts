#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { resolveSettings, SETTINGS, SettingsError, type RawLayer } from '../agent/settings.ts';
import { parseArgs, UsageError } from './args.ts';
import { controlCommand } from './control-command.ts';
import { FLEET_FLAGS, FLEET_HELP, fleetCommand } from './fleet-command.ts';
import { importProfileCommand } from './import-profile-command.ts';
import { makeImageCommand } from './make-image-command.ts';
import { runCommand } from './run-command.ts';
import { loadYaml } from '../common/yaml.ts';

const HELP = `usage: tr069-agent <command> [options]

commands:
  run                       run the agent in the foreground (default profile 'stb'; no --acs-url
                            starts the built-in demo ACS on loopback)
  get PATH                  read values (a partial path ending in '.' reads a subtree)
  set PATH VALUE            write a value as local software on the box would
  add TABLE.                add a row, e.g. add Device.IP.Interface.
  delete ROW.               delete a row, e.g. delete Device.IP.Interface.2.
                            (get/set/add/delete talk to the running agent over its socket in
                            --state-dir, or edit the persisted state when none runs)
  fleet --acs-url URL --count N [fleet options]
                            many simulated devices in one process, for load-testing an ACS
  install URL [FILETYPE]    the running agent downloads and applies a file on its own (default
                            '1 Firmware Upgrade Image'), reported as AutonomousTransferComplete
  make-image --version V --out FILE [--product-class C] [--oui XXXXXX] [--hardware H1,H2] [--payload FILE]
                            write a firmware image the simulated device installs on Download
  import-profile DUMP --out PROFILE.yaml [--verbose]
                            a device profile from a real device's dump (genieacs-sim or GenieACS
                            CSV, or GetParameterValues JSON); run it with --profile PROFILE.yaml
  help                      this text

options (also as environment variables and config-file keys; flags > env > file > profile):
${SETTINGS.map((s) => `  --${s.flag.padEnd(26)}${s.help} [${s.env}]`).join('\n')}
  --config FILE             JSON or YAML file with the same keys (e.g. acs-url: https://...)

${FLEET_HELP}`;

async function readConfig(file: string): Promise<RawLayer> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SettingsError(
      `--config: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'}); give an existing JSON or YAML file`,
    );
  }
  let data: unknown;
  try {
    // Loaded only for --config: the yaml package is a large share of the start-up time.
    data = (await loadYaml()).parse(text);
  } catch (e) {
    throw new SettingsError(`--config: ${file} is not valid YAML/JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new SettingsError(`--config: ${file} must hold a mapping of setting names to values`);
  const out: RawLayer = {};
  for (const [k, v] of Object.entries(data)) out[k] = typeof v === 'string' ? v : JSON.stringify(v);
  return out;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'make-image') {
    const a = parseArgs(
      argv.slice(1),
      new Set(),
      new Set(['version', 'product-class', 'oui', 'hardware', 'payload', 'out']),
    );
    const f = a.flags;
    process.stdout.write(
      `${await makeImageCommand({ version: f['version'], productClass: f['product-class'], oui: f['oui'], hardware: f['hardware'], payload: f['payload'], out: f['out'] })}\n`,
    );
    return 0;
  }
  if (argv[0] === 'import-profile') {
    const a = parseArgs(argv.slice(1), new Set(['verbose']), new Set(['out', 'verbose']));
    if (a.positionals.length > 1)
      throw new UsageError(`import-profile: one dump at a time; got ${a.positionals.length} files`);
    const f = a.flags;
    const report = await importProfileCommand({
      dump: a.positionals[0],
      out: f['out'],
      verbose: f['verbose'] === 'true',
    });
    process.stdout.write(`${report}\n`);
    return 0;
  }
  const fleet = argv[0] === 'fleet';
  const known = new Set([...SETTINGS.map((s) => s.flag), 'config', 'help', ...(fleet ? FLEET_FLAGS : [])]);
  const args = parseArgs(argv, new Set(['insecure', 'help', 'memory', 'allow-unbound']), known);
  const [command = 'run'] = args.positionals;
  if (command === 'help' || args.flags['help'] !== undefined) {
    process.stdout.write(HELP);
    return 0;
  }
  const { config, ...all } = args.flags;
  const fleetFlags: Record<string, string> = {};
  const flags: Record<string, string> = {};
  for (const [k, v] of Object.entries(all))
    ((FLEET_FLAGS as readonly string[]).includes(k) ? fleetFlags : flags)[k] = v;
  const fileLayer = config !== undefined ? await readConfig(config) : undefined;
  const settings = resolveSettings({ file: fileLayer, env: process.env, flags });
  const given = (flag: string, env: string): boolean =>
    [flags[flag], process.env[env], fileLayer?.[flag]].some((v) => v !== undefined && v !== '');
  switch (command) {
    case 'run':
      await runCommand(settings);
      return 0;
    case 'fleet':
      return fleetCommand(
        settings,
        fleetFlags,
        given('state-dir', 'TR069_STATE_DIR'),
        given('log-level', 'TR069_LOG_LEVEL'),
      );
    case 'get':
    case 'set':
    case 'add':
    case 'delete':
    case 'install':
      await controlCommand(command, args.positionals.slice(1), settings);
      return 0;
    default:
      throw new UsageError(`unknown command '${command}'; run 'tr069-agent help' for the commands`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(
      `${msg
        .split('\n')
        .map((l) => `tr069-agent: ${l}`)
        .join('\n')}\n`,
    );
    process.exitCode = e instanceof UsageError || e instanceof SettingsError ? 2 : 1;
  },
);
