import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/device/profile/load.ts';
import { REPO } from '../../support/bbf-path.ts';

// The profile example of the README's "Device profiles" section loads as written.
describe("the README's profile example", () => {
  it('is a valid profile of the generated models', async () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const yaml = /## Device profiles[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const p = await parseProfile(yaml, 'README.md');
    expect(p.root).toBe('device-2');
    expect(p.supportedPaths.has('Device.IP.Interface.{i}.Name')).toBe(true);
    expect(p.values['Device.IP.Interface.1.Name']).toBe('eth0');
    expect(p.values['Device.RootDataModelVersion']).toBe('2.19');
  });
});
