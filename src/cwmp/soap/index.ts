/**
 * The CWMP SOAP codec: typed messages, a hardened decoder and an XSD-ordered encoder, all driven by one descriptor
 * table (descriptors.ts).
 */
export type * from './types.ts';
export { CWMP_VERSIONS, xsiTypeOf } from './types.ts';
export { cwmpNamespace, encodeEnvelope, encodeMustUnderstandFault, escapeXml, soapFaultCode } from './encode.ts';
export { decodeEnvelope, type DecodeResult } from './decode.ts';
