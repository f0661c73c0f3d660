import { describe, expect, it } from 'vitest';
import type { SyntaxDescriptor } from '../../src/schema/descriptor.ts';
import { type Facet, type ValidationResult, type Value, compileValidator } from '../../src/schema/index.ts';

/** The result is ok and carries exactly this value (bigint stays bigint). */
function accepts(r: ValidationResult, value: Value): void {
  expect(r).toEqual({ ok: true, value });
  if (r.ok && !Array.isArray(value)) expect(typeof r.value).toBe(typeof value);
}

/** The result failed on this facet (and list item), with a one-line message matching `msg`. */
function rejects(r: ValidationResult, facet: Facet, msg?: RegExp, item?: number): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.facet).toBe(facet);
  expect(r.item).toBe(item);
  expect(r.message).not.toContain('\n');
  if (msg) expect(r.message).toMatch(msg);
}

const v = (desc: SyntaxDescriptor) => compileValidator(desc);

describe("facet 'type': primitive ranges and lexical forms", () => {
  it('unsignedInt 4294967295 is accepted, 4294967296 is not', () => {
    const u = v({ type: 'unsignedInt' });
    accepts(u.validateWire('4294967295'), 4294967295);
    rejects(u.validateWire('4294967296'), 'type', /^value 4294967296 is above the maximum 4294967295$/);
    rejects(u.validateValue(4294967296), 'type', /above the maximum 4294967295/);
    rejects(u.validateWire('-1'), 'type', /below the minimum 0/);
  });

  it('int is 32-bit signed', () => {
    const i = v({ type: 'int' });
    accepts(i.validateWire('-2147483648'), -2147483648);
    rejects(i.validateWire('-2147483649'), 'type', /below the minimum -2147483648/);
    accepts(i.validateWire('+5'), 5);
    rejects(i.validateWire(' 5'), 'type', /not a valid int/);
    rejects(i.validateWire('0x5'), 'type', /not a valid int/);
    rejects(i.validateWire('5e0'), 'type', /not a valid int/);
  });

  it('long and unsignedLong are exact beyond 2^53', () => {
    const l = v({ type: 'long' });
    accepts(l.validateWire('9223372036854775807'), 9223372036854775807n);
    rejects(l.validateWire('9223372036854775808'), 'type', /above the maximum 9223372036854775807/);
    accepts(l.validateValue(-9223372036854775808n), -9223372036854775808n);
    rejects(l.validateValue(5), 'type', /expected a bigint for long, got number/);
    const ul = v({ type: 'unsignedLong' });
    accepts(ul.validateWire('18446744073709551615'), 18446744073709551615n);
    accepts(ul.validateWire('9007199254740993'), 9007199254740993n);
    rejects(ul.validateWire('18446744073709551616'), 'type', /above the maximum 18446744073709551615/);
  });

  it('boolean accepts 0, 1, true, false only', () => {
    const b = v({ type: 'boolean' });
    accepts(b.validateWire('0'), false);
    accepts(b.validateWire('1'), true);
    accepts(b.validateWire('true'), true);
    accepts(b.validateWire('false'), false);
    rejects(b.validateWire('TRUE'), 'type', /"TRUE" is not a valid boolean/);
    rejects(b.validateWire('yes'), 'type', /"yes" is not a valid boolean/);
    accepts(b.validateValue(true), true);
    rejects(b.validateValue('true'), 'type', /expected a boolean/);
  });

  it('dateTime: with and without zone, fractional seconds, the unknown time', () => {
    const t = v({ type: 'dateTime' });
    accepts(t.validateWire('2024-05-06T07:08:09Z'), '2024-05-06T07:08:09Z');
    accepts(t.validateWire('2024-05-06T07:08:09-05:00'), '2024-05-06T07:08:09-05:00');
    accepts(t.validateWire('2024-05-06T07:08:09'), '2024-05-06T07:08:09');
    accepts(t.validateWire('2024-05-06T07:08:09.5Z'), '2024-05-06T07:08:09.5Z');
    accepts(t.validateWire('0001-01-01T00:00:00Z'), '0001-01-01T00:00:00Z');
    rejects(t.validateWire('2024-13-06T07:08:09Z'), 'type', /not a valid dateTime/);
    rejects(t.validateWire('2023-02-30T07:08:09Z'), 'type', /not a valid dateTime/);
    rejects(t.validateValue(new Date(0)), 'type', /expected a string for dateTime, got object/);
  });

  it('decimal, hexBinary and base64 lexical forms', () => {
    accepts(v({ type: 'decimal' }).validateWire('-1.25'), '-1.25');
    rejects(v({ type: 'decimal' }).validateWire('1.'), 'type', /not a valid decimal/);
    accepts(v({ type: 'hexBinary' }).validateWire('0aF1'), '0aF1');
    rejects(v({ type: 'hexBinary' }).validateWire('0aF'), 'type', /not a valid hexBinary/);
    accepts(v({ type: 'base64' }).validateWire('AQID'), 'AQID');
    rejects(v({ type: 'base64' }).validateWire('AQI'), 'type', /not a valid base64/);
  });

  it('a scalar validator refuses arrays and a list validator refuses scalars', () => {
    rejects(v({ type: 'string' }).validateValue(['a']), 'type', /expected a single string/);
    rejects(v({ type: 'string', list: {} }).validateValue('a'), 'type', /expected an array/);
  });
});

describe("facet 'size'", () => {
  it('string size counts code points', () => {
    const s = v({ type: 'string', levels: [{ sizes: [{ max: 3 }] }] });
    accepts(s.validateWire('a😀b'), 'a😀b');
    rejects(s.validateWire('abcd'), 'size', /^length 4 is above the maximum 3 characters$/);
    const m = v({ type: 'string', levels: [{ sizes: [{ min: 2 }] }] });
    rejects(m.validateWire('a'), 'size', /length 1 is below the minimum 2 characters/);
    accepts(m.validateValue('ab'), 'ab');
  });

  it('several sizes are alternatives (OR)', () => {
    // e.g. an OUI-like string that is empty or exactly 6 characters.
    const s = v({
      type: 'string',
      levels: [
        {
          sizes: [
            { min: 0, max: 0 },
            { min: 6, max: 6 },
          ],
        },
      ],
    });
    accepts(s.validateWire(''), '');
    accepts(s.validateWire('00D09E'), '00D09E');
    rejects(s.validateWire('00D0'), 'size', /length 4 is outside the allowed sizes 0\.\.0, 6\.\.6 characters/);
  });

  it('base64 size counts decoded bytes', () => {
    const b = v({ type: 'base64', levels: [{ sizes: [{ min: 2, max: 3 }] }] });
    accepts(b.validateWire('AQI='), 'AQI='); // 2 bytes, 4 characters
    accepts(b.validateWire('AQID'), 'AQID'); // 3 bytes
    rejects(b.validateWire('AQ=='), 'size', /length 1 is below the minimum 2 bytes/);
    rejects(b.validateWire('AQIDBA=='), 'size', /length 4 is above the maximum 3 bytes/);
  });

  it('hexBinary size counts bytes (digits / 2)', () => {
    const h = v({ type: 'hexBinary', levels: [{ sizes: [{ min: 3, max: 3 }] }] });
    accepts(h.validateWire('A1B2C3'), 'A1B2C3');
    rejects(h.validateWire('A1B2'), 'size', /length 2 is below the minimum 3 bytes/);
    rejects(h.validateWire('A1B2C'), 'type', /not a valid hexBinary/); // odd digit count
  });
});

describe("facets 'range' and 'step'", () => {
  it('a single range names the broken bound', () => {
    const r = v({ type: 'unsignedInt', levels: [{ ranges: [{ min: '1', max: '10' }] }] });
    accepts(r.validateWire('10'), 10);
    rejects(r.validateWire('0'), 'range', /^value 0 is below the minimum 1$/);
    rejects(r.validateValue(11), 'range', /^value 11 is above the maximum 10$/);
  });

  it('several ranges are alternatives: -1..-1 OR 1..100', () => {
    const r = v({
      type: 'int',
      levels: [
        {
          ranges: [
            { min: '-1', max: '-1' },
            { min: '1', max: '100' },
          ],
        },
      ],
    });
    accepts(r.validateWire('-1'), -1);
    accepts(r.validateWire('50'), 50);
    rejects(r.validateWire('0'), 'range', /value 0 is outside the allowed ranges -1\.\.-1, 1\.\.100/);
    rejects(r.validateWire('101'), 'range', /outside the allowed ranges/);
  });

  it('step counts from min (0 when absent)', () => {
    const s = v({ type: 'unsignedInt', levels: [{ ranges: [{ min: '0', step: '5' }] }] });
    accepts(s.validateWire('10'), 10);
    rejects(s.validateWire('12'), 'step', /value 12 is not 0 plus a multiple of the step 5/);
    const from2 = v({ type: 'unsignedInt', levels: [{ ranges: [{ min: '2', max: '1024', step: '2' }] }] });
    accepts(from2.validateWire('1024'), 1024);
    rejects(from2.validateWire('7'), 'step', /not 2 plus a multiple of the step 2/);
    const noMin = v({ type: 'int', levels: [{ ranges: [{ max: '100', step: '10' }] }] });
    accepts(noMin.validateWire('-20'), -20);
    rejects(noMin.validateWire('-25'), 'step', /not 0 plus a multiple of the step 10/);
  });

  it('64-bit bounds and steps are exact', () => {
    const r = v({
      type: 'unsignedLong',
      levels: [{ ranges: [{ min: '9007199254740992', max: '18446744073709551614', step: '2' }] }],
    });
    accepts(r.validateWire('9007199254740994'), 9007199254740994n);
    rejects(r.validateWire('9007199254740993'), 'step', /step 2/); // rounds to an even double
    rejects(r.validateWire('18446744073709551615'), 'range', /above the maximum 18446744073709551614/);
  });

  it('decimal ranges compare exactly', () => {
    const r = v({ type: 'decimal', levels: [{ ranges: [{ min: '-1.5', max: '2.25', step: '0.25' }] }] });
    accepts(r.validateWire('2.25'), '2.25');
    accepts(r.validateWire('-1.00'), '-1.00');
    rejects(r.validateWire('2.26'), 'range', /above the maximum 2.25/);
    rejects(r.validateWire('0.1'), 'step', /step 0.25/);
  });

  it('inconsistent descriptors fail at compile time', () => {
    expect(() => v({ type: 'string', levels: [{ ranges: [{ min: '1' }] }] })).toThrow(
      /range facet does not apply to string/,
    );
    expect(() => v({ type: 'int', levels: [{ ranges: [{ step: '0' }] }] })).toThrow(/step must be positive/);
    expect(() => v({ type: 'int', levels: [{ ranges: [{ min: 'x' }] }] })).toThrow(/invalid range bound "x"/);
    expect(() => v({ type: 'string', levels: [{ patterns: ['('] }] })).toThrow(/invalid pattern "\("/);
  });
});

describe("facets 'enumeration' and 'pattern'", () => {
  it('enumerations without patterns', () => {
    const e = v({ type: 'string', enums: ['Up', 'Down'] });
    accepts(e.validateWire('Up'), 'Up');
    rejects(e.validateWire('up'), 'enumeration', /^value "up" is not one of "Up", "Down"$/);
  });

  it('numeric enumerations compare values, not spellings', () => {
    const e = v({ type: 'unsignedInt', enums: ['5', '10'] });
    accepts(e.validateWire('+05'), 5);
    rejects(e.validateWire('6'), 'enumeration', /not one of "5", "10"/);
  });

  it('enumerations with an extra pattern alternative (vendor extension)', () => {
    const e = v({ type: 'string', enums: ['DHCP', 'Static'], levels: [{ patterns: ['^(?:X_[0-9A-F]{6}_.*)$'] }] });
    accepts(e.validateWire('Static'), 'Static');
    accepts(e.validateWire('X_00D09E_Mine'), 'X_00D09E_Mine');
    rejects(e.validateWire('X_00d09e_Mine'), 'enumeration', /not one of "DHCP", "Static" and matches no pattern/);
  });

  it('several patterns in a level are alternatives (OR)', () => {
    const p = v({ type: 'string', levels: [{ patterns: ['^(?:)$', '^(?:[0-9A-F]{6})$'] }] });
    accepts(p.validateWire(''), '');
    accepts(p.validateWire('00D09E'), '00D09E');
    rejects(p.validateWire('00D0'), 'pattern', /value "00D0" does not match any of "\^\(\?:\)\$", /);
  });

  it('a single pattern', () => {
    const p = v({ type: 'string', levels: [{ patterns: ['^(?:\\d+)$'] }] });
    accepts(p.validateValue('123'), '123');
    rejects(p.validateValue('12a'), 'pattern', /value "12a" does not match "/);
  });
});

describe('levels: every level must pass (AND)', () => {
  it('size from a named type, then a narrower size from the parameter', () => {
    const s = v({ type: 'string', levels: [{ sizes: [{ max: 64 }] }, { sizes: [{ max: 4 }] }] });
    accepts(s.validateWire('abcd'), 'abcd');
    rejects(s.validateWire('abcde'), 'size', /above the maximum 4/);
    rejects(s.validateWire('x'.repeat(65)), 'size', /above the maximum 64/);
  });

  it('ranges in two levels', () => {
    const r = v({
      type: 'int',
      levels: [{ ranges: [{ min: '0', max: '100' }] }, { ranges: [{ min: '-5', max: '10' }] }],
    });
    accepts(r.validateWire('7'), 7);
    rejects(r.validateWire('-1'), 'range', /below the minimum 0/);
    rejects(r.validateWire('11'), 'range', /above the maximum 10/);
  });

  it('patterns in two levels', () => {
    const p = v({
      type: 'string',
      levels: [{ patterns: ['^(?:[a-z]+)$'] }, { patterns: ['^(?:.{2})$', '^(?:.{4})$'] }],
    });
    accepts(p.validateWire('abcd'), 'abcd');
    rejects(p.validateWire('abc'), 'pattern', /any of/);
    rejects(p.validateWire('AB'), 'pattern', /does not match "\^\(\?:\[a-z\]\+\)\$"/);
  });

  it('size and pattern across levels', () => {
    const s = v({
      type: 'string',
      levels: [{ sizes: [{ max: 17 }] }, { patterns: ['^(?:([0-9A-Fa-f][0-9A-Fa-f]:){5}([0-9A-Fa-f][0-9A-Fa-f]))$'] }],
    });
    accepts(s.validateWire('00:11:22:33:44:55'), '00:11:22:33:44:55');
    rejects(s.validateWire('00:11:22:33:44:55:'), 'size', /above the maximum 17/);
    rejects(s.validateWire('00:11:22:33:44:5G'), 'pattern', /does not match/);
  });
});

describe("lists: per-item facets, 'listSize' and 'listItems'", () => {
  const list = v({
    type: 'unsignedInt',
    list: { minItems: 1, maxItems: 4, sizes: [{ max: 10 }] },
    levels: [{ ranges: [{ min: '1', max: '10' }] }],
  });

  it('accepts valid lists as typed arrays', () => {
    accepts(list.validateWire('1, 2 ,10'), [1, 2, 10]);
    accepts(list.validateValue([3, 4]), [3, 4]);
  });

  it('a failing item reports its facet and index', () => {
    rejects(list.validateWire('1,11,3'), 'range', /value 11 is above the maximum 10/, 1);
    rejects(list.validateWire('1,2,x'), 'type', /"x" is not a valid unsignedInt/, 2);
    rejects(list.validateValue([1, 2, 0]), 'range', /below the minimum 1/, 2);
    rejects(list.validateValue([1, '2']), 'type', /expected a number/, 1);
  });

  it('list sizes bound the whole comma-separated string', () => {
    accepts(list.validateWire('10,10,10,1'), [10, 10, 10, 1]); // exactly 10 characters
    rejects(list.validateWire('10,10,10,10'), 'listSize', /^list length 11 is above the maximum 10 characters$/);
  });

  it('minItems and maxItems bound the item count', () => {
    rejects(list.validateWire(''), 'listItems', /list has 0 items, below the minimum 1/);
    rejects(list.validateWire('1,1,1,1,1'), 'listItems', /list has 5 items, above the maximum 4/);
    rejects(list.validateValue([]), 'listItems', /below the minimum 1/);
  });

  it('string lists: items are trimmed, checked one by one, and may not contain commas', () => {
    const s = v({ type: 'string', list: {}, enums: ['A', 'B'] });
    accepts(s.validateWire(' A , B '), ['A', 'B']);
    accepts(s.validateWire(''), []);
    rejects(s.validateWire('A,C'), 'enumeration', /value "C" is not one of/, 1);
    rejects(s.validateValue(['A', 'A,B']), 'type', /cannot contain ","/, 1);
  });

  it('long lists stay exact', () => {
    const l = v({ type: 'long', list: { maxItems: 2 } });
    accepts(l.validateWire('9223372036854775807,-1'), [9223372036854775807n, -1n]);
    rejects(l.validateWire('1,9223372036854775808'), 'type', /above the maximum/, 1);
  });
});

describe('compileValidator', () => {
  it('keeps the descriptor and compiles once for many values', () => {
    const desc: SyntaxDescriptor = { type: 'string', levels: [{ patterns: ['^(?:a+)$'] }] };
    const val = v(desc);
    expect(val.descriptor).toBe(desc);
    for (let i = 1; i < 50; i++) accepts(val.validateWire('a'.repeat(i)), 'a'.repeat(i));
    rejects(val.validateWire('b'), 'pattern');
  });

  it('rejects an unknown primitive type', () => {
    expect(() => v({ type: 'float' } as unknown as SyntaxDescriptor)).toThrow(/unknown primitive type "float"/);
  });
});
