import {
  anySimple,
  bool,
  dateTime,
  faultCode,
  int,
  list,
  nested,
  OPTIONAL,
  repeated,
  rpc,
  soapFault,
  str,
  strings,
  struct,
  token,
  type MessageDescriptor,
} from './field-kinds.ts';

/**
 * Every CWMP message the agent reads or writes, one entry each: the key is the body element (and
 * the message's `kind`), the fields are the XSD sequence in order (BBF cwmp-1-2.xsd; the test
 * holds them to it). Decoder, encoder, `Message` and `KINDS` all come from this table.
 */

export const PARAMETER_VALUE_STRUCT = struct('ParameterValueStruct', {
  name: token('Name'),
  value: anySimple('Value', 'xsiType'),
});
export const DEVICE_ID_STRUCT = struct('DeviceIdStruct', {
  // Kept exactly: an ACS identifies the CPE by these strings (TR-069 A.3.3.1).
  manufacturer: str('Manufacturer'),
  oui: str('OUI'),
  productClass: str('ProductClass', OPTIONAL),
  serialNumber: str('SerialNumber'),
});
export const EVENT_STRUCT = struct('EventStruct', {
  eventCode: token('EventCode'),
  commandKey: str('CommandKey', OPTIONAL),
});
export const PARAMETER_INFO_STRUCT = struct('ParameterInfoStruct', { name: token('Name'), writable: bool('Writable') });
export const SET_PARAMETER_ATTRIBUTES_STRUCT = struct('SetParameterAttributesStruct', {
  // A field whose Change flag is false is ignored whatever it holds (TR-069 A.3.2.4): GenieACS
  // sends an empty <Notification/> when it changes only the access list.
  name: token('Name'),
  notificationChange: bool('NotificationChange'),
  notification: int('Notification', { onlyIf: 'notificationChange' }),
  accessListChange: bool('AccessListChange'),
  accessList: strings('AccessList', { optional: true, onlyIf: 'accessListChange' }),
});
export const PARAMETER_ATTRIBUTE_STRUCT = struct('ParameterAttributeStruct', {
  name: token('Name'),
  notification: int('Notification'),
  accessList: strings('AccessList', OPTIONAL),
});
/** TR-069 A.4.1.8: WindowStart/WindowEnd are seconds after the request. */
export const TIME_WINDOW_STRUCT = struct('TimeWindowStruct', {
  windowStart: int('WindowStart'),
  windowEnd: int('WindowEnd'),
  windowMode: token('WindowMode'),
  userMessage: str('UserMessage', OPTIONAL),
  maxRetries: int('MaxRetries'),
});
export const QUEUED_TRANSFER_STRUCT = struct('QueuedTransferStruct', {
  commandKey: str('CommandKey', OPTIONAL),
  state: int('State'),
});
export const ALL_QUEUED_TRANSFER_STRUCT = struct('AllQueuedTransferStruct', {
  commandKey: str('CommandKey', OPTIONAL),
  state: int('State'),
  isDownload: bool('IsDownload'),
  fileType: token('FileType', OPTIONAL),
  fileSize: int('FileSize'),
  targetFileName: str('TargetFileName', OPTIONAL),
});
export const FAULT_STRUCT = struct('TransferCompleteFaultStruct', {
  faultCode: int('FaultCode', { default: 0 }),
  faultString: str('FaultString', OPTIONAL),
});
export const SET_PARAMETER_VALUES_FAULT = struct('SetParameterValuesFault', {
  parameterName: str('ParameterName', OPTIONAL),
  faultCode: faultCode('FaultCode'),
  faultString: str('FaultString', OPTIONAL),
});

const parameterList = list('ParameterList', PARAMETER_VALUE_STRUCT);
const transferTimes = { startTime: dateTime('StartTime', OPTIONAL), completeTime: dateTime('CompleteTime', OPTIONAL) };

export const DESCRIPTORS = {
  // Generic methods (TR-069 A.3.1).
  GetRPCMethods: rpc({}),
  GetRPCMethodsResponse: rpc({ methodList: strings('MethodList') }),

  // CPE methods (TR-069 A.3.2).
  SetParameterValues: rpc({ parameterList, parameterKey: str('ParameterKey') }),
  SetParameterValuesResponse: rpc({ status: int('Status') }),
  GetParameterValues: rpc({ parameterNames: strings('ParameterNames') }),
  GetParameterValuesResponse: rpc({ parameterList }),
  GetParameterNames: rpc({ parameterPath: token('ParameterPath'), nextLevel: bool('NextLevel') }),
  GetParameterNamesResponse: rpc({ parameterList: list('ParameterList', PARAMETER_INFO_STRUCT) }),
  SetParameterAttributes: rpc({ parameterList: list('ParameterList', SET_PARAMETER_ATTRIBUTES_STRUCT) }),
  SetParameterAttributesResponse: rpc({}),
  GetParameterAttributes: rpc({ parameterNames: strings('ParameterNames') }),
  GetParameterAttributesResponse: rpc({ parameterList: list('ParameterList', PARAMETER_ATTRIBUTE_STRUCT) }),
  AddObject: rpc({ objectName: token('ObjectName'), parameterKey: str('ParameterKey') }),
  AddObjectResponse: rpc({ instanceNumber: int('InstanceNumber'), status: int('Status') }),
  DeleteObject: rpc({ objectName: token('ObjectName'), parameterKey: str('ParameterKey') }),
  DeleteObjectResponse: rpc({ status: int('Status') }),
  Download: rpc({
    commandKey: str('CommandKey'),
    fileType: token('FileType'),
    url: token('URL'),
    username: str('Username', OPTIONAL),
    password: str('Password', OPTIONAL),
    fileSize: int('FileSize', { default: 0 }),
    targetFileName: str('TargetFileName', OPTIONAL),
    delaySeconds: int('DelaySeconds', { default: 0 }),
    successUrl: token('SuccessURL', OPTIONAL),
    failureUrl: token('FailureURL', OPTIONAL),
  }),
  DownloadResponse: rpc({ status: int('Status'), ...transferTimes }),
  Reboot: rpc({ commandKey: str('CommandKey') }),
  RebootResponse: rpc({}),

  // ACS methods (TR-069 A.3.3).
  Inform: rpc({
    deviceId: nested('DeviceId', DEVICE_ID_STRUCT),
    events: list('Event', EVENT_STRUCT),
    maxEnvelopes: int('MaxEnvelopes'),
    currentTime: dateTime('CurrentTime'),
    retryCount: int('RetryCount'),
    parameterList,
  }),
  InformResponse: rpc({ maxEnvelopes: int('MaxEnvelopes', { default: 1 }) }),
  TransferComplete: rpc({
    commandKey: str('CommandKey', OPTIONAL),
    fault: nested('FaultStruct', FAULT_STRUCT),
    ...transferTimes,
  }),
  TransferCompleteResponse: rpc({}),
  AutonomousTransferComplete: rpc({
    announceUrl: token('AnnounceURL', OPTIONAL),
    transferUrl: token('TransferURL', OPTIONAL),
    isDownload: bool('IsDownload'),
    fileType: token('FileType', OPTIONAL),
    fileSize: int('FileSize', { default: 0 }),
    targetFileName: str('TargetFileName', OPTIONAL),
    fault: nested('FaultStruct', FAULT_STRUCT),
    ...transferTimes,
  }),
  AutonomousTransferCompleteResponse: rpc({}),

  // Optional CPE methods (TR-069 A.4.1).
  GetQueuedTransfers: rpc({}),
  GetQueuedTransfersResponse: rpc({ transferList: list('TransferList', QUEUED_TRANSFER_STRUCT) }),
  ScheduleInform: rpc({ delaySeconds: int('DelaySeconds'), commandKey: str('CommandKey') }),
  ScheduleInformResponse: rpc({}),
  Upload: rpc({
    commandKey: str('CommandKey'),
    fileType: token('FileType'),
    url: token('URL'),
    username: str('Username', OPTIONAL),
    password: str('Password', OPTIONAL),
    delaySeconds: int('DelaySeconds', { default: 0 }),
  }),
  UploadResponse: rpc({ status: int('Status'), ...transferTimes }),
  FactoryReset: rpc({}),
  FactoryResetResponse: rpc({}),
  GetAllQueuedTransfers: rpc({}),
  GetAllQueuedTransfersResponse: rpc({ transferList: list('TransferList', ALL_QUEUED_TRANSFER_STRUCT) }),
  ScheduleDownload: rpc(
    {
      commandKey: str('CommandKey'),
      fileType: token('FileType'),
      url: token('URL'),
      username: str('Username', OPTIONAL),
      password: str('Password', OPTIONAL),
      fileSize: int('FileSize', { default: 0 }),
      targetFileName: str('TargetFileName', OPTIONAL),
      timeWindowList: list('TimeWindowList', TIME_WINDOW_STRUCT, { min: 1, max: 2, noun: 'windows' }),
      // Read first: a request wrong in several places names its windows in the 9003, as it always has.
    },
    { checkFirst: 'timeWindowList' },
  ),
  ScheduleDownloadResponse: rpc({}),
  CancelTransfer: rpc({ commandKey: str('CommandKey') }),
  CancelTransferResponse: rpc({}),

  // Either direction (TR-069 A.5.1). A peer's fault is read as sent, never refused: it only ends the request.
  Fault: soapFault({
    faultCode: faultCode('FaultCode', { unreadable: 0 }),
    faultString: str('FaultString', OPTIONAL),
    setParameterValuesFault: repeated('SetParameterValuesFault', SET_PARAMETER_VALUES_FAULT),
  }),
} satisfies { readonly [kind: string]: MessageDescriptor };
