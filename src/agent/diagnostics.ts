import type { EventQueue } from '../cwmp/event-queue.ts';
import { schemaPathOf } from '../datamodel/paths.ts';
import type { SchemaIndex } from '../datamodel/schema-index.ts';
import type { DataModel } from '../datamodel/tree.ts';
import type { Logger } from '../log/logger.ts';
import type { Value } from '../schema/values.ts';
import type { DiagnosticInput, DiagnosticOutcome, DiagnosticSpec, ResultValue } from '../device/diagnostics.ts';
import type { RpcDispatcher } from '../cwmp/rpc/dispatch.ts';
import type { AgentComponent } from './component.ts';

export type { DiagnosticOutcome, DiagnosticSpec };

export interface DiagnosticsOptions {
  tree: DataModel;
  root: string;
  events: EventQueue;
  log: Logger;
  specs: readonly DiagnosticSpec[];
  /** Ask for a session now (for "8 DIAGNOSTICS COMPLETE"). */
  trigger(reason: string): void;
}

interface Bound {
  spec: DiagnosticSpec;
  /** Concrete object path, e.g. 'Device.IP.Diagnostics.IPPing.'. */
  object: string;
}

/** Bound lists by spec list, schema and root: every tree of a profile shares one. */
const BOUND = new WeakMap<readonly DiagnosticSpec[], WeakMap<SchemaIndex, Map<string, readonly Bound[]>>>();

/** The specs whose object this schema has, under this root. */
function boundSpecs(specs: readonly DiagnosticSpec[], schema: SchemaIndex, root: string): readonly Bound[] {
  let bySchema = BOUND.get(specs);
  if (!bySchema) BOUND.set(specs, (bySchema = new WeakMap()));
  let byRoot = bySchema.get(schema);
  if (!byRoot) bySchema.set(schema, (byRoot = new Map()));
  let bound = byRoot.get(root);
  if (!bound) {
    bound = specs.flatMap((spec) => {
      const rel = spec.objects[root];
      const object = rel === undefined ? undefined : `${root}${rel}`;
      return object !== undefined && schema.get(`${object}DiagnosticsState`) ? [{ spec, object }] : [];
    });
    byRoot.set(root, bound);
  }
  return bound;
}

/**
 * The TR-143 life cycle of every diagnostics object (TR-181 IP.Diagnostics, DNS.Diagnostics;
 * TR-098 *Diagnostics): the ACS sets DiagnosticsState to "Requested" with the inputs; the test
 * starts once the session has ended; its results are written in one step with the final state,
 * and "8 DIAGNOSTICS COMPLETE" opens a session. Changing an input cancels a pending or running
 * test and sets DiagnosticsState to "None".
 */
export class DiagnosticsService implements AgentComponent {
  private readonly bound: readonly Bound[];
  // Made when a test is first requested: most devices never run one.
  private requested: Set<Bound> | undefined;
  private running: Map<Bound, AbortController> | undefined;

  constructor(private readonly o: DiagnosticsOptions) {
    this.bound = boundSpecs(o.specs, o.tree.schema, o.root);
  }

  /** The diagnostics objects this device has. */
  objects(): string[] {
    return this.bound.map((b) => b.object);
  }

  /** Tests do not survive a restart: a state left at "Requested" goes back to "None". */
  async boot(): Promise<void> {
    let touched = false;
    for (const b of this.bound) {
      if ((await this.read(`${b.object}DiagnosticsState`)) === 'Requested') {
        this.write(`${b.object}DiagnosticsState`, 'None');
        touched = true;
      }
    }
    if (touched) this.o.tree.commit();
  }

  /** TR-143: a set of DiagnosticsState=Requested (or of an input) drives the diagnostics. */
  rpcs(dispatcher: RpcDispatcher): void {
    dispatcher.onParametersSet((parameters) => this.afterSet(parameters));
  }

  /** Tests start once the session that requested them has ended. */
  afterSession(): void {
    this.startRequested();
  }

  /** After a successful SetParameterValues from the ACS (TR-181 DiagnosticsState rules). */
  afterSet(entries: readonly { name: string; value: string }[]): void {
    for (const b of this.bound) {
      const mine = entries.filter((e) => e.name.startsWith(b.object));
      if (mine.length === 0) continue;
      const requested = mine.some((e) => e.name === `${b.object}DiagnosticsState` && e.value === 'Requested');
      this.cancel(b);
      if (requested) {
        (this.requested ??= new Set()).add(b);
        this.o.log.info(`diagnostics: ${b.spec.name} requested`);
      } else {
        this.write(`${b.object}DiagnosticsState`, 'None');
        this.o.tree.commit();
        this.o.log.info(`diagnostics: ${b.spec.name} input changed; state None`);
      }
    }
  }

  /** Starts the tests requested in the session that just ended. */
  startRequested(): void {
    if (!this.requested) return;
    const running = (this.running ??= new Map());
    for (const b of [...this.requested]) {
      this.requested.delete(b);
      const abort = new AbortController();
      running.set(b, abort);
      void this.run(b, abort.signal).finally(() => {
        if (running.get(b) === abort) running.delete(b);
      });
    }
  }

  stop(): void {
    for (const b of [...(this.running?.keys() ?? [])]) this.cancel(b);
    this.requested?.clear();
  }

  private cancel(b: Bound): void {
    this.requested?.delete(b);
    const a = this.running?.get(b);
    if (a) {
      this.running!.delete(b);
      a.abort();
      this.o.log.info(`diagnostics: ${b.spec.name} cancelled`);
    }
  }

  private async run(b: Bound, signal: AbortSignal): Promise<void> {
    const input = await this.inputs(b.object);
    this.o.log.info(`diagnostics: ${b.spec.name} running`);
    let outcome: DiagnosticOutcome;
    try {
      outcome = await b.spec.run(input, signal);
    } catch (e) {
      if (signal.aborted) return;
      this.o.log.error(`diagnostics: ${b.spec.name} failed: ${(e as Error).message}`);
      outcome = { state: 'Error_Internal' };
    }
    // A test cancelled by an input change reports nothing: its state is already "None".
    if (signal.aborted) return;
    this.writeOutcome(b.object, outcome);
    this.o.log.info(`diagnostics: ${b.spec.name} ${outcome.state}`);
    this.o.events.add('8 DIAGNOSTICS COMPLETE');
    this.o.trigger('diagnostics complete');
  }

  /** All results and the final state land in one commit (TR-143: results appear together). */
  private writeOutcome(object: string, outcome: DiagnosticOutcome): void {
    for (const [name, rows] of Object.entries(outcome.tables ?? {})) {
      const table = `${object}${name}.`;
      if (!this.o.tree.schema.get(schemaPathOf(`${table}1.`) ?? '')) continue;
      this.o.tree.replaceRows(table, rows.length);
      rows.forEach((row, i) => {
        for (const [k, v] of Object.entries(row)) if (v !== undefined) this.write(`${table}${i + 1}.${k}`, v);
      });
    }
    for (const [name, v] of Object.entries(outcome.values ?? {}))
      if (v !== undefined) this.write(`${object}${name}`, v);
    this.write(`${object}DiagnosticsState`, this.stateFor(object, outcome.state));
    this.o.tree.commit();
  }

  /**
   * The models spell some states differently (TR-098's Download/Upload say "Completed", TR-181's
   * "Complete") or lack a specific error: fall back to the nearest value the object accepts.
   */
  private stateFor(object: string, state: string): string {
    const node = this.o.tree.schema.get(schemaPathOf(`${object}DiagnosticsState`) ?? '');
    if (node?.kind !== 'parameter') return state;
    const candidates =
      state === 'Complete' || state === 'Completed'
        ? [state, 'Complete', 'Completed']
        : [state, 'Error_Other', 'Error_Internal', 'Error'];
    return candidates.find((c) => node.validator.validateWire(c).ok) ?? state;
  }

  /** Writes a device-owned value through the parameter's validator; values it refuses are skipped. */
  private write(path: string, v: ResultValue): void {
    const node = this.o.tree.schema.get(schemaPathOf(path) ?? '');
    if (node?.kind !== 'parameter') return;
    const wire = Array.isArray(v) ? v.join(',') : String(v);
    const r = node.validator.validateWire(wire);
    if (r.ok) this.o.tree.seedValue(path, r.value as Value);
    else this.o.log.warn(`diagnostics: result ${path}='${wire}' rejected: ${r.message}`);
  }

  private async read(path: string): Promise<Value | undefined> {
    return this.o.tree.readInternal(path).catch(() => undefined);
  }

  private async inputs(object: string): Promise<DiagnosticInput> {
    const values = new Map<string, Value>();
    for (const v of await this.o.tree.getValues([object]).catch(() => []))
      values.set(v.path.slice(object.length), v.value);
    const get = (n: string): Value | undefined => values.get(n);
    // Interface names an IP.Interface (or TR-098 WAN/LAN) row; the tools want the OS name, which
    // the row's Name holds. Empty: let the routing table choose.
    const ref = String(get('Interface') ?? '').replace(/\.$/, '');
    const osName = ref === '' ? undefined : String((await this.read(`${ref}.Name`)) ?? '') || undefined;
    return {
      interfaceName: () => osName,
      str: (n) => String(get(n) ?? ''),
      num: (n, fallback) => {
        const x = Number(get(n));
        return Number.isFinite(x) && get(n) !== undefined && get(n) !== '' ? x : fallback;
      },
      bool: (n) => get(n) === true,
      list: (n) => {
        const x = get(n);
        return Array.isArray(x)
          ? x.map(String)
          : String(x ?? '')
              .split(',')
              .map((s) => s.trim())
              .filter((s) => s !== '');
      },
    };
  }
}
