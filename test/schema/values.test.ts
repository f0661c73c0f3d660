import { describe, expect, expectTypeOf, it } from 'vitest';
import type { SyntaxDescriptor } from '../../src/schema/descriptor.ts';
import {
  type DescriptorValue,
  type Value,
  type ValueOf,
  WireValueError,
  base64ByteLength,
  codePointLength,
  isDateTime,
  nullValue,
  parseWire,
  splitList,
  toWire,
} from '../../src/schema/index.ts';

const d = (type: SyntaxDescriptor['type'], list = false): SyntaxDescriptor => (list ? { type, list: {} } : { type });

/** parseWire must throw WireValueError naming the item (if any). */
function rejects(desc: SyntaxDescriptor, wire: string, message: RegExp, item?: number): void {
  let err: unknown;
  try {
    parseWire(desc, wire);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(WireValueError);
  expect((err as WireValueError).item).toBe(item);
  expect((err as WireValueError).message).toMatch(message);
}

describe('value types (TR-069 A.2.1)', () => {
  it('map each primitive to its TypeScript type; lists are readonly arrays', () => {
    expectTypeOf<ValueOf<'string'>>().toEqualTypeOf<string>();
    expectTypeOf<ValueOf<'int'>>().toEqualTypeOf<number>();
    expectTypeOf<ValueOf<'unsignedInt'>>().toEqualTypeOf<number>();
    expectTypeOf<ValueOf<'long'>>().toEqualTypeOf<bigint>();
    expectTypeOf<ValueOf<'unsignedLong'>>().toEqualTypeOf<bigint>();
    expectTypeOf<ValueOf<'boolean'>>().toEqualTypeOf<boolean>();
    expectTypeOf<ValueOf<'dateTime' | 'base64' | 'hexBinary' | 'decimal'>>().toEqualTypeOf<string>();
    expectTypeOf<DescriptorValue<{ type: 'long'; list: {} }>>().toEqualTypeOf<readonly bigint[]>();
    expectTypeOf<DescriptorValue<{ type: 'boolean' }>>().toEqualTypeOf<boolean>();
    expectTypeOf<Value>().toEqualTypeOf<
      string | number | bigint | boolean | readonly (string | number | bigint | boolean)[]
    >();
    // Runtime side of the same mapping.
    expect(typeof parseWire(d('int'), '1')).toBe('number');
    expect(typeof parseWire(d('long'), '1')).toBe('bigint');
  });
});

describe('parseWire / toWire: integers', () => {
  it('32-bit types parse to number and keep their bounds', () => {
    expect(parseWire(d('unsignedInt'), '4294967295')).toBe(4294967295);
    rejects(d('unsignedInt'), '4294967296', /^value 4294967296 is above the maximum 4294967295$/);
    rejects(d('unsignedInt'), '-1', /below the minimum 0/);
    expect(parseWire(d('int'), '-2147483648')).toBe(-2147483648);
    rejects(d('int'), '2147483648', /above the maximum 2147483647/);
  });

  it('64-bit types parse to bigint exactly, beyond 2^53', () => {
    expect(parseWire(d('long'), '9223372036854775807')).toBe(9223372036854775807n);
    expect(parseWire(d('long'), '-9223372036854775808')).toBe(-9223372036854775808n);
    rejects(d('long'), '9223372036854775808', /above the maximum 9223372036854775807/);
    expect(parseWire(d('unsignedLong'), '18446744073709551615')).toBe(18446744073709551615n);
    expect(parseWire(d('unsignedLong'), '9007199254740993')).toBe(9007199254740993n); // 2^53 + 1
    rejects(d('unsignedLong'), '18446744073709551616', /above the maximum/);
    expect(toWire(d('unsignedLong'), 18446744073709551615n)).toBe('18446744073709551615');
  });

  it('accepts a leading + and leading zeros; rejects inner spaces, hex, exponents and fractions', () => {
    expect(parseWire(d('int'), '+42')).toBe(42);
    expect(parseWire(d('int'), '007')).toBe(7);
    expect(toWire(d('int'), parseWire(d('int'), '+007') as number)).toBe('7');
    for (const t of ['1 2', '0x10', '1e3', '1.0', '', ' ', '+', '--1']) rejects(d('int'), t, /is not a valid int/);
  });

  it('collapses surrounding whitespace for every type but string (XSD 4.3.6)', () => {
    expect(parseWire(d('unsignedInt'), ' 5\n')).toBe(5);
    expect(parseWire(d('long'), '\t-9 ')).toBe(-9n);
    expect(parseWire(d('boolean'), ' true ')).toBe(true);
    expect(parseWire(d('dateTime'), ' 2026-12-03T10:00:00Z ')).toBe('2026-12-03T10:00:00Z');
    expect(parseWire(d('string'), ' 5 ')).toBe(' 5 ');
  });

  it('toWire refuses values of the wrong JS type or out of range', () => {
    expect(() => toWire(d('long'), 5)).toThrow(/expected a bigint for long, got number/);
    expect(() => toWire(d('int'), 5n)).toThrow(/expected a number for int, got bigint/);
    expect(() => toWire(d('int'), 1.5)).toThrow(/1.5 is not an integer/);
    expect(() => toWire(d('unsignedInt'), -1)).toThrow(/below the minimum 0/);
    expect(toWire(d('int'), -0)).toBe('0');
  });
});

describe('parseWire / toWire: boolean', () => {
  it('accepts exactly 0, 1, true, false and writes true/false', () => {
    expect(parseWire(d('boolean'), '1')).toBe(true);
    expect(parseWire(d('boolean'), 'true')).toBe(true);
    expect(parseWire(d('boolean'), '0')).toBe(false);
    expect(parseWire(d('boolean'), 'false')).toBe(false);
    for (const t of ['TRUE', 'True', 'yes', '1 0', '']) rejects(d('boolean'), t, /is not a valid boolean/);
    expect(toWire(d('boolean'), true)).toBe('true');
    expect(toWire(d('boolean'), false)).toBe('false');
  });
});

describe('dateTime (XML Schema Part 2 3.2.7)', () => {
  it.each([
    '2024-02-29T12:34:56Z', // leap day, UTC
    '2024-06-01T00:00:00', // no zone
    '2024-06-01T00:00:00+05:30',
    '2024-06-01T00:00:00-14:00',
    '2024-06-01T23:59:59.123456Z', // fractional seconds
    '0001-01-01T00:00:00Z', // TR-069 unknown time
    '2000-02-29T00:00:00Z', // divisible by 400
    '2024-06-01T24:00:00Z', // end of day
    '12345-01-01T00:00:00Z',
  ])('accepts %s unchanged', (t) => {
    expect(isDateTime(t)).toBe(true);
    expect(parseWire(d('dateTime'), t)).toBe(t);
  });

  it.each([
    '2024-13-01T00:00:00Z', // month 13
    '2024-02-30T00:00:00Z', // Feb 30
    '2023-02-29T00:00:00Z', // not a leap year
    '1900-02-29T00:00:00Z', // century, not /400
    '2024-04-31T00:00:00Z',
    '2024-06-01T25:00:00Z',
    '2024-06-01T24:00:01Z',
    '2024-06-01T12:60:00Z',
    '2024-06-01T12:00:60Z',
    '2024-06-01T12:00:00+15:00',
    '2024-06-01T12:00:00+14:30',
    '2024-06-01 12:00:00Z',
    '2024-06-01T12:00Z',
    '0000-01-01T00:00:00Z',
    '01234-01-01T00:00:00Z',
    '2024-06-01T12:00:00.Z',
    '2024-06-01',
  ])('rejects %s', (t) => {
    expect(isDateTime(t)).toBe(false);
    rejects(d('dateTime'), t, /is not a valid dateTime/);
  });
});

describe('binary and decimal types', () => {
  it('base64: valid text (whitespace tolerated) with decoded byte length', () => {
    expect(base64ByteLength('')).toBe(0);
    expect(base64ByteLength('AAAA')).toBe(3);
    expect(base64ByteLength('AAE=')).toBe(2);
    expect(base64ByteLength('AQ==')).toBe(1);
    expect(base64ByteLength('AAEC\n AwQF')).toBe(6);
    expect(parseWire(d('base64'), 'SGVsbG8=')).toBe('SGVsbG8=');
    for (const t of ['AAA', 'A===', 'AB==', '####', 'AAAA=']) rejects(d('base64'), t, /is not a valid base64/);
  });

  it('hexBinary: an even number of hex digits', () => {
    expect(parseWire(d('hexBinary'), '00aaFF')).toBe('00aaFF');
    expect(parseWire(d('hexBinary'), '')).toBe('');
    rejects(d('hexBinary'), 'ABC', /is not a valid hexBinary/);
    rejects(d('hexBinary'), 'GG', /is not a valid hexBinary/);
  });

  it('decimal: -?digits(.digits)? kept as a string', () => {
    expect(parseWire(d('decimal'), '-12.50')).toBe('-12.50');
    expect(parseWire(d('decimal'), '3')).toBe('3');
    for (const t of ['1.', '.5', '1e3', '+1', '1 1']) rejects(d('decimal'), t, /is not a valid decimal/);
  });

  it('strings are taken as-is; sizes count code points', () => {
    expect(parseWire(d('string'), ' a,b ')).toBe(' a,b ');
    expect(codePointLength('a😀b')).toBe(3);
    expect(codePointLength('\ud800x')).toBe(2); // lone surrogate counts as one
  });
});

describe('nullValue: what hidden and secured parameters read back as', () => {
  it("a hidden number back as its type's null value, 0, never an empty unsignedInt (TR-069 A.2.3.5)", () => {
    expect(nullValue({ type: 'unsignedInt' })).toEqual({ value: 0, wire: '0' });
    expect(nullValue({ type: 'long' })).toEqual({ value: 0n, wire: '0' });
    expect(nullValue({ type: 'boolean' })).toEqual({ value: false, wire: 'false' });
    expect(nullValue({ type: 'dateTime' })).toEqual({ value: '0001-01-01T00:00:00Z', wire: '0001-01-01T00:00:00Z' });
    expect(nullValue({ type: 'string' })).toEqual({ value: '', wire: '' });
    expect(nullValue({ type: 'unsignedInt', list: {} })).toEqual({ value: [], wire: '' });
  });
});

describe('lists (TR-106 3.2.3)', () => {
  it('split on ",", trimming each item; "" is the empty list', () => {
    expect(splitList('')).toEqual([]);
    expect(splitList('  ')).toEqual([]);
    expect(splitList(' a , b,c ')).toEqual(['a', 'b', 'c']);
    expect(splitList('a,,b')).toEqual(['a', '', 'b']);
    expect(parseWire(d('unsignedLong', true), '1, 18446744073709551615')).toEqual([1n, 18446744073709551615n]);
    expect(parseWire(d('boolean', true), '1,false')).toEqual([true, false]);
    expect(parseWire(d('int', true), '')).toEqual([]);
  });

  it('a bad item is reported with its index', () => {
    rejects(d('int', true), '1,x,3', /^item 1: "x" is not a valid int$/, 1);
  });

  it('toWire joins with "," and refuses items that contain a comma', () => {
    expect(toWire(d('int', true), [1, -2, 3])).toBe('1,-2,3');
    expect(toWire(d('string', true), [])).toBe('');
    expect(toWire(d('boolean', true), [true, false])).toBe('true,false');
    expect(() => toWire(d('string', true), ['a', 'b,c'])).toThrow(/item 1: a list item cannot contain ","/);
    expect(() => toWire(d('int', true), 1)).toThrow(/expected an array/);
  });
});
