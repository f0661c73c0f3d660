import { describe, expect, it } from 'vitest';
import {
  CWMP_VERSIONS,
  cwmpNamespace,
  decodeEnvelope,
  encodeEnvelope,
  encodeMustUnderstandFault,
  escapeXml,
  soapFaultCode,
  xsiTypeOf,
  type DecodeResult,
} from '../../../src/cwmp/soap/index.ts';
import {
  ENCODE_CASES,
  HAND_DECODE_CASES,
  MUST_UNDERSTAND_CASES,
  mutations,
  PLAIN,
  show,
  TRICKY,
} from './golden-corpus.ts';

// The codec's output for the corpus, recorded from the hand-written codec before the descriptor
// table replaced it: every byte the agent sends and every decode result (faults' texts included,
// since a bad-arguments message becomes the FaultString of a 9003) must stay as recorded. A
// deliberate change of the wire format updates these files (`vitest -u`) in the same commit.

function section(entries: Iterable<[string, string]>): string {
  let out = '';
  for (const [label, text] of entries) {
    // A lone surrogate would not survive the UTF-8 file; the encoder drops them, so none may appear.
    if (/[\uD800-\uDFFF]/u.test(text)) throw new Error(`${label}: output holds a lone surrogate`);
    out += `### ${label}\n${text}\n`;
  }
  return out;
}

function* encoded(): Generator<[string, string]> {
  for (const c of ENCODE_CASES) yield [c.label, encodeEnvelope({ version: c.version, header: c.header, body: c.body })];
  for (const c of MUST_UNDERSTAND_CASES) yield [c.label, encodeMustUnderstandFault(c.version, c.id, c.headers)];
}

/** A mutation's result as what differs from the unmutated message's (the whole result if either failed). */
function changes(base: DecodeResult, r: DecodeResult): string {
  if (!base.ok || !r.ok) return show(r);
  const diff: string[] = [];
  for (const k of ['version', 'header', 'mustUnderstandUnknown'] as const)
    if (show(base[k]) !== show(r[k])) diff.push(`${k}=${show(r[k])}`);
  const [a, b] = [base.body as Record<string, unknown>, r.body as Record<string, unknown>];
  if (show(Object.keys(a)) !== show(Object.keys(b))) diff.push(`keys=${show(Object.keys(b))}`);
  for (const k of Object.keys(b)) if (show(a[k]) !== show(b[k])) diff.push(`${k}=${show(b[k])}`);
  return `ok ${diff.length === 0 ? '(unchanged)' : diff.join(' ')}`;
}

function* decoded(): Generator<[string, string]> {
  for (const c of HAND_DECODE_CASES) yield [`hand ${c.label}`, show(decodeEnvelope(c.xml, c.limits))];
  for (const c of ENCODE_CASES)
    yield [
      `round trip ${c.label}`,
      show(decodeEnvelope(encodeEnvelope({ version: c.version, header: c.header, body: c.body }))),
    ];
  for (const body of PLAIN) {
    const xml = encodeEnvelope({ version: '1.4', header: { id: 'm' }, body });
    const base = decodeEnvelope(xml);
    for (const m of mutations(xml)) yield [`mutated ${body.kind} ${m.label}`, changes(base, decodeEnvelope(m.xml))];
  }
}

function* helpers(): Generator<[string, string]> {
  for (const t of TRICKY) yield [`escapeXml ${JSON.stringify(t)}`, escapeXml(t)];
  for (const t of [
    'string',
    'int',
    'unsignedInt',
    'long',
    'unsignedLong',
    'boolean',
    'dateTime',
    'base64',
    'hexBinary',
    'decimal',
    'list',
    '',
    'toString',
    '__proto__',
  ])
    yield [`xsiTypeOf ${t}`, xsiTypeOf(t)];
  for (const v of CWMP_VERSIONS) yield [`cwmpNamespace ${v}`, cwmpNamespace(v)];
  const codes = [
    0,
    8000,
    8001,
    8002,
    8003,
    8004,
    8005,
    8006,
    8007,
    ...Array.from({ length: 40 }, (_, i) => 9000 + i),
    9800,
    9899,
    -1,
    NaN,
  ];
  yield ['soapFaultCode', codes.map((c) => `${c}:${soapFaultCode(c)}`).join(' ')];
  yield ['CWMP_VERSIONS', show(CWMP_VERSIONS)];
}

describe('golden output of the SOAP codec', () => {
  it('encodes every message kind, header and version byte for byte as recorded', async () => {
    await expect(section(encoded())).toMatchFileSnapshot('./golden/encode.txt');
  });
  it('decodes the corpus, its round trips and its mutations exactly as recorded', async () => {
    await expect(section(decoded())).toMatchFileSnapshot('./golden/decode.txt');
  });
  it('keeps the helpers it exports', async () => {
    await expect(section(helpers())).toMatchFileSnapshot('./golden/helpers.txt');
  });
});
