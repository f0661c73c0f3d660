import { DESCRIPTORS } from './descriptors.ts';
import {
  compileStruct,
  decodeOne,
  decodeStruct,
  encodeStruct,
  type FieldPlan,
  type StructPlan,
} from './field-codec.ts';
import type { MessageDescriptor } from './field-kinds.ts';
import type { Message, MessageKind } from './types.ts';
import type { Node } from './xml-text.ts';

/** The descriptor table compiled once: one plan per message kind, and the elements the parser must read as lists. */

export interface MessagePlan {
  readonly kind: MessageKind;
  readonly soapFault: boolean;
  readonly struct: StructPlan;
  readonly first: FieldPlan | undefined;
}

function compile(kind: MessageKind): MessagePlan {
  const d: MessageDescriptor = DESCRIPTORS[kind];
  const struct = compileStruct(kind, `cwmp:${kind}`, d.fields);
  const first = d.checkFirst === undefined ? undefined : struct.fields.find((f) => f.key === d.checkFirst);
  if (d.checkFirst !== undefined && (first === undefined || first.onlyIf !== undefined))
    throw new Error(`${kind}: checkFirst '${d.checkFirst}' is not a plain field`);
  return { kind, soapFault: d.body === 'soap-fault', struct, first };
}

export const PLANS: ReadonlyMap<string, MessagePlan> = new Map(
  (Object.keys(DESCRIPTORS) as MessageKind[]).map((k) => [k, compile(k)]),
);

/**
 * Every element that holds a list item (SOAP array entries and repeated elements): the parser reads them as arrays
 * even when one is present.
 */
export const LIST_ELEMENTS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const walk = (p: StructPlan): void => {
    for (const f of p.fields) {
      if (f.kind === 'strings') out.add('string');
      if (f.kind === 'list') out.add(f.item!.name);
      if (f.kind === 'repeated') out.add(f.el);
      if (f.item) walk(f.item);
    }
  };
  for (const p of PLANS.values()) walk(p.struct);
  return out;
})();

/** The message's element, cwmp:<kind> (for a SOAP fault, the cwmp:Fault of its detail). */
export function encodeFields(plan: MessagePlan, m: Message): string {
  return encodeStruct(plan.struct, m);
}

/** A message from its element's node; throws BadArguments naming the first field missing or unreadable. */
export function decodeFields(plan: MessagePlan, n: Node): Message {
  const out: Node = { kind: plan.kind };
  const first = plan.first;
  return decodeStruct(plan.struct, n, out, first, first === undefined ? undefined : decodeOne(first, n)) as Message;
}
