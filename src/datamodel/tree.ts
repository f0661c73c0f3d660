import type { PrimitiveType } from '../schema/descriptor.ts';
import { nullValue, toWire, parseWire, type Value } from '../schema/values.ts';
import { AttributeStore, type Notification, type ParameterAttributes } from './attributes.ts';
import { ChangeTracker, type ChangeOrigin } from './change-tracker.ts';
import { defaultValue } from './defaults.ts';
import { DataModelFault, FAULT, fault, type ParameterFault } from './faults.ts';
import { HandlerRegistry, type HandlerContext } from './handlers.ts';
import { InstanceState, type TreeBase, type TreeSnapshot } from './instance-state.ts';
import { isObjectPath, schemaPathOf } from './paths.ts';
import type { SchemaIndex, SchemaNode, SchemaObject, SchemaParam } from './schema-index.ts';
import type { TreeRule } from './tree-rules.ts';
import { checkUniqueKeys } from './unique-keys.ts';

export interface ParameterValue {
  readonly path: string;
  readonly value: Value;
  /** The wire form; hidden and secured parameters show their type's null value ('' for strings). */
  readonly wire: string;
  readonly type: PrimitiveType;
  readonly list: boolean;
}

export interface ParameterName {
  readonly path: string;
  readonly writable: boolean;
}
export interface AttributeEntry extends ParameterAttributes {
  readonly path: string;
}
export interface SetEntry {
  readonly path: string;
  readonly value: string | Value;
}
export interface AttributeRequest {
  readonly path: string;
  readonly notification?: Notification;
  readonly accessList?: readonly string[];
}

/** Store-backed values written in the same commit as an operation (e.g. ParameterKey, TR-069 A.3.2.1). */
export interface AlsoStore {
  readonly alsoStore?: ReadonlyMap<string, Value>;
}

export interface DataModelOptions {
  /** Called after every committed change with the state to persist. */
  onCommit?: (snapshot: TreeSnapshot) => void;
  /** Reveal hidden and secured values (never for the ACS or the local CLI). */
  revealSecrets?: boolean;
  /** The profile's rows and values, shared with other trees; this tree stores only what differs. */
  base?: TreeBase;
  /** Handlers shared with other trees (the simulated device's live values); own ones come first. */
  sharedHandlers?: HandlerRegistry;
}

/** A concrete row of the walk: a parameter schema node at a concrete path. */
interface Located {
  node: SchemaNode;
  path: string;
  instances: readonly number[];
}

const NO_INSTANCES: readonly number[] = Object.freeze([]);

/**
 * The data-model tree of one device: which instances exist, their values, attributes and pending
 * changes, with handlers standing in for the store where the device owns a value. It knows no
 * SOAP and no network; the protocol layer maps its faults to CWMP fault responses.
 */
export class DataModel {
  readonly handlers: HandlerRegistry;
  readonly changes = new ChangeTracker();
  readonly attributes: AttributeStore;
  private readonly state: InstanceState;
  /** Wire forms of own values by path, for commits; made on the first snapshot. */
  private wireCache: Map<string, [Value, string]> | undefined;
  private candidates: { version: number; paths: readonly string[] } | undefined;
  /** The device's own rules (tree-rules.ts); most trees have none. */
  private rules: TreeRule[] | undefined;

  constructor(
    readonly schema: SchemaIndex,
    private readonly options: DataModelOptions = {},
  ) {
    this.state = new InstanceState(options.base);
    this.attributes = new AttributeStore(options.base?.notifications);
    this.handlers = new HandlerRegistry(options.sharedHandlers);
  }

  /** Adds a rule of the device, checked with every later set and AddObject. */
  addRule(rule: TreeRule): void {
    (this.rules ??= []).push(rule);
  }

  // ---- resolution -------------------------------------------------------------------------

  private ctx(path: string, instances: readonly number[]): HandlerContext {
    return { path, instances, tree: this };
  }

  /** The rows of a table under a concrete container object, from its handler or the store. */
  async rows(table: SchemaObject, tablePath: string, instances: readonly number[]): Promise<readonly number[]> {
    const h = this.handlers.table(table.path);
    if (h) return [...(await h.instances(this.ctx(tablePath, instances)))].sort((a, b) => a - b);
    return this.state.rows(tablePath);
  }

  /** Resolves a concrete path to its schema node, checking every instance on the way exists. */
  async locate(path: string): Promise<Located | undefined> {
    const schemaPath = schemaPathOf(path);
    if (schemaPath === undefined) return undefined;
    const node = this.schema.get(schemaPath);
    if (!node) {
      // 'Device.IP.Interface.' names a table itself: valid for partial-path reads.
      const table = isObjectPath(path) ? this.schema.get(`${schemaPath}{i}.`) : undefined;
      if (table?.kind !== 'object') return undefined;
      const container = await this.locate(path.slice(0, path.slice(0, -1).lastIndexOf('.') + 1));
      return container ? { node: table, path, instances: container.instances } : undefined;
    }
    // No row on the way (ManagementServer., DeviceInfo.: most of what a session reads).
    if (schemaPath === path) return { node, path, instances: NO_INSTANCES };
    const segs = path.split('.');
    const instances: number[] = [];
    // The concrete prefix and its schema path grow together (schemaPathOf vetted every segment).
    let prefix = '';
    let schemaPrefix = '';
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i]!;
      const row = /^[0-9]+$/.test(s);
      if (row) {
        const tableSchema = this.schema.get(`${schemaPrefix}{i}.`);
        if (tableSchema?.kind !== 'object') return undefined;
        const rows = await this.rows(tableSchema, prefix, instances);
        if (!rows.includes(Number(s))) return undefined;
        instances.push(Number(s));
      }
      const dot = i < segs.length - 1 ? '.' : '';
      prefix += s + dot;
      schemaPrefix += (row ? '{i}' : s) + dot;
    }
    return { node, path, instances };
  }

  private async mustLocate(path: string): Promise<Located> {
    const found = await this.locate(path);
    if (!found) throw fault(FAULT.invalidParameterName, `${path || '(empty)'} does not exist`);
    return found;
  }

  /** Every parameter under a concrete object (partial path), depth first, in schema order. */
  private async collect(
    obj: SchemaObject,
    path: string,
    instances: readonly number[],
    out: Located[],
    objects?: Located[],
  ): Promise<void> {
    if (obj.isTable && !/\.[0-9]+\.$/.test(path)) {
      // The table object itself: every row.
      objects?.push({ node: obj, path, instances });
      for (const n of await this.rows(obj, path, instances))
        await this.collect(obj, `${path}${n}.`, [...instances, n], out, objects);
      return;
    }
    objects?.push({ node: obj, path, instances });
    for (const p of obj.params) out.push({ node: p, path: path + p.name, instances });
    for (const child of obj.objects) await this.collect(child, `${path}${child.name}.`, instances, out, objects);
  }

  // ---- reads ------------------------------------------------------------------------------

  private async read(p: SchemaParam, path: string, instances: readonly number[]): Promise<Value> {
    if (p.counts) {
      const tablePath = path.slice(0, path.length - p.name.length) + `${p.counts.name}.`;
      return (await this.rows(p.counts, tablePath, instances)).length;
    }
    for (const o of this.handlers.owners(p.path)) {
      if (o.kind === 'parameter') {
        if (o.handler.get) return o.handler.get(this.ctx(path, instances));
      } else if (o.handler.get) {
        const v = await o.handler.get(rowRelative(o.table, path), this.ctx(path, instances));
        if (v !== undefined) return v;
      }
    }
    return this.state.value(path) ?? defaultValue(p);
  }

  private async valueOf(l: Located): Promise<ParameterValue> {
    const p = l.node as SchemaParam;
    const value = await this.read(p, l.path, l.instances);
    const secret = (p.meta.hidden === true || p.meta.secured === true) && !this.options.revealSecrets;
    const desc = p.validator.descriptor;
    const shown = secret ? nullValue(desc) : { value, wire: toWire(desc, value) };
    return { path: l.path, value: shown.value, wire: shown.wire, type: desc.type, list: desc.list !== undefined };
  }

  /** GetParameterValues: full and partial paths, '' for the whole tree (TR-069 A.3.2.2). */
  async getValues(paths: readonly string[]): Promise<ParameterValue[]> {
    const found: Located[] = [];
    for (const path of paths) {
      if (path === '') {
        for (const root of this.schema.roots) await this.collect(root, root.path, [], found);
        continue;
      }
      const l = await this.mustLocate(path);
      if (l.node.kind === 'parameter') {
        if (isObjectPath(path)) throw fault(FAULT.invalidParameterName, `${path} is a parameter, not an object`);
        found.push(l);
      } else if (!isObjectPath(path)) {
        throw fault(FAULT.invalidParameterName, `${path} is an object; object paths end with '.'`);
      } else await this.collect(l.node, path, l.instances, found);
    }
    const out: ParameterValue[] = [];
    for (const l of found) out.push(await this.valueOf(l));
    return out;
  }

  /** Reads one value, revealing secrets: for the agent's own use (e.g. connection-request auth). */
  async readInternal(path: string): Promise<Value> {
    const l = await this.mustLocate(path);
    if (l.node.kind !== 'parameter') throw fault(FAULT.invalidParameterName, `${path} is not a parameter`);
    return this.read(l.node, l.path, l.instances);
  }

  private writable(node: SchemaNode, path: string): boolean {
    if (node.kind === 'parameter')
      return (
        node.meta.access === 'readWrite' ||
        (node.meta.access === 'writeOnceReadOnly' && !this.state.isWrittenOnce(path))
      );
    return node.isTable && node.meta.access === 'readWrite';
  }

  /** GetParameterNames with the NextLevel rules of TR-069 A.3.2.3. */
  async getNames(path: string, nextLevel: boolean): Promise<ParameterName[]> {
    if (path === '') {
      if (nextLevel) return this.schema.roots.map((r) => ({ path: r.path, writable: false }));
      const out: ParameterName[] = [];
      for (const root of this.schema.roots) out.push(...(await this.getNames(root.path, false)));
      return out;
    }
    const l = await this.mustLocate(path);
    if (l.node.kind === 'parameter') {
      if (isObjectPath(path)) throw fault(FAULT.invalidParameterName, `${path} is a parameter, not an object`);
      if (nextLevel) throw fault(FAULT.invalidArguments, `NextLevel true needs an object path; ${path} is a parameter`);
      return [{ path, writable: this.writable(l.node, path) }];
    }
    if (!isObjectPath(path)) throw fault(FAULT.invalidParameterName, `${path} is an object; object paths end with '.'`);
    const obj = l.node;
    const isTableItself = obj.isTable && !/\.[0-9]+\.$/.test(path);
    if (nextLevel) {
      if (isTableItself) {
        const rows = await this.rows(obj, path, l.instances);
        return rows.map((n) => ({ path: `${path}${n}.`, writable: this.writable(obj, path) }));
      }
      return [
        ...obj.params.map((p) => ({ path: path + p.name, writable: this.writable(p, path + p.name) })),
        ...obj.objects.map((o) => ({ path: `${path}${o.name}.`, writable: this.writable(o, path) })),
      ];
    }
    const params: Located[] = [];
    const objects: Located[] = [];
    await this.collect(obj, path, l.instances, params, objects);
    const names: ParameterName[] = objects.map((o) => ({ path: o.path, writable: this.writable(o.node, o.path) }));
    for (const p of params) names.push({ path: p.path, writable: this.writable(p.node, p.path) });
    return names.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Expands full or partial paths to parameters, for the attribute RPCs. */
  private async parametersAt(path: string): Promise<Located[]> {
    if (path === '') {
      const out: Located[] = [];
      for (const root of this.schema.roots) await this.collect(root, root.path, [], out);
      return out;
    }
    const l = await this.mustLocate(path);
    if (l.node.kind === 'parameter') return [l];
    if (!isObjectPath(path)) throw fault(FAULT.invalidParameterName, `${path} is an object; object paths end with '.'`);
    const out: Located[] = [];
    await this.collect(l.node, path, l.instances, out);
    return out;
  }

  async getAttributes(paths: readonly string[]): Promise<AttributeEntry[]> {
    const out: AttributeEntry[] = [];
    for (const path of paths) {
      for (const l of await this.parametersAt(path))
        out.push({ path: l.path, ...this.attributes.get(l.path, (l.node as SchemaParam).meta) });
    }
    return out;
  }

  /**
   * SetParameterAttributes: all requests are checked (9005, 9009) before any is applied. A
   * parameter named explicitly whose model refuses the notification is 9009; under a partial
   * path such a parameter keeps its notification and the rest of the subtree takes the change
   * (TR-069 A.3.2.4, partial path names).
   */
  async setAttributes(requests: readonly AttributeRequest[]): Promise<void> {
    // Keyed by path so a later request builds on what an earlier one planned for the same parameter.
    const planned = new Map<string, ParameterAttributes>();
    for (const r of requests) {
      const partial = r.path === '' || isObjectPath(r.path);
      for (const l of await this.parametersAt(r.path)) {
        const meta = (l.node as SchemaParam).meta;
        const current = planned.get(l.path) ?? this.attributes.get(l.path, meta);
        let notification = current.notification;
        if (r.notification !== undefined) {
          const refused = AttributeStore.check(l.path, meta, r.notification);
          if (refused && !partial) throw refused;
          if (!refused) notification = r.notification;
        }
        planned.set(l.path, { notification, accessList: r.accessList ? [...r.accessList] : current.accessList });
      }
    }
    for (const [path, attrs] of planned) this.attributes.set(path, attrs);
    this.commit();
  }

  // ---- writes -----------------------------------------------------------------------------

  /**
   * SetParameterValues: every entry is validated (name, access, type, facets, strong references,
   * unique keys) before anything is applied; if a handler then fails, the handlers already
   * applied get their old values back. Faults: 9003 carrying one ParameterFault per entry.
   */
  async setValues(entries: readonly SetEntry[], origin: ChangeOrigin, extra: AlsoStore = {}): Promise<void> {
    const faults: ParameterFault[] = [];
    const planned: { l: Located; p: SchemaParam; value: Value }[] = [];
    const seen = new Set<string>();
    for (const e of entries) {
      const bad = (code: ParameterFault['code'], message: string): void =>
        void faults.push({ name: e.path, code, message });
      if (seen.has(e.path)) {
        bad(FAULT.invalidArguments, `${e.path} appears more than once`);
        continue;
      }
      seen.add(e.path);
      const l = isObjectPath(e.path) ? undefined : await this.locate(e.path);
      if (!l || l.node.kind !== 'parameter') {
        bad(FAULT.invalidParameterName, `${e.path} is not a parameter of this device`);
        continue;
      }
      const p = l.node;
      if (p.counts || !this.writable(p, e.path)) {
        bad(FAULT.nonWritableParameter, `${e.path} is not writable`);
        continue;
      }
      const r = typeof e.value === 'string' ? p.validator.validateWire(e.value) : p.validator.validateValue(e.value);
      if (!r.ok) {
        bad(
          r.facet === 'type' && !isIntegerOutOfBounds(p, e.value)
            ? FAULT.invalidParameterType
            : FAULT.invalidParameterValue,
          `${e.path}: ${r.message}`,
        );
        continue;
      }
      const refProblem = await this.checkStrongRef(p, r.value);
      if (refProblem) {
        bad(FAULT.invalidParameterValue, `${e.path}: ${refProblem}`);
        continue;
      }
      planned.push({ l, p, value: r.value });
    }
    // The device's own rules judge every entry its schema accepted, so each refusal is reported.
    if (this.rules) {
      const checked = planned.map((x) => ({ path: x.l.path, value: x.value }));
      for (const r of this.rules) if (r.checkSet) faults.push(...(await r.checkSet(checked, this)));
    }
    if (faults.length === 0) {
      const proposed = new Map(planned.map((x) => [x.l.path, x.value]));
      for (const f of await checkUniqueKeys(this, proposed)) faults.push(f);
    }
    if (faults.length > 0) throw new DataModelFault(FAULT.invalidArguments, 'Invalid arguments', faults);
    await this.apply(planned, origin, extra);
  }

  private storeAlso(extra: AlsoStore): void {
    for (const [path, value] of extra.alsoStore ?? []) this.state.setOwn(path, value);
  }

  private async apply(
    planned: { l: Located; p: SchemaParam; value: Value }[],
    origin: ChangeOrigin,
    extra: AlsoStore,
  ): Promise<void> {
    const undo: (() => Promise<void> | void)[] = [];
    const changed: { path: string; p: SchemaParam }[] = [];
    try {
      for (const { l, p, value } of planned) {
        const old = await this.read(p, l.path, l.instances);
        // The first owner (own bindings before shared ones) takes the value.
        const [o] = this.handlers.owners(p.path);
        if (o?.kind === 'parameter' && o.handler.set) {
          const h = o.handler;
          await h.set!(value, this.ctx(l.path, l.instances));
          undo.push(() => h.set!(old, this.ctx(l.path, l.instances)));
        } else if (o?.kind === 'table' && o.handler.set) {
          const t = o.handler;
          const rel = rowRelative(o.table, l.path);
          await t.set!(rel, value, this.ctx(l.path, l.instances));
          undo.push(() => t.set!(rel, old, this.ctx(l.path, l.instances)));
        } else if (o) {
          throw fault(FAULT.nonWritableParameter, `${l.path} is bound to a handler without a setter`);
        } else {
          const had = this.state.hasOwn(l.path);
          this.state.setOwn(l.path, value);
          undo.push(() => (had ? this.state.setOwn(l.path, old) : this.state.deleteOwn(l.path)));
        }
        if (p.meta.access === 'writeOnceReadOnly') {
          this.state.setWrittenOnce(l.path, true);
          undo.push(() => this.state.setWrittenOnce(l.path, false));
        }
        if (!sameValue(old, value)) changed.push({ path: l.path, p });
      }
    } catch (e) {
      for (const u of undo.reverse()) {
        try {
          await u();
        } catch {
          // Best effort: the first failure is what the ACS must hear about.
        }
      }
      if (e instanceof DataModelFault) throw e;
      throw fault(FAULT.internalError, `applying the change failed: ${(e as Error).message}`);
    }
    this.storeAlso(extra);
    for (const c of changed) this.noteChange(c.path, c.p, origin);
    this.commit();
  }

  private noteChange(path: string, p: SchemaParam, origin: ChangeOrigin): void {
    if (origin === 'acs') this.changes.forget(path);
    this.changes.record(path, this.attributes.get(path, p.meta).notification, origin);
  }

  private async checkStrongRef(p: SchemaParam, value: Value): Promise<string | undefined> {
    const ref = p.validator.descriptor.pathRef;
    if (ref?.refType !== 'strong') return undefined;
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v !== 'string' || v === '') continue;
      // Object references are written without the trailing dot (TR-106 3.2.4); accept both.
      const target = (await this.locate(v)) ?? (v.endsWith('.') ? undefined : await this.locate(`${v}.`));
      if (!target) return `it refers to ${v}, which does not exist`;
    }
    return undefined;
  }

  /** AddObject on a table path such as 'Device.IP.Interface.' (TR-069 A.3.2.6). */
  async addObject(tablePath: string, origin: ChangeOrigin, extra: AlsoStore = {}): Promise<number> {
    const l = isObjectPath(tablePath) ? await this.locate(tablePath) : undefined;
    if (!l || l.node.kind !== 'object' || !l.node.isTable || /\.[0-9]+\.$/.test(tablePath)) {
      throw fault(FAULT.invalidParameterName, `${tablePath} is not a table of this device`);
    }
    const table = l.node;
    if (table.meta.access !== 'readWrite')
      throw fault(FAULT.invalidParameterName, `${tablePath} does not allow adding rows`);
    const rows = await this.rows(table, tablePath, l.instances);
    if (table.meta.maxEntries !== 'unbounded' && rows.length >= table.meta.maxEntries) {
      throw fault(FAULT.resourcesExceeded, `${tablePath} already has its maximum of ${table.meta.maxEntries} rows`);
    }
    for (const r of this.rules ?? []) {
      const refused = await r.checkAdd?.(tablePath, this);
      if (refused) throw refused;
    }
    const h = this.handlers.table(table.path);
    let instance: number;
    if (h) {
      if (!h.add) throw fault(FAULT.requestDenied, `${tablePath} is bound to a handler that cannot add rows`);
      instance = await h.add(this.ctx(tablePath, l.instances));
    } else {
      instance = this.state.addRow(tablePath);
      // TR-069 Appendix II: a CPE-assigned Alias starts with "cpe-".
      if (table.params.some((p) => p.name === 'Alias'))
        this.state.setOwn(`${tablePath}${instance}.Alias`, `cpe-${instance}`);
    }
    this.storeAlso(extra);
    if (table.counter)
      this.noteChange(
        tablePath.slice(0, tablePath.length - table.name.length - 1) + table.counter.name,
        table.counter,
        origin,
      );
    this.commit();
    return instance;
  }

  /** DeleteObject on a row such as 'Device.IP.Interface.2.'. */
  async deleteObject(rowPath: string, origin: ChangeOrigin, extra: AlsoStore = {}): Promise<void> {
    const m = /^(.*\.)([0-9]+)\.$/.exec(rowPath);
    const l = m ? await this.locate(rowPath) : undefined;
    if (!m || !l || l.node.kind !== 'object' || !l.node.isTable)
      throw fault(FAULT.invalidParameterName, `${rowPath} is not a row of a table of this device`);
    const table = l.node;
    if (table.meta.access !== 'readWrite')
      throw fault(FAULT.invalidParameterName, `${m[1]} does not allow deleting rows`);
    const tablePath = m[1]!;
    const rows = await this.rows(table, tablePath, l.instances.slice(0, -1));
    if (rows.length <= table.meta.minEntries)
      throw fault(FAULT.requestDenied, `${tablePath} must keep at least ${table.meta.minEntries} rows`);
    const h = this.handlers.table(table.path);
    if (h) {
      if (!h.delete) throw fault(FAULT.requestDenied, `${tablePath} is bound to a handler that cannot delete rows`);
      await h.delete(this.ctx(rowPath, l.instances));
    } else this.state.deleteRow(tablePath, Number(m[2]));
    this.attributes.removeUnder(rowPath);
    this.changes.forget(rowPath);
    this.storeAlso(extra);
    if (table.counter)
      this.noteChange(
        tablePath.slice(0, tablePath.length - table.name.length - 1) + table.counter.name,
        table.counter,
        origin,
      );
    this.commit();
  }

  /** The device reports that a value changed (event-driven change detection). */
  async changed(path: string): Promise<void> {
    const l = await this.locate(path);
    if (l?.node.kind !== 'parameter') return;
    const notification = this.attributes.get(path, l.node.meta).notification;
    if (notification === 0) return;
    this.changes.record(path, notification, 'device');
    this.commit();
  }

  /**
   * Parameters with a non-zero notification, and whether a handler serves each (the polling
   * fallback reads only those: `handledOnly`).
   */
  async notifiedParameters(o: { handledOnly?: boolean } = {}): Promise<{ path: string; handled: boolean }[]> {
    const out: { path: string; handled: boolean }[] = [];
    for (const path of this.notificationCandidates()) {
      // Node, attribute and owners follow from the path alone; only its rows need the walk, which
      // the poller (every device of a fleet, each minute) skips for what no handler serves.
      const node = this.schema.get(schemaPathOf(path) ?? '');
      if (node?.kind !== 'parameter' || this.attributes.get(path, node.meta).notification === 0) continue;
      const handled = this.handlers.owners(node.path).length > 0;
      if ((handled || o.handledOnly !== true) && (await this.locate(path)) !== undefined) out.push({ path, handled });
    }
    return out;
  }

  /**
   * Every path that may have a notification, sorted: kept until an attribute changes, as every
   * device of a fleet polls them each minute.
   */
  private notificationCandidates(): readonly string[] {
    const { base, entries, version } = this.attributes;
    // A device with no attribute of its own shares the list of its profile and schema.
    if (entries.size === 0) {
      let bySchema = SHARED_CANDIDATES.get(base);
      if (!bySchema) SHARED_CANDIDATES.set(base, (bySchema = new WeakMap()));
      let shared = bySchema.get(this.schema);
      if (!shared) bySchema.set(this.schema, (shared = this.listCandidates()));
      return shared;
    }
    if (this.candidates?.version !== version) this.candidates = { version, paths: this.listCandidates() };
    return this.candidates.paths;
  }

  private listCandidates(): string[] {
    const { base, entries } = this.attributes;
    return [...new Set([...base.keys(), ...entries.keys(), ...forcedNotifications(this.schema)])].sort();
  }

  // ---- persistence -------------------------------------------------------------------------

  snapshot(): TreeSnapshot {
    // Wire forms are cached per path: a commit after a small set re-renders only what changed.
    const values: Record<string, string> = {};
    const wireCache = (this.wireCache ??= new Map());
    for (const [path, value] of this.state.ownEntries()) {
      const cached = wireCache.get(path);
      if (cached && cached[0] === value) {
        values[path] = cached[1];
        continue;
      }
      const node = this.schema.get(schemaPathOf(path) ?? '');
      if (node?.kind !== 'parameter') continue;
      const wire = toWire(node.validator.descriptor, value);
      wireCache.set(path, [value, wire]);
      values[path] = wire;
    }
    if (wireCache.size > this.state.ownCount * 2) {
      for (const k of wireCache.keys()) if (!this.state.hasOwn(k)) wireCache.delete(k);
    }
    const tables: TreeSnapshot['tables'] = {};
    for (const [path, t] of this.state.ownTableEntries()) tables[path] = { next: t.next, rows: [...t.rows] };
    const attributes: TreeSnapshot['attributes'] = {};
    for (const [path, a] of this.attributes.entries)
      attributes[path] = { notification: a.notification, accessList: [...a.accessList] };
    const masked = this.state.maskedList().sort();
    return {
      values,
      tables,
      attributes,
      writtenOnce: this.state.writtenOnceList().sort(),
      ...(masked.length > 0 ? { masked } : {}),
      pending: this.changes.list().map((c) => ({ ...c })),
    };
  }

  /** Loads persisted state; entries for paths the schema no longer has are dropped. */
  restore(s: TreeSnapshot): void {
    this.state.clear();
    this.attributes.clear();
    for (const [path, t] of Object.entries(s.tables))
      this.state.setTable(path, { next: t.next, rows: [...t.rows].sort((a, b) => a - b) });
    for (const [path, wire] of Object.entries(s.values)) {
      const node = this.schema.get(schemaPathOf(path) ?? '');
      if (node?.kind === 'parameter') this.state.setOwn(path, parseWire(node.validator.descriptor, wire));
    }
    for (const [path, a] of Object.entries(s.attributes))
      this.attributes.set(path, { notification: a.notification, accessList: a.accessList });
    for (const p of s.writtenOnce) this.state.setWrittenOnce(p, true);
    for (const p of s.masked ?? []) this.state.addMasked(p);
    this.changes.restore(s.pending ?? []);
  }

  /** Seeds rows and values without validation or notification (device start-up). */
  seedRow(tablePath: string, instance: number): void {
    if (!this.state.hasRow(tablePath, instance)) this.state.addRow(tablePath, instance);
  }

  /**
   * Device-owned result tables (TR-143 diagnostics: RouteHops, Result, …) are rewritten whole by
   * each test and numbered from 1 again, unlike the ACS's tables whose numbers only grow.
   */
  replaceRows(tablePath: string, count: number): void {
    for (const n of [...this.state.rows(tablePath)]) {
      this.state.deleteRow(tablePath, n);
      this.attributes.removeUnder(`${tablePath}${n}.`);
    }
    this.state.setTable(tablePath, { next: 1, rows: [] });
    for (let n = 1; n <= count; n++) this.state.addRow(tablePath, n);
  }

  seedValue(path: string, value: Value): void {
    this.state.setOwn(path, value);
  }

  /** The stored value (this tree's own, else the profile's), without handlers or defaults. */
  storedValue(path: string): Value | undefined {
    return this.state.value(path);
  }

  /**
   * The device adds a row of its own, whatever the table's access (a host joins the LAN): the
   * next instance number, with `subRows` ('IPv4Address.1.') under it. Its NumberOfEntries
   * reports the change as after an AddObject.
   */
  addDeviceRow(tablePath: string, subRows: readonly string[] = []): number {
    const n = this.state.addRow(tablePath);
    for (const sub of subRows) {
      const m = /^(.*\.)([0-9]+)\.$/.exec(`${tablePath}${n}.${sub}`)!;
      this.seedRow(m[1]!, Number(m[2]));
    }
    this.noteRowsChanged(tablePath);
    return n;
  }

  /** The device removes a row (a host leaves): its values, attributes and pending changes go with it. */
  deleteDeviceRow(tablePath: string, instance: number): void {
    this.state.deleteRow(tablePath, instance);
    this.attributes.removeUnder(`${tablePath}${instance}.`);
    this.changes.forget(`${tablePath}${instance}.`);
    this.noteRowsChanged(tablePath);
  }

  private noteRowsChanged(tablePath: string): void {
    const table = this.schema.get(`${schemaPathOf(tablePath) ?? ''}{i}.`);
    if (table?.kind === 'object' && table.counter)
      this.noteChange(
        tablePath.slice(0, tablePath.length - table.name.length - 1) + table.counter.name,
        table.counter,
        'device',
      );
    this.commit();
  }

  /**
   * Changes whenever a row of a table this tree keeps is added or removed (AddObject, a host
   * joining, a restore): what was derived from the rows can be kept until it moves. Rows of
   * tables bound to handlers are the integrator's and are not counted.
   */
  get rowsVersion(): number {
    return this.state.rowChanges;
  }

  /** This tree's own rows and values as a base shared by other trees (see DataModelOptions.base). */
  toBase(): TreeBase {
    return this.state.toBase();
  }

  commit(): void {
    this.options.onCommit?.(this.snapshot());
  }
}

const INTEGER_TYPES: ReadonlySet<PrimitiveType> = new Set(['int', 'unsignedInt', 'long', 'unsignedLong']);

/**
 * An integer refused by an integer parameter failed only its type's bounds (XSD 3.3: -1 is no
 * unsignedInt): a value out of range, 9007 like a range facet; 9006 is left for a value that is
 * no integer at all.
 */
function isIntegerOutOfBounds(p: SchemaParam, value: string | Value): boolean {
  const d = p.validator.descriptor;
  if (d.list !== undefined || !INTEGER_TYPES.has(d.type)) return false;
  if (typeof value === 'string') return /^[+-]?[0-9]+$/.test(value);
  // A typed value must already be of the type's JS kind; a bigint for an int is a wrong type.
  return d.type === 'int' || d.type === 'unsignedInt'
    ? typeof value === 'number' && Number.isSafeInteger(value)
    : typeof value === 'bigint';
}

/** 'Device.IP.Interface.{i}.' + 'Device.IP.Interface.2.Stats.BytesSent' → 'Stats.BytesSent'. */
function rowRelative(tableSchemaPath: string, concrete: string): string {
  const depth = tableSchemaPath.split('.').length - 1;
  return concrete.split('.').slice(depth).join('.');
}

function sameValue(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

const FORCED = new WeakMap<SchemaIndex, readonly string[]>();
/** notificationCandidates of the trees with no attribute of their own, by base and schema. */
const SHARED_CANDIDATES = new WeakMap<ReadonlyMap<string, unknown>, WeakMap<SchemaIndex, readonly string[]>>();

/**
 * Parameters whose notification is forced on: they have no attribute entry, and the non-table
 * ones are known by their schema path. One list per schema, not a walk of it per device and poll.
 */
function forcedNotifications(schema: SchemaIndex): readonly string[] {
  let paths = FORCED.get(schema);
  if (!paths) {
    paths = [...schema.parameters()]
      .filter(
        (p) =>
          (p.meta.activeNotify === 'forceEnabled' || p.meta.activeNotify === 'forceDefaultEnabled') &&
          !p.path.includes('{i}'),
      )
      .map((p) => p.path);
    FORCED.set(schema, paths);
  }
  return paths;
}
