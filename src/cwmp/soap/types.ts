/**
 * CWMP messages as typed values (TR-069 Annex A), derived from the descriptor table; `kind` is the RPC element name.
 */
import {
  ALL_QUEUED_TRANSFER_STRUCT,
  DESCRIPTORS,
  FAULT_STRUCT,
  PARAMETER_VALUE_STRUCT,
  QUEUED_TRANSFER_STRUCT,
  SET_PARAMETER_VALUES_FAULT,
  TIME_WINDOW_STRUCT,
} from './descriptors.ts';
import type { MessageOf, StructOf } from './field-kinds.ts';

export type CwmpVersion = '1.0' | '1.1' | '1.2' | '1.3' | '1.4';
export const CWMP_VERSIONS: readonly CwmpVersion[] = ['1.0', '1.1', '1.2', '1.3', '1.4'];

export interface Header {
  id?: string;
  holdRequests?: boolean;
  sessionTimeout?: number;
  supportedCwmpVersions?: string;
  useCwmpVersion?: string;
  noMoreRequests?: boolean;
}

export type ParameterValueStruct = StructOf<typeof PARAMETER_VALUE_STRUCT.fields>;
export type FaultStruct = StructOf<typeof FAULT_STRUCT.fields>;
export type SetParameterValuesFaultStruct = StructOf<typeof SET_PARAMETER_VALUES_FAULT.fields>;
/** TR-069 A.4.1.8: WindowStart/WindowEnd are seconds after the request. */
export type TimeWindowStruct = StructOf<typeof TIME_WINDOW_STRUCT.fields>;
export type QueuedTransferStruct = StructOf<typeof QUEUED_TRANSFER_STRUCT.fields>;
export type AllQueuedTransferStruct = StructOf<typeof ALL_QUEUED_TRANSFER_STRUCT.fields>;

export type Message = MessageOf<typeof DESCRIPTORS>;
export type MessageKind = Message['kind'];

/** Every message kind, in table order. */
export const KINDS = Object.keys(DESCRIPTORS) as readonly MessageKind[];

const XSI: Record<string, string> = {
  string: 'xsd:string',
  int: 'xsd:int',
  unsignedInt: 'xsd:unsignedInt',
  long: 'xsd:long',
  unsignedLong: 'xsd:unsignedLong',
  boolean: 'xsd:boolean',
  dateTime: 'xsd:dateTime',
  base64: 'xsd:base64Binary',
  hexBinary: 'xsd:hexBinary',
  decimal: 'xsd:decimal',
};

/** The xsi:type of a BBF primitive type on the wire (TR-069 A.2.1, Table 12). */
export function xsiTypeOf(type: string): string {
  return XSI[type] ?? 'xsd:string';
}
