import type { Value } from '../schema/values.ts';
import type { HandlerContext, TableHandler } from './handlers.ts';

type MaybePromise<T> = T | Promise<T>;

/**
 * The parameters of one row of table `T`, keyed by their names relative to the row ('Name',
 * 'Stats.BytesSent') with their value types. Parameters of tables nested in the row belong to
 * those tables (bind them with their own handleTable) and are not part of it.
 */
// `T extends string ?` keeps the whole map deferred while T is still generic (a signature that
// names RowValues<V, T> would otherwise expand it over every path of V); Extract first, because a
// prefix test is much cheaper for the compiler than the template inference that then runs on the
// row's own paths only.
export type RowValues<V, T extends string> = T extends string
  ? {
      [
        K in Extract<keyof V, `${T}${string}`> as K extends `${T}${infer R}`
          ? R extends `${string}{i}${string}`
            ? never
            : R
          : never
      ]: V[K];
    }
  : never;

/** The row-relative names of the writable parameters of table `T`. */
export type WritableRowName<W, T extends string> =
  Extract<W, `${T}${string}`> extends infer K
    ? K extends `${T}${infer R}`
      ? R extends `${string}{i}${string}`
        ? never
        : R
      : never
    : never;

/** One value the ACS (or local software) sets in a row: narrowing on `name` types `value`. */
export type RowChange<Row, N extends keyof Row> = { [K in N]: { readonly name: K; readonly value: Row[K] } }[N];

/** One getter per row parameter the device owns, by row-relative name, returning that parameter's type. */
export type RowGetters<Row> = {
  [K in keyof Row]?: (ctx: HandlerContext) => MaybePromise<Row[K]>;
};

/**
 * A typed table binding: the device owns which rows exist, and the row parameters it has a getter
 * for (names relative to the row, each returning its parameter's type; a name left out keeps the
 * stored or simulated value). A misspelt name, a value outside an enumeration or a number where a
 * 64-bit counter wants a bigint does not compile.
 */
export interface TypedTableHandler<Row, WritableName extends keyof Row> {
  instances(ctx: HandlerContext): MaybePromise<readonly number[]>;
  /** Getters of the row parameters the device owns; `ctx.instances` names the row. */
  get?: RowGetters<Row>;
  /** A writable row parameter was set (validated already); `change.name` is row-relative. */
  set?(change: RowChange<Row, WritableName>, ctx: HandlerContext): MaybePromise<void>;
  /** AddObject: creates a row and returns its instance number. */
  add?(ctx: HandlerContext): MaybePromise<number>;
  /** DeleteObject of the row at `ctx.instances`. */
  delete?(ctx: HandlerContext): MaybePromise<void>;
}

/** The untyped TableHandler the tree calls, built from a typed one. */
export function tableHandlerOf<Row, N extends keyof Row>(h: TypedTableHandler<Row, N>): TableHandler {
  const out: TableHandler = { instances: h.instances.bind(h) };
  const getters = h.get;
  if (getters) {
    out.get = (name, ctx) => {
      const getter = Object.hasOwn(getters, name) ? getters[name as keyof Row] : undefined;
      return getter?.(ctx) as MaybePromise<Value | undefined>;
    };
  }
  if (h.set) {
    const set = h.set.bind(h);
    out.set = (name, value, ctx) => set({ name, value } as unknown as RowChange<Row, N>, ctx);
  }
  if (h.add) out.add = h.add.bind(h);
  if (h.delete) out.delete = h.delete.bind(h);
  return out;
}
