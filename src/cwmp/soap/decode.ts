import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { guard } from './guard.ts';
import { KINDS, type CwmpVersion, type Header, type Message, type MessageKind, type ParameterValueStruct } from './types.ts';

export type DecodeResult =
  | { ok: true; version: CwmpVersion; header: Header; body: Message; mustUnderstandUnknown: string[] }
  | { ok: false; reason: 'too-large' | 'too-deep' | 'dtd' | 'malformed' | 'not-soap' | 'unknown-method' | 'bad-arguments'; message: string; id?: string; method?: string; version?: CwmpVersion };

const LISTS = new Set(['ParameterValueStruct', 'EventStruct', 'string', 'ParameterInfoStruct', 'ParameterAttributeStruct', 'SetParameterAttributesStruct', 'SetParameterValuesFault',
  'TimeWindowStruct', 'QueuedTransferStruct', 'AllQueuedTransferStruct']);

// Prefixes are stripped: CWMP elements are matched by local name, so any prefix an ACS picks works.
const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  // Values keep every character (TR-069 A.2.1: xsd:string is not whitespace-collapsed; an SSID
  // or passphrase may start or end with a space); fields that are tokens are trimmed one by one.
  trimValues: false,
  // Character references are decoded by `decodeRefs` below: the parser's own handling either
  // leaves numeric references literal or also expands HTML entities, which XML does not have.
  processEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  isArray: (name) => LISTS.has(name),
});

type Node = Record<string, unknown>;

class BadArguments extends Error {}

function obj(v: unknown): Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Node) : {};
}
const REF = /&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Decodes the five predefined entities and every character reference (XML 1.0 4.1). */
function decodeRefs(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REF, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name]!;
    const cp = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    // Only characters XML allows (XML 1.0 2.2); anything else is not a character reference.
    const legal = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
    return legal ? String.fromCodePoint(cp) : whole;
  });
}
/** The element's character data exactly as sent, references decoded and CDATA sections kept literal. */
function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') {
    const n = v as Node;
    const cdata = n['#cdata'];
    return text(n['#text']) + (cdata === undefined ? '' : Array.isArray(cdata) ? cdata.map(String).join('') : String(cdata));
  }
  return decodeRefs(String(v));
}
/** A token field (names, paths, URLs, enumerations): surrounding whitespace is layout, not data. */
function tok(v: unknown): string {
  return text(v).trim();
}
/** A required field kept exactly (values, ParameterKey, CommandKey, credentials). */
function req(n: Node, key: string): string {
  if (!(key in n)) throw new BadArguments(`${key} is missing`);
  return text(n[key]);
}
/** A required token field. */
function reqTok(n: Node, key: string): string {
  return req(n, key).trim();
}
function int(n: Node, key: string): number {
  const s = req(n, key).trim();
  if (!/^-?[0-9]+$/.test(s)) throw new BadArguments(`${key} '${s}' is not an integer`);
  return Number(s);
}
function bool(n: Node, key: string): boolean {
  const s = req(n, key).trim();
  if (s === '1' || s === 'true') return true;
  if (s === '0' || s === 'false') return false;
  throw new BadArguments(`${key} '${s}' is not a boolean`);
}
function list(n: Node, container: string, item: string): Node[] {
  if (!(container in n)) throw new BadArguments(`${container} is missing`);
  const items = obj(n[container])[item];
  return Array.isArray(items) ? (items as unknown[]).map((x) => (typeof x === 'object' && x !== null ? (x as Node) : { '#text': x })) : [];
}
function strings(n: Node, container: string): string[] {
  return list(n, container, 'string').map(tok);
}
function pvs(n: Node): ParameterValueStruct[] {
  return list(n, 'ParameterList', 'ParameterValueStruct').map((p) => {
    const value = p['Value'];
    const xsiType = typeof value === 'object' && value !== null ? (value as Node)['@type'] : undefined;
    return { name: reqTok(p, 'Name'), value: text(value), xsiType: typeof xsiType === 'string' ? decodeRefs(xsiType).trim() : undefined };
  });
}

function message(kind: MessageKind, n: Node): Message {
  switch (kind) {
    case 'GetRPCMethods': case 'FactoryReset': case 'GetQueuedTransfers': case 'GetAllQueuedTransfers':
    case 'SetParameterAttributesResponse': case 'RebootResponse': case 'FactoryResetResponse': case 'ScheduleInformResponse':
    case 'CancelTransferResponse': case 'TransferCompleteResponse': case 'ScheduleDownloadResponse': case 'AutonomousTransferCompleteResponse':
      return { kind };
    case 'ScheduleDownload': {
      const windows = list(n, 'TimeWindowList', 'TimeWindowStruct').map((w) => ({
        windowStart: int(w, 'WindowStart'), windowEnd: int(w, 'WindowEnd'), windowMode: reqTok(w, 'WindowMode'), userMessage: text(w['UserMessage']), maxRetries: int(w, 'MaxRetries'),
      }));
      if (windows.length < 1 || windows.length > 2) throw new BadArguments(`TimeWindowList holds ${windows.length} windows; 1 or 2 are allowed`);
      return {
        kind, commandKey: req(n, 'CommandKey'), fileType: reqTok(n, 'FileType'), url: reqTok(n, 'URL'), username: text(n['Username']), password: text(n['Password']),
        fileSize: 'FileSize' in n ? int(n, 'FileSize') : 0, targetFileName: text(n['TargetFileName']), timeWindowList: windows,
      };
    }
    case 'GetQueuedTransfersResponse':
      return { kind, transferList: list(n, 'TransferList', 'QueuedTransferStruct').map((t) => ({ commandKey: text(t['CommandKey']), state: int(t, 'State') })) };
    case 'GetAllQueuedTransfersResponse':
      return {
        kind, transferList: list(n, 'TransferList', 'AllQueuedTransferStruct').map((t) => ({
          commandKey: text(t['CommandKey']), state: int(t, 'State'), isDownload: bool(t, 'IsDownload'), fileType: tok(t['FileType']), fileSize: int(t, 'FileSize'), targetFileName: text(t['TargetFileName']),
        })),
      };
    case 'AutonomousTransferComplete': {
      const f = obj(n['FaultStruct']);
      return {
        kind, announceUrl: tok(n['AnnounceURL']), transferUrl: tok(n['TransferURL']), isDownload: bool(n, 'IsDownload'), fileType: tok(n['FileType']),
        fileSize: 'FileSize' in n ? int(n, 'FileSize') : 0, targetFileName: text(n['TargetFileName']),
        fault: { faultCode: 'FaultCode' in f ? int(f, 'FaultCode') : 0, faultString: text(f['FaultString']) }, startTime: tok(n['StartTime']), completeTime: tok(n['CompleteTime']),
      };
    }
    case 'GetParameterValues':
    case 'GetParameterAttributes':
      return { kind, parameterNames: strings(n, 'ParameterNames') };
    case 'SetParameterValues':
      return { kind, parameterList: pvs(n), parameterKey: req(n, 'ParameterKey') };
    case 'GetParameterNames':
      return { kind, parameterPath: reqTok(n, 'ParameterPath'), nextLevel: bool(n, 'NextLevel') };
    case 'SetParameterAttributes':
      return {
        kind,
        parameterList: list(n, 'ParameterList', 'SetParameterAttributesStruct').map((p) => ({
          // A field whose Change flag is false is ignored whatever it holds (TR-069 A.3.2.4):
          // GenieACS sends an empty <Notification/> when it changes only the access list.
          name: reqTok(p, 'Name'), notificationChange: bool(p, 'NotificationChange'), notification: bool(p, 'NotificationChange') ? int(p, 'Notification') : 0,
          accessListChange: bool(p, 'AccessListChange'), accessList: bool(p, 'AccessListChange') && 'AccessList' in p ? strings(p, 'AccessList') : [],
        })),
      };
    case 'AddObject':
    case 'DeleteObject':
      return { kind, objectName: reqTok(n, 'ObjectName'), parameterKey: req(n, 'ParameterKey') };
    case 'Reboot':
    case 'CancelTransfer':
      return { kind, commandKey: req(n, 'CommandKey') };
    case 'ScheduleInform':
      return { kind, delaySeconds: int(n, 'DelaySeconds'), commandKey: req(n, 'CommandKey') };
    case 'Download':
      return {
        kind, commandKey: req(n, 'CommandKey'), fileType: reqTok(n, 'FileType'), url: reqTok(n, 'URL'), username: text(n['Username']), password: text(n['Password']),
        fileSize: 'FileSize' in n ? int(n, 'FileSize') : 0, targetFileName: text(n['TargetFileName']), delaySeconds: 'DelaySeconds' in n ? int(n, 'DelaySeconds') : 0,
        successUrl: tok(n['SuccessURL']), failureUrl: tok(n['FailureURL']),
      };
    case 'Upload':
      return { kind, commandKey: req(n, 'CommandKey'), fileType: reqTok(n, 'FileType'), url: reqTok(n, 'URL'), username: text(n['Username']), password: text(n['Password']), delaySeconds: 'DelaySeconds' in n ? int(n, 'DelaySeconds') : 0 };
    case 'GetRPCMethodsResponse':
      return { kind, methodList: strings(n, 'MethodList') };
    case 'GetParameterValuesResponse':
      return { kind, parameterList: pvs(n) };
    case 'SetParameterValuesResponse':
    case 'DeleteObjectResponse':
      return { kind, status: int(n, 'Status') };
    case 'GetParameterNamesResponse':
      return { kind, parameterList: list(n, 'ParameterList', 'ParameterInfoStruct').map((p) => ({ name: reqTok(p, 'Name'), writable: bool(p, 'Writable') })) };
    case 'GetParameterAttributesResponse':
      return { kind, parameterList: list(n, 'ParameterList', 'ParameterAttributeStruct').map((p) => ({ name: reqTok(p, 'Name'), notification: int(p, 'Notification'), accessList: 'AccessList' in p ? strings(p, 'AccessList') : [] })) };
    case 'AddObjectResponse':
      return { kind, instanceNumber: int(n, 'InstanceNumber'), status: int(n, 'Status') };
    case 'DownloadResponse':
    case 'UploadResponse':
      return { kind, status: int(n, 'Status'), startTime: tok(n['StartTime']), completeTime: tok(n['CompleteTime']) };
    case 'Inform': {
      const d = obj(n['DeviceId']);
      return {
        kind, deviceId: { manufacturer: req(d, 'Manufacturer'), oui: req(d, 'OUI'), productClass: text(d['ProductClass']), serialNumber: req(d, 'SerialNumber') },
        events: list(n, 'Event', 'EventStruct').map((e) => ({ eventCode: reqTok(e, 'EventCode'), commandKey: text(e['CommandKey']) })),
        maxEnvelopes: int(n, 'MaxEnvelopes'), currentTime: reqTok(n, 'CurrentTime'), retryCount: int(n, 'RetryCount'), parameterList: pvs(n),
      };
    }
    case 'InformResponse':
      return { kind, maxEnvelopes: 'MaxEnvelopes' in n ? int(n, 'MaxEnvelopes') : 1 };
    case 'TransferComplete': {
      const f = obj(n['FaultStruct']);
      return { kind, commandKey: text(n['CommandKey']), fault: { faultCode: 'FaultCode' in f ? int(f, 'FaultCode') : 0, faultString: text(f['FaultString']) }, startTime: tok(n['StartTime']), completeTime: tok(n['CompleteTime']) };
    }
    case 'Fault':
      throw new BadArguments('a Fault is not a body element');
  }
}

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

const KNOWN_HEADERS = new Set(['ID', 'HoldRequests', 'SessionTimeout', 'SupportedCWMPVersions', 'UseCWMPVersion', 'NoMoreRequests']);

/** Decodes one SOAP envelope from the peer. Never throws: every problem is a typed result. */
export function decodeEnvelope(input: string | Uint8Array, limits: { maxBytes?: number; maxDepth?: number } = {}): DecodeResult {
  const g = guard(input, limits.maxBytes ?? 10 * 1024 * 1024, limits.maxDepth ?? 64);
  if (!g.ok) return { ok: false, reason: g.reason, message: g.message };
  if (XMLValidator.validate(g.text) !== true) return { ok: false, reason: 'malformed', message: 'not well-formed XML' };
  const version = namespaceVersion(g.text);
  let doc: Node;
  try {
    // XML 1.0 2.11: a literal CR or CRLF is a line feed; a CR the sender meant is written &#13;.
    doc = obj(parser.parse(g.text.replace(/\r\n?/g, '\n')));
  } catch (e) {
    return { ok: false, reason: 'malformed', message: (e as Error).message };
  }
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
  if (element === undefined) return { ok: false, reason: 'not-soap', message: 'empty SOAP body', ...(id !== undefined ? { id } : {}), version };
  // The name after the last colon: GenieACS writes its faults as <soap-env:Body:Fault>, a
  // malformed QName the parser leaves as "Body:Fault"; the spec's element is Fault (TR-069 A.5.1).
  const method = element.slice(element.lastIndexOf(':') + 1);
  if (method === 'Fault') {
    const f = obj(obj(obj(bodyNode[element])['detail'])['Fault']);
    const faultCode = Number(text(f['FaultCode']));
    const spv = Array.isArray(f['SetParameterValuesFault'])
      ? (f['SetParameterValuesFault'] as unknown[]).map((x) => { const o = obj(x); return { parameterName: text(o['ParameterName']), faultCode: Number(text(o['FaultCode'])), faultString: text(o['FaultString']) }; })
      : undefined;
    return { ok: true, version, header, mustUnderstandUnknown, body: { kind: 'Fault', faultCode: Number.isFinite(faultCode) ? faultCode : 0, faultString: text(f['FaultString']), ...(spv ? { setParameterValuesFault: spv } : {}) } };
  }
  if (!(KINDS as readonly string[]).includes(method)) return { ok: false, reason: 'unknown-method', message: `unknown method ${method}`, method, version, ...(id !== undefined ? { id } : {}) };
  try {
    return { ok: true, version, header, mustUnderstandUnknown, body: message(method as MessageKind, obj(bodyNode[element])) };
  } catch (e) {
    if (e instanceof BadArguments) return { ok: false, reason: 'bad-arguments', message: `${method}: ${e.message}`, method, version, ...(id !== undefined ? { id } : {}) };
    return { ok: false, reason: 'malformed', message: (e as Error).message, method, version };
  }
}
