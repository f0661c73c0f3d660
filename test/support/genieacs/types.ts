/*
 * Declarations of the parts of GenieACS (lib/types.ts, soap.ts, connection-request.ts,
 * common/expression.ts, xml-parser.ts, util.ts) the interop tests use, written from their
 * signatures: the bundle is plain JavaScript at run time.
 */

/** GenieACS's parameter path (common/path.ts); only its string form is used here. */
export interface GeniePath {
  toString(): string;
}

export type GenieValue = string | number | boolean;

export interface FaultStruct {
  faultCode: string;
  faultString: string;
  setParameterValuesFault?: { parameterName: string; faultCode: string; faultString: string }[];
}

export interface CpeFault {
  faultCode: 'Client' | 'Server';
  faultString: 'CWMP fault';
  detail?: FaultStruct;
}

export interface InformRequest {
  name: 'Inform';
  deviceId: { Manufacturer: string; OUI: string; ProductClass?: string; SerialNumber: string };
  event: string[];
  retryCount: number;
  parameterList: [GeniePath, GenieValue, string][];
}

export interface TransferCompleteRequest {
  name: 'TransferComplete';
  commandKey: string;
  faultStruct?: FaultStruct;
  startTime?: number;
  completeTime?: number;
}

export type CpeRequest =
  InformRequest | TransferCompleteRequest | { name: 'GetRPCMethods' } | { name: 'RequestDownload'; fileType: string };

export type CpeResponse =
  | { name: 'GetParameterNamesResponse'; parameterList: [GeniePath, boolean, boolean][] }
  | { name: 'GetParameterValuesResponse'; parameterList: [GeniePath, GenieValue, string][] }
  | { name: 'GetParameterAttributesResponse'; parameterList: [GeniePath, number, string[]][] }
  | { name: 'SetParameterValuesResponse'; status: number }
  | { name: 'SetParameterAttributesResponse' }
  | { name: 'AddObjectResponse'; instanceNumber: string; status: number }
  | { name: 'DeleteObjectResponse'; status: number }
  | { name: 'RebootResponse' }
  | { name: 'FactoryResetResponse' }
  | { name: 'DownloadResponse'; status: number; startTime?: number; completeTime?: number };

/** What soap.request makes of one CPE message. */
export interface SoapMessage {
  id: string;
  cwmpVersion: string;
  sessionTimeout: number;
  cpeRequest?: CpeRequest;
  cpeFault?: CpeFault;
  cpeResponse?: CpeResponse;
  unknownMethod?: string;
}

/** The ACS requests soap.response can build (lib/types.ts AcsRequest). */
export type AcsRequest =
  | { name: 'GetParameterNames'; parameterPath: string; nextLevel: boolean }
  | { name: 'GetParameterValues'; parameterNames: string[] }
  | { name: 'GetParameterAttributes'; parameterNames: string[] }
  | {
      name: 'SetParameterValues';
      parameterList: [string, GenieValue, string][];
      parameterKey?: string;
      DATETIME_MILLISECONDS?: boolean;
      BOOLEAN_LITERAL?: boolean;
    }
  | { name: 'SetParameterAttributes'; parameterList: [string, number | null, string[] | null][] }
  | { name: 'AddObject'; objectName: string; parameterKey?: string; instanceValues: Record<string, string> }
  | { name: 'DeleteObject'; objectName: string; parameterKey?: string }
  | { name: 'Reboot'; commandKey?: string }
  | { name: 'FactoryReset'; commandKey?: string }
  | {
      name: 'Download';
      commandKey: string;
      instance: string;
      fileType: string;
      fileName?: string;
      url?: string;
      username?: string;
      password?: string;
      fileSize?: number;
      targetFileName?: string;
      delaySeconds?: number;
      successUrl?: string;
      failureUrl?: string;
    };

export type AcsResponse =
  | { name: 'InformResponse' }
  | { name: 'GetRPCMethodsResponse'; methodList: string[] }
  | { name: 'TransferCompleteResponse' }
  | { name: 'RequestDownloadResponse' };

export interface SoapResponse {
  code: number;
  headers: Record<string, string>;
  data: string;
}

export interface SoapModule {
  request(body: string, warnings: Record<string, unknown>[]): SoapMessage;
  response(
    rpc: {
      id: string;
      cwmpVersion: string;
      acsRequest?: AcsRequest;
      acsResponse?: AcsResponse;
      acsFault?: CpeFault;
    } | null,
  ): SoapResponse;
}

/** common/expression.ts: only what builds the AUTH("user","pass") expression. */
export interface GenieExpression {
  toString(): string;
}

export interface ExpressionClass {
  parse(input: string): GenieExpression;
  Literal: new (value: string | number | boolean | null) => GenieExpression;
  FunctionCall: new (name: string, args: GenieExpression[]) => GenieExpression;
}

export interface ConnectionRequestModule {
  httpConnectionRequest(
    address: string,
    authExp: GenieExpression,
    allowBasicAuth: boolean,
    timeout: number,
    debug: boolean,
    deviceId: string,
  ): Promise<string>;
  udpConnectionRequest(
    host: string,
    port: number,
    authExp: GenieExpression,
    sourcePort: number,
    debug: boolean,
    deviceId: string,
  ): Promise<void>;
  xmppConnectionRequest(
    jid: string,
    authExp: GenieExpression,
    timeout: number,
    debug: boolean,
    deviceId: string,
  ): Promise<string>;
}

export interface XmlAttribute {
  name: string;
  namespace: string;
  localName: string;
  value: string;
}

export interface XmlElement {
  name: string;
  namespace: string;
  localName: string;
  attrs: string;
  text: string;
  bodyIndex: number;
  children: XmlElement[];
}

export interface XmlParserModule {
  parseXml(text: string): XmlElement;
  parseXmlDeclaration(buffer: Buffer): XmlAttribute[] | null;
  parseAttrs(text: string): XmlAttribute[];
  decodeEntities(text: string): string;
  encodeEntities(text: string): string;
}

/** One entry of the logger stand-in. */
export interface LogRecord {
  level: 'info' | 'warn' | 'error';
  details: Record<string, unknown>;
}

export interface LoggerModule {
  accessInfo(details: Record<string, unknown>): void;
  accessWarn(details: Record<string, unknown>): void;
  accessError(details: Record<string, unknown>): void;
  error(details: Record<string, unknown>): void;
}

/** The bundle's exports (see bundle.ts `entry`). */
export interface GenieAcsModules {
  soap: SoapModule;
  cr: ConnectionRequestModule;
  Expression: ExpressionClass;
  xml: XmlParserModule;
  generateDeviceId(deviceIdStruct: Record<string, string>): string;
  loggerRecords: LogRecord[];
  logger: LoggerModule;
  /** Every datagram connection-request.ts's udpConnectionRequest sent (the cr-dgram stand-in), in order. */
  udpSent: { host: string; port: number; data: Buffer }[];
}
