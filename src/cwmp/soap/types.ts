/** CWMP messages as typed values (TR-069 Annex A); `kind` is the RPC element name. */
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

export interface ParameterValueStruct { name: string; value: string; xsiType?: string | undefined }
export interface FaultStruct { faultCode: number; faultString: string }
export interface SetParameterValuesFaultStruct { parameterName: string; faultCode: number; faultString: string }
/** TR-069 A.4.1.8: WindowStart/WindowEnd are seconds after the request. */
export interface TimeWindowStruct { windowStart: number; windowEnd: number; windowMode: string; userMessage: string; maxRetries: number }
export interface QueuedTransferStruct { commandKey: string; state: number }
export interface AllQueuedTransferStruct extends QueuedTransferStruct { isDownload: boolean; fileType: string; fileSize: number; targetFileName: string }

export type Message =
  // ACS → CPE requests
  | { kind: 'GetRPCMethods' }
  | { kind: 'GetParameterValues'; parameterNames: string[] }
  | { kind: 'SetParameterValues'; parameterList: ParameterValueStruct[]; parameterKey: string }
  | { kind: 'GetParameterNames'; parameterPath: string; nextLevel: boolean }
  | { kind: 'SetParameterAttributes'; parameterList: { name: string; notificationChange: boolean; notification: number; accessListChange: boolean; accessList: string[] }[] }
  | { kind: 'GetParameterAttributes'; parameterNames: string[] }
  | { kind: 'AddObject'; objectName: string; parameterKey: string }
  | { kind: 'DeleteObject'; objectName: string; parameterKey: string }
  | { kind: 'Reboot'; commandKey: string }
  | { kind: 'FactoryReset' }
  | { kind: 'Download'; commandKey: string; fileType: string; url: string; username: string; password: string; fileSize: number; targetFileName: string; delaySeconds: number; successUrl: string; failureUrl: string }
  | { kind: 'Upload'; commandKey: string; fileType: string; url: string; username: string; password: string; delaySeconds: number }
  | { kind: 'ScheduleInform'; delaySeconds: number; commandKey: string }
  | { kind: 'GetQueuedTransfers' }
  | { kind: 'GetAllQueuedTransfers' }
  | { kind: 'CancelTransfer'; commandKey: string }
  | { kind: 'ScheduleDownload'; commandKey: string; fileType: string; url: string; username: string; password: string; fileSize: number; targetFileName: string; timeWindowList: TimeWindowStruct[] }
  // CPE → ACS responses
  | { kind: 'GetRPCMethodsResponse'; methodList: string[] }
  | { kind: 'GetParameterValuesResponse'; parameterList: ParameterValueStruct[] }
  | { kind: 'SetParameterValuesResponse'; status: number }
  | { kind: 'GetParameterNamesResponse'; parameterList: { name: string; writable: boolean }[] }
  | { kind: 'SetParameterAttributesResponse' }
  | { kind: 'GetParameterAttributesResponse'; parameterList: { name: string; notification: number; accessList: string[] }[] }
  | { kind: 'AddObjectResponse'; instanceNumber: number; status: number }
  | { kind: 'DeleteObjectResponse'; status: number }
  | { kind: 'RebootResponse' }
  | { kind: 'FactoryResetResponse' }
  | { kind: 'DownloadResponse'; status: number; startTime: string; completeTime: string }
  | { kind: 'UploadResponse'; status: number; startTime: string; completeTime: string }
  | { kind: 'ScheduleInformResponse' }
  | { kind: 'CancelTransferResponse' }
  | { kind: 'ScheduleDownloadResponse' }
  | { kind: 'GetQueuedTransfersResponse'; transferList: QueuedTransferStruct[] }
  | { kind: 'GetAllQueuedTransfersResponse'; transferList: AllQueuedTransferStruct[] }
  // CPE → ACS requests and their responses
  | { kind: 'Inform'; deviceId: { manufacturer: string; oui: string; productClass: string; serialNumber: string }; events: { eventCode: string; commandKey: string }[]; maxEnvelopes: number; currentTime: string; retryCount: number; parameterList: ParameterValueStruct[] }
  | { kind: 'InformResponse'; maxEnvelopes: number }
  | { kind: 'TransferComplete'; commandKey: string; fault: FaultStruct; startTime: string; completeTime: string }
  | { kind: 'TransferCompleteResponse' }
  | { kind: 'AutonomousTransferComplete'; announceUrl: string; transferUrl: string; isDownload: boolean; fileType: string; fileSize: number; targetFileName: string; fault: FaultStruct; startTime: string; completeTime: string }
  | { kind: 'AutonomousTransferCompleteResponse' }
  // Either direction
  | { kind: 'Fault'; faultCode: number; faultString: string; setParameterValuesFault?: readonly SetParameterValuesFaultStruct[] | undefined };

export type MessageKind = Message['kind'];

export const KINDS: readonly MessageKind[] = [
  'GetRPCMethods', 'GetParameterValues', 'SetParameterValues', 'GetParameterNames', 'SetParameterAttributes', 'GetParameterAttributes',
  'AddObject', 'DeleteObject', 'Reboot', 'FactoryReset', 'Download', 'Upload', 'ScheduleInform', 'GetQueuedTransfers', 'GetAllQueuedTransfers',
  'CancelTransfer', 'GetRPCMethodsResponse', 'GetParameterValuesResponse', 'SetParameterValuesResponse', 'GetParameterNamesResponse',
  'SetParameterAttributesResponse', 'GetParameterAttributesResponse', 'AddObjectResponse', 'DeleteObjectResponse', 'RebootResponse',
  'FactoryResetResponse', 'DownloadResponse', 'UploadResponse', 'ScheduleInformResponse', 'CancelTransferResponse', 'Inform',
  'InformResponse', 'TransferComplete', 'TransferCompleteResponse', 'ScheduleDownload', 'ScheduleDownloadResponse', 'GetQueuedTransfersResponse',
  'GetAllQueuedTransfersResponse', 'AutonomousTransferComplete', 'AutonomousTransferCompleteResponse',
];

const XSI: Record<string, string> = {
  string: 'xsd:string', int: 'xsd:int', unsignedInt: 'xsd:unsignedInt', long: 'xsd:long', unsignedLong: 'xsd:unsignedLong',
  boolean: 'xsd:boolean', dateTime: 'xsd:dateTime', base64: 'xsd:base64Binary', hexBinary: 'xsd:hexBinary', decimal: 'xsd:decimal',
};

/** The xsi:type of a BBF primitive type on the wire (TR-069 A.2.1, Table 12). */
export function xsiTypeOf(type: string): string {
  return XSI[type] ?? 'xsd:string';
}
