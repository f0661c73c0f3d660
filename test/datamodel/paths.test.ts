import { describe, expect, it } from 'vitest';
import { fillInstances, instancesOf, schemaPathOf } from '../../src/datamodel/paths.ts';

describe('schemaPathOf', () => {
  it('writes instance numbers as {i} and keeps names', () => {
    expect(schemaPathOf('Device.IP.Interface.2.IPv4Address.10.IPAddress')).toBe(
      'Device.IP.Interface.{i}.IPv4Address.{i}.IPAddress',
    );
    expect(schemaPathOf('Device.WiFi.AccessPoint.')).toBe('Device.WiFi.AccessPoint.');
    expect(schemaPathOf('Device.X_ACME-COM_Fan.1.')).toBe('Device.X_ACME-COM_Fan.{i}.');
  });

  it('refuses malformed paths, the same way every time it is asked', () => {
    for (let round = 0; round < 3; round++) {
      for (const bad of ['Device..Name', 'Device.IP.Interface.0.Name', 'Device.IP.Interface.{i}.Name', 'Device.$x'])
        expect(schemaPathOf(bad), bad).toBeUndefined();
      expect(schemaPathOf('Device.IP.Interface.3.Name')).toBe('Device.IP.Interface.{i}.Name');
    }
  });

  it('answers right past its memory bound (a walk over many rows)', () => {
    for (let n = 1; n <= 60_000; n++)
      expect(schemaPathOf(`Device.Hosts.Host.${n}.IPAddress`)).toBe('Device.Hosts.Host.{i}.IPAddress');
    expect(schemaPathOf('Device.Hosts.Host.1.')).toBe('Device.Hosts.Host.{i}.');
  });
});

describe('instance numbers', () => {
  it('reads them outermost first and fills a schema path with them', () => {
    const concrete = 'Device.IP.Interface.2.IPv4Address.10.IPAddress';
    expect(instancesOf(concrete)).toEqual([2, 10]);
    expect(fillInstances('Device.IP.Interface.{i}.IPv4Address.{i}.IPAddress', [2, 10])).toBe(concrete);
  });
});
