import type { CwmpVersion, Header, Message, ParameterValueStruct } from './types.ts';

// XML 1.0 allows only these characters; anything else is dropped rather than sent invalid.
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(s: string): string {
  // A literal CR would reach the peer as a line feed (XML 1.0 2.11): send it as a reference.
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\r/g, '&#13;');
}

const el = (name: string, text: string | number | boolean): string => `<${name}>${escapeXml(String(text))}</${name}>`;
const arr = (name: string, type: string, items: readonly string[]): string =>
  `<${name} soap-enc:arrayType="${type}[${items.length}]">${items.join('')}</${name}>`;

function pvs(list: readonly ParameterValueStruct[]): string {
  return arr('ParameterList', 'cwmp:ParameterValueStruct', list.map((p) =>
    `<ParameterValueStruct>${el('Name', p.name)}<Value xsi:type="${escapeXml(p.xsiType ?? 'xsd:string')}">${escapeXml(p.value)}</Value></ParameterValueStruct>`));
}

const strings = (name: string, items: readonly string[]): string => arr(name, 'xsd:string', items.map((s) => el('string', s)));

// TR-069 A.5.1 gives each fault code its SOAP faultcode: the request's own fault (bad
// arguments, names, types, values, a non-writable parameter, a cancellation not allowed, a
// deployment-unit request that names the wrong thing) is "Client"; the CPE's or ACS's inability
// to act is "Server".
const CLIENT_FAULTS = new Set([8003, 9003, 9005, 9006, 9007, 9008, 9021, 9022, 9023, 9024, 9025, 9026, 9027, 9028, 9029, 9030, 9031, 9032]);
export function soapFaultCode(faultCode: number): 'Client' | 'Server' {
  return CLIENT_FAULTS.has(faultCode) ? 'Client' : 'Server';
}

/** The body element of a message, children in the order the CWMP XSD requires. */
function body(m: Message): string {
  switch (m.kind) {
    case 'GetRPCMethods':
    case 'FactoryReset':
    case 'GetQueuedTransfers':
    case 'GetAllQueuedTransfers':
    case 'SetParameterAttributesResponse':
    case 'RebootResponse':
    case 'FactoryResetResponse':
    case 'ScheduleInformResponse':
    case 'CancelTransferResponse':
    case 'TransferCompleteResponse':
    case 'ScheduleDownloadResponse':
    case 'AutonomousTransferCompleteResponse':
      return `<cwmp:${m.kind}></cwmp:${m.kind}>`;
    case 'ScheduleDownload':
      return `<cwmp:ScheduleDownload>${el('CommandKey', m.commandKey)}${el('FileType', m.fileType)}${el('URL', m.url)}${el('Username', m.username)}${el('Password', m.password)}${el('FileSize', m.fileSize)}${el('TargetFileName', m.targetFileName)}${arr('TimeWindowList', 'cwmp:TimeWindowStruct', m.timeWindowList.map((w) =>
        `<TimeWindowStruct>${el('WindowStart', w.windowStart)}${el('WindowEnd', w.windowEnd)}${el('WindowMode', w.windowMode)}${el('UserMessage', w.userMessage)}${el('MaxRetries', w.maxRetries)}</TimeWindowStruct>`))}</cwmp:ScheduleDownload>`;
    case 'GetQueuedTransfersResponse':
      return `<cwmp:GetQueuedTransfersResponse>${arr('TransferList', 'cwmp:QueuedTransferStruct', m.transferList.map((t) =>
        `<QueuedTransferStruct>${el('CommandKey', t.commandKey)}${el('State', t.state)}</QueuedTransferStruct>`))}</cwmp:GetQueuedTransfersResponse>`;
    case 'GetAllQueuedTransfersResponse':
      return `<cwmp:GetAllQueuedTransfersResponse>${arr('TransferList', 'cwmp:AllQueuedTransferStruct', m.transferList.map((t) =>
        `<AllQueuedTransferStruct>${el('CommandKey', t.commandKey)}${el('State', t.state)}${el('IsDownload', t.isDownload ? 'true' : 'false')}${el('FileType', t.fileType)}${el('FileSize', t.fileSize)}${el('TargetFileName', t.targetFileName)}</AllQueuedTransferStruct>`))}</cwmp:GetAllQueuedTransfersResponse>`;
    case 'AutonomousTransferComplete':
      return `<cwmp:AutonomousTransferComplete>${el('AnnounceURL', m.announceUrl)}${el('TransferURL', m.transferUrl)}${el('IsDownload', m.isDownload ? 'true' : 'false')}${el('FileType', m.fileType)}${el('FileSize', m.fileSize)}${el('TargetFileName', m.targetFileName)}<FaultStruct>${el('FaultCode', m.fault.faultCode)}${el('FaultString', m.fault.faultString)}</FaultStruct>${el('StartTime', m.startTime)}${el('CompleteTime', m.completeTime)}</cwmp:AutonomousTransferComplete>`;
    case 'GetParameterValues':
      return `<cwmp:GetParameterValues>${strings('ParameterNames', m.parameterNames)}</cwmp:GetParameterValues>`;
    case 'GetParameterAttributes':
      return `<cwmp:GetParameterAttributes>${strings('ParameterNames', m.parameterNames)}</cwmp:GetParameterAttributes>`;
    case 'SetParameterValues':
      return `<cwmp:SetParameterValues>${pvs(m.parameterList)}${el('ParameterKey', m.parameterKey)}</cwmp:SetParameterValues>`;
    case 'GetParameterNames':
      return `<cwmp:GetParameterNames>${el('ParameterPath', m.parameterPath)}${el('NextLevel', m.nextLevel ? 'true' : 'false')}</cwmp:GetParameterNames>`;
    case 'SetParameterAttributes':
      return `<cwmp:SetParameterAttributes>${arr('ParameterList', 'cwmp:SetParameterAttributesStruct', m.parameterList.map((p) =>
        `<SetParameterAttributesStruct>${el('Name', p.name)}${el('NotificationChange', p.notificationChange ? 'true' : 'false')}${el('Notification', p.notification)}${el('AccessListChange', p.accessListChange ? 'true' : 'false')}${strings('AccessList', p.accessList)}</SetParameterAttributesStruct>`))}</cwmp:SetParameterAttributes>`;
    case 'AddObject':
    case 'DeleteObject':
      return `<cwmp:${m.kind}>${el('ObjectName', m.objectName)}${el('ParameterKey', m.parameterKey)}</cwmp:${m.kind}>`;
    case 'Reboot':
      return `<cwmp:Reboot>${el('CommandKey', m.commandKey)}</cwmp:Reboot>`;
    case 'CancelTransfer':
      return `<cwmp:CancelTransfer>${el('CommandKey', m.commandKey)}</cwmp:CancelTransfer>`;
    case 'ScheduleInform':
      return `<cwmp:ScheduleInform>${el('DelaySeconds', m.delaySeconds)}${el('CommandKey', m.commandKey)}</cwmp:ScheduleInform>`;
    case 'Download':
      return `<cwmp:Download>${el('CommandKey', m.commandKey)}${el('FileType', m.fileType)}${el('URL', m.url)}${el('Username', m.username)}${el('Password', m.password)}${el('FileSize', m.fileSize)}${el('TargetFileName', m.targetFileName)}${el('DelaySeconds', m.delaySeconds)}${el('SuccessURL', m.successUrl)}${el('FailureURL', m.failureUrl)}</cwmp:Download>`;
    case 'Upload':
      return `<cwmp:Upload>${el('CommandKey', m.commandKey)}${el('FileType', m.fileType)}${el('URL', m.url)}${el('Username', m.username)}${el('Password', m.password)}${el('DelaySeconds', m.delaySeconds)}</cwmp:Upload>`;
    case 'GetRPCMethodsResponse':
      return `<cwmp:GetRPCMethodsResponse>${strings('MethodList', m.methodList)}</cwmp:GetRPCMethodsResponse>`;
    case 'GetParameterValuesResponse':
      return `<cwmp:GetParameterValuesResponse>${pvs(m.parameterList)}</cwmp:GetParameterValuesResponse>`;
    case 'SetParameterValuesResponse':
      return `<cwmp:SetParameterValuesResponse>${el('Status', m.status)}</cwmp:SetParameterValuesResponse>`;
    case 'GetParameterNamesResponse':
      return `<cwmp:GetParameterNamesResponse>${arr('ParameterList', 'cwmp:ParameterInfoStruct', m.parameterList.map((p) =>
        `<ParameterInfoStruct>${el('Name', p.name)}${el('Writable', p.writable ? 'true' : 'false')}</ParameterInfoStruct>`))}</cwmp:GetParameterNamesResponse>`;
    case 'GetParameterAttributesResponse':
      return `<cwmp:GetParameterAttributesResponse>${arr('ParameterList', 'cwmp:ParameterAttributeStruct', m.parameterList.map((p) =>
        `<ParameterAttributeStruct>${el('Name', p.name)}${el('Notification', p.notification)}${strings('AccessList', p.accessList)}</ParameterAttributeStruct>`))}</cwmp:GetParameterAttributesResponse>`;
    case 'AddObjectResponse':
      return `<cwmp:AddObjectResponse>${el('InstanceNumber', m.instanceNumber)}${el('Status', m.status)}</cwmp:AddObjectResponse>`;
    case 'DeleteObjectResponse':
      return `<cwmp:DeleteObjectResponse>${el('Status', m.status)}</cwmp:DeleteObjectResponse>`;
    case 'DownloadResponse':
    case 'UploadResponse':
      return `<cwmp:${m.kind}>${el('Status', m.status)}${el('StartTime', m.startTime)}${el('CompleteTime', m.completeTime)}</cwmp:${m.kind}>`;
    case 'Inform':
      return `<cwmp:Inform><DeviceId>${el('Manufacturer', m.deviceId.manufacturer)}${el('OUI', m.deviceId.oui)}${el('ProductClass', m.deviceId.productClass)}${el('SerialNumber', m.deviceId.serialNumber)}</DeviceId>${arr('Event', 'cwmp:EventStruct', m.events.map((e) =>
        `<EventStruct>${el('EventCode', e.eventCode)}${el('CommandKey', e.commandKey)}</EventStruct>`))}${el('MaxEnvelopes', m.maxEnvelopes)}${el('CurrentTime', m.currentTime)}${el('RetryCount', m.retryCount)}${pvs(m.parameterList)}</cwmp:Inform>`;
    case 'InformResponse':
      return `<cwmp:InformResponse>${el('MaxEnvelopes', m.maxEnvelopes)}</cwmp:InformResponse>`;
    case 'TransferComplete':
      return `<cwmp:TransferComplete>${el('CommandKey', m.commandKey)}<FaultStruct>${el('FaultCode', m.fault.faultCode)}${el('FaultString', m.fault.faultString)}</FaultStruct>${el('StartTime', m.startTime)}${el('CompleteTime', m.completeTime)}</cwmp:TransferComplete>`;
    case 'Fault': {
      const code = soapFaultCode(m.faultCode);
      const spv = (m.setParameterValuesFault ?? []).map((f) =>
        `<SetParameterValuesFault>${el('ParameterName', f.parameterName)}${el('FaultCode', f.faultCode)}${el('FaultString', f.faultString)}</SetParameterValuesFault>`).join('');
      return `<soap-env:Fault><faultcode>${code}</faultcode><faultstring>CWMP fault</faultstring><detail><cwmp:Fault>${el('FaultCode', m.faultCode)}${el('FaultString', m.faultString)}${spv}</cwmp:Fault></detail></soap-env:Fault>`;
    }
  }
}

function header(h: Header, version: CwmpVersion): string {
  const parts: string[] = [];
  if (h.id !== undefined) parts.push(`<cwmp:ID soap-env:mustUnderstand="1">${escapeXml(h.id)}</cwmp:ID>`);
  if (h.holdRequests !== undefined) parts.push(`<cwmp:HoldRequests soap-env:mustUnderstand="1">${h.holdRequests ? 'true' : 'false'}</cwmp:HoldRequests>`);
  if (h.sessionTimeout !== undefined && version >= '1.3') parts.push(`<cwmp:SessionTimeout soap-env:mustUnderstand="0">${h.sessionTimeout}</cwmp:SessionTimeout>`);
  if (h.supportedCwmpVersions !== undefined && version >= '1.4') parts.push(`<cwmp:SupportedCWMPVersions soap-env:mustUnderstand="0">${escapeXml(h.supportedCwmpVersions)}</cwmp:SupportedCWMPVersions>`);
  if (h.useCwmpVersion !== undefined && version >= '1.4') parts.push(`<cwmp:UseCWMPVersion soap-env:mustUnderstand="1">${escapeXml(h.useCwmpVersion)}</cwmp:UseCWMPVersion>`);
  return parts.length > 0 ? `<soap-env:Header>${parts.join('')}</soap-env:Header>` : '';
}

/**
 * The namespace of a CWMP version (TR-069 A.2.2): 1.2, 1.3 and 1.4 share cwmp-1-2 (BBF's
 * cwmp-1-3.xsd and cwmp-1-4.xsd declare it); the version itself travels in the headers.
 */
export function cwmpNamespace(version: CwmpVersion): string {
  return version === '1.0' ? 'urn:dslforum-org:cwmp-1-0' : version === '1.1' ? 'urn:dslforum-org:cwmp-1-1' : 'urn:dslforum-org:cwmp-1-2';
}

/** A complete SOAP 1.1 envelope in the CWMP namespace of `version`. */
export function encodeEnvelope(env: { version: CwmpVersion; header: Header; body: Message }): string {
  return encodeEnvelopeWith(env.version, header(env.header, env.version), body(env.body));
}

function encodeEnvelopeWith(version: CwmpVersion, headerXml: string, bodyXml: string): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:soap-enc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:cwmp="${cwmpNamespace(version)}">` +
    `${headerXml}<soap-env:Body>${bodyXml}</soap-env:Body></soap-env:Envelope>`;
}

/**
 * The SOAP fault for a header the receiver must understand and does not (SOAP 1.1 4.2.3, 4.4.1):
 * a SOAP-level fault with no CWMP detail.
 */
export function encodeMustUnderstandFault(version: CwmpVersion, id: string | undefined, headers: readonly string[]): string {
  return encodeEnvelopeWith(version, id !== undefined ? header({ id }, version) : '',
    `<soap-env:Fault><faultcode>soap-env:MustUnderstand</faultcode><faultstring>${escapeXml(`header not understood: ${headers.join(', ')}`)}</faultstring></soap-env:Fault>`);
}
