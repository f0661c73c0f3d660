import { DataModelFault, FAULT } from '../../datamodel/faults.ts';
import type { CwmpFaultBody } from './context.ts';

// Fault strings (TR-069 A.5.1); the message of the underlying error is appended for operators.
const NAMES: Record<number, string> = {
  9000: 'Method not supported',
  9001: 'Request denied',
  9002: 'Internal error',
  9003: 'Invalid arguments',
  9004: 'Resources exceeded',
  9005: 'Invalid parameter name',
  9006: 'Invalid parameter type',
  9007: 'Invalid parameter value',
  9008: 'Attempt to set a non-writable parameter',
  9009: 'Notification request rejected',
  9010: 'Download failure',
  9011: 'Upload failure',
  9012: 'File transfer server authentication failure',
  9013: 'Unsupported protocol for file transfer',
  9014: 'File transfer failure: cannot join the multicast group',
  9015: 'File transfer failure: cannot reach the file server',
  9016: 'File transfer failure: cannot get the file',
  9017: 'File transfer failure: download did not complete',
  9018: 'File transfer failure: file corrupted',
  9019: 'File transfer failure: file authentication failed',
  9020: 'File transfer failure: no time window left',
  9021: 'Cancelling the transfer is not allowed in its current state',
};

export function cwmpFault(code: number, detail?: string): CwmpFaultBody {
  const name = NAMES[code] ?? 'Fault';
  return { kind: 'Fault', faultCode: code, faultString: detail ? `${name}: ${detail}` : name };
}

/** Maps any error from an RPC handler to the fault the ACS gets; unknown errors are 9002. */
export function faultFrom(e: unknown): CwmpFaultBody {
  if (e instanceof DataModelFault) {
    const body = cwmpFault(e.code, e.parameters.length > 0 ? undefined : e.message);
    if (e.parameters.length === 0) return body;
    return {
      ...body,
      setParameterValuesFault: e.parameters.map((p) => ({
        parameterName: p.name,
        faultCode: p.code,
        faultString: `${NAMES[p.code] ?? 'Fault'}: ${p.message}`,
      })),
    };
  }
  return cwmpFault(FAULT.internalError, e instanceof Error ? e.message : String(e));
}
