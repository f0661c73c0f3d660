import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { REPO } from '../support/bbf-path.ts';

describe('examples/integrator.ts against the test ACS', () => {
  it("serves the host's interfaces and its own DeviceInfo handlers", async () => {
    const acs = new ScriptedAcs({
      script: () => [
        {
          kind: 'GetParameterValues',
          parameterNames: [
            'Device.IP.Interface.',
            'Device.IP.InterfaceNumberOfEntries',
            'Device.DeviceInfo.SoftwareVersion',
          ],
        },
        {
          kind: 'SetParameterValues',
          parameterKey: 'x',
          parameterList: [{ name: 'Device.DeviceInfo.ProvisioningCode', value: 'BOUND', xsiType: 'xsd:string' }],
        },
        { kind: 'GetParameterValues', parameterNames: ['Device.DeviceInfo.ProvisioningCode'] },
      ],
    });
    const url = await acs.listen();
    const dir = mkdtempSync(join(tmpdir(), 'tr069-example-'));
    const child = spawn(
      process.execPath,
      [
        // The example imports the package by name; 'source' resolves it to the sources (package.json exports).
        '--conditions=source',
        '--import',
        'tsx',
        join(REPO, 'examples', 'integrator.ts'),
        '--acs-url',
        url,
        '--state-dir',
        dir,
        '--cr-port',
        '0',
      ],
      { cwd: REPO, stdio: 'ignore' },
    );
    try {
      const [s] = await acs.waitForSessions(1, 20_000);
      const gpv = s!.received[1]!;
      if (gpv.kind !== 'GetParameterValuesResponse') throw new Error(`got ${gpv.kind}`);
      const byName = new Map(gpv.parameterList.map((p) => [p.name, p.value]));
      const names = Object.keys(networkInterfaces()).sort();
      names.forEach((n, i) => expect(byName.get(`Device.IP.Interface.${i + 1}.Name`)).toBe(n));
      expect(byName.get('Device.IP.InterfaceNumberOfEntries')).toBe(String(names.length));
      expect(byName.get('Device.DeviceInfo.SoftwareVersion')).toBe(`node-${process.versions.node}`);
      const after = s!.received[3]!;
      if (after.kind !== 'GetParameterValuesResponse') throw new Error(`got ${after.kind}`);
      expect(after.parameterList[0]!.value).toBe('BOUND');
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      await acs.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
