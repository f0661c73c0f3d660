/**
 * A strict, non-validating XML 1.0 reader for the envelopes an ACS sends: one pass over the text
 * that checks well-formedness (one root, matching tags, quoted and unique attributes, legal
 * references, closed comments and CDATA sections) and builds the element tree the field codec
 * reads. Its input has passed guard.ts: no DTD, no processing instruction but the declaration,
 * nesting within bounds, valid UTF-8.
 *
 * Character data keeps every character: xsd:string is not whitespace-collapsed (TR-069 A.2.1; an
 * SSID or passphrase may start or end with a space), so fields that are tokens are trimmed one by
 * one where they are read.
 *
 * The tree: an element is its character data (references decoded, CDATA literal, in document
 * order) when it has neither attributes nor children, else a node holding its attributes as
 * `@name`, its children by name and its character data as `#text`. Names lose their namespace
 * prefix: CWMP elements are matched by local name, so any prefix an ACS picks works. Repeated
 * elements, and the elements named in `lists`, are arrays.
 */
import type { Node } from './xml-text.ts';

/** Not well-formed XML; the message names what and where (a character offset). */
export class XmlError extends Error {}

// XML 1.0 2.3: the name characters (a colon is one, the namespace prefix is split off after).
const START_CHARS =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
// The combining marks U+0300 to U+036F are name characters (XML 1.0 2.3), listed as a range.
// eslint-disable-next-line no-misleading-character-class
const NAME = new RegExp(`[${START_CHARS}][${START_CHARS}.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040-]*`, 'uy');
const DECLARATION = /<\?xml(?:[ \t\n]+[^?]*)?\?>/y;
const ONLY_SPACE = /^[ \t\n]*$/;
const REFERENCE = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([A-Za-z_:][\w.:-]*));/y;
const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

interface Open {
  /** The qualified name, which the end tag must repeat exactly (XML 1.0 3 [GIMatch]). */
  readonly qname: string;
  readonly key: string;
  /** Created for the first attribute or child; a bare element stays text. */
  node: Node | undefined;
  text: string;
}

/**
 * The next occurrence of a string at or after a position that only moves forward, so finding
 * every '<', '&' or ']]>' of a document reads it once, however many text runs ask.
 */
class Ahead {
  private at = -2;
  constructor(
    private readonly xml: string,
    private readonly needle: string,
  ) {}
  /** The first occurrence at or after `i`, or -1. */
  from(i: number): number {
    if (this.at !== -1 && this.at < i) this.at = this.xml.indexOf(this.needle, i);
    return this.at;
  }
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09;
const asciiStart = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
const asciiName = (c: number): boolean => asciiStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;

/** The end of the name starting at `from`, or -1 if none starts there; ASCII without a regex. */
function nameEnd(xml: string, from: number): number {
  let i = from;
  if (asciiStart(xml.charCodeAt(i))) {
    do i++;
    while (asciiName(xml.charCodeAt(i)));
    if (!(xml.charCodeAt(i) >= 0x80)) return i;
  }
  NAME.lastIndex = from;
  return NAME.exec(xml) === null ? -1 : NAME.lastIndex;
}

/** The name under which an element or attribute is stored: its local part (a QName has one colon). */
function localName(qname: string): string {
  const colon = qname.indexOf(':');
  if (colon === -1 || qname.indexOf(':', colon + 1) !== -1) return qname;
  return qname.slice(colon + 1);
}

/** XML 1.0 2.2: the characters a reference may stand for. */
function legalChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/**
 * Character data from `from` to `to` with its references decoded (XML 1.0 4.1, 4.6). A reference
 * to an entity that is not predefined (there is no DTD) or to a character XML does not allow is
 * kept as written, as it always was; a '&' that starts no reference is not well-formed.
 */
function decoded(xml: string, from: number, to: number, amps: Ahead): string {
  let amp = amps.from(from);
  if (amp === -1 || amp >= to) return xml.slice(from, to);
  let out = '';
  let at = from;
  while (amp !== -1 && amp < to) {
    REFERENCE.lastIndex = amp;
    const m = REFERENCE.exec(xml);
    if (m === null || REFERENCE.lastIndex > to) throw new XmlError(`a '&' that starts no reference at ${amp}`);
    let ch: string | undefined;
    if (m[3] !== undefined) ch = PREDEFINED.get(m[3]);
    else {
      const digits = m[1] ?? m[2]!;
      const cp = digits.length > 8 ? -1 : m[1] !== undefined ? parseInt(digits, 16) : Number(digits);
      if (legalChar(cp)) ch = String.fromCodePoint(cp);
    }
    out += xml.slice(at, amp) + (ch ?? m[0]);
    at = REFERENCE.lastIndex;
    amp = amps.from(at);
  }
  return out + xml.slice(at, to);
}

/** XML 1.0 3.3.3: an attribute value's literal tabs and line feeds are spaces; referenced ones stay. */
function normalized(raw: string): string {
  const spaced = raw.replace(/[\t\n]/g, ' ');
  return decoded(spaced, 0, spaced.length, new Ahead(spaced, '&'));
}

/** Sets an own property, `__proto__` included (an element may be called anything). */
function put(node: Node, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  else node[key] = value;
}

function attach(parent: Node, key: string, value: unknown, lists: ReadonlySet<string>): void {
  // Own properties only: an element called `toString` or `constructor` is not the prototype's.
  const had = Object.hasOwn(parent, key) ? parent[key] : undefined;
  if (had === undefined) put(parent, key, lists.has(key) ? [value] : value);
  else if (Array.isArray(had)) had.push(value);
  else parent[key] = [had, value];
}

/** The value an element closes with (see the module comment). */
function valueOf(e: Open): unknown {
  if (e.node === undefined) return e.text;
  if (e.text !== '') e.node['#text'] = e.text;
  return e.node;
}

/** Reads a document into `{ rootName: root }`. Throws XmlError for anything not well-formed. */
export function readXml(input: string, lists: ReadonlySet<string>): Node {
  // XML 1.0 2.11: a literal CR or CRLF is a line feed; a CR the sender meant is written &#13;.
  const xml = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  // XML 1.0 2.8: the declaration, if any, comes first; nothing precedes it, not even a space.
  if (xml.startsWith('<?xml', i)) {
    DECLARATION.lastIndex = i;
    if (DECLARATION.exec(xml) === null) throw new XmlError('a malformed XML declaration');
    i = DECLARATION.lastIndex;
  }
  const doc: Node = {};
  const stack: Open[] = [];
  const lts = new Ahead(xml, '<');
  const amps = new Ahead(xml, '&');
  const cdataEnds = new Ahead(xml, ']]>');
  let rooted = false;
  /** An element ends: its value goes to the element around it, or is the document's root. */
  const closed = (open: Open): void => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) put(doc, open.key, valueOf(open));
    else attach((parent.node ??= {}), open.key, valueOf(open), lists);
  };
  for (;;) {
    const lt = lts.from(i);
    const end = lt === -1 ? xml.length : lt;
    if (end > i) {
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (!ONLY_SPACE.test(xml.slice(i, end))) throw new XmlError(`text outside the root element at ${i}`);
      } else {
        const gt = cdataEnds.from(i);
        if (gt !== -1 && gt < end) throw new XmlError(`']]>' in character data at ${gt}`);
        top.text += decoded(xml, i, end, amps);
      }
    }
    if (lt === -1) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x2f /* / */) {
      const open = stack.pop();
      let j = lt + 2 + (open?.qname.length ?? 0);
      if (
        open === undefined ||
        !xml.startsWith(open.qname, lt + 2) ||
        asciiName(xml.charCodeAt(j)) ||
        xml.charCodeAt(j) >= 0x80
      )
        throw new XmlError(`an end tag that closes nothing open at ${lt}`);
      while (isSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== 0x3e /* > */) throw new XmlError(`an unterminated end tag at ${lt}`);
      i = j + 1;
      closed(open);
    } else if (c === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const close = xml.indexOf('--', lt + 4);
        if (close === -1 || xml.charCodeAt(close + 2) !== 0x3e)
          throw new XmlError(`an unterminated comment or '--' inside one at ${lt}`);
        i = close + 3;
      } else if (xml.startsWith('<![CDATA[', lt) && stack.length > 0) {
        const close = xml.indexOf(']]>', lt + 9);
        if (close === -1) throw new XmlError(`an unterminated CDATA section at ${lt}`);
        stack[stack.length - 1]!.text += xml.slice(lt + 9, close);
        i = close + 3;
      } else throw new XmlError(`markup that is not an element, comment or CDATA section at ${lt}`);
    } else {
      if (stack.length === 0 && rooted) throw new XmlError(`a second root element at ${lt}`);
      const to = nameEnd(xml, lt + 1);
      if (to === -1) throw new XmlError(`a '<' that starts no tag at ${lt}`);
      const qname = xml.slice(lt + 1, to);
      const open: Open = { qname, key: localName(qname), node: undefined, text: '' };
      i = readAttributes(xml, to, open, lts, amps);
      if (xml.charCodeAt(i) === 0x2f /* / */) {
        if (xml.charCodeAt(i + 1) !== 0x3e) throw new XmlError(`an unterminated tag at ${lt}`);
        i += 2;
        closed(open);
      } else {
        i++;
        stack.push(open);
      }
      rooted = true;
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1]!.qname}> is not closed`);
  if (!rooted) throw new XmlError('no root element');
  return doc;
}

/** Reads a start tag's attributes into `e.node`; returns the index of its '>' or '/>'. */
function readAttributes(xml: string, from: number, e: Open, lts: Ahead, amps: Ahead): number {
  let i = from;
  let seen: string[] | undefined;
  for (;;) {
    const spaced = isSpace(xml.charCodeAt(i));
    while (isSpace(xml.charCodeAt(i))) i++;
    const c = xml.charCodeAt(i);
    if (c === 0x3e /* > */ || c === 0x2f /* / */) return i;
    const to = spaced ? nameEnd(xml, i) : -1;
    if (to === -1) throw new XmlError(`a malformed tag at ${i}`);
    const qname = xml.slice(i, to);
    i = to;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 0x3d /* = */) throw new XmlError(`attribute ${qname} has no value at ${i}`);
    i++;
    while (isSpace(xml.charCodeAt(i))) i++;
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") throw new XmlError(`attribute ${qname} is not quoted at ${i}`);
    const close = xml.indexOf(quote, i + 1);
    if (close === -1) throw new XmlError(`attribute ${qname} is not closed at ${i}`);
    const lt = lts.from(i + 1);
    if (lt !== -1 && lt < close) throw new XmlError(`a '<' in attribute ${qname} at ${lt}`);
    // XML 1.0 3.1 [uniqattspec]: an attribute appears once in a tag.
    if (seen === undefined) seen = [qname];
    else if (seen.includes(qname)) throw new XmlError(`attribute ${qname} repeated at ${i}`);
    else seen.push(qname);
    // Namespace declarations are not data: elements are matched by local name.
    if (qname !== 'xmlns' && !qname.startsWith('xmlns:')) {
      // XML 1.0 3.3.3: a literal tab or line feed in a value is a space; a referenced one stays.
      const value = decoded(xml, i + 1, close, amps);
      put((e.node ??= {}), `@${localName(qname)}`, /[\t\n]/.test(value) ? normalized(xml.slice(i + 1, close)) : value);
    }
    i = close + 1;
  }
}
