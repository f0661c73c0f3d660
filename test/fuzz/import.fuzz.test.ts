import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { DataModel } from '../../src/datamodel/tree.ts';
import { importDump } from '../../src/device/import/import-dump.ts';
import { DumpFormatError } from '../../src/device/import/read-csv-dump.ts';
import { parseDump } from '../../src/device/import/read-dump.ts';
import { fixtureDump } from '../support/device-dumps.ts';
import { RUNS, mutated, params } from './fuzz-config.ts';

const SEGMENTS = [
  'DeviceInfo',
  'ManagementServer',
  'LANDevice',
  'Hosts',
  'Host',
  'IP',
  'Interface',
  'IPv4Address',
  'Name',
  'Enable',
  'UpTime',
  'URL',
  'PeriodicInformInterval',
  'Manufacturer',
  'SerialNumber',
  'X_ACME_Box',
  'X_ACME_Table',
  'X_ACME_Level',
  'Stats',
  '1',
  '2',
  '7',
  '0',
  '4294967296',
  '',
  'bad name',
];
const TYPES = ['xsd:string', 'xsd:int', 'xsd:unsignedInt', 'xsd:boolean', 'xsd:dateTime', 'xsd:long', 'xsd:token', ''];
const VALUES = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('0', '-1', '1', 'true', 'false', '4294967296', '2024-01-01T00:00:00Z', 'Up', '', 'a,b'),
);

/** A data-model path of known and junk segments under either root. */
const path = fc
  .tuple(
    fc.constantFrom('InternetGatewayDevice', 'Device', 'Other'),
    fc.array(fc.constantFrom(...SEGMENTS), { maxLength: 6 }),
    fc.boolean(),
  )
  .map(([root, segs, dot]) => [root, ...segs].join('.') + (dot ? '.' : ''));

const row = fc.record({
  path,
  object: fc.constantFrom('true', 'false', '', 'yes'),
  writable: fc.constantFrom('true', 'false', ''),
  value: VALUES,
  type: fc.constantFrom(...TYPES),
  notification: fc.constantFrom('', '0', '1', '2', '3'),
});

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
type Row = { path: string; object: string; writable: string; value: string; type: string; notification: string };
const csvOf = (rows: Row[]): string =>
  [
    'Parameter,Object,Writable,Value,Value type,Timestamp,Value timestamp,Notification,Access list,Attributes timestamp',
    ...rows.map((r) =>
      [r.path, r.object, r.writable, quote(r.value), r.type, '', '', r.notification, '', ''].join(','),
    ),
  ].join('\n');
const jsonOf = (rows: { path: string; value: string; type: string; writable: string }[]): string =>
  JSON.stringify(
    rows.map((r) => ({
      name: r.path,
      value: r.value,
      type: r.type,
      ...(r.writable === '' ? {} : { writable: r.writable === 'true' }),
    })),
  );

/** Imports the text; only "this is no dump" may be thrown. The profile the import returns has loaded. */
async function importOrRefuse(text: string): Promise<Awaited<ReturnType<typeof importDump>> | undefined> {
  try {
    return await importDump(parseDump(text), 'fuzz.csv');
  } catch (e) {
    if (e instanceof DumpFormatError) return undefined;
    throw e;
  }
}

describe('fuzz: importing random and mangled dumps', () => {
  it('mangled real CSV and JSON dumps never crash the reader', () => {
    const csv = readFileSync(fixtureDump('genieacs-export-igd.csv'), 'utf8');
    const json = readFileSync(fixtureDump('gpv-device2.json'), 'utf8');
    fc.assert(
      fc.property(mutated(fc.constantFrom(csv, json)), (text) => {
        try {
          const d = parseDump(text);
          for (const e of d.entries) expect(e.path).not.toBe('');
        } catch (e) {
          if (!(e instanceof DumpFormatError)) throw e;
          expect(e.message).not.toContain('\n');
        }
      }),
      params(RUNS),
    );
  });

  it('random dumps of known and junk paths import to a profile that loads, or are refused as no dump', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 25 }), fc.boolean(), async (rows, json) => {
        const imported = await importOrRefuse(json ? jsonOf(rows) : csvOf(rows));
        if (!imported) return;
        const r = imported.report;
        // Every entry is accounted for once: matched, vendor-only or dropped (malformed rows are dropped too).
        const malformed = r.dropped.filter((d) => /^(line|entry) [0-9]+$/.test(d.path)).length;
        expect(r.matched + r.vendor + r.dropped.length - malformed).toBe(r.entries);
      }),
      params(Math.ceil(RUNS / 5)),
    );
  });

  it('every value an imported random dump serves is valid for its type', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 5, maxLength: 20 }), async (rows) => {
        const imported = await importOrRefuse(csvOf(rows));
        if (!imported) return;
        const device = await simulatedDevice(imported.resolved);
        const tree = new DataModel(device.schema, { base: device.base, sharedHandlers: device.sharedHandlers });
        for (const v of await tree.getValues([''])) {
          const node = tree.schema.get(v.path.replace(/\.[0-9]+(?=\.|$)/g, '.{i}'));
          expect(node?.kind === 'parameter' && node.validator.validateWire(v.wire).ok, v.path).toBe(true);
        }
      }),
      params(Math.ceil(RUNS / 10)),
    );
  });
});
