import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.ts';
import { importProfileCommand } from '../../src/cli/import-profile-command.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { REPO } from '../support/bbf-path.ts';
import { HUAWEI_DUMP, deviceDump, fixtureDump } from '../support/device-dumps.ts';

const dir = mkdtempSync(join(tmpdir(), 'import-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts'), 'import-profile', ...args],
    {
      cwd: REPO,
      encoding: 'utf8',
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function usage(args: Parameters<typeof importProfileCommand>[0]): Promise<string> {
  const e = await importProfileCommand(args).then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(UsageError);
  const message = (e as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('tr069-agent import-profile', () => {
  it('imports the Huawei dump: the report on stdout, a profile that `--profile` loads', async () => {
    const out = join(dir, 'huawei.yaml');
    const r = cli([deviceDump(HUAWEI_DUMP), '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    // One screen.
    expect(lines.length).toBeLessThanOrEqual(40);
    expect(r.stdout).toMatch(/^imported .*genieacs-sim-202BC1-BM632w\.csv \(genieacs-sim CSV, 1002 entries\)$/m);
    for (const key of ['matched', 'typed', 'vendor-only', 'conflicting', 'dropped'])
      expect(r.stdout).toMatch(new RegExp(`^  ${key} +[0-9]+ `, 'm'));
    expect(lines.at(-1)).toBe(`wrote ${out}: run it with tr069-agent run --profile ${out}`);
    expect(readFileSync(out, 'utf8')).toMatch(
      /^# Imported by `tr069-agent import-profile` from genieacs-sim-202BC1-BM632w\.csv/,
    );
    const profile = await loadProfile(out);
    expect(profile.identity.serialNumber).toBe('8KA8WA1151100043');
    expect(Object.keys(profile.vendor ?? {}).length).toBeGreaterThan(100);
  });

  it('--verbose lists every conflict and dropped entry', async () => {
    const report = await importProfileCommand({
      dump: fixtureDump('genieacs-export-igd.csv'),
      out: join(dir, 'export.yaml'),
      verbose: true,
    });
    expect(report).toContain(
      '  value        InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Uptime: "about an hour": "about an hour" is not a valid unsignedInt; served the default',
    );
    expect(report).not.toContain('--verbose lists');
  });

  it('a bad argument or a dump it cannot read: one line saying how to fix it, exit code 2', async () => {
    const missing = cli(['/nonexistent/device.csv', '--out', join(dir, 'x.yaml')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      'tr069-agent: import-profile: /nonexistent/device.csv: cannot read /nonexistent/device.csv: no such file; give a genieacs-sim or GenieACS CSV or a JSON dump\n',
    );
    expect(await usage({ out: 'x.yaml' })).toBe(
      'import-profile: give the dump file, e.g. tr069-agent import-profile device.csv --out device.yaml',
    );
    expect(await usage({ dump: 'd.csv' })).toBe(
      'import-profile: --out is missing; give the profile file to write, e.g. --out device.yaml',
    );
    expect(await usage({ dump: 'd.csv', out: 'd.json' })).toBe(
      'import-profile: --out d.json is not a .yaml file; give e.g. --out device.yaml',
    );
    expect(await usage({ dump: join(REPO, 'README.md'), out: join(dir, 'r.yaml') })).toMatch(
      /README\.md: no dump header: /,
    );
    expect(await usage({ dump: join(REPO, 'package.json'), out: join(dir, 'p.yaml') })).toMatch(
      /package\.json: a JSON dump is a list of \{ name, value, type \} entries/,
    );
  });
});
