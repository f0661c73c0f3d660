import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countConcreteParameters } from '../../../src/device/profile/count.ts';
import { ProfileError } from '../../../src/device/profile/errors.ts';
import { loadProfile } from '../../../src/device/profile/load.ts';
import { outputNames } from '../../../src/device/profile/outputs.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profile-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A small valid Device:2 profile; tests derive broken ones from it by text replacement. */
const BASE = `name: test box
identity:
  manufacturer: Acme Set-Top
  manufacturerOUI: 00D09E
  productClass: STB4K
  serialNumber: ACME0000001
  modelName: STB4K-200
  hardwareVersion: rev C
  softwareVersion: 4.2.0
root: device-2
supported:
  - Device.DeviceInfo.
  - Device.IP.Interface.{i}.
instances:
  Device.IP.Interface.: [1, 2]
  Device.IP.Interface.1.IPv4Address.: [1]
  Device.DeviceInfo.VendorLogFile.: [1]
values:
  Device.IP.Interface.1.Name: eth0
  Device.IP.Interface.1.IPv4Address.1.IPAddress: 192.168.1.23
  Device.DeviceInfo.VendorLogFile.1.MaximumSize: 65536
`;

let n = 0;
async function fixture(text: string, ext = 'yaml'): Promise<string> {
  const file = join(dir, `profile-${n++}.${ext}`);
  await writeFile(file, text);
  return file;
}

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`fixture has no line with ${needle}`);
  return i + 1;
}

/** Loads text expected to fail and returns the ProfileError. */
async function failure(text: string): Promise<{ error: ProfileError; file: string }> {
  const file = await fixture(text);
  const error = await loadProfile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ProfileError)) throw new Error(`expected a ProfileError, got ${String(error)}`);
  return { error, file };
}

/** The one problem about `key`, checked to be in the message with its line. */
function problem(error: ProfileError, file: string, key: string, line: number) {
  const found = error.problems.filter((p) => p.key === key);
  expect(found, error.message).toHaveLength(1);
  const p = found[0]!;
  expect(p.line).toBe(line);
  expect(error.message).toContain(`${file}:${line}: ${key}: ${p.message}`);
  return p;
}

describe('built-in profiles', () => {
  it('loads the stb profile with services mounted under Device.Services.', async () => {
    const stb = await loadProfile('stb');
    expect(stb.root).toBe('device-2');
    expect(stb.services).toEqual(['stb-service-1', 'storage-service-1']);
    expect(stb.identity.manufacturerOUI).toBe('00D09E');
    for (const path of [
      'Device.',
      'Device.Services.',
      'Device.Services.STBService.{i}.',
      'Device.Services.STBService.{i}.Enable',
      'Device.Services.STBServiceNumberOfEntries',
      'Device.Services.STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.URI',
      'Device.Services.StorageService.{i}.PhysicalMedium.{i}.Vendor',
      'Device.DeviceInfo.ManufacturerOUI',
      'Device.IP.Diagnostics.IPPing.Host',
      'Device.IP.Interface.{i}.IPv6Address.{i}.IPAddress',
      'Device.IP.InterfaceNumberOfEntries',
      'Device.Ethernet.InterfaceNumberOfEntries',
      'Device.WiFi.AccessPoint.{i}.Security.ModeEnabled',
      'Device.DNS.Client.Server.{i}.DNSServer',
      'Device.RootDataModelVersion', // from profile:Baseline:4 via its _Baseline:4 extension
    ]) {
      expect(stb.supportedPaths.has(path), path).toBe(true);
    }
    // Relative service paths never leak into the mounted set.
    expect([...stb.supportedPaths].some((p) => p.startsWith('STBService.'))).toBe(false);
    expect(stb.supportedPaths.has('Device.Ethernet.LAG.{i}.')).toBe(false);
  });

  it('expands the stb profile to at least 5000 concrete parameters', async () => {
    const stb = await loadProfile('stb');
    expect(countConcreteParameters(stb)).toBeGreaterThanOrEqual(5000);
  });

  it('loads the gateway profile with VoiceService under InternetGatewayDevice.Services.', async () => {
    const gw = await loadProfile('gateway');
    expect(gw.root).toBe('igd-1');
    expect(gw.identity).toMatchObject({
      manufacturer: 'Acme Gateways',
      manufacturerOUI: '00D09F',
      productClass: 'HGW',
      serialNumber: 'ACMEGW000001',
    });
    for (const path of [
      'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Client.{i}.Enable',
      'InternetGatewayDevice.Services.VoiceService.{i}.CallControl.Line.{i}.DirectoryNumber',
      'InternetGatewayDevice.Services.VoiceServiceNumberOfEntries',
      'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ExternalIPAddress',
      'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.SSID',
      'InternetGatewayDevice.UDPEchoConfig.UDPPort',
    ]) {
      expect(gw.supportedPaths.has(path), path).toBe(true);
    }
    // Obsoleted items are left out of subtree entries.
    expect(gw.supportedPaths.has('InternetGatewayDevice.Time.LocalTimeZone')).toBe(false);
    expect(countConcreteParameters(gw)).toBeGreaterThan(1000);
  });
});

describe('loading files', () => {
  it('loads a small YAML profile and expands subtrees with ancestors and counters', async () => {
    const p = await loadProfile(await fixture(BASE));
    expect(p.name).toBe('test box');
    expect(p.services).toEqual([]);
    expect(p.overlays).toEqual([]);
    expect(p.identity.description).toBeUndefined();
    expect(p.supportedPaths.has('Device.')).toBe(true);
    expect(p.supportedPaths.has('Device.IP.')).toBe(true);
    expect(p.supportedPaths.has('Device.IP.InterfaceNumberOfEntries')).toBe(true);
    expect(p.supportedPaths.has('Device.IP.IPv4Enable')).toBe(false);
    expect(p.values['Device.DeviceInfo.VendorLogFile.1.MaximumSize']).toBe(65536);
  });

  it('loads JSON', async () => {
    const json = JSON.stringify({
      name: 'json box',
      identity: {
        manufacturer: 'Acme',
        manufacturerOUI: '00D09E',
        productClass: 'X',
        serialNumber: 'S1',
        modelName: 'M',
        hardwareVersion: 'H',
        softwareVersion: '1',
      },
      root: 'device-2',
      supported: ['Device.DeviceInfo.Manufacturer'],
    });
    const p = await loadProfile(await fixture(json, 'json'));
    expect([...p.supportedPaths].sort()).toEqual(['Device.', 'Device.DeviceInfo.', 'Device.DeviceInfo.Manufacturer']);
  });

  it('gives each mounted service one instance unless instances says otherwise', async () => {
    const text = BASE.replace('root: device-2\n', 'root: device-2\nservices: [stb-service-1, storage-service-1]\n')
      .replace(
        '  - Device.DeviceInfo.\n',
        '  - Device.DeviceInfo.\n  - Device.Services.STBService.{i}.\n  - Device.Services.StorageService.{i}.\n',
      )
      .replace('instances:\n', 'instances:\n  Device.Services.StorageService.: [1, 2]\n')
      .replace(
        'values:\n',
        'values:\n  Device.Services.STBService.1.Enable: true\n  Device.Services.StorageService.2.Enable: false\n',
      );
    const p = await loadProfile(await fixture(text));
    expect(p.instances['Device.Services.STBService.']).toEqual([1]);
    expect(p.instances['Device.Services.StorageService.']).toEqual([1, 2]);
  });

  it('expands BBF profiles of a mounted service model', async () => {
    const text = BASE.replace('root: device-2\n', 'root: device-2\nservices: [storage-service-1]\n').replace(
      '  - Device.DeviceInfo.\n',
      '  - Device.DeviceInfo.\n  - profile:StorageService:Baseline:1\n',
    );
    const p = await loadProfile(await fixture(text));
    expect(p.supportedPaths.has('Device.Services.StorageService.{i}.Enable')).toBe(true);
    expect(p.supportedPaths.has('Device.Services.StorageServiceNumberOfEntries')).toBe(true);
    expect(p.supportedPaths.has('Device.Services.StorageService.{i}.FTPServer.Enable')).toBe(false);
  });
});

describe('vendor overlays', () => {
  // The Acme overlays are generated from schemas/vendor/; skip if that output is not generated.
  const present = outputNames().includes('acme-device') && outputNames().includes('acme-stb');

  it.runIf(present)('mounts overlay items where their base output is mounted', async () => {
    const text = BASE.replace(
      'root: device-2\n',
      'root: device-2\nservices: [stb-service-1]\noverlays: [acme-device, acme-stb]\n',
    ).replace(
      '  - Device.DeviceInfo.\n',
      '  - Device.DeviceInfo.\n  - Device.Services.STBService.{i}.\n  - profile:STBService:Baseline:2\n',
    );
    const p = await loadProfile(await fixture(text));
    expect(p.supportedPaths.has('Device.DeviceInfo.X_00D09E_BootLoaderVersion')).toBe(true);
    expect(p.supportedPaths.has('Device.Services.STBService.{i}.X_00D09E_Diagnostics.Duration')).toBe(true);
  });

  it.runIf(present)('rejects an overlay whose base output is not mounted', async () => {
    const text = BASE.replace('root: device-2\n', 'root: device-2\noverlays: [acme-stb]\n');
    const { error, file } = await failure(text);
    expect(problem(error, file, 'overlays[0]', lineOf(text, 'overlays:')).message).toContain(
      "add 'stb-service-1' to services",
    );
  });
});

describe('profile errors', () => {
  it('names an unknown key and suggests the nearest valid one', async () => {
    const text = BASE.replace('values:', 'valeus:');
    const { error, file } = await failure(text);
    const p = problem(error, file, 'valeus', lineOf(text, 'valeus:'));
    expect(p.message).toContain('did you mean "values"?');
  });

  it('names an unknown identity key with a suggestion', async () => {
    const text = BASE.replace('manufacturerOUI:', 'manufacturerOui:');
    const { error, file } = await failure(text);
    expect(problem(error, file, 'identity.manufacturerOui', lineOf(text, 'manufacturerOui')).message).toContain(
      'did you mean "manufacturerOUI"?',
    );
    expect(error.problems.some((p) => p.key === 'identity.manufacturerOUI' && p.message.startsWith('missing'))).toBe(
      true,
    );
  });

  it('rejects an OUI that is not six upper-case hex digits', async () => {
    const lower = BASE.replace('00D09E', '00d09e');
    const a = await failure(lower);
    expect(problem(a.error, a.file, 'identity.manufacturerOUI', lineOf(lower, '00d09e')).message).toContain('"00D09E"');
    const bad = BASE.replace('00D09E', 'ACME1');
    const b = await failure(bad);
    expect(problem(b.error, b.file, 'identity.manufacturerOUI', lineOf(bad, 'ACME1')).message).toContain(
      '6 upper-case hex digits',
    );
  });

  it('rejects an unknown root output, and a service model given as root', async () => {
    const unknown = BASE.replace('root: device-2', 'root: device-3');
    const a = await failure(unknown);
    expect(problem(a.error, a.file, 'root', lineOf(unknown, 'root:')).message).toMatch(
      /no generated output 'device-3'; did you mean 'device-2'\?/,
    );
    const service = BASE.replace('root: device-2', 'root: stb-service-1');
    const b = await failure(service);
    expect(problem(b.error, b.file, 'root', lineOf(service, 'root:')).message).toContain(
      'is a service model, not a root data model; list it under services',
    );
  });

  it('rejects a root model listed as a service', async () => {
    const text = BASE.replace('root: device-2\n', 'root: device-2\nservices: [igd-1]\n');
    const { error, file } = await failure(text);
    expect(problem(error, file, 'services[0]', lineOf(text, 'services:')).message).toContain(
      'is a root data model, not a service model',
    );
  });

  it('rejects supported entries that do not exist, suggesting the path meant', async () => {
    const text = BASE.replace(
      '  - Device.DeviceInfo.\n',
      '  - Device.DeviceInfo.\n  - Device.DevInfo.\n  - Device.Ethernet.Interface.\n  - profile:Baseline:3\n  - Device.IP.Interface.2.Name\n',
    );
    const { error, file } = await failure(text);
    expect(problem(error, file, 'supported[1]', lineOf(text, 'Device.DevInfo.')).message).toContain(
      "'Device.DevInfo.' is not in the mounted schema; did you mean 'Device.DeviceInfo.'?",
    );
    expect(problem(error, file, 'supported[2]', lineOf(text, 'Device.Ethernet.Interface.')).message).toContain(
      "did you mean 'Device.Ethernet.Interface.{i}.'?",
    );
    expect(problem(error, file, 'supported[3]', lineOf(text, 'Baseline:3')).message).toContain(
      "did you mean 'profile:Baseline:4'?",
    );
    expect(problem(error, file, 'supported[4]', lineOf(text, 'Interface.2.Name')).message).toContain(
      "write 'Device.IP.Interface.{i}.Name'",
    );
  });

  it('asks to qualify a BBF profile that several mounted models define', async () => {
    const text = BASE.replace(
      'root: device-2\n',
      'root: device-2\nservices: [stb-service-1, storage-service-1]\n',
    ).replace('  - Device.DeviceInfo.\n', '  - Device.DeviceInfo.\n  - profile:Baseline:1\n');
    const { error, file } = await failure(text);
    expect(problem(error, file, 'supported[1]', lineOf(text, 'profile:Baseline:1')).message).toContain(
      "qualify it: 'profile:STBService:Baseline:1' or 'profile:StorageService:Baseline:1'",
    );
  });

  it('suggests the mounted form of a relative service path', async () => {
    const text = BASE.replace('root: device-2\n', 'root: device-2\nservices: [stb-service-1]\n').replace(
      '  - Device.DeviceInfo.\n',
      '  - Device.DeviceInfo.\n  - STBService.{i}.\n',
    );
    const { error, file } = await failure(text);
    expect(problem(error, file, 'supported[1]', lineOf(text, '- STBService')).message).toContain(
      "did you mean 'Device.Services.STBService.{i}.'?",
    );
  });

  it('rejects a value of the wrong type for its parameter', async () => {
    const text = BASE.replace('MaximumSize: 65536', 'MaximumSize: lots');
    const { error, file } = await failure(text);
    const p = problem(error, file, 'values.Device.DeviceInfo.VendorLogFile.1.MaximumSize', lineOf(text, 'MaximumSize'));
    expect(p.message).toContain('"lots" is not a valid value for this unsignedInt parameter');
  });

  it('rejects a value that breaks a facet of its parameter', async () => {
    const text = BASE.replace('IPAddress: 192.168.1.23', 'IPAddress: 192.168.1.300');
    const { error, file } = await failure(text);
    expect(
      problem(error, file, 'values.Device.IP.Interface.1.IPv4Address.1.IPAddress', lineOf(text, '192.168.1.300'))
        .message,
    ).toContain('does not match');
  });

  it('rejects a value for a parameter that is not supported', async () => {
    const text = `${BASE}  Device.Time.Enable: true\n`;
    const { error, file } = await failure(text);
    const p = problem(error, file, 'values.Device.Time.Enable', lineOf(text, 'Device.Time.Enable'));
    expect(p.message).toContain("parameter 'Device.Time.Enable' is not supported");
  });

  it('rejects a value for a parameter that does not exist, with a suggestion', async () => {
    const text = `${BASE}  Device.IP.Interface.1.Nmae: eth0\n`;
    const { error, file } = await failure(text);
    expect(problem(error, file, 'values.Device.IP.Interface.1.Nmae', lineOf(text, 'Nmae')).message).toContain(
      "did you mean 'Device.IP.Interface.{i}.Name'?",
    );
  });

  it('rejects instances under a parent instance that is not listed', async () => {
    const text = BASE.replace('instances:\n', 'instances:\n  Device.IP.Interface.3.IPv4Address.: [1]\n');
    const { error, file } = await failure(text);
    const p = problem(
      error,
      file,
      'instances.Device.IP.Interface.3.IPv4Address.',
      lineOf(text, 'Interface.3.IPv4Address'),
    );
    expect(p.message).toContain(
      "row 'Device.IP.Interface.3.' does not exist; add 3 to instances['Device.IP.Interface.'] (now [1, 2])",
    );
  });

  it('rejects values in rows that are not listed', async () => {
    const text = `${BASE}  Device.IP.Interface.5.Name: eth4\n`;
    const { error, file } = await failure(text);
    expect(
      problem(error, file, 'values.Device.IP.Interface.5.Name', lineOf(text, 'Interface.5.Name')).message,
    ).toContain('add 5 to instances');
  });

  it('rejects bad instance numbers and non-table keys', async () => {
    const text = BASE.replace('Device.IP.Interface.: [1, 2]', 'Device.IP.Interface.: [1, 0, 2.5]').replace(
      'instances:\n',
      'instances:\n  Device.DeviceInfo.: [1]\n',
    );
    const { error, file } = await failure(text);
    expect(problem(error, file, 'instances.Device.IP.Interface.[1]', lineOf(text, '[1, 0, 2.5]')).message).toContain(
      'positive integers',
    );
    expect(problem(error, file, 'instances.Device.IP.Interface.[2]', lineOf(text, '[1, 0, 2.5]')).message).toContain(
      '2.5',
    );
    expect(
      problem(error, file, 'instances.Device.DeviceInfo.', lineOf(text, 'Device.DeviceInfo.: [1]')).message,
    ).toContain('not a table');
  });

  it('rejects setting a NumberOfEntries counter', async () => {
    const text = `${BASE}  Device.IP.InterfaceNumberOfEntries: 2\n`;
    const { error, file } = await failure(text);
    expect(
      problem(error, file, 'values.Device.IP.InterfaceNumberOfEntries', lineOf(text, 'InterfaceNumberOfEntries'))
        .message,
    ).toContain('derived from instances');
  });

  it('reports every problem at once, in file order', async () => {
    const text = BASE.replace('00D09E', 'xyz')
      .replace('root: device-2\n', 'root: device-2\nservices: [voice-service-9]\n')
      .replace('  - Device.IP.Interface.{i}.\n', '  - Device.IP.Interface.{i}.\n  - Device.Nope.\n')
      .replace('MaximumSize: 65536', 'MaximumSize: -1');
    const { error } = await failure(text);
    expect(error.problems.map((p) => p.key)).toEqual([
      'identity.manufacturerOUI',
      'services[0]',
      'supported[2]',
      'values.Device.DeviceInfo.VendorLogFile.1.MaximumSize',
    ]);
    expect(error.message.split('\n')).toHaveLength(5);
  });

  it('reports missing required keys and wrong types', async () => {
    const text = 'name: 42\nroot: [device-2]\nsupported: Device.\n';
    const { error } = await failure(text);
    const keys = error.problems.map((p) => p.key);
    expect(keys).toEqual(expect.arrayContaining(['identity', 'name', 'root', 'supported']));
  });

  it('reports YAML syntax errors with their line', async () => {
    const text = BASE.replace('root: device-2', 'root: [device-2');
    const { error } = await failure(text);
    expect(error.problems[0]?.line).toBeGreaterThanOrEqual(lineOf(text, 'root:'));
  });

  it('reports a missing file and an unknown built-in name', async () => {
    await expect(loadProfile(join(dir, 'missing.yaml'))).rejects.toThrow(/no such file/);
    await expect(loadProfile('router')).rejects.toThrow(/built-in name \(stb, gateway\)/);
  });
});
