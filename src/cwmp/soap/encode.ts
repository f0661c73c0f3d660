import { encodeFields, PLANS } from './message-plans.ts';
import type { CwmpVersion, Header, Message } from './types.ts';
import { escapeXml } from './xml-text.ts';

export { escapeXml };

// TR-069 A.5.1 gives each fault code its SOAP faultcode: the request's own fault (bad
// arguments, names, types, values, a non-writable parameter, a cancellation not allowed, a
// deployment-unit request that names the wrong thing) is "Client"; the CPE's or ACS's inability
// to act is "Server".
const CLIENT_FAULTS = new Set([
  8003, 9003, 9005, 9006, 9007, 9008, 9021, 9022, 9023, 9024, 9025, 9026, 9027, 9028, 9029, 9030, 9031, 9032,
]);
export function soapFaultCode(faultCode: number): 'Client' | 'Server' {
  return CLIENT_FAULTS.has(faultCode) ? 'Client' : 'Server';
}

/** The body element of a message, children in the order the CWMP XSD requires (the descriptor table). */
function body(m: Message): string {
  const plan = PLANS.get(m.kind)!;
  // TR-069 A.5.1: a CWMP fault is a SOAP Fault carrying cwmp:Fault as its detail.
  if (!plan.soapFault || m.kind !== 'Fault') return encodeFields(plan, m);
  return `<soap-env:Fault><faultcode>${soapFaultCode(m.faultCode)}</faultcode><faultstring>CWMP fault</faultstring><detail>${encodeFields(plan, m)}</detail></soap-env:Fault>`;
}

function header(h: Header, version: CwmpVersion): string {
  const parts: string[] = [];
  if (h.id !== undefined) parts.push(`<cwmp:ID soap-env:mustUnderstand="1">${escapeXml(h.id)}</cwmp:ID>`);
  if (h.holdRequests !== undefined)
    parts.push(
      `<cwmp:HoldRequests soap-env:mustUnderstand="1">${h.holdRequests ? 'true' : 'false'}</cwmp:HoldRequests>`,
    );
  if (h.sessionTimeout !== undefined && version >= '1.3')
    parts.push(`<cwmp:SessionTimeout soap-env:mustUnderstand="0">${h.sessionTimeout}</cwmp:SessionTimeout>`);
  if (h.supportedCwmpVersions !== undefined && version >= '1.4')
    parts.push(
      `<cwmp:SupportedCWMPVersions soap-env:mustUnderstand="0">${escapeXml(h.supportedCwmpVersions)}</cwmp:SupportedCWMPVersions>`,
    );
  if (h.useCwmpVersion !== undefined && version >= '1.4')
    parts.push(`<cwmp:UseCWMPVersion soap-env:mustUnderstand="1">${escapeXml(h.useCwmpVersion)}</cwmp:UseCWMPVersion>`);
  return parts.length > 0 ? `<soap-env:Header>${parts.join('')}</soap-env:Header>` : '';
}

/**
 * The namespace of a CWMP version (TR-069 A.2.2): 1.2, 1.3 and 1.4 share cwmp-1-2 (BBF's
 * cwmp-1-3.xsd and cwmp-1-4.xsd declare it); the version itself travels in the headers.
 */
export function cwmpNamespace(version: CwmpVersion): string {
  return version === '1.0'
    ? 'urn:dslforum-org:cwmp-1-0'
    : version === '1.1'
      ? 'urn:dslforum-org:cwmp-1-1'
      : 'urn:dslforum-org:cwmp-1-2';
}

/** A complete SOAP 1.1 envelope in the CWMP namespace of `version`. */
export function encodeEnvelope(env: { version: CwmpVersion; header: Header; body: Message }): string {
  return encodeEnvelopeWith(env.version, header(env.header, env.version), body(env.body));
}

function encodeEnvelopeWith(version: CwmpVersion, headerXml: string, bodyXml: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:soap-enc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:cwmp="${cwmpNamespace(version)}">` +
    `${headerXml}<soap-env:Body>${bodyXml}</soap-env:Body></soap-env:Envelope>`
  );
}

/**
 * The SOAP fault for a header the receiver must understand and does not (SOAP 1.1 4.2.3, 4.4.1):
 * a SOAP-level fault with no CWMP detail.
 */
export function encodeMustUnderstandFault(
  version: CwmpVersion,
  id: string | undefined,
  headers: readonly string[],
): string {
  return encodeEnvelopeWith(
    version,
    id !== undefined ? header({ id }, version) : '',
    `<soap-env:Fault><faultcode>soap-env:MustUnderstand</faultcode><faultstring>${escapeXml(`header not understood: ${headers.join(', ')}`)}</faultstring></soap-env:Fault>`,
  );
}
