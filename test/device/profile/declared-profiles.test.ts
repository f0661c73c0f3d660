/**
 * A shipped profile is complete against what it declares: every BBF profile in its `supported`
 * list (with the profiles it is based on or extends) is there item by item, with at least the
 * access the BBF profile requires, and every forcedInform parameter of the root model is
 * supported, so each Inform carries it (TR-069 A.3.3.1) with a value.
 */
import { describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../../src/agent/device-setup.ts';
import { informParameters } from '../../../src/cwmp/inform-parameters.ts';
import { DataModel } from '../../../src/datamodel/tree.ts';
import { ProfileError } from '../../../src/device/profile/errors.ts';
import { loadProfile, parseProfile, type BuiltinProfile } from '../../../src/device/profile/load.ts';
import { mountSchema, type MountedSchema } from '../../../src/device/profile/mount.ts';
import { PROFILE_PREFIX, profileItems, resolveProfileEntry } from '../../../src/device/profile/supported.ts';
import type { ItemMeta } from '../../../src/schema/descriptor.ts';

/** Whether an item's access gives what the requirement of a BBF profile item asks for. */
function meets(meta: ItemMeta, requirement: string): boolean {
  switch (requirement) {
    case 'readWrite':
      return meta.access === 'readWrite';
    case 'writeOnceReadOnly':
      return meta.access === 'readWrite' || meta.access === 'writeOnceReadOnly';
    case 'create':
    case 'delete':
    case 'createDelete':
      // Only a writable table takes AddObject and DeleteObject.
      return meta.kind === 'object' && meta.access === 'readWrite';
    default:
      return true; // present, readOnly, notSpecified: being there is enough
  }
}

async function view(name: BuiltinProfile) {
  const profile = await loadProfile(name);
  const schema: MountedSchema = await mountSchema(profile.root, profile.services, profile.overlays);
  return { profile, schema, declared: profile.supported.filter((e) => e.startsWith(PROFILE_PREFIX)) };
}

describe.each(['stb', 'gateway'] as const)('the %s profile against what it declares', (name) => {
  it("declares BBF profiles, the root model's baseline among them", async () => {
    const { declared, schema } = await view(name);
    const names = declared
      .map((e) =>
        resolveProfileEntry(e, schema, (m) => {
          throw new Error(m);
        })!,
      )
      .filter((p) => p.output === (name === 'stb' ? 'device-2' : 'igd-1'))
      .map((p) => p.profile.name);
    expect(names.some((n) => n.startsWith('Baseline:'))).toBe(true);
  });

  it('has every item of every declared BBF profile, with the access the profile requires', async () => {
    const { profile, schema, declared } = await view(name);
    const problems: string[] = [];
    for (const entry of declared) {
      const found = resolveProfileEntry(entry, schema, (m) => problems.push(`${entry}: ${m}`));
      if (!found) continue;
      for (const item of profileItems(found, schema)) {
        const meta = schema.byPath.get(item.path)?.meta;
        if (!meta) problems.push(`${entry}: ${item.path} is not in the mounted schema`);
        else if (!profile.supportedPaths.has(item.path)) problems.push(`${entry}: ${item.path} is not supported`);
        else if (!meets(meta, item.requirement))
          problems.push(`${entry}: ${item.path} is ${meta.access}, the profile requires ${item.requirement}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('supports every forcedInform parameter of its root model, and the Inform reports each', async () => {
    const { profile, schema } = await view(name);
    const forced = schema.items
      .filter(
        ({ meta }) =>
          meta.kind === 'parameter' && meta.forcedInform === true && !meta.path.startsWith(schema.servicesPath),
      )
      .map(({ meta }) => meta.path);
    expect(forced.length).toBeGreaterThan(0);
    expect(forced.filter((p) => !profile.supportedPaths.has(p))).toEqual([]);

    const device = await simulatedDevice(profile);
    const tree = new DataModel(device.schema, { base: device.base, sharedHandlers: device.sharedHandlers });
    device.bind(tree);
    const sent = new Map(
      (await informParameters(tree, [{ code: '1 BOOT', commandKey: '' }])).map((v) => [v.path, v.wire]),
    );
    const outsideTables = forced.filter((p) => !p.includes('{i}'));
    expect(outsideTables.filter((p) => !sent.has(p))).toEqual([]);
    // And says something, but for two that start empty by design: ParameterKey until the ACS
    // sends one (TR-069 A.3.2.1), ConnectionRequestURL until the agent's listener has an address.
    const startEmpty = /\.ManagementServer\.(ParameterKey|ConnectionRequestURL)$/;
    expect(outsideTables.filter((p) => !startEmpty.test(p) && !sent.get(p))).toEqual([]);
  });
});

describe('values derived from the mounted models', () => {
  it("reports the generated root model's version as Device.RootDataModelVersion", async () => {
    const stb = await loadProfile('stb');
    expect(stb.values['Device.RootDataModelVersion']).toBe('2.19');
  });

  it('writes the TR-098 DeviceSummary from the root, the services and the declared profiles', async () => {
    const gw = await loadProfile('gateway');
    const summary = String(gw.values['InternetGatewayDevice.DeviceSummary']);
    // Root object first with an empty instance, then each service object with its instance number.
    expect(summary).toMatch(
      /^InternetGatewayDevice:1\.14\[\]\(Baseline:1, EthernetLAN:1, .*\), VoiceService:2\.0\[1\]\(Baseline:1, SIPClient:1, POTSFXS:1, CallControl:1\)$/,
    );
    expect(summary.length).toBeLessThanOrEqual(1024);
  });

  const SMALL_IGD = (extra: string): string => `name: small gateway
identity: { manufacturer: Acme, manufacturerOUI: 00D09F, productClass: HGW, serialNumber: GW1, modelName: HGW-1, hardwareVersion: "1", softwareVersion: "1" }
root: igd-1
services: [voice-service-2]
supported:
  - profile:InternetGatewayDevice:Baseline:1
  - profile:VoiceService:SIPClient:1
  - InternetGatewayDevice.Services.VoiceService.{i}.
instances:
  InternetGatewayDevice.Services.VoiceService.: [1, 2]
${extra}`;

  it('lists each service instance and only the profiles of its own model', async () => {
    const p = await parseProfile(SMALL_IGD(''), 'small.yaml');
    expect(p.values['InternetGatewayDevice.DeviceSummary']).toBe(
      'InternetGatewayDevice:1.14[](Baseline:1), VoiceService:2.0[1](SIPClient:1), VoiceService:2.0[2](SIPClient:1)',
    );
  });

  it('rejects a profile file that sets a derived value differently', async () => {
    const text = SMALL_IGD(
      'values:\n  InternetGatewayDevice.DeviceSummary: "InternetGatewayDevice:1.0[](Baseline:1)"\n',
    );
    const error = await parseProfile(text, 'small.yaml').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as ProfileError).message).toContain(
      'values.InternetGatewayDevice.DeviceSummary: is derived from the mounted models',
    );
  });
});
