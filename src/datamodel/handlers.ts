import type { Value } from '../schema/values.ts';

/** Where a handler call applies: the concrete path and its table instance numbers, outermost first. */
export interface HandlerContext {
  readonly path: string;
  readonly instances: readonly number[];
  /**
   * The tree the call is for: handlers shared by many trees (fleet mode) keep per-device state
   * keyed by it.
   */
  readonly tree: object;
}

type MaybePromise<T> = T | Promise<T>;

/** Binds one parameter (schema path) to the device. Untyped form; see typed.ts for the typed one. */
export interface ParameterHandler {
  get?(ctx: HandlerContext): MaybePromise<Value>;
  set?(value: Value, ctx: HandlerContext): MaybePromise<void>;
}

/**
 * Binds a whole table to the device: the device owns which rows exist and their parameter values.
 * `get`/`set` receive the parameter name relative to the row ('Name', 'Stats.BytesSent').
 */
export interface TableHandler {
  instances(ctx: HandlerContext): MaybePromise<readonly number[]>;
  /** Returns undefined for parameters the device leaves to the store (and their defaults). */
  get?(name: string, ctx: HandlerContext): MaybePromise<Value | undefined>;
  set?(name: string, value: Value, ctx: HandlerContext): MaybePromise<void>;
  add?(ctx: HandlerContext): MaybePromise<number>;
  delete?(ctx: HandlerContext): MaybePromise<void>;
}

/**
 * Handlers by schema path; a handler covers its path and, for tables, the subtree of each row.
 * A tree's own handlers (`parameters`, `tables`) come first, then those it shares with the other
 * trees of its device profile.
 */
export class HandlerRegistry {
  readonly parameters = new Map<string, ParameterHandler>();
  readonly tables = new Map<string, TableHandler>();

  constructor(private readonly shared?: HandlerRegistry) {}

  parameter(schemaPath: string): ParameterHandler | undefined {
    return this.parameters.get(schemaPath) ?? this.shared?.parameter(schemaPath);
  }

  table(schemaPath: string): TableHandler | undefined {
    return this.tables.get(schemaPath) ?? this.shared?.table(schemaPath);
  }

  /** The table handler owning a schema path, with the table's schema path; nearest table wins. */
  tableFor(schemaPath: string): { table: string; handler: TableHandler } | undefined {
    let best = this.shared?.tableFor(schemaPath);
    for (const [table, handler] of this.tables) {
      if (schemaPath.startsWith(table) && (!best || table.length >= best.table.length)) best = { table, handler };
    }
    return best;
  }
}
