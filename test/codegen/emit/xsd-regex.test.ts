import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { xsdPatternFlags, xsdPatternToJs } from '../../../codegen/emit/xsd-regex.ts';
import { bbfDir } from '../../support/bbf-path.ts';
import { skipUnlessPeer } from '../../support/peers.ts';

const re = (xsd: string): RegExp => new RegExp(xsdPatternToJs(xsd), xsdPatternFlags);

/** Asserts exactly which of the samples the converted pattern accepts. */
function check(xsd: string, accepted: readonly string[], rejected: readonly string[]): void {
  const r = re(xsd);
  for (const s of accepted) expect(r.test(s), `${xsd} should accept ${JSON.stringify(s)}`).toBe(true);
  for (const s of rejected) expect(r.test(s), `${xsd} should reject ${JSON.stringify(s)}`).toBe(false);
}

// tr-106-types.xml DOCTYPE entity values, as written there.
const OCTET = '(25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])';

describe('xsdPatternToJs: real BBF patterns', () => {
  it('flags are u and output is anchored', () => {
    expect(xsdPatternFlags).toBe('u');
    expect(xsdPatternToJs('[0-9A-F]{6}')).toBe('^(?:[0-9A-F]{6})$');
  });

  it("'' matches only the empty string", () => {
    expect(xsdPatternToJs('')).toBe('^(?:)$');
    check('', [''], ['a', ' ']);
  });

  it('MACAddress', () => {
    check(
      '([0-9A-Fa-f][0-9A-Fa-f]:){5}([0-9A-Fa-f][0-9A-Fa-f])',
      ['00:1A:2b:3C:4d:5E'],
      ['00:1A:2b:3C:4d', '00:1A:2b:3C:4d:5E:', '00-1A-2b-3C-4d-5E', 'x00:1A:2b:3C:4d:5E'],
    );
  });

  it('OUI [0-9A-F]{6}', () => {
    check('[0-9A-F]{6}', ['00D09E'], ['00d09e', '00D09', '00D09E0']);
  });

  it('2\\.\\d+ (escaped dot is literal, \\d is a digit)', () => {
    check('2\\.\\d+', ['2.19', '2.0'], ['2x19', '2.', '3.1']);
  });

  it('vendor prefix X_[0-9A-F]{6}_.*', () => {
    check('X_[0-9A-F]{6}_.*', ['X_00D09E_Foo', 'X_00D09E_'], ['X_00D09_Foo', 'Y_00D09E_Foo', 'X_00D09E_a\nb']);
  });

  it('IPv4 address (TR-106 IPv4Address shape)', () => {
    const p = '((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
    check(p, ['192.168.1.1', '0.0.0.0', '255.255.255.255'], ['256.1.1.1', '1.1.1', '01.1.1.1', '1.1.1.1.']);
  });

  it('IPv4 prefix from tr-106-types entities: (&octet;&dot;){3}&octet;/&ipv4PrefixRange;', () => {
    check(
      `(${OCTET}\\.){3}${OCTET}/(3[0-2]|[012]?[0-9])`,
      ['10.0.0.0/8', '192.168.1.0/24'],
      ['10.0.0.0/33', '10.0.0.0'],
    );
  });

  it('alternation at top level is anchored as a whole: \\d{4}|\\d{8}', () => {
    check('\\d{4}|\\d{8}', ['1234', '12345678'], ['123456', '1234x', 'x12345678']);
  });

  it('urn pattern with a literal - at the end of a class', () => {
    check(
      'urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:.+',
      ['urn:bbf-org:x', 'urn:ab:c'],
      ['urn:-a:x', 'urn:ab:', 'urn:a:x'],
    );
  });
});

describe('xsdPatternToJs: XSD-specific syntax', () => {
  it('\\$ is not an XSD escape ($ needs none)', () => {
    expect(() => xsdPatternToJs('\\$\\d+')).toThrow(/unknown escape \\\$/);
  });

  it('a literal $ and ^ outside a class', () => {
    check('US$[0-9]+', ['US$10'], ['US10', 'US$']);
    check('a^b', ['a^b'], ['ab', 'b']);
    check('[$^]+', ['$^$'], ['a']);
  });

  it('\\^ (the &caret; entity) is a literal caret', () => {
    check('x\\^2', ['x^2'], ['x2']);
  });

  it('\\i and \\c are XML name characters, \\I and \\C their complements', () => {
    check('\\i\\c*', ['_a-1.b', 'Ünïcode', 'a:b'], ['1abc', '-a', 'a b', '']);
    check('\\I', ['1', ' '], ['a', '_']);
    check('\\C', [' ', '/'], ['a', '1', '.']);
    check('[\\i\\d]+', ['a1', '1a'], ['-']);
    check('[^\\i]', ['1'], ['a']);
  });

  it('\\p{..} and \\P{..} pass through (u flag)', () => {
    check('\\p{Lu}+', ['ABÉ'], ['Ab']);
    check('\\P{L}+', ['12 !'], ['a1']);
    check('[\\p{Nd}a]+', ['1a٣'], ['b']);
  });

  it('\\p{IsBlock} block escapes are rejected with a clear error', () => {
    expect(() => xsdPatternToJs('\\p{IsBasicLatin}')).toThrow(/block escape .*no JavaScript equivalent/);
  });

  it('class subtraction [a-z-[aeiou]] becomes a lookahead', () => {
    check('[a-z-[aeiou]]+', ['bcd', 'xyz'], ['bad', 'B', '']);
    check('[a-z-[aeiou-[e]]]', ['e', 'b'], ['a']); // nested: a-z minus (vowels minus e)
    check('[^a-c-[x]]', ['d'], ['a', 'x']);
  });

  it('\\s is only the four XML whitespace characters, \\S everything else', () => {
    check('a\\sb', ['a b', 'a\tb'], ['a\u00a0b', 'ab']);
    check('[^\\S]', [' ', '\n'], ['a', '\u00a0']);
    check('[\\Sx]', ['a'], [' ']);
  });

  it('\\w is everything but punctuation, separators and others (XSD F.1.1)', () => {
    check('\\w+', ['aZ9é'], ['a-b', 'a b', 'a_b']);
    check('\\W', ['-', ' '], ['a']);
  });

  it('. excludes only \\n and \\r', () => {
    check('.', ['a', '\u2028'], ['\n', '\r']);
  });

  it('characters special in JS but escaped in XSD stay literal', () => {
    check('\\(\\)\\{\\}\\[\\]\\|\\*\\+\\?\\.\\\\\\-', ['(){}[]|*+?.\\-'], ['']);
    check('[\\[\\]\\-\\^]+', ['[]-^'], ['a']);
    check('a/b', ['a/b'], ['ab']);
  });

  it('quantifiers {n}, {n,}, {n,m}', () => {
    check('a{2}', ['aa'], ['a', 'aaa']);
    check('a{2,}', ['aa', 'aaaa'], ['a']);
    check('a{1,2}', ['a', 'aa'], ['aaa']);
  });

  it('a reluctant ? after a quantifier (found in BBF XML) accepts the same strings as greedy', () => {
    expect(xsdPatternToJs('([0-9]{1,15}?[BKMGT])')).toBe('^(?:(?:[0-9]{1,15}[BKMGT]))$');
    check('([0-9]{1,15}?[BKMGT])', ['1K', '123456789012345T'], ['K', '1', '1234567890123456T']);
    check('a+?b*?', ['a', 'aabb'], ['b']);
  });

  it('control characters and astral characters are emitted as \\u{..}', () => {
    expect(xsdPatternToJs('\\t😀')).toBe('^(?:\\u{9}\\u{1F600})$');
    check('[😀-😂]', ['😁'], ['😃']);
  });

  it.each([
    ['(a', /missing \)/],
    ['a)', /unbalanced \)/],
    ['[a', /unterminated character class/],
    ['[]', /empty character class/],
    ['*a', /without an atom/],
    ['a**', /cannot follow a quantifier/],
    ['a*??', /cannot follow a quantifier/],
    ['a{3,1}', /max < min/],
    ['a{x}', /malformed/],
    ['\\q', /unknown escape \\q/],
    ['[z-a]', /range out of order/],
    ['[a-\\d]', /multi-character escape/],
  ])('invalid XSD %j throws', (xsd, msg) => {
    expect(() => xsdPatternToJs(xsd)).toThrow(msg);
  });
});

/** <!ENTITY name "value"> declarations of a file's internal DTD subset. */
function entities(xml: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of xml.matchAll(/<!ENTITY\s+(\w+)\s+"([^"]*)"\s*>/g)) m.set(e[1]!, e[2]!);
  return m;
}

/** XML-unescapes an attribute value: predefined, character and internal DTD entities. */
function unescape(v: string, ents: Map<string, string>): string {
  const pre: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return v.replace(/&(#x[0-9A-Fa-f]+|#\d+|\w+);/g, (all, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const r = pre[name] ?? ents.get(name);
    if (r === undefined) throw new Error(`undeclared entity ${all}`);
    return r;
  });
}

const dir = bbfDir();

describe('every BBF pattern in tr-106-types.xml and tr-181-2-19-0-*.xml compiles', () => {
  it.skipIf(skipUnlessPeer('bbf'))(
    `all distinct patterns convert (BBF XML: ${dir ?? 'absent; set BBF_SCHEMA_PATH'})`,
    () => {
      const files = readdirSync(dir!).filter((f) => f === 'tr-106-types.xml' || /^tr-181-2-19-0-.*\.xml$/.test(f));
      expect(files.length).toBeGreaterThan(1);
      const patterns = new Set<string>();
      for (const f of files) {
        const xml = readFileSync(join(dir!, f), 'utf8');
        const ents = entities(xml);
        for (const m of xml.matchAll(/<pattern\s+value="([^"]*)"/g)) patterns.add(unescape(m[1]!, ents));
      }
      expect(patterns.size).toBeGreaterThan(20);
      for (const p of patterns) {
        const src = xsdPatternToJs(p);
        expect(() => new RegExp(src, xsdPatternFlags), `${p} -> ${src}`).not.toThrow();
      }
      // Spot-check that entity expansion and conversion agree on the IPv4 address type.
      expect(patterns.has(`(${OCTET}\\.){3}${OCTET}`)).toBe(true);
      check(`(${OCTET}\\.){3}${OCTET}`, ['10.0.0.1'], ['10.0.0.256']);
    },
  );
});
