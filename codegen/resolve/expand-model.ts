import { CodegenError } from '../errors.ts';
import type {
  Access,
  ActiveNotify,
  Facets,
  Item,
  ObjectItem,
  ParameterItem,
  Profile,
  ProfileItem,
  ResolvedModel,
  Syntax,
  UniqueKey,
} from '../ir/types.ts';
import type { DocumentDef } from '../load/document.ts';
import { LIFECYCLE_TAG, readLifecycle, type Lifecycle } from '../load/lifecycle.ts';
import type { XNode } from '../load/xml-node.ts';
import type { DataTypes } from './datatypes.ts';
import { emptyFacets, isPrimitive, mergeFacets, readDefault, readFacets, readList, statusOf } from './facets.ts';
import { resolveReference } from './references.ts';
import type { Found, Scopes } from './scope.ts';
import { maxDotted } from './version.ts';

/** Where an element is being expanded: the documents on the call stack, the path prefix, a version clamp. */
interface Ctx {
  stack: readonly DocumentDef[];
  prefix: string;
  clamp: string | undefined;
}

/** A parameter while the model is built: its facets split into the named type's and its own. */
interface ParamState {
  item: ParameterItem;
  typeLevels: Facets[];
  own: Facets;
}

const ACCESS: readonly string[] = ['readOnly', 'readWrite', 'writeOnceReadOnly'];
const ACTIVE_NOTIFY: readonly string[] = ['normal', 'forceEnabled', 'forceDefaultEnabled', 'canDeny'];

function itemVersion(attrs: Record<string, string>): string | undefined {
  return attrs['version'] ?? attrs['dmr:version'];
}

/**
 * Expands one model the way BBF's report tool does: the base model chain first, then the model's
 * own objects, parameters and component references, with base= items modifying what exists.
 */
export class ModelExpander {
  private items = new Map<string, Item>();
  /** Replacement references as written, resolved once the whole model is known. */
  private replacements = new Map<string, NonNullable<Lifecycle['replacedBy']>>();
  private params = new Map<string, ParamState>();
  private profiles = new Map<string, Profile>();
  private isService = false;
  private bases: ResolvedModel['bases'] = [];

  constructor(
    private readonly scopes: Scopes,
    private readonly dataTypes: DataTypes,
  ) {}

  expand(model: Found, stack: readonly DocumentDef[] = []): ResolvedModel {
    this.expandInto(model, stack);
    for (const st of this.params.values()) st.item.syntax = this.finishSyntax(st);
    for (const [path, ref] of this.replacements) {
      const target = resolveReference(this.items, path, ref);
      const item = this.items.get(path)!;
      if (target !== undefined) item.replacedBy = target;
      else delete item.replacedBy;
    }
    return {
      name: model.name,
      isService: this.isService,
      bases: this.bases,
      items: this.items,
      profiles: this.profiles,
    };
  }

  private expandInto(model: Found, outer: readonly DocumentDef[]): void {
    const stack = [...outer, model.doc];
    const base = model.node.attrs['base'];
    if (base !== undefined) {
      const baseModel = this.scopes.lookup(model.doc, 'model', base) ?? this.scopes.global('model', base);
      if (!baseModel)
        throw new CodegenError(`unresolved model base '${base}' of model ${model.name} in ${model.doc.file}`);
      this.bases.push({ file: baseModel.doc.file, name: baseModel.name });
      this.expandInto(baseModel, stack);
    }
    if (model.node.attrs['isService'] !== undefined) this.isService = model.node.attrs['isService'] === 'true';
    this.children(model.node.children, { stack, prefix: '', clamp: undefined });
  }

  private children(nodes: readonly XNode[], ctx: Ctx): void {
    for (const n of nodes) {
      switch (n.tag) {
        case 'object':
          this.object(n, ctx);
          break;
        case 'parameter':
          this.parameter(n, ctx);
          break;
        case 'component':
          this.componentRef(n, ctx);
          break;
        case 'profile':
          this.profile(n, ctx);
          break;
        default:
          break;
      }
    }
  }

  private findComponent(ctx: Ctx, name: string): Found | undefined {
    // TR-106 virtual components: the nearest non-virtual definition on the call stack wins.
    let virtual: Found | undefined;
    for (let i = ctx.stack.length - 1; i >= 0; i--) {
      const f = this.scopes.lookup(ctx.stack[i]!, 'component', name);
      if (!f) continue;
      if (f.node.attrs['virtual'] !== 'true') return f;
      virtual ??= f;
    }
    return virtual ?? this.scopes.global('component', name);
  }

  private componentRef(n: XNode, ctx: Ctx): void {
    const ref = n.attrs['ref'];
    if (ref === undefined) return;
    const comp = this.findComponent(ctx, ref);
    if (!comp) throw new CodegenError(`unresolved component ref '${ref}' at ${ctx.prefix || '(model root)'}`);
    const inner: Ctx = {
      stack: [...ctx.stack, comp.doc],
      prefix: ctx.prefix + (n.attrs['path'] ?? ''),
      clamp: maxDotted(ctx.clamp, itemVersion(n.attrs)),
    };
    this.children(comp.node.children, inner);
  }

  private object(n: XNode, ctx: Ctx): void {
    const isBase = n.attrs['name'] === undefined;
    const rel = n.attrs['name'] ?? n.attrs['base'];
    if (rel === undefined) return;
    const path = ctx.prefix + rel;
    let obj = this.items.get(path);
    if (obj && obj.kind !== 'object') throw new CodegenError(`${path} is both an object and a parameter`);
    if (!obj) {
      if (isBase) throw new CodegenError(`unresolved object base '${rel}': no object ${path} to modify`);
      obj = {
        kind: 'object',
        path,
        access: 'readOnly',
        status: 'current',
        minEntries: 1,
        maxEntries: 1,
        uniqueKeys: [],
      };
      this.items.set(path, obj);
    }
    const a = n.attrs;
    if (a['access'] !== undefined && ACCESS.includes(a['access'])) obj.access = a['access'] as Access;
    if (a['minEntries'] !== undefined) obj.minEntries = Number(a['minEntries']);
    if (a['maxEntries'] !== undefined)
      obj.maxEntries = a['maxEntries'] === 'unbounded' ? 'unbounded' : Number(a['maxEntries']);
    if (a['numEntriesParameter'] !== undefined) obj.numEntriesParameter = a['numEntriesParameter'];
    if (a['enableParameter'] !== undefined) obj.enableParameter = a['enableParameter'];
    if (a['mountType'] !== undefined) obj.mountType = a['mountType'];
    if (a['status'] !== undefined) obj.status = statusOf(a);
    const v = itemVersion(a);
    if (v !== undefined || !isBase) {
      const clamped = maxDotted(v, ctx.clamp);
      if (clamped !== undefined) obj.version = clamped;
    }
    this.lifecycle(obj, n);
    for (const k of n.children) {
      if (k.tag !== 'uniqueKey') continue;
      const key: UniqueKey = {
        functional: k.attrs['functional'] !== 'false',
        parameters: k.children.filter((p) => p.tag === 'parameter' && p.attrs['ref']).map((p) => p.attrs['ref']!),
      };
      const sig = JSON.stringify(key.parameters);
      if (!obj.uniqueKeys.some((u) => JSON.stringify(u.parameters) === sig)) obj.uniqueKeys.push(key);
    }
    this.children(n.children, { ...ctx, prefix: path });
  }

  private parameter(n: XNode, ctx: Ctx): void {
    const isBase = n.attrs['name'] === undefined;
    const name = n.attrs['name'] ?? n.attrs['base'];
    if (name === undefined) return;
    const path = ctx.prefix + name;
    const where = `${path} (${ctx.stack[ctx.stack.length - 1]?.file ?? '?'})`;
    let st = this.params.get(path);
    const syntaxNode = n.children.find((c) => c.tag === 'syntax');
    if (!st) {
      if (this.items.has(path)) throw new CodegenError(`${path} is both an object and a parameter`);
      if (isBase) throw new CodegenError(`unresolved parameter base '${name}': no parameter ${path} to modify`);
      if (!syntaxNode) throw new CodegenError(`parameter ${where} has no syntax`);
      const item: ParameterItem = {
        kind: 'parameter',
        path,
        access: 'readOnly',
        status: 'current',
        forcedInform: false,
        activeNotify: 'normal',
        syntax: { type: 'string', levels: [], hidden: false, secured: false, command: false },
      };
      st = { item, typeLevels: [], own: emptyFacets() };
      this.params.set(path, st);
      this.items.set(path, item);
      this.applySyntax(st, syntaxNode, ctx, where, true);
    } else if (syntaxNode) {
      this.applySyntax(st, syntaxNode, ctx, where, false);
    }
    const item = st.item;
    const a = n.attrs;
    if (a['access'] !== undefined && ACCESS.includes(a['access'])) item.access = a['access'] as Access;
    if (a['forcedInform'] !== undefined) item.forcedInform = a['forcedInform'] === 'true';
    if (a['activeNotify'] !== undefined && ACTIVE_NOTIFY.includes(a['activeNotify']))
      item.activeNotify = a['activeNotify'] as ActiveNotify;
    if (a['status'] !== undefined) item.status = statusOf(a);
    const v = itemVersion(a);
    if (v !== undefined || !isBase) {
      const clamped = maxDotted(v, ctx.clamp);
      if (clamped !== undefined) item.version = clamped;
    }
    this.lifecycle(item, n);
  }

  /** Lifecycle facts of the item's description; a later modification adds to or overrides them. */
  private lifecycle(item: Item, n: XNode): void {
    const el = n.children.find((c) => c.tag === LIFECYCLE_TAG);
    if (!el) return;
    const { replacedBy, ...versions } = readLifecycle(el.attrs);
    if (Object.keys(versions).length > 0) item.lifecycle = { ...item.lifecycle, ...versions };
    if (replacedBy) this.replacements.set(item.path, replacedBy);
  }

  private applySyntax(st: ParamState, sn: XNode, ctx: Ctx, where: string, fresh: boolean): void {
    const syn = st.item.syntax;
    const a = sn.attrs;
    if (a['hidden'] !== undefined) syn.hidden = a['hidden'] === 'true';
    if (a['secured'] !== undefined) syn.secured = a['secured'] === 'true';
    if (a['command'] !== undefined) syn.command = a['command'] === 'true';
    for (const c of sn.children) {
      if (c.tag === 'list') {
        syn.list = readList(c);
      } else if (c.tag === 'default') {
        const d = readDefault(c);
        if (d) syn.default = d;
      } else if (isPrimitive(c.tag)) {
        const facets = readFacets(c);
        if (fresh || syn.type !== c.tag || syn.dataType !== undefined) {
          syn.type = c.tag;
          delete syn.dataType;
          st.typeLevels = [];
          st.own = fresh ? facets : mergeFacets(emptyFacets(), facets);
        } else {
          st.own = mergeFacets(st.own, facets);
        }
      } else if (c.tag === 'dataType' && (c.attrs['ref'] ?? c.attrs['base']) !== undefined) {
        // ref= uses a named type; base= derives an anonymous one from it in place (the facets
        // given here are its own level). Either way the primitive comes from the named type.
        const ref = (c.attrs['ref'] ?? c.attrs['base'])!;
        const facets = readFacets(c);
        if (fresh || syn.dataType !== ref) {
          const dt = this.dataTypes.find(ctx.stack, ref, where);
          syn.type = dt.type;
          syn.dataType = ref;
          st.typeLevels = dt.levels;
          if (dt.list && !sn.children.some((x) => x.tag === 'list')) syn.list = dt.list;
          st.own = facets;
        } else {
          st.own = mergeFacets(st.own, facets);
        }
      }
    }
  }

  private finishSyntax(st: ParamState): Syntax {
    const syn = st.item.syntax;
    const levels = [...st.typeLevels, st.own].filter(
      (f) =>
        f.sizes.length + f.ranges.length + f.enums.length + f.patterns.length > 0 ||
        f.pathRef ||
        f.enumerationRef ||
        f.units !== undefined,
    );
    return { ...syn, levels };
  }

  private profile(n: XNode, ctx: Ctx): void {
    const name = n.attrs['name'];
    if (name === undefined) return;
    const items: ProfileItem[] = [];
    for (const o of n.children) {
      if (o.tag === 'parameter' && o.attrs['ref'] !== undefined) {
        items.push({
          path: ctx.prefix + o.attrs['ref'],
          requirement: o.attrs['requirement'] ?? 'readOnly',
          status: statusOf(o.attrs),
        });
      }
      if (o.tag !== 'object' || o.attrs['ref'] === undefined) continue;
      const objPath = ctx.prefix + o.attrs['ref'];
      items.push({ path: objPath, requirement: o.attrs['requirement'] ?? 'present', status: statusOf(o.attrs) });
      for (const p of o.children) {
        if (p.tag !== 'parameter' || p.attrs['ref'] === undefined) continue;
        items.push({
          path: objPath + p.attrs['ref'],
          requirement: p.attrs['requirement'] ?? 'readOnly',
          status: statusOf(p.attrs),
        });
      }
    }
    const profile: Profile = {
      name,
      extends: (n.attrs['extends'] ?? '').split(/\s+/).filter(Boolean),
      status: statusOf(n.attrs),
      items,
    };
    if (n.attrs['base'] !== undefined) profile.base = n.attrs['base'];
    this.profiles.set(name, profile);
  }
}
