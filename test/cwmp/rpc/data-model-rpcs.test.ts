import { describe, expect, it } from 'vitest';
import { RpcDispatcher } from '../../../src/cwmp/rpc/dispatch.ts';
import type { Message, ParameterValueStruct } from '../../../src/cwmp/soap/index.ts';
import { DataModel } from '../../../src/datamodel/tree.ts';
import { deviceSchema } from '../../support/device-schema.ts';

const LONG = 'Device.IP.Diagnostics.UploadDiagnostics.TestFileLength'; // unsignedLong
const UINT = 'Device.IP.Diagnostics.IPPing.Timeout'; // unsignedInt, 1..
const INT = 'Device.ManagementServer.DelayReboot'; // int, -1..
const BASE64 = 'Device.UserInterface.ISPLogo'; // base64, up to 4095 bytes
const STRING = 'Device.DeviceInfo.ProvisioningCode'; // string

const schema = deviceSchema([
  'Device.IP.Diagnostics.',
  'Device.ManagementServer.',
  'Device.UserInterface.',
  'Device.DeviceInfo.',
]);

type Reply = Message | { kind: 'Fault'; faultCode: number };

async function dispatch(tree: DataModel, request: Message): Promise<Reply> {
  return new RpcDispatcher().dispatch(request, { tree, root: 'Device.', afterSession: () => undefined });
}

async function spv(...parameterList: ParameterValueStruct[]): Promise<{ tree: DataModel; reply: Reply }> {
  const tree = new DataModel(schema);
  const reply = await dispatch(tree, { kind: 'SetParameterValues', parameterList, parameterKey: 'k' });
  return { tree, reply };
}

describe('SetParameterValues xsi:type rules', () => {
  it('takes a narrower integer type for a wider parameter (xsd:unsignedInt for unsignedLong)', async () => {
    const { tree, reply } = await spv({ name: LONG, value: '52428800', xsiType: 'xsd:unsignedInt' });
    expect(reply).toMatchObject({ kind: 'SetParameterValuesResponse', status: 0 });
    expect(await tree.readInternal(LONG)).toBe(52428800n);
  });

  it('takes any integer type for an integer parameter when the value fits the parameter', async () => {
    const cases = [
      [UINT, '3000', 'xsd:int', 3000],
      [UINT, '3000', 'xsd:unsignedLong', 3000],
      [UINT, '3000', 'xsd:long', 3000],
      [INT, '-1', 'xsd:long', -1],
      [INT, '60', 'xsd:unsignedInt', 60],
      [INT, '60', 'xsd:unsignedLong', 60],
      [LONG, '7', 'xsd:int', 7n],
      [LONG, '7', 'xsd:long', 7n],
    ] as const;
    for (const [name, value, xsiType, stored] of cases) {
      const { tree, reply } = await spv({ name, value, xsiType });
      expect(reply, `${value} as ${xsiType} for ${name}`).toMatchObject({
        kind: 'SetParameterValuesResponse',
        status: 0,
      });
      expect(await tree.readInternal(name)).toBe(stored);
    }
  });

  it("still checks the value against the parameter's own type and range (9007)", async () => {
    for (const [name, value, xsiType] of [
      [UINT, '-1', 'xsd:int'],
      [INT, '3000000000', 'xsd:long'],
      [INT, '-2', 'xsd:int'],
      [UINT, '0', 'xsd:unsignedInt'],
    ] as const) {
      const { reply } = await spv({ name, value, xsiType });
      expect(reply, `${value} as ${xsiType} for ${name}`).toMatchObject({
        kind: 'Fault',
        faultCode: 9003,
        setParameterValuesFault: [{ parameterName: name, faultCode: 9007 }],
      });
    }
  });

  it('takes base64 tagged xsd:base64, soap-enc:base64 or xsd:base64Binary', async () => {
    for (const xsiType of ['xsd:base64', 'soap-enc:base64', 'SOAP-ENC:base64', 'xsd:base64Binary']) {
      const { tree, reply } = await spv({ name: BASE64, value: 'aGVsbG8=', xsiType });
      expect(reply, xsiType).toMatchObject({ kind: 'SetParameterValuesResponse', status: 0 });
      expect((await tree.getValues([BASE64]))[0]!.wire).toBe('aGVsbG8=');
    }
    // The tag is not trusted: text that is no base64 at all is still refused (the tree's 9006).
    expect((await spv({ name: BASE64, value: 'not base64!', xsiType: 'xsd:base64' })).reply).toMatchObject({
      kind: 'Fault',
      setParameterValuesFault: [{ faultCode: 9006 }],
    });
  });

  it('compares local names, whatever prefix the ACS bound the XSD namespace to, and takes a missing xsi:type', async () => {
    for (const xsiType of ['xs:unsignedInt', 'ns1:int', 'unsignedInt', undefined]) {
      const { tree, reply } = await spv({ name: UINT, value: '2500', xsiType });
      expect(reply, String(xsiType)).toMatchObject({ kind: 'SetParameterValuesResponse', status: 0 });
      expect(await tree.readInternal(UINT)).toBe(2500);
    }
    expect((await spv({ name: BASE64, value: 'aGVsbG8=', xsiType: 'enc:base64' })).reply).toMatchObject({
      kind: 'SetParameterValuesResponse',
    });
  });

  it('still refuses a contradicting type (9006)', async () => {
    for (const [name, type] of [
      [LONG, 'xsd:boolean'],
      [UINT, 'xsd:dateTime'],
      [UINT, 'xsd:decimal'],
      [BASE64, 'xsd:hexBinary'],
      [INT, 'xsd:base64'],
    ] as const) {
      const { reply } = await spv({ name, value: '5', xsiType: type });
      expect(reply, `${type} for ${name}`).toMatchObject({
        kind: 'Fault',
        faultCode: 9003,
        setParameterValuesFault: [{ parameterName: name, faultCode: 9006 }],
      });
    }
  });

  it('refuses an integer type for a string parameter (9006): the tag claims a type the parameter does not have', async () => {
    const { reply } = await spv({ name: STRING, value: '5', xsiType: 'xsd:int' });
    expect(reply).toMatchObject({
      kind: 'Fault',
      faultCode: 9003,
      setParameterValuesFault: [{ parameterName: STRING, faultCode: 9006 }],
    });
  });

  it('accepts xsd:string for any type, and checks the value itself', async () => {
    expect((await spv({ name: UINT, value: '1000', xsiType: 'xsd:string' })).reply).toMatchObject({
      kind: 'SetParameterValuesResponse',
    });
    expect((await spv({ name: UINT, value: '0', xsiType: 'xsd:unsignedInt' })).reply).toMatchObject({
      kind: 'Fault',
      setParameterValuesFault: [{ faultCode: 9007 }],
    }); // below Timeout's range
  });
});

type SpaEntry = Extract<Message, { kind: 'SetParameterAttributes' }>['parameterList'][number];

async function spa(tree: DataModel, ...parameterList: SpaEntry[]): Promise<Reply> {
  return dispatch(tree, { kind: 'SetParameterAttributes', parameterList });
}

async function attributesOf(tree: DataModel, ...names: string[]): Promise<unknown> {
  const reply = await dispatch(tree, { kind: 'GetParameterAttributes', parameterNames: names });
  return reply.kind === 'GetParameterAttributesResponse' ? reply.parameterList : reply;
}

describe('SetParameterAttributes', () => {
  const HW = 'Device.DeviceInfo.HardwareVersion';

  it('ignores Notification when NotificationChange is false, whatever it holds (GenieACS changing only the access list)', async () => {
    const tree = new DataModel(schema);
    expect(
      await spa(tree, { name: HW, notificationChange: true, notification: 1, accessListChange: false, accessList: [] }),
    ).toEqual({ kind: 'SetParameterAttributesResponse' });
    for (const notification of [0, 7, -1, Number.NaN]) {
      expect(
        await spa(tree, {
          name: HW,
          notificationChange: false,
          notification,
          accessListChange: true,
          accessList: ['Subscriber'],
        }),
        String(notification),
      ).toEqual({ kind: 'SetParameterAttributesResponse' });
    }
    expect(await attributesOf(tree, HW)).toEqual([{ name: HW, notification: 1, accessList: ['Subscriber'] }]);
  });

  it('ignores AccessList when AccessListChange is false, whatever it holds', async () => {
    const tree = new DataModel(schema);
    await spa(tree, {
      name: HW,
      notificationChange: false,
      notification: 0,
      accessListChange: true,
      accessList: ['Subscriber'],
    });
    expect(
      await spa(tree, {
        name: HW,
        notificationChange: true,
        notification: 2,
        accessListChange: false,
        accessList: ['garbage', ''],
      }),
    ).toEqual({ kind: 'SetParameterAttributesResponse' });
    expect(await attributesOf(tree, HW)).toEqual([{ name: HW, notification: 2, accessList: ['Subscriber'] }]);
  });

  it('still refuses a Notification outside 0..2 when NotificationChange is true (9003)', async () => {
    const tree = new DataModel(schema);
    for (const notification of [3, -1, Number.NaN]) {
      expect(
        await spa(tree, { name: HW, notificationChange: true, notification, accessListChange: false, accessList: [] }),
        String(notification),
      ).toMatchObject({ kind: 'Fault', faultCode: 9003 });
    }
    expect(await attributesOf(tree, HW)).toEqual([{ name: HW, notification: 0, accessList: [] }]);
  });

  it('applies a partial path to the parameters that take the change; 9009 only for one named explicitly', async () => {
    const tree = new DataModel(schema);
    const SW = 'Device.DeviceInfo.SoftwareVersion'; // forceEnabled
    const FREE = 'Device.DeviceInfo.MemoryStatus.Free'; // canDeny
    expect(
      await spa(tree, {
        name: 'Device.DeviceInfo.',
        notificationChange: true,
        notification: 0,
        accessListChange: false,
        accessList: [],
      }),
    ).toEqual({ kind: 'SetParameterAttributesResponse' });
    expect(
      await spa(tree, {
        name: 'Device.DeviceInfo.',
        notificationChange: true,
        notification: 2,
        accessListChange: false,
        accessList: [],
      }),
    ).toEqual({ kind: 'SetParameterAttributesResponse' });
    expect(await attributesOf(tree, SW, FREE, HW)).toEqual([
      { name: SW, notification: 2, accessList: [] },
      { name: FREE, notification: 0, accessList: [] },
      { name: HW, notification: 2, accessList: [] },
    ]);
    expect(
      await spa(tree, { name: SW, notificationChange: true, notification: 0, accessListChange: false, accessList: [] }),
    ).toMatchObject({ kind: 'Fault', faultCode: 9009 });
    expect(
      await spa(tree, {
        name: FREE,
        notificationChange: true,
        notification: 2,
        accessListChange: false,
        accessList: [],
      }),
    ).toMatchObject({ kind: 'Fault', faultCode: 9009 });
    // All requests are checked first: a refused explicit name leaves the partial path of the same call unapplied.
    expect(
      await spa(
        tree,
        {
          name: 'Device.DeviceInfo.',
          notificationChange: true,
          notification: 1,
          accessListChange: false,
          accessList: [],
        },
        { name: FREE, notificationChange: true, notification: 2, accessListChange: false, accessList: [] },
      ),
    ).toMatchObject({ kind: 'Fault', faultCode: 9009 });
    expect(await attributesOf(tree, HW)).toEqual([{ name: HW, notification: 2, accessList: [] }]);
  });
});
