import { describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { UdpEchoConfigBinding } from '../../src/agent/udp-echo-config.ts';
import { DataModel } from '../../src/datamodel/tree.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { silentLogger } from '../../src/log/logger.ts';

const OBJ = 'Device.IP.Diagnostics.UDPEchoConfig.';

describe('UdpEchoConfigBinding on the trees of one profile', () => {
  it("registers its handlers once in the profile's shared registry; each tree reads its own responder; an integrator's binding wins", async () => {
    const device = await simulatedDevice(await loadProfile('stb'));
    const tree = (): DataModel =>
      new DataModel(device.schema, { base: device.base, sharedHandlers: device.sharedHandlers });
    const [a, b] = [tree(), tree()];
    new UdpEchoConfigBinding(a, 'Device.', silentLogger, device.sharedHandlers);
    new UdpEchoConfigBinding(b, 'Device.', silentLogger, device.sharedHandlers);
    expect(device.sharedHandlers.parameter(`${OBJ}PacketsReceived`)).toBeDefined();
    for (const t of [a, b]) {
      // Nothing of its own on the tree: no map, no paths, no seeded value per device.
      expect(t.handlers.parameters.size).toBe(0);
      expect(t.storedValue(`${OBJ}EchoPlusSupported`)).toBeUndefined();
      const v = new Map((await t.getValues([OBJ])).map((p) => [p.path.slice(OBJ.length), p.wire]));
      expect(v.get('EchoPlusSupported')).toBe('true');
      expect(v.get('PacketsReceived')).toBe('0'); // the responder is off
      expect(v.get('TimeFirstPacketReceived')).toBe('0001-01-01T00:00:00Z');
    }
    b.handlers.parameters.set(`${OBJ}PacketsReceived`, { get: () => 42 });
    expect(await b.readInternal(`${OBJ}PacketsReceived`)).toBe(42);
    expect(await a.readInternal(`${OBJ}PacketsReceived`)).toBe(0);
  });
});
