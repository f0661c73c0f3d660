import type { Value } from '../schema/values.ts';
import type { ChangeOrigin } from './change-tracker.ts';
import { checkedParameterHandler, checkedTableHandler, type BindingLog } from './checked-handlers.ts';
import type { HandlerContext, ParameterHandler } from './handlers.ts';
import { fillInstances } from './paths.ts';
import type { DataModel } from './tree.ts';
import { tableHandlerOf, type RowValues, type TypedTableHandler, type WritableRowName } from './typed-table.ts';

type MaybePromise<T> = T | Promise<T>;

/** A path → value-type map whose values are all CWMP values (every generated `Values` is one). */
export type ValueMap<V> = { [K in keyof V]: Value };

/** A service model's map mounted under its root's Services object, e.g. 'Device.Services.'. */
export type Mount<Prefix extends string, V> = { [K in keyof V as `${Prefix}${K & string}`]: V[K] };

/**
 * A base model's map with a vendor overlay's on top: the overlay's entries replace the base's
 * (a widened enumeration, say) and add its own. `Overlay<DeviceValues, AcmeValues>`.
 */
export type Overlay<Base, Ext> = Omit<Base, keyof Ext> & Ext;

/** The type a setter on a read-only parameter meets: the compiler's message names the parameter and says why. */
export type ReadOnlyParameter<P extends string> = `${P} is read-only: it takes no set handler`;

/**
 * A typed parameter handler: the getter must return the parameter's value type, and a setter is
 * only allowed on writable parameters.
 */
export interface TypedParameterHandler<T, Writable extends boolean, P extends string = string> {
  get?(ctx: HandlerContext): MaybePromise<T>;
  // On a read-only parameter no function fits (the literal part); the function part still types
  // the setter's parameters, so the one error is this one.
  set?: Writable extends true
    ? (value: T, ctx: HandlerContext) => MaybePromise<void>
    : ReadOnlyParameter<P> & ((value: T, ctx: HandlerContext) => MaybePromise<void>);
}

/** The table prefixes of one path, outermost first: 'A.{i}.B.{i}.C' → 'A.{i}.' | 'A.{i}.B.{i}.'. */
type TablesOf<K extends string, Above extends string = ''> = K extends `${infer Head}{i}.${infer Rest}`
  ? `${Above}${Head}{i}.` | TablesOf<Rest, `${Above}${Head}{i}.`>
  : never;

/** Table paths of a value map, nested tables included: the prefixes ending in '{i}.' of its parameter paths. */
export type TablePathOf<V> = TablesOf<keyof V & string>;

export type { RowChange, RowValues, TypedTableHandler, WritableRowName } from './typed-table.ts';

export interface TypedTreeOptions {
  /**
   * Where a handler that throws, or returns a value its parameter does not allow, is reported
   * (with the parameter's path); the ACS then gets fault 9002 for it. Default: not reported.
   */
  log?: BindingLog;
}

const quiet: BindingLog = { warn: () => {} };

/**
 * The typed face of a DataModel for integrator code: paths and value types come from the
 * generated maps, so a wrong path, a wrong value type or a setter on a read-only parameter
 * fails to compile. `V` is the path → type map, `W` the writable paths.
 */
export class TypedTree<V extends ValueMap<V>, W extends keyof V = keyof V> {
  private readonly log: BindingLog;

  constructor(
    readonly tree: DataModel,
    options: TypedTreeOptions = {},
  ) {
    this.log = options.log ?? quiet;
  }

  /** Binds a parameter (schema path, '{i}' for instances); it wins over the store and simulated values. */
  handle<P extends keyof V & string>(
    path: P,
    handler: TypedParameterHandler<V[P], P extends W ? true : false, P>,
  ): this {
    this.tree.handlers.parameters.set(
      path,
      checkedParameterHandler(this.tree.schema, this.log, handler as ParameterHandler),
    );
    return this;
  }

  /**
   * Binds a whole table: the device owns its rows and the values `row` returns, by names relative
   * to the row ('Name', 'Stats.BytesSent'), each checked against its parameter's type.
   */
  // T is constrained by the path's type rather than its own: the handler's contextual type is
  // then worked out for the one table named, not for every table of the model.
  handleTable<T extends string>(
    path: T & TablePathOf<V>,
    // NoInfer: T comes from the path alone, so the row's literals are checked against a settled type.
    handler: NoInfer<TypedTableHandler<RowValues<V, T>, WritableRowName<W, T> & keyof RowValues<V, T>>>,
  ): this {
    this.tree.handlers.tables.set(path, checkedTableHandler(this.tree.schema, this.log, tableHandlerOf(handler)));
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
