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

/** One handler that may serve a parameter: bound to the parameter itself, or to a table above it. */
export type HandlerOwner =
  | { readonly kind: 'parameter'; readonly handler: ParameterHandler }
  | { readonly kind: 'table'; readonly table: string; readonly handler: TableHandler };

/**
 * Handlers by schema path; a handler covers its path and, for tables, the subtree of each row.
 * A tree's own handlers (`parameters`, `tables`: the integrator's bindings) come before those it
 * shares with the other trees of its device profile (the simulated live values), so a binding
 * always wins over a simulated value, a table binding included.
 */
export class HandlerRegistry {
  // Made on first registration: most trees of a fleet register none of their own.
  private ownParameters: Map<string, ParameterHandler> | undefined;
  private ownTables: Map<string, TableHandler> | undefined;

  constructor(private readonly shared?: HandlerRegistry) {}

  get parameters(): Map<string, ParameterHandler> {
    return (this.ownParameters ??= new Map());
  }

  get tables(): Map<string, TableHandler> {
    return (this.ownTables ??= new Map());
  }

  parameter(schemaPath: string): ParameterHandler | undefined {
    return this.ownParameters?.get(schemaPath) ?? this.shared?.parameter(schemaPath);
  }

  table(schemaPath: string): TableHandler | undefined {
    return this.ownTables?.get(schemaPath) ?? this.shared?.table(schemaPath);
  }

  /** The table handler owning a schema path, with the table's schema path; nearest table wins. */
  tableFor(schemaPath: string): { table: string; handler: TableHandler } | undefined {
    return this.ownTableFor(schemaPath) ?? this.shared?.tableFor(schemaPath);
  }

  private ownTableFor(schemaPath: string): { table: string; handler: TableHandler } | undefined {
    if (!this.ownTables) return undefined;
    let best: { table: string; handler: TableHandler } | undefined;
    for (const [table, handler] of this.ownTables) {
      if (schemaPath.startsWith(table) && (!best || table.length >= best.table.length)) best = { table, handler };
    }
    return best;
  }

  /** Every schema path a handler is bound to, this tree's and the shared ones, sorted. */
  boundPaths(): string[] {
    const paths = new Set<string>([
      ...(this.ownParameters?.keys() ?? []),
      ...(this.ownTables?.keys() ?? []),
      ...(this.shared?.boundPaths() ?? []),
    ]);
    return [...paths].sort();
  }

  /**
   * Who may serve a parameter, in the order to ask them: this tree's parameter handler, its
   * nearest table handler, then the shared registry's in the same order. A table handler that
   * returns undefined for a name passes the read on to the next.
   */
  owners(schemaPath: string): HandlerOwner[] {
    const out: HandlerOwner[] = [];
    const p = this.ownParameters?.get(schemaPath);
    if (p) out.push({ kind: 'parameter', handler: p });
    const t = this.ownTableFor(schemaPath);
    if (t) out.push({ kind: 'table', ...t });
    if (this.shared) out.push(...this.shared.owners(schemaPath));
    return out;
  }
}
