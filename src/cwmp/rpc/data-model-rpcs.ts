import { FAULT } from '../../datamodel/faults.ts';
import type { PrimitiveType } from '../../schema/descriptor.ts';
import type { Value } from '../../schema/values.ts';
import { xsiTypeOf } from '../soap/index.ts';
import type { Message } from '../soap/index.ts';
import type { RpcContext, RpcResult } from './context.ts';
import { cwmpFault } from './fault.ts';

type Of<K extends Message['kind']> = Extract<Message, { kind: K }>;

function parameterKeyPath(ctx: RpcContext): string {
  return `${ctx.root}ManagementServer.ParameterKey`;
}

/** ParameterKey is written in the same commit as the change it names (TR-069 A.3.2.1). */
function withKey(ctx: RpcContext, key: string): { alsoStore: ReadonlyMap<string, Value> } {
  return { alsoStore: new Map([[parameterKeyPath(ctx), key]]) };
}

export async function getParameterValues(req: Of<'GetParameterValues'>, ctx: RpcContext): Promise<RpcResult> {
  const values = await ctx.tree.getValues(req.parameterNames);
  return {
    kind: 'GetParameterValuesResponse',
    parameterList: values.map((v) => ({ name: v.path, value: v.wire, xsiType: v.list ? xsiTypeOf('string') : xsiTypeOf(v.type) })),
  };
}

// Many ACSs send every value as xsd:string; only a type that contradicts the parameter's is 9006.
function typeConflict(sent: string | undefined, type: PrimitiveType, list: boolean): boolean {
  if (sent === undefined) return false;
  const local = sent.slice(sent.indexOf(':') + 1);
  if (local === 'string' || local === 'anySimpleType') return false;
  // A narrower integer type always fits a wider one (ACSs often send xsd:unsignedInt for every
  // integer); the value itself is still range-checked by the parameter's validator.
  if (!list && WIDENS[type]?.includes(local)) return false;
  return local !== (list ? 'string' : xsiTypeOf(type).slice(4));
}

const WIDENS: Partial<Record<PrimitiveType, readonly string[]>> = { long: ['int', 'unsignedInt'], unsignedLong: ['unsignedInt'] };

export async function setParameterValues(req: Of<'SetParameterValues'>, ctx: RpcContext): Promise<RpcResult> {
  const wrongType: { parameterName: string; faultCode: number; faultString: string }[] = [];
  for (const p of req.parameterList) {
    const node = ctx.tree.schema.get(p.name.replace(/\.[0-9]+(?=\.)/g, '.{i}'));
    if (node?.kind === 'parameter' && typeConflict(p.xsiType, node.validator.descriptor.type, node.validator.descriptor.list !== undefined)) {
      wrongType.push({ parameterName: p.name, faultCode: FAULT.invalidParameterType, faultString: `Invalid parameter type: ${p.name} is ${node.validator.descriptor.type}, not ${p.xsiType}` });
    }
  }
  if (wrongType.length > 0) return { ...cwmpFault(FAULT.invalidArguments), setParameterValuesFault: wrongType };
  await ctx.tree.setValues(req.parameterList.map((p) => ({ path: p.name, value: p.value })), 'acs', withKey(ctx, req.parameterKey));
  return { kind: 'SetParameterValuesResponse', status: 0 };
}

export async function getParameterNames(req: Of<'GetParameterNames'>, ctx: RpcContext): Promise<RpcResult> {
  const names = await ctx.tree.getNames(req.parameterPath, req.nextLevel);
  return { kind: 'GetParameterNamesResponse', parameterList: names.map((n) => ({ name: n.path, writable: n.writable })) };
}

export async function getParameterAttributes(req: Of<'GetParameterAttributes'>, ctx: RpcContext): Promise<RpcResult> {
  const attrs = await ctx.tree.getAttributes(req.parameterNames);
  return { kind: 'GetParameterAttributesResponse', parameterList: attrs.map((a) => ({ name: a.path, notification: a.notification, accessList: [...a.accessList] })) };
}

export async function setParameterAttributes(req: Of<'SetParameterAttributes'>, ctx: RpcContext): Promise<RpcResult> {
  const requests = [];
  for (const p of req.parameterList) {
    if (p.notificationChange && (p.notification < 0 || p.notification > 2)) return cwmpFault(FAULT.invalidArguments, `notification ${p.notification} for ${p.name} is not 0, 1 or 2`);
    const accessList = p.accessListChange ? p.accessList : undefined;
    if (accessList?.some((a) => a !== 'Subscriber')) return cwmpFault(FAULT.invalidArguments, `AccessList may only hold "Subscriber"`);
    requests.push({
      path: p.name,
      ...(p.notificationChange ? { notification: p.notification as 0 | 1 | 2 } : {}),
      ...(accessList ? { accessList } : {}),
    });
  }
  await ctx.tree.setAttributes(requests);
  return { kind: 'SetParameterAttributesResponse' };
}

export async function addObject(req: Of<'AddObject'>, ctx: RpcContext): Promise<RpcResult> {
  const instanceNumber = await ctx.tree.addObject(req.objectName, 'acs', withKey(ctx, req.parameterKey));
  return { kind: 'AddObjectResponse', instanceNumber, status: 0 };
}

export async function deleteObject(req: Of<'DeleteObject'>, ctx: RpcContext): Promise<RpcResult> {
  await ctx.tree.deleteObject(req.objectName, 'acs', withKey(ctx, req.parameterKey));
  return { kind: 'DeleteObjectResponse', status: 0 };
}
