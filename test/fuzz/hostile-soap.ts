import fc from 'fast-check';
import { encodeEnvelope, type Message } from '../../src/cwmp/soap/index.ts';
import { mutated } from './fuzz-config.ts';

/**
 * The corpus of hostile ACS messages: valid requests with hostile values, their mutations, noise and classic attacks.
 */
const PATHS = [
  'Device.DeviceInfo.ProvisioningCode',
  'Device.ManagementServer.PeriodicInformInterval',
  'Device.ManagementServer.PeriodicInformEnable',
  'Device.IP.Interface.1.Enable',
  'Device.IP.Interface.',
  'Device.',
  'Device.Nope',
  'Device.IP.Interface.99.',
];
const TYPES = [
  'xsd:string',
  'xsd:unsignedInt',
  'xsd:int',
  'xsd:boolean',
  'xsd:dateTime',
  'xsd:base64Binary',
  'xsd:long',
  'wrong:type',
];
const VALUES = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '-1',
    '4294967296',
    '99999999999999999999999',
    'true',
    'TRUE',
    '1',
    '',
    ' 5 ',
    'NaN',
    '2026-13-40T99:00:00Z',
  ),
);

/** Valid ACS requests of every kind the CPE serves, with hostile argument values. */
const request: fc.Arbitrary<Message> = fc.oneof(
  fc.constant<Message>({ kind: 'GetRPCMethods' }),
  fc
    .array(fc.constantFrom(...PATHS), { maxLength: 4 })
    .map((parameterNames): Message => ({ kind: 'GetParameterValues', parameterNames })),
  fc
    .array(fc.record({ name: fc.constantFrom(...PATHS), value: VALUES, xsiType: fc.constantFrom(...TYPES) }), {
      maxLength: 4,
    })
    .map((parameterList): Message => ({ kind: 'SetParameterValues', parameterList, parameterKey: 'k' })),
  fc
    .record({ parameterPath: fc.constantFrom(...PATHS, ''), nextLevel: fc.boolean() })
    .map((r): Message => ({ kind: 'GetParameterNames', ...r })),
  fc.constantFrom(...PATHS).map((objectName): Message => ({ kind: 'AddObject', objectName, parameterKey: '' })),
  fc.constantFrom(...PATHS).map((objectName): Message => ({ kind: 'DeleteObject', objectName, parameterKey: '' })),
  fc
    .array(
      fc.record({
        name: fc.constantFrom(...PATHS),
        notificationChange: fc.boolean(),
        notification: fc.integer({ min: -2, max: 5 }),
        accessListChange: fc.boolean(),
        accessList: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
      }),
      { maxLength: 3 },
    )
    .map((parameterList): Message => ({ kind: 'SetParameterAttributes', parameterList })),
);
const envelope = request.map((body) => encodeEnvelope({ version: '1.4', header: { id: 'fuzz' }, body }));
export const hostile = fc.oneof(
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
