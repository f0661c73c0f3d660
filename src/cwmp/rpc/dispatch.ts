import type { Message } from '../soap/index.ts';
import type { RpcContext, RpcHandler, RpcResult } from './context.ts';
import { addObject, deleteObject, getParameterAttributes, getParameterNames, getParameterValues, setParameterAttributes, setParameterValues } from './data-model-rpcs.ts';
import { cwmpFault, faultFrom } from './fault.ts';

type HandlerFor<K extends Message['kind']> = (req: Extract<Message, { kind: K }>, ctx: RpcContext) => Promise<RpcResult>;

/**
 * The CPE side of every ACS request: a handler per RPC name. GetRPCMethods lists exactly the
 * registered ones; anything else is 9000 (TR-069 A.3.1.1, A.5.1).
 */
export class RpcDispatcher {
  private handlers = new Map<string, RpcHandler>();

  constructor() {
    this.register('GetParameterValues', getParameterValues);
    this.register('SetParameterValues', setParameterValues);
    this.register('GetParameterNames', getParameterNames);
    this.register('GetParameterAttributes', getParameterAttributes);
    this.register('SetParameterAttributes', setParameterAttributes);
    this.register('AddObject', addObject);
    this.register('DeleteObject', deleteObject);
    this.register('GetRPCMethods', async () => ({ kind: 'GetRPCMethodsResponse', methodList: this.methods() }));
  }

  register<K extends Message['kind']>(method: K, handler: HandlerFor<K>): void {
    this.handlers.set(method, handler as RpcHandler);
  }

  methods(): string[] {
    return [...this.handlers.keys()].sort();
  }

  async dispatch(request: Message, ctx: RpcContext): Promise<RpcResult> {
    const h = this.handlers.get(request.kind);
    if (!h) return cwmpFault(9000, `${request.kind} is not supported`);
    try {
      return await h(request, ctx);
    } catch (e) {
      return faultFrom(e);
    }
  }
}
