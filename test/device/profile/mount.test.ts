import { describe, expect, it } from 'vitest';
import type { GeneratedModule } from '../../../generated/index.ts';
import { mountOutputs, mountedItems } from '../../../src/device/profile/mount.ts';
import { type LoadedOutput, loadOutput } from '../../../src/device/profile/outputs.ts';
import { compileValidator } from '../../../src/schema/index.ts';

async function load(name: string): Promise<LoadedOutput> {
  const out = await loadOutput(name);
  if (!out) throw new Error(`no output ${name}`);
  return out;
}

/** A vendor overlay of stb-service-1: tightens one standard item and adds one of its own. */
function overlay(base: string): LoadedOutput {
  const syntax = { type: 'boolean' } as const;
  const module: GeneratedModule = {
    overlayOf: base,
    validators: [compileValidator(syntax)],
    model: {
      name: 'X_00D09E_STBService:1.4',
      isService: true,
      syntaxes: [syntax],
      profiles: [],
      items: [
        { kind: 'parameter', path: 'STBService.{i}.Enable', access: 'readOnly', syntax: 0 },
        { kind: 'parameter', path: 'STBService.{i}.X_00D09E_Standby', access: 'readWrite', syntax: 0 },
      ],
    },
  };
  return { name: 'test-overlay', kind: 'overlay', module };
}

describe('mountedItems', () => {
  it('mounts service models under the root Services object, sorted by path', async () => {
    const items = await mountedItems('device-2', ['stb-service-1'], []);
    const paths = items.map((i) => i.meta.path);
    expect(paths).toContain('Device.Services.STBService.{i}.Enable');
    expect(paths).toContain('Device.Services.STBServiceNumberOfEntries');
    expect(paths.some((p) => p.startsWith('STBService.'))).toBe(false);
    expect([...paths].sort()).toEqual(paths);
    const enable = items.find((i) => i.meta.path === 'Device.Services.STBService.{i}.Enable');
    expect(enable?.output).toBe('stb-service-1');
    expect(enable?.validator?.validateWire('true').ok).toBe(true);
    expect(items.find((i) => i.meta.path === 'Device.Services.')?.validator).toBeUndefined();
  });

  it('mounts InternetGatewayDevice services under InternetGatewayDevice.Services.', async () => {
    const items = await mountedItems('igd-1', ['voice-service-2'], []);
    expect(
      items.some((i) => i.meta.path === 'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Client.{i}.Enable'),
    ).toBe(true);
  });
});

describe('mountOutputs', () => {
  it('lets overlay items replace base items with the same path and add new ones', async () => {
    const schema = mountOutputs(await load('device-2'), [await load('stb-service-1')], [overlay('stb-service-1')]);
    const enable = schema.byPath.get('Device.Services.STBService.{i}.Enable');
    expect(enable?.output).toBe('test-overlay');
    expect(enable?.meta.access).toBe('readOnly');
    expect(schema.byPath.get('Device.Services.STBService.{i}.X_00D09E_Standby')?.validator?.validateWire('1').ok).toBe(
      true,
    );
    expect(schema.items.filter((i) => i.meta.path === 'Device.Services.STBService.{i}.Enable')).toHaveLength(1);
  });

  it('rejects an overlay whose base is not mounted and outputs of the wrong kind', async () => {
    const root = await load('device-2');
    expect(() => mountOutputs(root, [], [overlay('stb-service-1')])).toThrow(/not mounted/);
    expect(() => mountOutputs(root, [root], [])).toThrow(/not a service model/);
  });

  it('qualifies profiles by model and mounts their item paths', async () => {
    const schema = mountOutputs(await load('device-2'), [await load('storage-service-1')], []);
    const baseline = schema.profiles.find((p) => p.model === 'StorageService' && p.profile.name === 'Baseline:1');
    expect(baseline?.output).toBe('storage-service-1');
    expect(baseline?.profile.items.every((i) => i.path.startsWith('Device.Services.'))).toBe(true);
  });
});
