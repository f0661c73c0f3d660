/**
 * Translates XML Schema regular expressions (the dialect of BBF `<pattern value>`; XML Schema
 * Part 2, Appendix F) into anchored JavaScript regex sources for `new RegExp(src, 'u')`.
 *
 * The two dialects differ in ways that silently change meaning if copied verbatim:
 * - XSD patterns are implicitly anchored and have no anchors: `^` and `$` are plain characters.
 * - `.`, `\s`, `\d`, `\w` have XSD-specific definitions (F.1.1, multi-character escapes).
 * - XSD has `\i`, `\c` (XML name characters) and class subtraction `[a-z-[aeiou]]`, which JS lacks.
 * - With the `u` flag JS rejects identity escapes such as `\-` outside a class and lone `{`, `}`, `]`.
 * The translation therefore re-emits every atom rather than patching the source.
 */

export const xsdPatternFlags = 'u';

/** Converts one XSD pattern (already XML-unescaped) to an anchored JS regex source. */
export function xsdPatternToJs(pattern: string): string {
  const p = new Parser(pattern);
  const body = p.regExp();
  if (!p.atEnd()) p.fail(p.peek() === ')' ? 'unbalanced )' : `unexpected ${JSON.stringify(p.peek())}`);
  return `^(?:${body})$`;
}

/**
 * A set of code points as JS class content: `pos` is inner text of a positive class ([pos]);
 * `neg` lists inner texts of negated classes ([^x]); the set is their union.
 */
interface CharSet {
  pos: string;
  neg: string[];
}

// XML 1.0 (5th ed.) 2.3 NameStartChar and NameChar, which XSD F.1.1 uses for \i and \c.
const NAME_START =
  ':A-Z_a-z\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2FF}\\u{370}-\\u{37D}\\u{37F}-\\u{1FFF}' +
  '\\u{200C}-\\u{200D}\\u{2070}-\\u{218F}\\u{2C00}-\\u{2FEF}\\u{3001}-\\u{D7FF}\\u{F900}-\\u{FDCF}' +
  '\\u{FDF0}-\\u{FFFD}\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u{B7}\\u{300}-\\u{36F}\\u{203F}-\\u{2040}`;

// XSD F.1.1 multi-character escapes, as JS class fragments. \d is \p{Nd} (any Unicode decimal
// digit, not just ASCII), \s is only the four XML whitespace characters, \w is "not P, Z or C".
const MULTI: Record<string, CharSet> = {
  s: { pos: ' \\t\\n\\r', neg: [] },
  S: { pos: '', neg: [' \\t\\n\\r'] },
  d: { pos: '\\p{Nd}', neg: [] },
  D: { pos: '\\P{Nd}', neg: [] },
  w: { pos: '', neg: ['\\p{P}\\p{Z}\\p{C}'] },
  W: { pos: '\\p{P}\\p{Z}\\p{C}', neg: [] },
  i: { pos: NAME_START, neg: [] },
  I: { pos: '', neg: [NAME_START] },
  c: { pos: NAME_CHAR, neg: [] },
  C: { pos: '', neg: [NAME_CHAR] },
};

// XSD F.1.1 single-character escapes: the escaped character itself, or a control character.
const SINGLE: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09 };
const SINGLE_SELF = new Set(['\\', '|', '.', '?', '*', '+', '(', ')', '{', '}', '-', '[', ']', '^']);

// General categories XSD F.1.1 allows in \p{..}; all are also valid JS property names.
// Block escapes (\p{IsBasicLatin}) have no JS equivalent and are rejected.
const CATEGORIES = new Set([
  'L',
  'Lu',
  'Ll',
  'Lt',
  'Lm',
  'Lo',
  'M',
  'Mn',
  'Mc',
  'Me',
  'N',
  'Nd',
  'Nl',
  'No',
  'P',
  'Pc',
  'Pd',
  'Ps',
  'Pe',
  'Pi',
  'Pf',
  'Po',
  'Z',
  'Zs',
  'Zl',
  'Zp',
  'S',
  'Sm',
  'Sc',
  'Sk',
  'So',
  'C',
  'Cc',
  'Cf',
  'Co',
  'Cn',
]);

// Characters that must be escaped to be literal in a JS `u` regex outside / inside a class.
const JS_SYNTAX = new Set(['^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);
const JS_CLASS_SYNTAX = new Set(['\\', ']', '[', '-', '^']);

/** One code point as JS source, escaped where needed; non-printable-ASCII as \u{..}. */
function lit(cp: number, inClass: boolean): string {
  const ch = String.fromCodePoint(cp);
  if (cp < 0x20 || cp > 0x7e) return `\\u{${cp.toString(16).toUpperCase()}}`;
  return (inClass ? JS_CLASS_SYNTAX : JS_SYNTAX).has(ch) ? `\\${ch}` : ch;
}

/** Renders a set as one JS atom that consumes exactly one code point. */
function atom(set: CharSet): string {
  const parts = [...(set.pos !== '' ? [`[${set.pos}]`] : []), ...set.neg.map((n) => `[^${n}]`)];
  if (parts.length === 0) return '[]'; // empty set: never matches
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

/** Complement of a set (for `[^...]`): the intersection of the members' complements. */
function negate(set: CharSet): string {
  const base = set.pos !== '' ? `[^${set.pos}]` : '[\\u{0}-\\u{10FFFF}]';
  if (set.neg.length === 0) return base;
  return `(?:${set.neg.map((n) => `(?=[${n}])`).join('')}${base})`;
}

class Parser {
  private readonly cps: number[];
  private i = 0;
  constructor(private readonly src: string) {
    this.cps = Array.from(src, (c) => c.codePointAt(0)!);
  }

  atEnd(): boolean {
    return this.i >= this.cps.length;
  }
  peek(off = 0): string | undefined {
    const cp = this.cps[this.i + off];
    return cp === undefined ? undefined : String.fromCodePoint(cp);
  }
  fail(msg: string): never {
    throw new Error(`invalid XSD pattern ${JSON.stringify(this.src)} at ${this.i}: ${msg}`);
  }
  private next(): string {
    const c = this.peek();
    if (c === undefined) this.fail('unexpected end of pattern');
    this.i++;
    return c;
  }

  /** regExp ::= branch ('|' branch)* */
  regExp(): string {
    const branches = [this.branch()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.branch());
    }
    return branches.join('|');
  }

  /** branch ::= piece*; piece ::= atom quantifier? */
  private branch(): string {
    let out = '';
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      out += this.atomSrc() + this.quantifier();
    }
    return out;
  }

  private atomSrc(): string {
    const c = this.next();
    switch (c) {
      case '(': {
        const inner = this.regExp();
        if (this.peek() !== ')') this.fail('missing )');
        this.i++;
        return `(?:${inner})`;
      }
      case '[':
        return this.classAtom();
      case '\\':
        return this.escapeAtom();
      // XSD `.` excludes only \n and \r (F.1.1); JS `.` would also exclude U+2028/U+2029.
      case '.':
        return '[^\\n\\r]';
      case '?':
      case '*':
      case '+':
        return this.fail(`quantifier ${c} without an atom`);
      case ']':
        return this.fail('unbalanced ]');
      case '{':
        return this.fail('quantifier { without an atom');
      default:
        return lit(c.codePointAt(0)!, false); // includes literal ^ $ } /
    }
  }

  /** quantifier ::= [?*+] | '{' n (',' m?)? '}' */
  private quantifier(): string {
    const c = this.peek();
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      this.lazySuffix();
      return c;
    }
    if (c !== '{') return '';
    const rest = String.fromCodePoint(...this.cps.slice(this.i));
    const m = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    if (!m) return this.fail('malformed {n,m} quantifier');
    if (m[3] !== undefined && m[3] !== '' && Number(m[3]) < Number(m[1])) this.fail(`quantifier ${m[0]} has max < min`);
    this.i += m[0].length;
    this.lazySuffix();
    return m[0];
  }

  /**
   * XSD has no reluctant quantifiers, yet published BBF XML contains `[0-9]{1,15}?[BKMGT]`
   * (tr-181-2-6 .. 2-18). Perl-style engines (Xerces included) read the `?` as "reluctant";
   * for a whole-string match that accepts exactly the same strings, so it is dropped.
   */
  private lazySuffix(): void {
    if (this.peek() === '?') this.i++;
    const d = this.peek();
    if (d === '?' || d === '*' || d === '+' || d === '{') this.fail('a quantifier cannot follow a quantifier');
  }

  /** An escape outside a class: single-char, multi-char or category escape. */
  private escapeAtom(): string {
    const e = this.escape();
    if (typeof e === 'number') return lit(e, false);
    // A lone property escape needs no brackets; keeps the emitted source readable.
    return e.neg.length === 0 && /^\\[pP]\{\w+\}$/.test(e.pos) ? e.pos : atom(e);
  }

  /** Reads what follows a backslash: a code point (single-char escape) or a set. */
  private escape(): number | CharSet {
    const c = this.next();
    const single = SINGLE[c];
    if (single !== undefined) return single;
    if (SINGLE_SELF.has(c)) return c.codePointAt(0)!;
    const multi = MULTI[c];
    if (multi !== undefined) return multi;
    if (c === 'p' || c === 'P') {
      const rest = String.fromCodePoint(...this.cps.slice(this.i));
      const m = /^\{([^}]*)\}/.exec(rest);
      if (!m) return this.fail(`malformed \\${c}{..}`);
      const name = m[1]!;
      if (!CATEGORIES.has(name)) {
        this.fail(
          name.startsWith('Is')
            ? `Unicode block escape \\${c}{${name}} has no JavaScript equivalent`
            : `unknown Unicode category ${name}`,
        );
      }
      this.i += m[0].length;
      return { pos: `\\${c}{${name}}`, neg: [] };
    }
    return this.fail(`unknown escape \\${c}`);
  }

  /** charClassExpr after '[': ('^')? members ('-' charClassExpr)? ']' (F.1.1). */
  private classAtom(): string {
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const set = this.classMembers();
    let out = negated ? negate(set) : atom(set);
    if (this.peek() === '-' && this.peek(1) === '[') {
      // Subtraction: match one code point of the base set that is not in the subtracted set.
      this.i += 2;
      const sub = this.classAtom();
      out = `(?:(?!${sub})${out})`;
    }
    if (this.next() !== ']') this.fail('missing ] after class subtraction');
    return out;
  }

  /** Members of a class up to (not including) ']' or a '-[' subtraction. */
  private classMembers(): CharSet {
    const set: CharSet = { pos: '', neg: [] };
    let count = 0;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('unterminated character class');
      if (c === ']' || (c === '-' && this.peek(1) === '[')) {
        if (count === 0) this.fail('empty character class');
        break;
      }
      if (c === '[') this.fail('[ must be escaped inside a character class');
      const lo = this.classChar();
      count++;
      if (typeof lo !== 'number') {
        set.pos += lo.pos;
        set.neg.push(...lo.neg);
        continue;
      }
      // A '-' between two characters is a range; first, last or before '[' it is literal.
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '[' && this.peek(1) !== undefined) {
        this.i++;
        const hi = this.classChar();
        if (typeof hi !== 'number') this.fail('a range cannot end with a multi-character escape');
        if (hi < lo) this.fail('range out of order');
        set.pos += `${lit(lo, true)}-${lit(hi, true)}`;
      } else {
        set.pos += lit(lo, true);
      }
    }
    return set;
  }

  private classChar(): number | CharSet {
    const c = this.next();
    return c === '\\' ? this.escape() : c.codePointAt(0)!;
  }
}
