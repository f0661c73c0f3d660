import type { Message } from '../soap/index.ts';
import type { RpcContext, RpcHandler, RpcResult } from './context.ts';
import {
  addObject,
  deleteObject,
  getParameterAttributes,
  getParameterNames,
  getParameterValues,
  setParameterAttributes,
  setParameterValues,
} from './data-model-rpcs.ts';
import { cwmpFault, faultFrom } from './fault.ts';

type HandlerFor<K extends Message['kind']> = (
  req: Extract<Message, { kind: K }>,
  ctx: RpcContext,
) => Promise<RpcResult>;

/** The parameters of a SetParameterValues the ACS made, as it sent them. */
export type ParametersSet = Extract<Message, { kind: 'SetParameterValues' }>['parameterList'];

/**
 * Wraps every dispatch: it may answer instead of the handler (a fault), delay it, or look at the
 * result. A fleet scenario injects faults and latency per RPC through it, and counts fault codes.
 */
export type RpcAround = (request: Message, handle: () => Promise<RpcResult>) => Promise<RpcResult>;

/**
 * The CPE side of every ACS request: a handler per RPC name. GetRPCMethods lists exactly the
 * registered ones; anything else is 9000 (TR-069 A.3.1.1, A.5.1).
 */
export class RpcDispatcher {
  private handlers = new Map<string, RpcHandler>();
  private readonly setListeners: ((parameters: ParametersSet) => void)[] = [];
  private around: RpcAround | undefined;

  constructor() {
    this.register('GetParameterValues', getParameterValues);
    this.register('SetParameterValues', async (req, ctx) => {
      const result = await setParameterValues(req, ctx);
      // Inside the handler: a listener's failure is this request's fault, as the set itself would be.
      if (result.kind === 'SetParameterValuesResponse') for (const l of this.setListeners) l(req.parameterList);
      return result;
    });
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

  /**
   * Told of every SetParameterValues the ACS made that succeeded, in the session, before the
   * response goes out: components that react to values the ACS sets subscribe here instead of
   * registering the RPC again.
   */
  onParametersSet(listener: (parameters: ParametersSet) => void): void {
    this.setListeners.push(listener);
  }

  /** Sets (or, with undefined, removes) the one wrapper around every dispatch. */
  wrap(around: RpcAround | undefined): void {
    this.around = around;
  }

  methods(): string[] {
    return [...this.handlers.keys()].sort();
  }

  async dispatch(request: Message, ctx: RpcContext): Promise<RpcResult> {
    return this.around ? this.around(request, () => this.handle(request, ctx)) : this.handle(request, ctx);
  }

  private async handle(request: Message, ctx: RpcContext): Promise<RpcResult> {
    const h = this.handlers.get(request.kind);
    if (!h) return cwmpFault(9000, `${request.kind} is not supported`);
    try {
      return await h(request, ctx);
    } catch (e) {
      return faultFrom(e);
    }
  }
}
