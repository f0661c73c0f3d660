import type { DataModel } from '../../datamodel/tree.ts';
import type { Message } from '../soap/index.ts';

/** A CWMP fault to send instead of a response (TR-069 A.5.1). */
export interface CwmpFaultBody {
  readonly kind: 'Fault';
  readonly faultCode: number;
  readonly faultString: string;
  readonly setParameterValuesFault?: readonly { parameterName: string; faultCode: number; faultString: string }[];
}

/** What an RPC handler may touch: the tree, the session's deferred work, and the agent's hooks. */
export interface RpcContext {
  readonly tree: DataModel;
  /** Root object path, 'Device.' or 'InternetGatewayDevice.'. */
  readonly root: string;
  /** Work to run once the session has ended (reboot, factory reset, transfers, diagnostics). */
  afterSession(task: () => Promise<void> | void): void;
}

export type RpcResult = Message | CwmpFaultBody;
export type RpcHandler = (request: Message, ctx: RpcContext) => Promise<RpcResult>;
