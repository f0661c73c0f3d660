import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { REPO } from '../support/bbf-path.ts';

describe('npm run build and the installed command', () => {
  it('bundles the agent, compiles the built-in profiles to JSON, and bin/tr069-agent runs it against an ACS', async () => {
    const build = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
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
});
