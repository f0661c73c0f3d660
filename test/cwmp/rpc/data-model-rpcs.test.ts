import { describe, expect, it } from 'vitest';
import { RpcDispatcher } from '../../../src/cwmp/rpc/dispatch.ts';
import type { Message, ParameterValueStruct } from '../../../src/cwmp/soap/index.ts';
import { DataModel } from '../../../src/datamodel/tree.ts';
import { deviceSchema } from '../../support/device-schema.ts';

const LONG = 'Device.IP.Diagnostics.UploadDiagnostics.TestFileLength'; // unsignedLong
const UINT = 'Device.IP.Diagnostics.IPPing.Timeout'; // unsignedInt

async function spv(...parameterList: ParameterValueStruct[]): Promise<{ tree: DataModel; reply: Message | { kind: 'Fault'; faultCode: number } }> {
  const tree = new DataModel(deviceSchema(['Device.IP.Diagnostics.']));
  const reply = await new RpcDispatcher().dispatch({ kind: 'SetParameterValues', parameterList, parameterKey: 'k' }, { tree, root: 'Device.', afterSession: () => undefined });
  return { tree, reply };
}

describe('SetParameterValues xsi:type rules', () => {
  it('takes a narrower integer type for a wider parameter (xsd:unsignedInt for unsignedLong)', async () => {
    const { tree, reply } = await spv({ name: LONG, value: '52428800', xsiType: 'xsd:unsignedInt' });
    expect(reply).toMatchObject({ kind: 'SetParameterValuesResponse', status: 0 });
    expect(await tree.readInternal(LONG)).toBe(52428800n);
  });

  it('still refuses a contradicting type (9006) and a wider type for a narrower parameter', async () => {
    for (const [name, type] of [[LONG, 'xsd:boolean'], [UINT, 'xsd:unsignedLong'], [UINT, 'xsd:dateTime']] as const) {
      const { reply } = await spv({ name, value: '5', xsiType: type });
      expect(reply).toMatchObject({ kind: 'Fault', faultCode: 9003, setParameterValuesFault: [{ parameterName: name, faultCode: 9006 }] });
    }
  });

  it('accepts xsd:string for any type, and checks the value itself', async () => {
    expect((await spv({ name: UINT, value: '1000', xsiType: 'xsd:string' })).reply).toMatchObject({ kind: 'SetParameterValuesResponse' });
    expect((await spv({ name: UINT, value: '0', xsiType: 'xsd:unsignedInt' })).reply).toMatchObject({ kind: 'Fault', setParameterValuesFault: [{ faultCode: 9007 }] }); // below Timeout's range
  });
});
