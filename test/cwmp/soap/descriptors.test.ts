import { describe, expect, it } from 'vitest';
import { DESCRIPTORS } from '../../../src/cwmp/soap/descriptors.ts';
import { compileStruct, decodeStruct, encodeStruct } from '../../../src/cwmp/soap/field-codec.ts';
import { anySimple, bool, int, list, strings, struct, token } from '../../../src/cwmp/soap/field-kinds.ts';
import { decodeEnvelope, encodeEnvelope } from '../../../src/cwmp/soap/index.ts';
import { PLANS } from '../../../src/cwmp/soap/message-plans.ts';
import { KINDS } from '../../../src/cwmp/soap/types.ts';

describe('the descriptor table', () => {
  it('is the list of kinds, and every kind has a plan', () => {
    expect(KINDS).toEqual(Object.keys(DESCRIPTORS));
    expect([...PLANS.keys()]).toEqual(KINDS);
    expect(new Set(KINDS).size).toBe(KINDS.length);
  });

  it('answers every request kind it describes, not 9000', () => {
    // The fault of the old hand-kept list: a kind the decoder did not know read as an unknown method.
    const bare = (kind: string): string =>
      encodeEnvelope({ version: '1.4', header: {}, body: { kind: 'GetRPCMethods' } }).replaceAll('GetRPCMethods', kind);
    for (const kind of KINDS) {
      const r = decodeEnvelope(bare(kind));
      expect(r.ok ? r.body.kind : r.reason, kind).toBe(r.ok ? kind : 'bad-arguments');
    }
    expect(decodeEnvelope(bare('SetVouchers'))).toMatchObject({ ok: false, reason: 'unknown-method' });
  });
});

describe('compiled structs', () => {
  it('join the markup around the values once', () => {
    const p = compileStruct('T', 'cwmp:T', { a: token('A'), b: strings('B'), c: bool('C') });
    expect(p.head).toBe('<cwmp:T><A>');
    expect(p.fields.map((f) => f.tail)).toEqual(['</A><B soap-enc:arrayType="xsd:string[', '</B><C>', '</C></cwmp:T>']);
    expect(encodeStruct(p, { a: 'x&', b: ['1', '2'], c: true })).toBe(
      '<cwmp:T><A>x&amp;</A><B soap-enc:arrayType="xsd:string[2]"><string>1</string><string>2</string></B><C>true</C></cwmp:T>',
    );
    expect(compileStruct('E', 'cwmp:E', {}).head).toBe('<cwmp:E></cwmp:E>');
  });

  it('read the fields in order and name the first one missing or unreadable', () => {
    const p = compileStruct('T', 'cwmp:T', { a: int('A'), b: bool('B') });
    expect(() => decodeStruct(p, { B: 'maybe' }, {})).toThrow('A is missing');
    expect(() => decodeStruct(p, { A: ' 1x', B: 'maybe' }, {})).toThrow("A '1x' is not an integer");
    expect(() => decodeStruct(p, { A: '1', B: 'maybe' }, {})).toThrow("B 'maybe' is not a boolean");
    expect(decodeStruct(p, { A: ' -2 ', B: ' 1 ' }, {})).toEqual({ a: -2, b: true });
  });

  it('bound a list by its count', () => {
    const p = compileStruct('T', 'cwmp:T', {
      xs: list('L', struct('I', { v: int('V') }), { min: 1, max: 3, noun: 'items' }),
    });
    expect(() => decodeStruct(p, { L: { I: [] } }, {})).toThrow('L holds 0 items; 1 to 3 are allowed');
    expect(decodeStruct(p, { L: { I: [{ V: '4' }] } }, {})).toEqual({ xs: [{ v: 4 }] });
  });

  it('refuse a table whose onlyIf or typeKey cannot work, when the module loads', () => {
    expect(() => compileStruct('T', 'cwmp:T', { n: int('N', { onlyIf: 'flag' }), flag: bool('F') })).toThrow(
      "T.n: onlyIf 'flag' is not an earlier bool field",
    );
    expect(() => compileStruct('T', 'cwmp:T', { flag: token('F'), n: int('N', { onlyIf: 'flag' }) })).toThrow(
      /not an earlier bool field/,
    );
    expect(() => compileStruct('T', 'cwmp:T', { value: anySimple('Value', 'name'), name: token('Name') })).toThrow(
      "T.value: typeKey 'name' is also a field",
    );
  });
});
