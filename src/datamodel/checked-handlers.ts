import type { Value } from '../schema/values.ts';
import { DataModelFault, FAULT, fault } from './faults.ts';
import type { HandlerContext, ParameterHandler, TableHandler } from './handlers.ts';
import { schemaPathOf } from './paths.ts';
import type { SchemaIndex } from './schema-index.ts';

/** Where integrator bindings report a handler that failed (the agent's log, at WARN). */
export interface BindingLog {
  warn(message: string): void;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Runs one integrator handler call: a throw, or a value the parameter's syntax refuses, is logged
 * with the concrete path and becomes fault 9002 naming that path, so the ACS never receives a
 * value the model does not allow and the integrator can find which binding failed.
 */
class Checks {
  constructor(
    private readonly schema: SchemaIndex,
    private readonly log: BindingLog,
  ) {}

  async call<T>(what: string, ctx: HandlerContext, run: () => T | Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      if (e instanceof DataModelFault && e.code !== FAULT.internalError) throw e;
      this.log.warn(`binding: the ${what} handler of ${ctx.path} failed: ${messageOf(e)}`);
      throw fault(FAULT.internalError, `${ctx.path}: its ${what} handler failed: ${messageOf(e)}`);
    }
  }

  value(ctx: HandlerContext, v: Value | undefined): Value | undefined {
    if (v === undefined) return undefined;
    const node = this.schema.get(schemaPathOf(ctx.path) ?? '');
    if (node?.kind !== 'parameter') return v;
    const r = node.validator.validateValue(v);
    if (r.ok) return r.value;
    this.log.warn(`binding: the get handler of ${ctx.path} returned an invalid value: ${r.message}`);
    throw fault(FAULT.internalError, `${ctx.path}: its handler returned an invalid value (${r.message})`);
  }
}

/** A parameter handler whose failures and invalid values are logged with their path. */
export function checkedParameterHandler(schema: SchemaIndex, log: BindingLog, h: ParameterHandler): ParameterHandler {
  const c = new Checks(schema, log);
  const out: ParameterHandler = {};
  if (h.get) {
    const get = h.get.bind(h);
    out.get = async (ctx) => c.value(ctx, await c.call('get', ctx, () => get(ctx)))!;
  }
  if (h.set) {
    const set = h.set.bind(h);
    out.set = (value, ctx) => c.call('set', ctx, () => set(value, ctx));
  }
  return out;
}

/** A table handler whose failures and invalid row values are logged with their path. */
export function checkedTableHandler(schema: SchemaIndex, log: BindingLog, h: TableHandler): TableHandler {
  const c = new Checks(schema, log);
  const out: TableHandler = { instances: (ctx) => c.call('instances', ctx, () => h.instances(ctx)) };
  if (h.get) {
    const get = h.get.bind(h);
    out.get = async (name, ctx) => c.value(ctx, await c.call('get', ctx, () => get(name, ctx)));
  }
  if (h.set) {
    const set = h.set.bind(h);
    out.set = (name, value, ctx) => c.call('set', ctx, () => set(name, value, ctx));
  }
  if (h.add) {
    const add = h.add.bind(h);
    out.add = (ctx) => c.call('add', ctx, () => add(ctx));
  }
  if (h.delete) {
    const del = h.delete.bind(h);
    out.delete = (ctx) => c.call('delete', ctx, () => del(ctx));
  }
  return out;
}
