import type { Notification } from '../../datamodel/attributes.ts';
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
    parameterList: values.map((v) => ({
      name: v.path,
      value: v.wire,
      xsiType: v.list ? xsiTypeOf('string') : xsiTypeOf(v.type),
    })),
  };
}

// XSD's integer types (XML Schema Part 2, 3.3): any of them may carry an integer parameter's value.
const INTEGER_TYPES = new Set([
  'integer',
  'long',
  'int',
  'short',
  'byte',
  'unsignedLong',
  'unsignedInt',
  'unsignedShort',
  'unsignedByte',
  'nonNegativeInteger',
  'positiveInteger',
  'nonPositiveInteger',
  'negativeInteger',
]);
const INTEGER_PARAMETERS: ReadonlySet<PrimitiveType> = new Set(['int', 'unsignedInt', 'long', 'unsignedLong']);
// SOAP encoding's base64 (GenieACS sends xsd:base64) names the same lexical space as base64Binary.
const BASE64_TYPES = new Set(['base64Binary', 'base64']);

/**
 * Whether the xsi:type the ACS sent contradicts the parameter's type (9006, TR-069 A.3.2.1).
 * Only the local name counts: the ACS may bind the XSD namespace to any prefix. The tag is a
 * hint, not a conversion: the value is still parsed and range-checked as the parameter's own type.
 */
function typeConflict(sent: string | undefined, type: PrimitiveType, list: boolean): boolean {
  const tag = sent?.trim() ?? '';
  if (tag === '') return false;
  const local = tag.slice(tag.indexOf(':') + 1);
  // Many ACSs send every value as xsd:string.
  if (local === 'string' || local === 'anySimpleType') return false;
  // A list parameter travels as one comma-separated string.
  if (list) return true;
  // ACSs tag integers with whichever integer type they know (GenieACS: int or unsignedInt).
  if (INTEGER_PARAMETERS.has(type)) return !INTEGER_TYPES.has(local);
  if (type === 'base64') return !BASE64_TYPES.has(local);
  return local !== xsiTypeOf(type).slice(4);
}

export async function setParameterValues(req: Of<'SetParameterValues'>, ctx: RpcContext): Promise<RpcResult> {
  const wrongType: { parameterName: string; faultCode: number; faultString: string }[] = [];
  for (const p of req.parameterList) {
    const node = ctx.tree.schema.get(p.name.replace(/\.[0-9]+(?=\.)/g, '.{i}'));
    if (
      node?.kind === 'parameter' &&
      typeConflict(p.xsiType, node.validator.descriptor.type, node.validator.descriptor.list !== undefined)
    ) {
      wrongType.push({
        parameterName: p.name,
        faultCode: FAULT.invalidParameterType,
        faultString: `Invalid parameter type: ${p.name} is ${node.validator.descriptor.type}, not ${p.xsiType}`,
      });
    }
  }
  if (wrongType.length > 0) return { ...cwmpFault(FAULT.invalidArguments), setParameterValuesFault: wrongType };
  await ctx.tree.setValues(
    req.parameterList.map((p) => ({ path: p.name, value: p.value })),
    'acs',
    withKey(ctx, req.parameterKey),
  );
  return { kind: 'SetParameterValuesResponse', status: 0 };
}

export async function getParameterNames(req: Of<'GetParameterNames'>, ctx: RpcContext): Promise<RpcResult> {
  const names = await ctx.tree.getNames(req.parameterPath, req.nextLevel);
  return {
    kind: 'GetParameterNamesResponse',
    parameterList: names.map((n) => ({ name: n.path, writable: n.writable })),
  };
}

export async function getParameterAttributes(req: Of<'GetParameterAttributes'>, ctx: RpcContext): Promise<RpcResult> {
  const attrs = await ctx.tree.getAttributes(req.parameterNames);
  return {
    kind: 'GetParameterAttributesResponse',
    parameterList: attrs.map((a) => ({ name: a.path, notification: a.notification, accessList: [...a.accessList] })),
  };
}

// Takes undefined too, so it holds whether the decoder leaves an unchanged Notification out or not.
function isNotification(n: number | undefined): n is Notification {
  return n === 0 || n === 1 || n === 2;
}

export async function setParameterAttributes(req: Of<'SetParameterAttributes'>, ctx: RpcContext): Promise<RpcResult> {
  const requests = [];
  for (const p of req.parameterList) {
    // A field whose Change flag is false is not read at all, whatever it holds: GenieACS sends an
    // empty Notification when it changes only the access list (TR-069 A.3.2.4).
    let notification: Notification | undefined;
    if (p.notificationChange) {
      if (!isNotification(p.notification))
        return cwmpFault(FAULT.invalidArguments, `notification ${p.notification} for ${p.name} is not 0, 1 or 2`);
      notification = p.notification;
    }
    const accessList = p.accessListChange ? p.accessList : undefined;
    if (accessList?.some((a) => a !== 'Subscriber'))
      return cwmpFault(FAULT.invalidArguments, `AccessList may only hold "Subscriber"`);
    requests.push({
      path: p.name,
      ...(notification !== undefined ? { notification } : {}),
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
