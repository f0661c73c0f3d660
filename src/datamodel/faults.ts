/**
 * Data-model faults as typed values. Each carries the CWMP fault code the protocol layer puts on
 * the wire (TR-069 A.5.1, Table A.3 / "Fault codes").
 */
export const FAULT = {
  methodNotSupported: 9000,
  requestDenied: 9001,
  internalError: 9002,
  invalidArguments: 9003,
  resourcesExceeded: 9004,
  invalidParameterName: 9005,
  invalidParameterType: 9006,
  invalidParameterValue: 9007,
  nonWritableParameter: 9008,
  notificationRequestRejected: 9009,
} as const;

export type FaultCode = (typeof FAULT)[keyof typeof FAULT];

/** One failed parameter of a multi-parameter set (TR-069 A.3.2.1 SetParameterValuesFault). */
export interface ParameterFault {
  readonly name: string;
  readonly code: FaultCode;
  readonly message: string;
}

export class DataModelFault extends Error {
  readonly code: FaultCode;
  /** Per-parameter causes, when the fault is a 9003 wrapping several set failures. */
  readonly parameters: readonly ParameterFault[];

  constructor(code: FaultCode, message: string, parameters: readonly ParameterFault[] = []) {
    super(message);
    this.name = 'DataModelFault';
    this.code = code;
    this.parameters = parameters;
  }
}

export function fault(code: FaultCode, message: string): DataModelFault {
  return new DataModelFault(code, message);
}
