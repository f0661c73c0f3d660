import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');

describe('Inform contents and scheduled Informs', () => {
  it('adds ManagementServer.InformParameter entries, and ScheduleInform brings 3 SCHEDULED + M ScheduleInform', async () => {
    const acs = new ScriptedAcs({
      script: (_inform, n) =>
        n === 0
          ? [
              { kind: 'AddObject', objectName: 'Device.ManagementServer.InformParameter.', parameterKey: 'ip1' },
              {
                kind: 'SetParameterValues',
                parameterKey: 'ip2',
                parameterList: [
                  { name: 'Device.ManagementServer.InformParameter.1.Enable', value: 'true', xsiType: 'xsd:boolean' },
                  {
                    name: 'Device.ManagementServer.InformParameter.1.ParameterName',
                    value: 'Device.IP.Interface.1.Name',
                    xsiType: 'xsd:string',
                  },
                  {
                    name: 'Device.ManagementServer.InformParameter.1.EventList',
                    value: '3 SCHEDULED',
                    xsiType: 'xsd:string',
                  },
                ],
              },
              { kind: 'ScheduleInform', delaySeconds: 1, commandKey: 'later' },
              { kind: 'ScheduleInform', delaySeconds: 0, commandKey: 'bad' },
            ]
          : [],
    });
    const url = await acs.listen();
    const agent = new AgentProcess().start(['--acs-url', url, '--profile', PROFILE, '--log-format', 'json']);
    try {
      const sessions = await acs.waitForSessions(2, 20_000);
      const first = sessions[0]!;
      const fault = first.received.at(-1)!;
      expect(fault.kind === 'Fault' && fault.faultCode).toBe(9003);
      expect(first.inform!.parameterList.some((p) => p.name === 'Device.IP.Interface.1.Name')).toBe(false);
      const second = sessions[1]!.inform!;
      expect(second.events.map((e) => `${e.eventCode}/${e.commandKey}`).sort()).toEqual([
        '3 SCHEDULED/',
        'M ScheduleInform/later',
      ]);
      expect(second.parameterList.find((p) => p.name === 'Device.IP.Interface.1.Name')?.value).toBe('eth0');
      // --log-format json: every log line is one JSON object.
      const lines = agent.output.split('\n').filter((l) => l.startsWith('{'));
      expect(lines.length).toBeGreaterThan(3);
      for (const l of lines)
        expect(JSON.parse(l)).toMatchObject({
          level: expect.any(String),
          msg: expect.any(String),
          time: expect.any(String),
        });
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 30_000);
});
