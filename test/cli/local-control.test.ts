import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('tr069-agent get|set|add|delete (local control)', () => {
  const agent = new AgentProcess();
  const acs = new ScriptedAcs({ script: () => [] });
  afterAll(async () => {
    await agent.stop();
    await acs.close();
    agent.cleanup();
  });

  it('talks to the running agent, validates like the ACS, and reports local changes to the ACS', async () => {
    const url = await acs.listen();
    agent.start(['--acs-url', url, '--profile', PROFILE]);
    await acs.waitForSessions(1, 15_000);

    const get = cli('get', '--state-dir', agent.stateDir, 'Device.DeviceInfo.SerialNumber');
    expect(get.out).toBe('Device.DeviceInfo.SerialNumber = T0001\n');

    const ro = cli('set', '--state-dir', agent.stateDir, 'Device.DeviceInfo.SerialNumber', 'X');
    expect(ro.code).toBe(1);
    expect(ro.err.trim().split('\n')).toHaveLength(1);
    expect(ro.err).toMatch(/^tr069-agent: fault 9003: Device\.DeviceInfo\.SerialNumber: 9008 /);

    const bad = cli('set', '--state-dir', agent.stateDir, 'Device.ManagementServer.PeriodicInformInterval', 'soon');
    expect(bad.err).toMatch(/9006/);

    // ProvisioningCode notifies actively (forceEnabled): a local change starts a session.
    expect(cli('set', '--state-dir', agent.stateDir, 'Device.DeviceInfo.ProvisioningCode', 'LOCAL-1').code).toBe(0);
    const sessions = await acs.waitForSessions(2, 15_000);
    const inform = sessions[1]!.inform!;
    expect(inform.events.map((e) => e.eventCode)).toContain('4 VALUE CHANGE');
    expect(inform.parameterList.find((p) => p.name === 'Device.DeviceInfo.ProvisioningCode')!.value).toBe('LOCAL-1');

    expect(cli('add', '--state-dir', agent.stateDir, 'Device.IP.Interface.').out).toBe('Device.IP.Interface.2.\n');
    expect(cli('get', '--state-dir', agent.stateDir, 'Device.ManagementServer.Password').out).toBe(
      'Device.ManagementServer.Password = \n',
    );
  }, 40_000);

  it('edits the persisted state when no agent is running', async () => {
    await agent.stop();
    expect(cli('get', '--state-dir', agent.stateDir, 'Device.DeviceInfo.ProvisioningCode').out).toBe(
      'Device.DeviceInfo.ProvisioningCode = LOCAL-1\n',
    );
    expect(cli('delete', '--state-dir', agent.stateDir, 'Device.IP.Interface.2.').code).toBe(0);
    expect(cli('add', '--state-dir', agent.stateDir, 'Device.IP.Interface.').out).toBe('Device.IP.Interface.3.\n');
    const names = cli('get', '--state-dir', agent.stateDir, 'Device.IP.InterfaceNumberOfEntries');
    expect(names.out).toBe('Device.IP.InterfaceNumberOfEntries = 2\n');
  }, 30_000);

  it('prints one line with the fix for bad command lines', () => {
    const r = cli('run', '--cr-port', 'lots');
    expect(r.code).toBe(2);
    expect(r.err).toBe("tr069-agent: --cr-port: 'lots' is not a port number; give 0-65535 (0 picks a free port)\n");
    expect(cli('frobnicate').err).toBe(
      "tr069-agent: unknown command 'frobnicate'; run 'tr069-agent help' for the commands\n",
    );
    expect(cli('get', '--state-dir', '/nonexistent/x', 'Device.').err).toMatch(
      /^tr069-agent: no state in \/nonexistent\/x; run the agent once/,
    );
  }, 30_000);
});
