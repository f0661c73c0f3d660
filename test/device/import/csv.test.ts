import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/device/import/csv.ts';

describe('parseCsv', () => {
  it('splits fields on commas and records on LF or CRLF, numbering each record by its first line', () => {
    expect(parseCsv('a,b,c\r\n1,,3\n')).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['1', '', '3'], line: 2 },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks; skips blank lines and a BOM', () => {
    const records = parseCsv('\uFEFFname,value\n\n"x","Huawei, ""Ltd""\nsecond line"\nlast,"" \n');
    expect(records).toEqual([
      { fields: ['name', 'value'], line: 1 },
      { fields: ['x', 'Huawei, "Ltd"\nsecond line'], line: 3 },
      { fields: ['last', ' '], line: 5 },
    ]);
  });

  it('flags a record whose quote never closes instead of throwing', () => {
    expect(parseCsv('a,b\n"open,c\nd')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['open,c\nd'], line: 2, unterminated: true },
    ]);
  });

  it('keeps a last record without a line break, and an empty quoted field', () => {
    expect(parseCsv('x,y\n""')).toEqual([
      { fields: ['x', 'y'], line: 1 },
      { fields: [''], line: 2 },
    ]);
  });
});
