import { BadArguments } from './field-codec.ts';
import { guard } from './guard.ts';
import { decodeFields, LIST_ELEMENTS, PLANS } from './message-plans.ts';
import type { CwmpVersion, Header, Message } from './types.ts';
import { obj, text, type Node } from './xml-text.ts';
import { readXml } from './xml-reader.ts';

export type DecodeResult =
  | { ok: true; version: CwmpVersion; header: Header; body: Message; mustUnderstandUnknown: string[] }
  | {
      ok: false;
      reason: 'too-large' | 'too-deep' | 'dtd' | 'malformed' | 'not-soap' | 'unknown-method' | 'bad-arguments';
      message: string;
      id?: string;
      method?: string;
      version?: CwmpVersion;
    };

// TR-069 A.2.2 / A.4.1: CWMP 1.0 and 1.1 have their own namespaces; 1.2, 1.3 and 1.4 all use
// cwmp-1-2 (BBF's cwmp-1-3.xsd and cwmp-1-4.xsd declare that target namespace) and are told
// apart by headers. Some ACSs (GenieACS) answer a 1.4 CPE in cwmp-1-3, which is taken as 1.3;
// there is no cwmp-1-4 namespace.
const NAMESPACES: Record<string, CwmpVersion> = { '1-0': '1.0', '1-1': '1.1', '1-2': '1.2', '1-3': '1.3' };
const CWMP_NS = /\sxmlns(?::[A-Za-z_][\w.-]*)?\s*=\s*(["'])urn:dslforum-org:cwmp-(1-[0-9]+)\1/g;

/** The CWMP version of the first CWMP namespace the envelope declares, if it is a real one. */
function namespaceVersion(xml: string): CwmpVersion | undefined {
  CWMP_NS.lastIndex = 0;
  const m = CWMP_NS.exec(xml);
  return m ? NAMESPACES[m[2]!] : undefined;
}

const KNOWN_HEADERS = new Set([
  'ID',
  'HoldRequests',
  'SessionTimeout',
  'SupportedCWMPVersions',
  'UseCWMPVersion',
  'NoMoreRequests',
]);
const FAULT = PLANS.get('Fault')!;

/** Decodes one SOAP envelope from the peer. Never throws: every problem is a typed result. */
export function decodeEnvelope(
  input: string | Uint8Array,
  limits: { maxBytes?: number; maxDepth?: number } = {},
): DecodeResult {
  const g = guard(input, limits.maxBytes ?? 10 * 1024 * 1024, limits.maxDepth ?? 64);
  if (!g.ok) return { ok: false, reason: g.reason, message: g.message };
  let doc: Node;
  try {
    doc = readXml(g.text, LIST_ELEMENTS);
  } catch (e) {
    return { ok: false, reason: 'malformed', message: `not well-formed XML: ${(e as Error).message}` };
  }
  const version = namespaceVersion(g.text);
  const env = obj(doc['Envelope']);
  const bodyNode = obj(env['Body']);
  if (!('Body' in env) || !version) return { ok: false, reason: 'not-soap', message: 'not a CWMP SOAP envelope' };
  const headerNode = obj(env['Header']);
  const header: Header = {};
  const mustUnderstandUnknown: string[] = [];
  for (const [k, raw] of Object.entries(headerNode)) {
    const value = text(raw).trim();
    // cwmp:ID is opaque: echoed back with every character (TR-069 A.4.2.1).
    if (k === 'ID') header.id = text(raw);
    else if (k === 'HoldRequests') header.holdRequests = value === '1' || value === 'true';
    else if (k === 'SessionTimeout' && /^[0-9]+$/.test(value)) header.sessionTimeout = Number(value);
    else if (k === 'SupportedCWMPVersions') header.supportedCwmpVersions = value;
    else if (k === 'UseCWMPVersion') header.useCwmpVersion = value;
    else if (k === 'NoMoreRequests') header.noMoreRequests = value === '1' || value === 'true';
    if (!KNOWN_HEADERS.has(k) && !k.startsWith('@')) {
      const mu = text(obj(raw)['@mustUnderstand']);
      if (mu === '1' || mu === 'true') mustUnderstandUnknown.push(k);
    }
  }
  const id = header.id;
  const names = Object.keys(bodyNode).filter((k) => !k.startsWith('@') && k !== '#text');
  const element = names[0];
  if (element === undefined)
    return { ok: false, reason: 'not-soap', message: 'empty SOAP body', ...(id !== undefined ? { id } : {}), version };
  // The name after the last colon: GenieACS writes its faults as <soap-env:Body:Fault>, a
  // malformed QName the parser leaves as "Body:Fault"; the spec's element is Fault (TR-069 A.5.1).
  const method = element.slice(element.lastIndexOf(':') + 1);
  // A peer's fault is read as sent (its fields never refuse): it ends the request either way.
  if (method === 'Fault')
    return {
      ok: true,
      version,
      header,
      mustUnderstandUnknown,
      body: decodeFields(FAULT, obj(obj(obj(bodyNode[element])['detail'])['Fault'])),
    };
  const plan = PLANS.get(method);
  if (plan === undefined)
    return {
      ok: false,
      reason: 'unknown-method',
      message: `unknown method ${method}`,
      method,
      version,
      ...(id !== undefined ? { id } : {}),
    };
  try {
    return { ok: true, version, header, mustUnderstandUnknown, body: decodeFields(plan, obj(bodyNode[element])) };
  } catch (e) {
    if (e instanceof BadArguments)
      return {
        ok: false,
        reason: 'bad-arguments',
        message: `${method}: ${e.message}`,
        method,
        version,
        ...(id !== undefined ? { id } : {}),
      };
    return { ok: false, reason: 'malformed', message: (e as Error).message, method, version };
  }
}
