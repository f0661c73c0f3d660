import { describe, expect, it } from 'vitest';
import { dumpLine } from '../../codegen/emit/dump.ts';
import { liveItems } from '../../codegen/ir/live-items.ts';
import type { DocumentDef } from '../../codegen/load/document.ts';
import { SearchPath } from '../../codegen/load/search-path.ts';
import { resolveTopFile } from '../../codegen/resolve/resolve.ts';
import { bbfDir, REPO } from '../support/bbf-path.ts';
import { flattenedParameterFacts } from '../support/flattened-model.ts';
import { skipUnlessPeer } from '../support/peers.ts';

// The acceptance oracle: resolving a modular BBF file must give exactly the items of the
// flattened -full file the Forum publishes for it, field by field.
const PAIRS: [modular: string, flattened: string][] = [
  ['tr-181-2-17-0-cwmp.xml', 'tr-181-2-17-0-cwmp-full.xml'],
  ['tr-098-1-8-0.xml', 'tr-098-1-8-0-full.xml'],
  ['tr-104-2-0-2-cwmp.xml', 'tr-104-2-0-2-cwmp-full.xml'],
  ['tr-135-1-4-1-cwmp.xml', 'tr-135-1-4-1-cwmp-full.xml'],
  ['tr-140-1-3-1-cwmp.xml', 'tr-140-1-3-1-cwmp-full.xml'],
  ['tr-143-1-0-2.xml', 'tr-143-1-0-2-full.xml'],
];

const FIELDS = [
  'kind',
  'access',
  'minEntries',
  'maxEntries',
  'type',
  'list',
  'forcedInform',
  'activeNotify',
  'enum',
  'dataType',
  'status',
  'hidden',
  'secured',
] as const;

const dir = bbfDir();

function dumpOf(
  file: string,
  search: SearchPath,
  cache: Map<string, DocumentDef>,
  readFiles: Set<string>,
): Map<string, Record<string, unknown>> {
  const result = resolveTopFile(search.findTop(file), search, cache);
  for (const s of result.sources) readFiles.add(s.file);
  const out = new Map<string, Record<string, unknown>>();
  for (const m of result.models) {
    for (const item of liveItems(m)) {
      const line = dumpLine(m.name, item) as unknown as Record<string, unknown>;
      out.set(`${m.name} ${item.path}`, Object.fromEntries(FIELDS.map((f) => [f, line[f]])));
    }
  }
  return out;
}

describe.skipIf(skipUnlessPeer('bbf'))('modular files resolve to their flattened -full files', () => {
  const search = new SearchPath([`${REPO}/schemas`, dir ?? '']);
  for (const [modular, flattened] of PAIRS) {
    it(`${modular} == ${flattened}`, () => {
      const modFiles = new Set<string>();
      const mod = dumpOf(modular, search, new Map(), modFiles);
      const full = dumpOf(flattened, search, new Map(), new Set());
      // The flattened file is never an input of the modular result.
      expect([...modFiles].some((f) => f.includes('-full'))).toBe(false);
      expect(full.size).toBeGreaterThan(100);
      expect([...mod.keys()].filter((k) => !full.has(k))).toEqual([]);
      expect([...full.keys()].filter((k) => !mod.has(k))).toEqual([]);
      const differing = [...mod]
        .filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(full.get(k)))
        .map(([k, v]) => ({ item: k, modular: v, flattened: full.get(k) }));
      expect(differing).toEqual([]);
    });
  }

  // The comparison above resolves both files with the same resolver, so a resolver mistake that
  // both files trigger alike (a base= derivation in a syntax) passes it. This one reads the
  // flattened file with no resolver at all.
  for (const [modular, flattened] of PAIRS) {
    it(`${modular}: every parameter's type, list-ness and enumerations match ${flattened} read directly`, () => {
      const oracle = flattenedParameterFacts(search.findTop(flattened));
      const resolved = new Map<string, unknown>();
      for (const m of resolveTopFile(search.findTop(modular), search, new Map()).models) {
        for (const item of liveItems(m)) {
          if (item.kind !== 'parameter') continue;
          const line = dumpLine(m.name, item);
          resolved.set(`${m.name} ${item.path}`, {
            type: line.type,
            list: line.list,
            enums: [...(line.enum ?? [])].sort(),
          });
        }
      }
      expect(oracle.size).toBeGreaterThan(100);
      expect([...oracle.keys()].filter((k) => !resolved.has(k))).toEqual([]);
      expect([...resolved.keys()].filter((k) => !oracle.has(k))).toEqual([]);
      const differing = [...oracle]
        .filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(resolved.get(k)))
        .map(([k, v]) => ({ parameter: k, flattened: v, modular: resolved.get(k) }));
      expect(differing).toEqual([]);
    });
  }

  it('tr-181-2-19-1-cwmp.xml resolves with no error, reading 94 files', () => {
    const files = new Set<string>();
    const dump = dumpOf('tr-181-2-19-1-cwmp.xml', search, new Map(), files);
    expect(files.size).toBe(94);
    expect(dump.get('Device:2.19 Device.DeviceInfo.SoftwareVersion')).toMatchObject({
      kind: 'parameter',
      type: 'string',
      forcedInform: true,
    });
    // Derived in place from a named type (<dataType base="TenthdB">): the named type's int.
    for (const p of [
      'DOCSIS.DownstreamChannel.{i}.SignalQuality.SignalNoise',
      'DOCSIS.DownstreamChannel.{i}.SignalQualityExt.RxMER',
      'DOCSIS.SpectrumAnalysis.Result.{i}.TotalSegmentPower',
      'DOCSIS.UpstreamChannel.{i}.Status.TxPower',
    ])
      expect(dump.get(`Device:2.19 Device.${p}`)).toMatchObject({ type: 'int' });
    expect(dump.get('Device:2.19 Device.IP.Interface.{i}.')).toMatchObject({
      kind: 'object',
      access: 'readWrite',
      maxEntries: 'unbounded',
    });
  });
});
