import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/cwmp/event-queue.ts';
import { RpcDispatcher } from '../../src/cwmp/rpc/dispatch.ts';
import { runSession, type SessionConnection } from '../../src/cwmp/session.ts';
import { decodeEnvelope, encodeEnvelope, type Message } from '../../src/cwmp/soap/index.ts';
import { DataModel } from '../../src/datamodel/tree.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { deviceSchema } from '../support/device-schema.ts';
import { mutated, params } from './fuzz-config.ts';

const PATHS = ['Device.DeviceInfo.ProvisioningCode', 'Device.ManagementServer.PeriodicInformInterval', 'Device.ManagementServer.PeriodicInformEnable', 'Device.IP.Interface.1.Enable', 'Device.IP.Interface.', 'Device.', 'Device.Nope', 'Device.IP.Interface.99.'];
const TYPES = ['xsd:string', 'xsd:unsignedInt', 'xsd:int', 'xsd:boolean', 'xsd:dateTime', 'xsd:base64Binary', 'xsd:long', 'wrong:type'];
const VALUES = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('-1', '4294967296', '99999999999999999999999', 'true', 'TRUE', '1', '', ' 5 ', 'NaN', '2026-13-40T99:00:00Z'));

/** Valid ACS requests of every kind the CPE serves, with hostile argument values. */
const request: fc.Arbitrary<Message> = fc.oneof(
  fc.constant<Message>({ kind: 'GetRPCMethods' }),
  fc.array(fc.constantFrom(...PATHS), { maxLength: 4 }).map((parameterNames): Message => ({ kind: 'GetParameterValues', parameterNames })),
  fc.array(fc.record({ name: fc.constantFrom(...PATHS), value: VALUES, xsiType: fc.constantFrom(...TYPES) }), { maxLength: 4 }).map((parameterList): Message => ({ kind: 'SetParameterValues', parameterList, parameterKey: 'k' })),
  fc.record({ parameterPath: fc.constantFrom(...PATHS, ''), nextLevel: fc.boolean() }).map((r): Message => ({ kind: 'GetParameterNames', ...r })),
  fc.constantFrom(...PATHS).map((objectName): Message => ({ kind: 'AddObject', objectName, parameterKey: '' })),
  fc.constantFrom(...PATHS).map((objectName): Message => ({ kind: 'DeleteObject', objectName, parameterKey: '' })),
  fc.array(fc.record({ name: fc.constantFrom(...PATHS), notificationChange: fc.boolean(), notification: fc.integer({ min: -2, max: 5 }), accessListChange: fc.boolean(), accessList: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }) }), { maxLength: 3 })
    .map((parameterList): Message => ({ kind: 'SetParameterAttributes', parameterList })),
);
const envelope = request.map((body) => encodeEnvelope({ version: '1.4', header: { id: 'fuzz' }, body }));
const hostile = fc.oneof(
  envelope,
  mutated(envelope),
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/"><soap-env:Body>&lol2;</soap-env:Body></soap-env:Envelope>',
    '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    `${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}`,
    `<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cwmp="urn:dslforum-org:cwmp-1-0"><soap-env:Body><cwmp:GetParameterValues ${Array.from({ length: 3000 }, (_, i) => `a${i}="1"`).join(' ')}/></soap-env:Body></soap-env:Envelope>`,
    Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x3c]).toString('latin1'),
  ),
);

function seededTree(): DataModel {
  const tree = new DataModel(deviceSchema(['Device.DeviceInfo.', 'Device.ManagementServer.', 'Device.IP.Interface.']));
  tree.seedRow('Device.IP.Interface.', 1);
  tree.seedValue('Device.DeviceInfo.ProvisioningCode', 'before');
  return tree;
}

const INFORM_RESPONSE = encodeEnvelope({ version: '1.4', header: { id: 'x' }, body: { kind: 'InformResponse', maxEnvelopes: 1 } });

/** One session in which the ACS's only request is `body`; returns what the CPE answered. */
async function session(tree: DataModel, body: string): Promise<{ ok: boolean; answer: string | undefined }> {
  const posts: string[] = [];
  const conn: SessionConnection = {
    localAddress: '127.0.0.1',
    post: async (b) => {
      posts.push(b);
      if (posts.length === 1) return { status: 200, body: INFORM_RESPONSE, empty: false };
      if (posts.length === 2) return { status: 200, body, empty: body === '' };
      return { status: 204, body: '', empty: true };
    },
    close: async () => undefined,
  };
  const outcome = await runSession({
    tree, root: 'Device.', events: new EventQueue(), dispatcher: new RpcDispatcher(), connect: () => conn, log: silentLogger,
    maxMessageBytes: 64 * 1024, retryCount: 0, now: () => new Date(0),
  });
  return { ok: outcome.ok, answer: posts[2] };
}

describe('fuzz: hostile SOAP from the ACS', () => {
  it('the decoder never throws and classifies every input', () => {
    fc.assert(fc.property(hostile, (text) => {
      const r = decodeEnvelope(text, { maxBytes: 64 * 1024 });
      expect(typeof r.ok).toBe('boolean');
      if (!r.ok) expect(['too-large', 'too-deep', 'dtd', 'malformed', 'not-soap', 'unknown-method', 'bad-arguments']).toContain(r.reason);
    }), params());
  });

  it('a session ends in a response, a fault or a closed session; a refused request changes no state', async () => {
    await fc.assert(fc.asyncProperty(hostile, async (body) => {
      const tree = seededTree();
      const before = JSON.stringify(tree.snapshot());
      const { ok, answer } = await session(tree, body);
      if (!ok || answer === undefined) {
        expect(JSON.stringify(tree.snapshot())).toBe(before);
        return;
      }
      const reply = decodeEnvelope(answer);
      // Whatever the CPE sends back is a well-formed CWMP message.
      expect(reply.ok).toBe(true);
      if (reply.ok && reply.body.kind === 'Fault') {
        expect(reply.body.faultCode).toBeGreaterThanOrEqual(9000);
        expect(reply.body.faultCode).toBeLessThan(9900);
        expect(JSON.stringify(tree.snapshot())).toBe(before);
      }
    }), params());
  }, 600_000);
});
