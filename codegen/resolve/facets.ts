import type {
  DefaultValue,
  EnumFacet,
  Facets,
  ListFacet,
  PatternFacet,
  PrimitiveType,
  RangeFacet,
  SizeFacet,
  Status,
} from '../ir/types.ts';
import { PRIMITIVE_TYPES } from '../ir/types.ts';
import type { XNode } from '../load/xml-node.ts';

export function emptyFacets(): Facets {
  return { sizes: [], ranges: [], enums: [], patterns: [] };
}

export function statusOf(attrs: Record<string, string>): Status {
  const s = attrs['status'];
  return s === 'deprecated' || s === 'obsoleted' || s === 'deleted' ? s : 'current';
}

function int(v: string | undefined): number | undefined {
  return v === undefined || v === '' ? undefined : Number(v);
}

function size(n: XNode): SizeFacet {
  const f: SizeFacet = {};
  const min = int(n.attrs['minLength']);
  const max = int(n.attrs['maxLength']);
  if (min !== undefined) f.min = min;
  if (max !== undefined) f.max = max;
  return f;
}

function range(n: XNode): RangeFacet {
  const f: RangeFacet = {};
  if (n.attrs['minInclusive'] !== undefined) f.min = n.attrs['minInclusive'].trim();
  if (n.attrs['maxInclusive'] !== undefined) f.max = n.attrs['maxInclusive'].trim();
  if (n.attrs['step'] !== undefined) f.step = n.attrs['step'].trim();
  return f;
}

/** Reads the facet children (size, range, enumeration, pattern, refs, units) of one element. */
export function readFacets(node: XNode): Facets {
  const f = emptyFacets();
  for (const c of node.children) {
    switch (c.tag) {
      case 'size':
        f.sizes.push(size(c));
        break;
      case 'range':
        f.ranges.push(range(c));
        break;
      case 'enumeration': {
        const e: EnumFacet = { value: c.attrs['value'] ?? '', status: statusOf(c.attrs) };
        const access = c.attrs['access'];
        if (access === 'readOnly' || access === 'readWrite') e.access = access;
        if (c.attrs['optional'] === 'true') e.optional = true;
        f.enums.push(e);
        break;
      }
      case 'pattern':
        f.patterns.push({ value: c.attrs['value'] ?? '', status: statusOf(c.attrs) });
        break;
      case 'pathRef': {
        f.pathRef = { refType: c.attrs['refType'] === 'strong' ? 'strong' : 'weak' };
        for (const k of ['targetParent', 'targetParentScope', 'targetType', 'targetDataType'] as const) {
          const v = c.attrs[k];
          if (v !== undefined) f.pathRef[k] = v.replace(/\s+/g, ' ').trim();
        }
        break;
      }
      case 'instanceRef':
        f.pathRef = { refType: c.attrs['refType'] === 'strong' ? 'strong' : 'weak', targetType: 'row' };
        if (c.attrs['targetParent'] !== undefined) f.pathRef.targetParent = c.attrs['targetParent'];
        break;
      case 'enumerationRef': {
        f.enumerationRef = { targetParam: c.attrs['targetParam'] ?? '' };
        if (c.attrs['targetParamScope'] !== undefined) f.enumerationRef.targetParamScope = c.attrs['targetParamScope'];
        if (c.attrs['nullValue'] !== undefined) f.enumerationRef.nullValue = c.attrs['nullValue'];
        break;
      }
      case 'units':
        if (c.attrs['value'] !== undefined) f.units = c.attrs['value'];
        break;
      default:
        break;
    }
  }
  return f;
}

// A modification that lists values again fixes their order, as in the flattened BBF files: a new
// value goes straight after the known value listed before it, or before the first known value
// listed after it, or at the end when the modification lists no known value at all.
function mergeByValue<T extends EnumFacet | PatternFacet>(old: T[], added: T[]): T[] {
  const out = old.map((o) => ({ ...o }));
  let previous = -1;
  let pending: T[] = [];
  for (const a of added) {
    const i = out.findIndex((o) => o.value === a.value);
    if (i === -1) {
      if (previous === -1) pending.push({ ...a });
      else out.splice(++previous, 0, { ...a });
      continue;
    }
    out[i] = { ...out[i]!, ...a };
    out.splice(i, 0, ...pending);
    previous = i + pending.length;
    pending = [];
  }
  out.push(...pending);
  return out;
}

/**
 * Applies a base= modification's facets to existing ones: sizes and ranges given again replace
 * the old ones; enumerations and patterns are merged by value (added, or updated e.g. to deleted).
 */
export function mergeFacets(old: Facets, mod: Facets): Facets {
  const f: Facets = {
    sizes: mod.sizes.length > 0 ? mod.sizes : old.sizes,
    ranges: mod.ranges.length > 0 ? mod.ranges : old.ranges,
    enums: mergeByValue(old.enums, mod.enums),
    patterns: mergeByValue(old.patterns, mod.patterns),
  };
  const pathRef = mod.pathRef ?? old.pathRef;
  if (pathRef) f.pathRef = pathRef;
  const enumerationRef = mod.enumerationRef ?? old.enumerationRef;
  if (enumerationRef) f.enumerationRef = enumerationRef;
  const units = mod.units ?? old.units;
  if (units !== undefined) f.units = units;
  return f;
}

export function isPrimitive(tag: string): tag is PrimitiveType {
  return (PRIMITIVE_TYPES as readonly string[]).includes(tag);
}

export function readList(n: XNode): ListFacet {
  const l: ListFacet = { sizes: n.children.filter((c) => c.tag === 'size').map(size) };
  const min = int(n.attrs['minItems']);
  const max = int(n.attrs['maxItems']);
  if (min !== undefined) l.minItems = min;
  if (max !== undefined) l.maxItems = max;
  if (n.attrs['nestedBrackets'] !== undefined) l.nestedBrackets = n.attrs['nestedBrackets'];
  return l;
}

export function readDefault(n: XNode): DefaultValue | undefined {
  const t = n.attrs['type'];
  if (t !== 'object' && t !== 'factory' && t !== 'implementation' && t !== 'parameter') return undefined;
  return { type: t, value: n.attrs['value'] ?? '' };
}
