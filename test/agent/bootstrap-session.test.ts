import { afterEach, describe, expect, it } from 'vitest';
import { demoScript } from '../../src/demo-acs/demo-script.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { AgentProcess } from '../support/agent-process.ts';

// The real agent process over real HTTP on loopback, against the scripted test ACS.
describe('agent ↔ ACS sessions (stb profile)', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('bootstraps, serves the scripted RPCs without faults, then Informs periodically', async () => {
    const acs = new ScriptedAcs({ script: demoScript });
    const url = await acs.listen();
    const agent = new AgentProcess().start(['--acs-url', url, '--profile', 'stb']);
    cleanups.push(
      () => agent.cleanup(),
      async () => void (await agent.stop()),
      () => acs.close(),
    );

    const [first, second] = await acs.waitForSessions(2, 30_000);
    const inform = first!.inform!;
    expect(inform.events.map((e) => e.eventCode).sort()).toEqual(['0 BOOTSTRAP', '1 BOOT']);
    expect(inform.deviceId).toEqual({
      manufacturer: 'Acme Set-Top',
      oui: '00D09E',
      productClass: 'STB4K',
      serialNumber: 'ACME0000001',
    });
    const informParams = new Map(inform.parameterList.map((p) => [p.name, p.value]));
    expect(informParams.get('Device.DeviceInfo.SoftwareVersion')).toBe('4.2.0');
    expect(informParams.get('Device.ManagementServer.ConnectionRequestURL')).toMatch(
      /^http:\/\/127\.0\.0\.1:[0-9]+\/[0-9a-f]+$/,
    );
    expect(informParams.has('Device.ManagementServer.ParameterKey')).toBe(true);

    const kinds = first!.received.map((m) => m.kind);
    expect(kinds).toEqual([
      'Inform',
      'GetParameterValuesResponse',
      'SetParameterValuesResponse',
      'GetParameterNamesResponse',
      'AddObjectResponse',
      'SetParameterAttributesResponse',
    ]);
    const gpv = first!.received[1]!;
    if (gpv.kind !== 'GetParameterValuesResponse') throw new Error('unreachable');
    expect(gpv.parameterList.find((p) => p.name === 'Device.DeviceInfo.UpTime')).toMatchObject({
      xsiType: 'xsd:unsignedInt',
    });
    const gpn = first!.received[3]!;
    if (gpn.kind !== 'GetParameterNamesResponse') throw new Error('unreachable');
    expect(gpn.parameterList).toContainEqual({ name: 'Device.DeviceInfo.', writable: false });

    // The second session is the periodic Inform the demo asked for (interval 10 s).
    expect(second!.inform!.events.map((e) => e.eventCode)).toEqual(['2 PERIODIC']);
    expect(
      new Map(second!.inform!.parameterList.map((p) => [p.name, p.value])).get('Device.ManagementServer.ParameterKey'),
    ).toBe('demo-2');
  }, 40_000);
});
