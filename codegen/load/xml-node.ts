import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CodegenError } from '../errors.ts';
import { lifecycleElement, lifecycleOf } from './lifecycle.ts';

/** One XML element with its local (prefix-free) tag name, attributes and element children. */
export interface XNode {
  tag: string;
  attrs: Record<string, string>;
  children: XNode[];
  /** Concatenated text content, only kept for leaf elements we read text from. */
  text?: string;
}

// Descriptions are prose: the generated code never holds them, so they are blanked before
// parsing, but for the facts of their lifecycle macros (lifecycle.ts), which take their place as
// an element of attributes. Their newlines are kept so that error line numbers still point into
// the file.
const DESCRIPTION = /<description\b[^>]*?(?:\/>|>[\s\S]*?<\/description>)/g;
function blankDescriptions(text: string): string {
  return text.replace(DESCRIPTION, (m) => {
    const facts = m.includes('{{') ? lifecycleOf(m) : undefined;
    return (facts ? lifecycleElement(facts) : '') + '\n'.repeat(countNewlines(m));
  });
}
function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
});

type RawNode = Record<string, unknown>;

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i === -1 ? qname : qname.slice(i + 1);
}

function convert(raw: RawNode[]): XNode[] {
  const out: XNode[] = [];
  for (const entry of raw) {
    let tag: string | undefined;
    for (const key of Object.keys(entry)) {
      if (key !== ':@') {
        tag = key;
        break;
      }
    }
    if (tag === undefined || tag === '#text' || tag === '#comment') continue;
    const attrs = (entry[':@'] as Record<string, string> | undefined) ?? {};
    const kids = entry[tag] as RawNode[];
    const node: XNode = { tag: localName(tag), attrs, children: convert(kids) };
    const textNode = kids.find((k) => '#text' in k);
    if (textNode) node.text = String(textNode['#text']);
    out.push(node);
  }
  return out;
}

/** Parses an XML document; malformed XML raises a CodegenError naming file:line. */
export function parseXml(text: string, fileLabel: string): XNode {
  const stripped = blankDescriptions(text);
  const valid = XMLValidator.validate(stripped, { allowBooleanAttributes: false });
  if (valid !== true) {
    throw new CodegenError(`${fileLabel}:${valid.err.line}: malformed XML: ${valid.err.msg}`);
  }
  const roots = convert(parser.parse(stripped) as RawNode[]);
  const root = roots[0];
  if (!root) throw new CodegenError(`${fileLabel}:1: malformed XML: no root element`);
  return root;
}
