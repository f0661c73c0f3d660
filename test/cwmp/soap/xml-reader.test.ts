import { describe, expect, it } from 'vitest';
import { readXml, XmlError } from '../../../src/cwmp/soap/xml-reader.ts';

const LISTS = new Set(['item']);
const read = (xml: string): unknown => readXml(xml, LISTS);

describe('readXml', () => {
  it('builds the tree: bare elements as text, attributes and children as nodes, prefixes dropped', () => {
    expect(
      read(
        '<?xml version="1.0" encoding="UTF-8"?>\n<s:E xmlns:s="urn:s" xmlns="urn:d"><s:H a:x="1" y=\'2\'>t</s:H><B/><C></C><D>d</D><D>e</D></s:E>',
      ),
    ).toEqual({ E: { H: { '@x': '1', '@y': '2', '#text': 't' }, B: '', C: '', D: ['d', 'e'] } });
  });

  it('reads the named elements as lists even when one is present, and keeps character data in document order', () => {
    expect(read('<r><l><item>a</item></l><m>x<![CDATA[ <&> ]]>y<!-- no -->z</m></r>')).toEqual({
      r: { l: { item: ['a'] }, m: 'x <&> yz' },
    });
    expect(read('<r>\n  <a>1</a>\n</r>')).toEqual({ r: { a: '1', '#text': '\n  \n' } });
  });

  it('decodes references once; unknown entities and references to characters XML forbids stay as written', () => {
    expect(read('<r a="&lt;&#65;&amp;amp;">&#x1F600;&apos;&quot;&gt;&#0;&nbsp;</r>')).toEqual({
      r: { '@a': '<A&amp;', '#text': '😀\'">&#0;&nbsp;' },
    });
  });

  it('normalizes attribute whitespace and line ends as XML 1.0 3.3.3 and 2.11 say', () => {
    expect(read('<r a="x\ty\nz&#10;w">a\r\nb\rc&#13;</r>')).toEqual({ r: { '@a': 'x y z\nw', '#text': 'a\nb\nc\r' } });
  });

  it('accepts a byte order mark, comments and space around the root, and space inside end tags', () => {
    expect(read('\uFEFF<?xml version="1.0"?><!-- c --> <r >x</r  >\n<!-- d -->\n')).toEqual({ r: 'x' });
  });

  it('accepts names in any script', () => {
    expect(read('<é:ñame attr·1="v">x</é:ñame>')).toEqual({ ñame: { '@attr·1': 'v', '#text': 'x' } });
  });

  it('stores elements named like Object.prototype members as their own properties', () => {
    const doc = read('<r><__proto__>p</__proto__><toString>t</toString><constructor/><constructor/></r>') as {
      r: Record<string, unknown>;
    };
    expect(Object.getPrototypeOf(doc.r)).toBe(Object.prototype);
    expect(Object.hasOwn(doc.r, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(doc.r, '__proto__')?.value).toBe('p');
    expect(doc.r['toString']).toBe('t');
    expect(doc.r['constructor']).toEqual(['', '']);
  });

  it.each([
    ['no root', ''],
    ['only space', '  \n'],
    ['text before the root', 'x<r/>'],
    ['text after the root', '<r/>x'],
    ['a second root', '<r/><s/>'],
    ['an unclosed element', '<r><a></r>'],
    ['a mismatched end tag', '<r><a></b></r>'],
    ['an end tag for a longer name', '<r><a></ab></r>'],
    ['an end tag with nothing open', '</r>'],
    ['an unterminated start tag', '<r'],
    ['a lone <', '<r>a < b</r>'],
    ['an unquoted attribute', '<r a=1/>'],
    ['an attribute without a value', '<r a/>'],
    ['a repeated attribute', '<r a="1" a="2"/>'],
    ['attributes without space between', '<r a="1"b="2"/>'],
    ['a < in an attribute', '<r a="<"/>'],
    ['an unclosed attribute', '<r a="1/>'],
    ['a bare &', '<r>a & b</r>'],
    ['an unterminated reference', '<r>&amp</r>'],
    ['an empty character reference', '<r>&#;</r>'],
    ['a bare & in an attribute', '<r a="&"/>'],
    [']]> in text', '<r>a]]>b</r>'],
    ['an unterminated comment', '<r><!-- x</r>'],
    ['-- inside a comment', '<r><!-- a -- b --></r>'],
    ['an unterminated CDATA section', '<r><![CDATA[x</r>'],
    ['CDATA outside the root', '<![CDATA[x]]><r/>'],
    ['other markup', '<r><!ELEMENT x ANY></r>'],
    ['a declaration after space', ' <?xml version="1.0"?><r/>'],
    ['a malformed declaration', '<?xml version="1.0"<r/>'],
    ['a self-closing tag with a stray slash', '<r/ >'],
    ['a name that starts with a digit', '<1r/>'],
  ])('refuses %s', (_what, xml) => {
    expect(() => read(xml)).toThrow(XmlError);
  });
});
