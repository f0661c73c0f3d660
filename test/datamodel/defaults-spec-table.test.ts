/**
 * The value of a parameter nobody set (src/datamodel/defaults.ts): BBF default first, then the
 * spec table (src/datamodel/spec-defaults.ts), then the generic type rule; and the table itself
 * holds only live, valid, referenced entries.
 */
import { describe, expect, it } from 'vitest';
import { defaultSource, defaultValue } from '../../src/datamodel/defaults.ts';
import { SchemaIndex, type SchemaParam } from '../../src/datamodel/schema-index.ts';
import { SPEC_DEFAULTS, specDefault } from '../../src/datamodel/spec-defaults.ts';
import { mountedItems, type MountedItem } from '../../src/device/profile/mount.ts';
import { loadOutput, outputNames } from '../../src/device/profile/outputs.ts';
import type { ParameterMeta } from '../../src/schema/descriptor.ts';

/** Every parameter of every generated output, keyed the way the spec table is. */
async function parametersByKey(): Promise<
  Map<string, { path: string; meta: ParameterMeta; validate: (wire: string) => boolean }[]>
> {
  const out = new Map<string, { path: string; meta: ParameterMeta; validate: (wire: string) => boolean }[]>();
  for (const name of outputNames()) {
    const output = (await loadOutput(name))!;
    const service = output.kind === 'service' || (output.kind === 'overlay' && output.module.model.isService);
    for (const meta of output.module.model.items) {
      if (meta.kind !== 'parameter') continue;
      // Root models carry the root object in the path; service models are mounted under Services.
      const key = service ? `Services.${meta.path}` : meta.path.slice(meta.path.indexOf('.') + 1);
      const validator = output.module.validators[meta.syntax]!;
      const list = out.get(key) ?? [];
      list.push({ path: `${name}:${meta.path}`, meta, validate: (wire) => validator.validateWire(wire).ok });
      out.set(key, list);
    }
  }
  return out;
}

const FACTORY = new Set(['object', 'factory', 'implementation']);

describe('the spec defaults table', () => {
  it('has entries that name a parameter of a generated model, fit its syntax and cite a source', async () => {
    const params = await parametersByKey();
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(SPEC_DEFAULTS)) {
      const found = params.get(key) ?? [];
      if (found.length === 0) problems.push(`${key}: no such parameter in any generated model`);
      for (const p of found)
        if (!p.validate(entry.value))
          problems.push(`${key}: ${JSON.stringify(entry.value)} is not valid for ${p.path}`);
      // An entry only BBF defaults shadow would never be used.
      if (found.length > 0 && found.every((p) => p.meta.default && FACTORY.has(p.meta.default.type)))
        problems.push(`${key}: BBF already gives a default`);
      if (!/^(TR-\d+|RFC \d+|IEEE 802\.11)/.test(entry.ref))
        problems.push(`${key}: ref ${JSON.stringify(entry.ref)} names no specification`);
    }
    expect(problems).toEqual([]);
  });

  it('is keyed below the root, so one entry serves Device. and InternetGatewayDevice.', () => {
    expect(specDefault('Device.ManagementServer.CWMPRetryMinimumWaitInterval')).toBe(
      SPEC_DEFAULTS['ManagementServer.CWMPRetryMinimumWaitInterval'],
    );
    expect(specDefault('InternetGatewayDevice.ManagementServer.CWMPRetryMinimumWaitInterval')).toBe(
      SPEC_DEFAULTS['ManagementServer.CWMPRetryMinimumWaitInterval'],
    );
    expect(specDefault('InternetGatewayDevice.Services.VoiceService.{i}.SIP.Network.{i}.TimerT1')?.value).toBe('500');
    expect(specDefault('Device.ManagementServer.NoSuchParameter')).toBeUndefined();
    expect(specDefault('Device.constructor')).toBeUndefined();
  });
});

async function schemaOf(root: string, services: string[] = []): Promise<SchemaIndex> {
  return new SchemaIndex(await mountedItems(root, services, []));
}

function param(schema: SchemaIndex, path: string): SchemaParam {
  const node = schema.get(path);
  if (node?.kind !== 'parameter') throw new Error(`no parameter ${path}`);
  return node;
}

describe('defaultValue and defaultSource', () => {
  it('gives TR-098 the TR-069 retry defaults instead of the range minimum', async () => {
    const igd = await schemaOf('igd-1');
    const wait = param(igd, 'InternetGatewayDevice.ManagementServer.CWMPRetryMinimumWaitInterval');
    expect([defaultValue(wait), defaultSource(wait)]).toEqual([5, 'spec']);
    const multiplier = param(igd, 'InternetGatewayDevice.ManagementServer.CWMPRetryIntervalMultiplier');
    expect([defaultValue(multiplier), defaultSource(multiplier)]).toEqual([2000, 'spec']);
    // TR-098 says EnableCWMP starts true; the generic rule would have switched CWMP off.
    expect(defaultValue(param(igd, 'InternetGatewayDevice.ManagementServer.EnableCWMP'))).toBe(true);
  });

  it('marks a delayed reboot as not pending (-1) rather than due at once (0)', async () => {
    const device = await schemaOf('device-2');
    expect(defaultValue(param(device, 'Device.ManagementServer.DelayReboot'))).toBe(-1);
  });

  it('takes RFC 3261 timers for a SIP network', async () => {
    const igd = await schemaOf('igd-1', ['voice-service-2']);
    const t1 = param(igd, 'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Network.{i}.TimerT1');
    expect([defaultValue(t1), defaultSource(t1)]).toEqual([500, 'spec']);
  });

  it('uses a BBF implementation default', async () => {
    const device = await schemaOf('device-2');
    const rise = param(device, 'Device.DeviceInfo.MemoryStatus.MemoryMonitor.CriticalRiseThreshold');
    expect([defaultValue(rise), defaultSource(rise)]).toEqual([80, 'bbf']);
  });

  it('prefers the BBF default to the spec table', async () => {
    const items = await mountedItems('device-2', [], []);
    const delay = items.find((i) => i.meta.path === 'Device.ManagementServer.DelayReboot')!;
    const withBbf: MountedItem = {
      ...delay,
      meta: { ...(delay.meta as ParameterMeta), default: { type: 'object', value: '60' } },
    };
    const schema = new SchemaIndex(items.map((i) => (i === delay ? withBbf : i)));
    const p = param(schema, 'Device.ManagementServer.DelayReboot');
    expect([defaultValue(p), defaultSource(p)]).toEqual([60, 'bbf']);
  });

  it('falls back to the generic rule: empty strings, false, the range value nearest 0', async () => {
    const device = await schemaOf('device-2');
    const url = param(device, 'Device.ManagementServer.URL');
    expect([defaultValue(url), defaultSource(url)]).toEqual(['', 'generic']);
    const stun = param(device, 'Device.ManagementServer.STUNEnable');
    expect([defaultValue(stun), defaultSource(stun)]).toEqual([false, 'generic']);
  });

  it('serves a placeholder its facets accept where an empty value would not be valid', async () => {
    const device = await schemaOf('device-2');
    const cases: [string, unknown][] = [
      ['Device.DeviceInfo.SupportedDataModel.{i}.UUID', '00000000-0000-0000-0000-000000000000'],
      ['Device.DeviceInfo.ProxierInfo.ManufacturerOUI', '000000'],
      ['Device.WiFi.DataElements.Network.Device.{i}.MultiAPCapabilities', 'AA=='],
    ];
    for (const [path, want] of cases) {
      const p = param(device, path);
      expect([path, defaultValue(p), defaultSource(p)]).toEqual([path, want, 'generic']);
      expect(p.validator.validateWire(String(defaultValue(p))).ok).toBe(true);
    }
  });
});
