/** Character data both ways: escaped for the wire, and read back from parsed nodes exactly as sent. */

/** A parsed element (xml-reader.ts): children by local name, attributes as `@name`, character data as `#text`. */
export type Node = Record<string, unknown>;

export function obj(v: unknown): Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Node) : {};
}

// XML 1.0 allows only these characters; anything else is dropped rather than sent invalid.
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// A character that is dropped or escaped below; text without one is sent as it is.
const NEEDS_WORK =
  /[^\u0009\u000A\u0020\u0021\u0023-\u0025\u0028-\u003B\u003D\u003F-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function escapeXml(s: string): string {
  // Anything but a string takes the long way and fails there, as it always has.
  if (typeof s === 'string' && !NEEDS_WORK.test(s)) return s;
  // A literal CR would reach the peer as a line feed (XML 1.0 2.11): send it as a reference.
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** An element's character data as read (xml-reader.ts): references decoded, CDATA literal. */
export function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) return text((v as Node)['#text']);
  return '';
}

/** A token (names, paths, URLs, enumerations, numbers): surrounding whitespace is layout, not data. */
export function tok(v: unknown): string {
  return text(v).trim();
}
