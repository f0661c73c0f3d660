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

type BaseHandler = (request: Message, ctx: RpcContext, dispatcher: RpcDispatcher) => Promise<RpcResult>;

/** The data-model RPCs every dispatcher serves: one table for all (a fleet makes thousands of dispatchers). */
const BASE = new Map<string, BaseHandler>([
  ['GetParameterValues', getParameterValues as BaseHandler],
  [
    'SetParameterValues',
    (async (req: Extract<Message, { kind: 'SetParameterValues' }>, ctx: RpcContext, d: RpcDispatcher) => {
      const result = await setParameterValues(req, ctx);
      // Inside the handler: a listener's failure is this request's fault, as the set itself would be.
      if (result.kind === 'SetParameterValuesResponse') d.parametersSet(req.parameterList);
      return result;
    }) as BaseHandler,
  ],
  ['GetParameterNames', getParameterNames as BaseHandler],
  ['GetParameterAttributes', getParameterAttributes as BaseHandler],
  ['SetParameterAttributes', setParameterAttributes as BaseHandler],
  ['AddObject', addObject as BaseHandler],
  ['DeleteObject', deleteObject as BaseHandler],
  ['GetRPCMethods', async (_req, _ctx, d) => ({ kind: 'GetRPCMethodsResponse', methodList: d.methods() })],
]);

/** What a session needs to answer the ACS's requests. */
export interface RpcDispatch {
  dispatch(request: Message, ctx: RpcContext): Promise<RpcResult>;
}

/**
 * The CPE side of every ACS request: a handler per RPC name. GetRPCMethods lists exactly the
 * registered ones; anything else is 9000 (TR-069 A.3.1.1, A.5.1).
 */
export class RpcDispatcher implements RpcDispatch {
  /** Handlers registered beyond the data-model ones (which they may replace). */
  private own: Map<string, RpcHandler> | undefined;
  private setListeners: ((parameters: ParametersSet) => void)[] | undefined;
  private around: RpcAround | undefined;

  register<K extends Message['kind']>(method: K, handler: HandlerFor<K>): void {
    (this.own ??= new Map()).set(method, handler as RpcHandler);
  }

  /**
   * Told of every SetParameterValues the ACS made that succeeded, in the session, before the
   * response goes out: components that react to values the ACS sets subscribe here instead of
   * registering the RPC again.
   */
  onParametersSet(listener: (parameters: ParametersSet) => void): void {
    (this.setListeners ??= []).push(listener);
  }

  /** Tells the subscribers of a successful SetParameterValues. */
  parametersSet(parameters: ParametersSet): void {
    for (const l of this.setListeners ?? []) l(parameters);
  }

  /** Sets (or, with undefined, removes) the one wrapper around every dispatch. */
  wrap(around: RpcAround | undefined): void {
    this.around = around;
  }

  methods(): string[] {
    return [...new Set([...BASE.keys(), ...(this.own?.keys() ?? [])])].sort();
  }

  async dispatch(request: Message, ctx: RpcContext): Promise<RpcResult> {
    return this.around ? this.around(request, () => this.handle(request, ctx)) : this.handle(request, ctx);
  }

  private async handle(request: Message, ctx: RpcContext): Promise<RpcResult> {
    const own = this.own?.get(request.kind);
    const base = own ? undefined : BASE.get(request.kind);
    if (!own && !base) return cwmpFault(9000, `${request.kind} is not supported`);
    try {
      return await (own ? own(request, ctx) : base!(request, ctx, this));
    } catch (e) {
      return faultFrom(e);
    }
  }
}
