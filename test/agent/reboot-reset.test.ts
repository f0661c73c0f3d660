import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');

describe('Reboot and FactoryReset on the simulated device', () => {
  it('reboots after the session (M Reboot + 1 BOOT), then factory-resets back to BOOTSTRAP and profile values', async () => {
    const acs = new ScriptedAcs({
      script: (_inform, n) => {
        if (n === 0)
          return [
            {
              kind: 'SetParameterValues',
              parameterKey: 'before-reset',
              parameterList: [{ name: 'Device.DeviceInfo.ProvisioningCode', value: 'CUSTOM', xsiType: 'xsd:string' }],
            },
            { kind: 'AddObject', objectName: 'Device.IP.Interface.', parameterKey: 'k' },
            { kind: 'Reboot', commandKey: 'reboot-1' },
          ];
        if (n === 1) return [{ kind: 'FactoryReset' }];
        return [];
      },
    });
    const url = await acs.listen();
    const agent = new AgentProcess().start(['--acs-url', url, '--profile', PROFILE]);
    try {
      const sessions = await acs.waitForSessions(3, 20_000);
      const afterReboot = sessions[1]!.inform!;
      expect(afterReboot.events.map((e) => `${e.eventCode}/${e.commandKey}`).sort()).toEqual([
        '1 BOOT/',
        'M Reboot/reboot-1',
      ]);
      expect(afterReboot.parameterList.find((p) => p.name === 'Device.DeviceInfo.ProvisioningCode')!.value).toBe(
        'CUSTOM',
      );
      const afterReset = sessions[2]!.inform!;
      expect(afterReset.events.map((e) => e.eventCode).sort()).toEqual(['0 BOOTSTRAP', '1 BOOT']);
      const params = new Map(afterReset.parameterList.map((p) => [p.name, p.value]));
      expect(params.get('Device.DeviceInfo.ProvisioningCode')).toBe('');
      expect(params.get('Device.ManagementServer.ParameterKey')).toBe('');
      expect(params.get('Device.ManagementServer.ConnectionRequestURL')).not.toBe(
        sessions[1]!.inform!.parameterList.find((p) => p.name === 'Device.ManagementServer.ConnectionRequestURL')!
          .value,
      );
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 30_000);
});
