import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { REPO } from '../support/bbf-path.ts';
import { deviceDump, HUAWEI_DUMP } from '../support/device-dumps.ts';

// One build for both tests (they share dist/, so they run in this one file, in order).
let build: ReturnType<typeof spawnSync>;
beforeAll(() => {
  build = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8' });
}, 120_000);

describe('npm run build and the installed command', () => {
  it('bundles the agent, compiles the built-in profiles to JSON, and bin/tr069-agent runs it against an ACS', async () => {
    expect(build.status, String(build.stderr)).toBe(0);
    for (const f of ['cli.js', 'main.js', 'profiles/stb.json', 'profiles/gateway.json'])
      expect(existsSync(join(REPO, 'dist', f))).toBe(true);
    expect(JSON.parse(readFileSync(join(REPO, 'dist', 'profiles', 'stb.json'), 'utf8'))).toMatchObject({
      root: expect.any(String),
    });

    const acs = new ScriptedAcs({
      script: () => [{ kind: 'GetParameterValues', parameterNames: ['Device.DeviceInfo.SoftwareVersion'] }],
    });
    const url = await acs.listen();
    const dir = mkdtempSync(join(tmpdir(), 'tr069-built-'));
    const child = spawn(
      join(REPO, 'bin', 'tr069-agent'),
      ['run', '--acs-url', url, '--state-dir', dir, '--cr-port', '0', '--udp-port', '0'],
      { stdio: 'ignore' },
    );
    try {
      const [s] = await acs.waitForSessions(1, 20_000);
      expect(s!.inform!.events.map((e) => e.eventCode)).toEqual(expect.arrayContaining(['0 BOOTSTRAP', '1 BOOT']));
      expect(s!.received.some((m) => m.kind === 'GetParameterValuesResponse')).toBe(true);
    } finally {
      child.kill('SIGKILL');
      await acs.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('the installed command imports a device dump and runs the YAML profile it wrote (the yaml package in the bundle)', async () => {
    expect(build.status, String(build.stderr)).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'tr069-built-yaml-'));
    const profile = join(dir, 'imported.yaml');
    const imported = spawnSync(
      join(REPO, 'bin', 'tr069-agent'),
      ['import-profile', deviceDump(HUAWEI_DUMP), '--out', profile],
      {
        encoding: 'utf8',
      },
    );
    expect(imported.status, imported.stderr).toBe(0);
    expect(readFileSync(profile, 'utf8')).toContain('root: igd-1');
    const acs = new ScriptedAcs({ script: () => [] });
    const url = await acs.listen();
    const child = spawn(
      join(REPO, 'bin', 'tr069-agent'),
      [
        'run',
        '--profile',
        profile,
        '--acs-url',
        url,
        '--state-dir',
        join(dir, 'state'),
        '--cr-port',
        '0',
        '--udp-port',
        '0',
      ],
      { stdio: 'ignore' },
    );
    try {
      const [s] = await acs.waitForSessions(1, 20_000);
      expect(s!.inform!.deviceId.serialNumber).toBe('8KA8WA1151100043');
    } finally {
      child.kill('SIGKILL');
      await acs.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

// What an integrator gets from `npm install tr069-agent`: the packed tarball, installed into a
// project of its own, typechecked as a consumer would (no 'source' condition: the declarations in
// dist/types) and run (the bundle in dist/).
const CONSUMER = `import { createAgent, DataModelFault, FAULT, simulatedTransfers, type DeviceTransfersContext } from 'tr069-agent';
import { model, type Values, type WritablePath } from 'tr069-agent/models/device-2';

const [acsUrl, stateDir] = process.argv.slice(2) as [string, string];
const agent = await createAgent<Values, WritablePath>({
  profile: 'stb',
  stateDir,
  acsUrl,
  crPort: 0,
  bind: (device) => {
    device.handle('Device.DeviceInfo.ProvisioningCode', { get: () => 'FROM-THE-PACKAGE', set: () => undefined });
  },
  // The simulated device's own transfers, wrapped as an integrator would.
  transfers: (ctx: DeviceTransfersContext) => ({ ...simulatedTransfers(ctx), accepts: (t) => t.startsWith('1 ') }),
});
await agent.start();
process.stdout.write(\`\${model.name} \${FAULT.invalidParameterName} \${new DataModelFault(9005, 'x').code}\\n\`);

// The types are the generated ones, not 'any': each line below must fail to compile.
export function mistakes(): void {
  void createAgent<Values, WritablePath>({
    profile: 'stb',
    stateDir,
    acsUrl,
    bind: (device) => {
      // @ts-expect-error: no such parameter in Device:2
      device.handle('Device.DeviceInfo.NoSuchParameter', { get: () => '' });
      // @ts-expect-error: UpTime is an unsignedInt, not a string
      device.handle('Device.DeviceInfo.UpTime', { get: () => 'soon' });
    },
  });
}
`;

describe('the package an integrator installs', () => {
  it('packs, installs into another project, typechecks against dist/types and runs against an ACS', async () => {
    expect(build.status, String(build.stderr)).toBe(0);
    // Under the repository, so the consumer finds @types/node and tsx in its node_modules by walking up.
    mkdirSync(join(REPO, '.tmp'), { recursive: true });
    const project = mkdtempSync(join(REPO, '.tmp', 'consumer-'));
    const stateDir = mkdtempSync(join(tmpdir(), 'tr069-consumer-'));
    const acs = new ScriptedAcs({
      script: () => [{ kind: 'GetParameterValues', parameterNames: ['Device.DeviceInfo.ProvisioningCode'] }],
    });
    let child: ReturnType<typeof spawn> | undefined;
    try {
      const pack = spawnSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', project], {
        cwd: REPO,
        encoding: 'utf8',
      });
      expect(pack.status, pack.stderr).toBe(0);
      const tarball = join(project, pack.stdout.trim().split('\n').pop()!);
      const installed = join(project, 'node_modules', 'tr069-agent');
      mkdirSync(installed, { recursive: true });
      const untar = spawnSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], { encoding: 'utf8' });
      expect(untar.status, untar.stderr).toBe(0);
      // Only what the package's "files" name: no sources, no tests.
      expect(existsSync(join(installed, 'src'))).toBe(false);
      expect(existsSync(join(installed, 'dist', 'types', 'src', 'index.d.ts'))).toBe(true);

      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'es2022',
            module: 'nodenext',
            moduleResolution: 'nodenext',
            strict: true,
            noEmit: true,
            types: ['node'],
            typeRoots: [join(REPO, 'node_modules', '@types')],
          },
          include: ['consumer.ts'],
        }),
      );
      writeFileSync(join(project, 'consumer.ts'), CONSUMER);
      const tsc = spawnSync(
        process.execPath,
        [join(REPO, 'node_modules', '@typescript', 'native', 'bin', 'tsc'), '-p', 'tsconfig.json'],
        { cwd: project, encoding: 'utf8' },
      );
      expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);

      const url = await acs.listen();
      child = spawn(process.execPath, ['--import', 'tsx', 'consumer.ts', url, stateDir], {
        cwd: project,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      const [s] = await acs.waitForSessions(1, 20_000);
      const gpv = s!.received.find((m) => m.kind === 'GetParameterValuesResponse');
      if (gpv?.kind !== 'GetParameterValuesResponse') throw new Error('no GetParameterValuesResponse');
      expect(gpv.parameterList).toEqual([
        { name: 'Device.DeviceInfo.ProvisioningCode', value: 'FROM-THE-PACKAGE', xsiType: 'xsd:string' },
      ]);
      expect(out).toMatch(/^Device:2\.\d+ 9005 9005$/m);
    } finally {
      child?.kill('SIGKILL');
      await acs.close();
      rmSync(project, { recursive: true, force: true });
      rmSync(stateDir, { recursive: true, force: true });
    }
  }, 90_000);
});
