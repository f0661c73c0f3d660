import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DESCRIPTORS } from '../../../src/cwmp/soap/descriptors.ts';
import type { Field, Fields } from '../../../src/cwmp/soap/field-kinds.ts';
import { bbfDir } from '../../support/bbf-path.ts';
import { skipUnlessPeer } from '../../support/peers.ts';

// The descriptor table against BBF's CWMP schemas: every message's fields are its XSD sequence,
// in order, down through every struct and array, and each field's kind fits its XSD type. The
// schema is read as data (fast-xml-parser), not trusted to any validator.

type X = Record<string, unknown>;
const many = (v: unknown): X[] => (Array.isArray(v) ? (v as X[]) : v === undefined ? [] : [v as X]);
const local = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

class Schema {
  readonly elements = new Map<string, X>();
  readonly complexTypes = new Map<string, X>();
  readonly simpleTypes = new Map<string, X>();

  constructor(xml: string) {
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (n) => ['xs:element', 'xs:complexType', 'xs:simpleType', 'xs:redefine'].includes(n),
    }).parse(xml) as X;
    const schema = doc['xs:schema'] as X;
    for (const e of many(schema['xs:element'])) this.elements.set(e['@name'] as string, e);
    for (const t of many(schema['xs:complexType'])) this.complexTypes.set(t['@name'] as string, t);
    for (const t of many(schema['xs:simpleType'])) this.simpleTypes.set(t['@name'] as string, t);
  }

  /** The child elements of a complexType's sequence (an array type's restriction included), in order. */
  sequence(type: X | undefined): X[] {
    if (type === undefined) return [];
    const restriction = (type['xs:complexContent'] as X | undefined)?.['xs:restriction'] as X | undefined;
    const seq = ((restriction ?? type)['xs:sequence'] as X | undefined) ?? {};
    expect(Object.keys(seq).filter((k) => !k.startsWith('@') && k !== 'xs:element' && k !== 'xs:annotation')).toEqual(
      [],
    );
    return many(seq['xs:element']);
  }

  /** Whether a complexType is a SOAP-encoded array (restriction of soapenc:Array). */
  isArray(type: X | undefined): boolean {
    const restriction = (type?.['xs:complexContent'] as X | undefined)?.['xs:restriction'] as X | undefined;
    return restriction?.['@base'] === 'soapenc:Array';
  }

  complexOf(el: X): X | undefined {
    const t = el['@type'] as string | undefined;
    return t !== undefined ? this.complexTypes.get(local(t)) : many(el['xs:complexType'])[0];
  }

  /** The XSD built-in types an element's simple type comes down to (several for a union). */
  simpleBases(el: X): Set<string> {
    const out = new Set<string>();
    const walk = (t: X | string | undefined): void => {
      if (t === undefined) return;
      if (typeof t === 'string') {
        if (t.startsWith('xs:')) out.add(local(t));
        else walk(this.simpleTypes.get(local(t)));
        return;
      }
      const r = t['xs:restriction'] as X | undefined;
      if (r !== undefined) walk((r['@base'] as string | undefined) ?? many(r['xs:simpleType'])[0]);
      for (const u of many((t['xs:union'] as X | undefined)?.['xs:simpleType'])) walk(u);
    };
    walk((el['@type'] as string | undefined) ?? many(el['xs:simpleType'])[0]);
    return out;
  }
}

const BASES: Partial<Record<Field['kind'], readonly string[]>> = {
  string: ['string'],
  token: ['string'],
  dateTime: ['dateTime'],
  int: ['int', 'unsignedInt'],
  faultCode: ['int', 'unsignedInt'],
  bool: ['boolean'],
  anySimple: ['anySimpleType'],
};

/** Holds the fields of a struct to the sequence of its XSD type; returns what each path was checked as. */
function check(schema: Schema, path: string, fields: Fields, xsd: X[], seen: string[]): void {
  const entries = Object.entries(fields);
  expect(
    entries.map(([, f]) => f.el),
    `${path}: element order`,
  ).toEqual(xsd.map((e) => e['@name']));
  entries.forEach(([key, f], i) => {
    const el = xsd[i]!;
    const at = `${path}.${key} (${f.el})`;
    seen.push(`${at}: ${f.kind}`);
    const bases = BASES[f.kind];
    if (bases !== undefined) {
      const got = [...schema.simpleBases(el)];
      expect(got.length, `${at}: a simple type`).toBeGreaterThan(0);
      for (const b of got) expect(bases, `${at}: xs:${b} as ${f.kind}`).toContain(b);
      return;
    }
    const type = schema.complexOf(el);
    switch (f.kind) {
      case 'strings': {
        expect(schema.isArray(type), `${at}: a SOAP array`).toBe(true);
        const items = schema.sequence(type);
        expect(
          items.map((e) => e['@name']),
          at,
        ).toEqual(['string']);
        expect([...schema.simpleBases(items[0]!)], at).toEqual(['string']);
        break;
      }
      case 'list': {
        expect(schema.isArray(type), `${at}: a SOAP array`).toBe(true);
        const [item, ...rest] = schema.sequence(type);
        expect(rest, at).toEqual([]);
        expect(item!['@name'], `${at}: item element`).toBe(f.item.name);
        expect(local(item!['@type'] as string), `${at}: item type`).toBe(f.item.name);
        if (f.count !== undefined)
          expect([Number(item!['@minOccurs'] ?? 1), Number(item!['@maxOccurs'])], `${at}: item count`).toEqual([
            f.count.min,
            f.count.max,
          ]);
        check(schema, `${at}[]`, f.item.fields, schema.sequence(schema.complexOf(item!)), seen);
        break;
      }
      case 'struct':
        // Only its fields are on the wire: the type's name is not (FaultStruct was renamed in cwmp-1-2).
        expect(schema.isArray(type), at).toBe(false);
        check(schema, at, f.struct.fields, schema.sequence(type), seen);
        break;
      case 'repeated':
        expect([el['@minOccurs'], el['@maxOccurs']], `${at}: repeated in place`).toEqual(['0', 'unbounded']);
        expect(f.item.name, at).toBe(f.el);
        check(schema, at, f.item.fields, schema.sequence(type), seen);
        break;
      default:
        throw new Error(`${at}: no XSD check for ${f.kind}`);
    }
  });
}

const dir = bbfDir();

describe.skipIf(skipUnlessPeer('bbf'))('the descriptor table follows the BBF CWMP XSD', () => {
  // 1.3 and 1.4 include cwmp-1-2.xsd and add only headers; their messages are 1-2's.
  const schemas = ['cwmp-1-0.xsd', 'cwmp-1-1.xsd', 'cwmp-1-2.xsd'].map(
    (f) => [f, new Schema(readFileSync(join(dir!, f), 'utf8'))] as const,
  );

  it('every message is declared by the newest schema', () => {
    const latest = schemas.at(-1)![1];
    expect(Object.keys(DESCRIPTORS).filter((k) => !latest.elements.has(k))).toEqual([]);
  });

  for (const [file, schema] of schemas) {
    it(`${file}: every message it declares has its fields in the XSD's order, with fitting kinds`, () => {
      const seen: string[] = [];
      let messages = 0;
      for (const [kind, d] of Object.entries(DESCRIPTORS)) {
        const el = schema.elements.get(kind);
        if (el === undefined) continue;
        messages++;
        check(schema, kind, d.fields, schema.sequence(many(el['xs:complexType'])[0]), seen);
      }
      // Not vacuous: the schema's messages were found and their fields walked.
      expect(messages).toBeGreaterThan(30);
      expect(seen.length).toBeGreaterThan(80);
    });
  }

  it('the check is not vacuous: a field out of order, a wrong kind or a wrong item name fails', () => {
    const schema = schemas.at(-1)![1];
    const seq = (k: string): X[] => schema.sequence(many(schema.elements.get(k)!['xs:complexType'])[0]);
    const { commandKey, delaySeconds } = DESCRIPTORS.ScheduleInform.fields;
    expect(() => check(schema, 'ScheduleInform', { commandKey, delaySeconds }, seq('ScheduleInform'), [])).toThrow(
      /element order/,
    );
    expect(() =>
      check(schema, 'Reboot', { commandKey: { kind: 'bool', el: 'CommandKey' } }, seq('Reboot'), []),
    ).toThrow(/xs:string as bool/);
    const inform = DESCRIPTORS.Inform.fields;
    const events = { ...inform.events, item: { ...inform.events.item, name: 'EventStructure' } };
    expect(() => check(schema, 'Inform', { ...inform, events }, seq('Inform'), [])).toThrow(/item element/);
  });
});
