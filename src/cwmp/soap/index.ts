/** The CWMP SOAP codec: typed messages, a hardened decoder and an XSD-ordered encoder. */
export type * from './types.ts';
export { CWMP_VERSIONS, xsiTypeOf } from './types.ts';
export { encodeEnvelope, escapeXml } from './encode.ts';
export { decodeEnvelope, type DecodeResult } from './decode.ts';
