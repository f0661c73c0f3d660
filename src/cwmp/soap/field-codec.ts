import type { Count, Field, Fields } from './field-kinds.ts';
import { escapeXml, obj, text, tok, type Node } from './xml-text.ts';

/**
 * Reading and writing each kind of field. A struct is compiled once into a plan: its fields with
 * the static markup around each value already joined, so encoding is one string built left to
 * right and decoding one pass over the fields in XSD order.
 */

/** A required field missing or unreadable: the request's own fault (9003, TR-069 A.5.1). */
export class BadArguments extends Error {}

export interface FieldPlan {
  readonly key: string;
  readonly kind: Field['kind'];
  readonly el: string;
  readonly optional: boolean;
  readonly default: number | undefined;
  readonly onlyIf: string | undefined;
  readonly unreadable: number | undefined;
  /** The property that holds an anySimple value's xsi:type ('' for every other kind). */
  readonly typeKey: string;
  readonly count: Count | undefined;
  readonly item: StructPlan | undefined;
  /** The markup after this field's value up to the next value (or the struct's closing tag). */
  readonly tail: string;
}

export interface StructPlan {
  /** Item element name (for lists of this struct). */
  readonly name: string;
  /** The opening tag and the markup before the first value (the whole element when there is no field). */
  readonly head: string;
  readonly fields: readonly FieldPlan[];
}

/** The markup before a field's value and after it. */
function markup(f: Field): [string, string] {
  switch (f.kind) {
    case 'strings':
      return [`<${f.el} soap-enc:arrayType="xsd:string[`, `</${f.el}>`];
    case 'list':
      return [`<${f.el} soap-enc:arrayType="cwmp:${f.item.name}[`, `</${f.el}>`];
    case 'anySimple':
      return [`<${f.el} xsi:type="`, `</${f.el}>`];
    // The nested struct's or each item's plan writes its own tags.
    case 'struct':
    case 'repeated':
      return ['', ''];
    default:
      return [`<${f.el}>`, `</${f.el}>`];
  }
}

/** Compiles the fields of a struct written as the element `tag` (a list item, a nested struct or a message body). */
export function compileStruct(name: string, tag: string, fields: Fields): StructPlan {
  const entries = Object.entries(fields);
  const keys = new Set(entries.map(([k]) => k));
  const before: string[] = [];
  const after: string[] = [];
  for (const [, f] of entries) {
    const [b, a] = markup(f);
    before.push(b);
    after.push(a);
  }
  const close = `</${tag}>`;
  const plans = entries.map(([key, f], i): FieldPlan => {
    const onlyIf = 'onlyIf' in f ? f.onlyIf : undefined;
    if (onlyIf !== undefined && !entries.slice(0, i).some(([k, g]) => k === onlyIf && g.kind === 'bool'))
      throw new Error(`${name}.${key}: onlyIf '${onlyIf}' is not an earlier bool field`);
    if (f.kind === 'anySimple' && keys.has(f.typeKey))
      throw new Error(`${name}.${key}: typeKey '${f.typeKey}' is also a field`);
    const itemStruct = f.kind === 'list' || f.kind === 'repeated' ? f.item : f.kind === 'struct' ? f.struct : undefined;
    return {
      key,
      kind: f.kind,
      el: f.el,
      optional: 'optional' in f && f.optional === true,
      default: f.kind === 'int' ? f.default : undefined,
      onlyIf,
      unreadable: f.kind === 'faultCode' ? f.unreadable : undefined,
      typeKey: f.kind === 'anySimple' ? f.typeKey : '',
      count: f.kind === 'list' ? f.count : undefined,
      item:
        itemStruct === undefined
          ? undefined
          : compileStruct(itemStruct.name, f.kind === 'list' ? itemStruct.name : f.el, itemStruct.fields),
      tail: after[i]! + (i + 1 < entries.length ? before[i + 1]! : close),
    };
  });
  return { name, head: `<${tag}>` + (plans.length > 0 ? before[0]! : close), fields: plans };
}

// Encoding.

type Value = Readonly<Record<string, unknown>>;

export function encodeStruct(p: StructPlan, v: Value): string {
  let s = p.head;
  const fields = p.fields;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const x = v[f.key];
    switch (f.kind) {
      case 'string':
      case 'token':
      case 'dateTime':
      case 'int':
      case 'faultCode':
        s += escapeXml(String(x));
        break;
      case 'bool':
        s += x ? 'true' : 'false';
        break;
      case 'anySimple':
        // An untyped value is sent as a string (TR-069 A.2.1).
        s += escapeXml((v[f.typeKey] as string | undefined) ?? 'xsd:string') + '">' + escapeXml(x as string);
        break;
      case 'strings': {
        const a = x as readonly unknown[];
        s += a.length + ']">';
        for (let j = 0; j < a.length; j++) s += '<string>' + escapeXml(String(a[j])) + '</string>';
        break;
      }
      case 'list': {
        const a = x as readonly Value[];
        s += a.length + ']">';
        for (let j = 0; j < a.length; j++) s += encodeStruct(f.item!, a[j]!);
        break;
      }
      case 'struct':
        s += encodeStruct(f.item!, x as Value);
        break;
      case 'repeated':
        if (x) for (const e of x as readonly Value[]) s += encodeStruct(f.item!, e);
        break;
    }
    s += f.tail;
  }
  return s;
}

// Decoding.

/** A required field kept exactly (values, ParameterKey, CommandKey, credentials). */
function req(n: Node, key: string): string {
  if (!(key in n)) throw new BadArguments(`${key} is missing`);
  return text(n[key]);
}
function int(n: Node, key: string): number {
  const s = req(n, key).trim();
  if (!/^-?[0-9]+$/.test(s)) throw new BadArguments(`${key} '${s}' is not an integer`);
  return Number(s);
}
function bool(n: Node, key: string): boolean {
  const s = req(n, key).trim();
  if (s === '1' || s === 'true') return true;
  if (s === '0' || s === 'false') return false;
  throw new BadArguments(`${key} '${s}' is not a boolean`);
}
/** The items of a SOAP array (none when the array holds no item element). */
function items(n: Node, container: string, item: string): unknown[] {
  if (!(container in n)) throw new BadArguments(`${container} is missing`);
  const xs = obj(n[container])[item];
  return Array.isArray(xs) ? xs : [];
}
/** A list item that is bare text reads as an element holding that text. */
const asNode = (x: unknown): Node => (typeof x === 'object' && x !== null ? (x as Node) : { '#text': x });

function decodeField(f: FieldPlan, n: Node, out: Node): unknown {
  // Ignored unless its flag is true: it reads as the empty value of its kind.
  if (f.onlyIf !== undefined && out[f.onlyIf] !== true) return f.kind === 'strings' ? [] : 0;
  const el = f.el;
  switch (f.kind) {
    case 'string':
      return f.optional ? text(n[el]) : req(n, el);
    case 'token':
    case 'dateTime':
      return f.optional ? tok(n[el]) : req(n, el).trim();
    case 'int':
      return f.default !== undefined && !(el in n) ? f.default : int(n, el);
    case 'bool':
      return bool(n, el);
    case 'faultCode': {
      const c = Number(text(n[el]));
      return f.unreadable !== undefined && !Number.isFinite(c) ? f.unreadable : c;
    }
    case 'strings':
      return f.optional && !(el in n) ? [] : items(n, el, 'string').map(tok);
    case 'list': {
      const item = f.item!;
      const xs = items(n, el, item.name).map((x) => decodeStruct(item, asNode(x), {}));
      const c = f.count;
      if (c !== undefined && (xs.length < c.min || xs.length > c.max)) {
        throw new BadArguments(
          `${el} holds ${xs.length} ${c.noun}; ${c.min}${c.max === c.min + 1 ? ' or ' : ' to '}${c.max} are allowed`,
        );
      }
      return xs;
    }
    case 'struct':
      return decodeStruct(f.item!, obj(n[el]), {});
    case 'repeated': {
      const xs = n[el];
      return Array.isArray(xs) ? xs.map((x) => decodeStruct(f.item!, obj(x), {})) : undefined;
    }
    case 'anySimple':
      return text(n[el]);
  }
}

/**
 * Decodes the fields of `p` from `n` into `out`, in order. `early` is a field already read (a
 * message's `checkFirst`, which has no onlyIf) and its value.
 */
export function decodeStruct(p: StructPlan, n: Node, out: Node, early?: FieldPlan, earlyValue?: unknown): Node {
  const fields = p.fields;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const v = f === early ? earlyValue : decodeField(f, n, out);
    // Only a repeated element reads undefined: absent, its property is left out.
    if (v === undefined) continue;
    out[f.key] = v;
    if (f.typeKey !== '') {
      const raw = n[f.el];
      const t = typeof raw === 'object' && raw !== null ? (raw as Node)['@type'] : undefined;
      out[f.typeKey] = typeof t === 'string' ? t.trim() : undefined;
    }
  }
  return out;
}

/** Reads one field on its own (a message's `checkFirst`). */
export function decodeOne(f: FieldPlan, n: Node): unknown {
  return decodeField(f, n, {});
}
