import type { Value } from '../schema/values.ts';
import type { HandlerContext, ParameterHandler, TableHandler } from './handlers.ts';
import type { ChangeOrigin } from './change-tracker.ts';
import type { DataModel } from './tree.ts';
import { fillInstances } from './paths.ts';

type MaybePromise<T> = T | Promise<T>;

/** A path → value-type map whose values are all CWMP values (every generated `Values` is one). */
export type ValueMap<V> = { [K in keyof V]: Value };

/** A service model's map mounted under its root's Services object, e.g. 'Device.Services.'. */
export type Mount<Prefix extends string, V> = { [K in keyof V as `${Prefix}${K & string}`]: V[K] };

/**
 * A typed parameter handler: the getter must return the parameter's value type, and a setter is
 * only allowed on writable parameters (on a read-only one its type is `never`).
 */
export interface TypedParameterHandler<T, Writable extends boolean> {
  get?(ctx: HandlerContext): MaybePromise<T>;
  set?: Writable extends true ? (value: T, ctx: HandlerContext) => MaybePromise<void> : never;
}

/** Table paths of a value map: the prefixes ending in '{i}.' of its parameter paths. */
export type TablePathOf<V> = keyof V extends infer K
  ? K extends `${infer Head}{i}.${string}`
    ? `${Head}{i}.`
    : never
  : never;

/**
 * The typed face of a DataModel for integrator code: paths and value types come from the
 * generated maps, so a wrong path, a wrong value type or a setter on a read-only parameter
 * fails to compile. `V` is the path → type map, `W` the writable paths.
 */
export class TypedTree<V extends ValueMap<V>, W extends keyof V = keyof V> {
  constructor(readonly tree: DataModel) {}

  /** Binds a parameter (schema path, '{i}' for instances) to the device; overrides the store. */
  handle<P extends keyof V & string>(path: P, handler: TypedParameterHandler<V[P], P extends W ? true : false>): this {
    this.tree.handlers.parameters.set(path, handler as ParameterHandler);
    return this;
  }

  /** Binds a whole table: the device owns its rows and their values. */
  handleTable(path: TablePathOf<V>, handler: TableHandler): this {
    this.tree.handlers.tables.set(path, handler);
    return this;
  }

  /** Reads one value; `instances` fill the '{i}' placeholders outermost first. */
  async get<P extends keyof V & string>(path: P, ...instances: number[]): Promise<V[P]> {
    return (await this.tree.readInternal(fillInstances(path, instances))) as V[P];
  }

  /** Writes one value as the device or local software would (validated, and notified). */
  async set<P extends W & string>(
    path: P,
    value: V[P],
    origin: ChangeOrigin = 'local',
    ...instances: number[]
  ): Promise<void> {
    await this.tree.setValues([{ path: fillInstances(path, instances), value }], origin);
  }

  /** Reports a device-side change of a handler-backed value (event-driven notification). */
  changed<P extends keyof V & string>(path: P, ...instances: number[]): Promise<void> {
    return this.tree.changed(fillInstances(path, instances));
  }
}
