/** Character data both ways: escaped for the wire, and read back from parsed nodes exactly as sent. */

/** A parsed element: children by local name, attributes as `@name`, text as `#text`, CDATA as `#cdata`. */
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

const REF = /&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined entities and every character reference (XML 1.0 4.1). */
export function decodeRefs(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REF, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name]!;
    const cp = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    // Only characters XML allows (XML 1.0 2.2); anything else is not a character reference.
    const legal =
      cp === 0x9 ||
      cp === 0xa ||
      cp === 0xd ||
      (cp >= 0x20 && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      (cp >= 0x10000 && cp <= 0x10ffff);
    return legal ? String.fromCodePoint(cp) : whole;
  });
}

/** The element's character data exactly as sent, references decoded and CDATA sections kept literal. */
export function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') {
    const n = v as Node;
    const cdata = n['#cdata'];
    return (
      text(n['#text']) + (cdata === undefined ? '' : Array.isArray(cdata) ? cdata.map(String).join('') : String(cdata))
    );
  }
  return decodeRefs(String(v));
}

/** A token (names, paths, URLs, enumerations, numbers): surrounding whitespace is layout, not data. */
export function tok(v: unknown): string {
  return text(v).trim();
}
