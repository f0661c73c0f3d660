import { describe, expect, it } from 'vitest';
import { runDiff } from '../../../codegen/emit/diff-command.ts';
import { diffModels, formatDiff, formatDiffJson, summaryLine } from '../../../codegen/emit/diff.ts';
import type { DiffEntry, ModelPairDiff } from '../../../codegen/emit/diff.ts';
import { liveItems } from '../../../codegen/ir/live-items.ts';
import type { ResolvedModel } from '../../../codegen/ir/types.ts';
import type { DocumentDef } from '../../../codegen/load/document.ts';
import { SearchPath } from '../../../codegen/load/search-path.ts';
import { resolveTopFile } from '../../../codegen/resolve/resolve.ts';
import { bbfDir, REPO } from '../../support/bbf-path.ts';
import { enums, facets, model, obj, param } from '../../support/ir-builders.ts';
import { skipUnlessPeer } from '../../support/peers.ts';

// ---- Small hand-built models ----------------------------------------------------------------

const OLD = model('Device:2.17', [
  obj('Device.'),
  obj('Device.A.'),
  param('Device.A.Mode', { access: 'readOnly' }, { levels: [facets({ enums: enums('Auto', 'Manual', 'Legacy') })] }),
  param('Device.A.Count', {}, { type: 'unsignedInt', levels: [facets({ ranges: [{ min: '0', max: '100' }] })] }),
  param('Device.A.Rate', {}, { type: 'int' }),
  param('Device.A.Gone'),
  param('Device.A.Retired'),
  param('Device.A.Aging'),
  obj('Device.A.Table.{i}.', { access: 'readWrite', minEntries: 0, maxEntries: 4 }),
  obj('Device.B.'),
  param('Device.B.X'),
  // Already deleted in the old model: not live there, so its reappearance counts as added.
  param('Device.A.Back', { status: 'deleted' }),
]);

const NEW = model('Device:2.19', [
  obj('Device.'),
  obj('Device.A.'),
  param(
    'Device.A.Mode',
    { access: 'readWrite' },
    {
      levels: [facets({ enums: [...enums('Auto', 'Manual', 'Eco'), { value: 'Legacy', status: 'deleted' }] })],
    },
  ),
  param('Device.A.Count', {}, { type: 'unsignedInt', levels: [facets({ ranges: [{ min: '0', max: '1000' }] })] }),
  param('Device.A.Rate', {}, { type: 'long' }),
  param('Device.A.Retired', { status: 'deleted' }),
  param('Device.A.Aging', { status: 'deprecated' }),
  obj('Device.A.Table.{i}.', { access: 'readWrite', minEntries: 0, maxEntries: 'unbounded' }),
  // Deleting an object takes its parameters with it even though they are not marked themselves.
  obj('Device.B.', { status: 'deleted' }),
  param('Device.B.X'),
  param('Device.A.Back'),
  obj('Device.C.', { version: '2.19' }),
  param('Device.C.Name', { access: 'readWrite' }, { list: { sizes: [] }, dataType: 'Alias' }),
]);

function byPath(entries: DiffEntry[]): Map<string, DiffEntry> {
  return new Map(entries.map((e) => [e.path, e]));
}

describe('diffModels on hand-built models', () => {
  const d = diffModels([OLD], [NEW]);
  const pair = d.pairs[0]!;

  it('pairs models by their major name', () => {
    expect(d.pairs).toHaveLength(1);
    expect(pair).toMatchObject({ major: 'Device', oldName: 'Device:2.17', newName: 'Device:2.19' });
  });

  it('reports added paths, including one that was deleted in the old model', () => {
    expect(pair.added.map((e) => e.path)).toEqual(['Device.A.Back', 'Device.C.', 'Device.C.Name']);
    expect(byPath(pair.added).get('Device.C.')?.kind).toBe('object');
  });

  it('tells removed from deleted, including parameters under a deleted object', () => {
    expect(pair.removed.map((e) => [e.path, e.change])).toEqual([
      ['Device.A.Gone', 'removed'],
      ['Device.A.Retired', 'deleted'],
      ['Device.B.', 'deleted'],
      ['Device.B.X', 'deleted'],
    ]);
  });

  it('reports status changes', () => {
    expect(pair.statusChanged).toEqual([
      {
        path: 'Device.A.Aging',
        change: 'status',
        kind: 'parameter',
        details: [{ attribute: 'status', old: 'current', new: 'deprecated' }],
      },
    ]);
  });

  it('reports access, enum, range, type and maxEntries changes', () => {
    const changed = byPath(pair.changed);
    expect([...changed.keys()]).toEqual(['Device.A.Count', 'Device.A.Mode', 'Device.A.Rate', 'Device.A.Table.{i}.']);
    expect(changed.get('Device.A.Mode')?.details).toEqual([
      { attribute: 'access', old: 'readOnly', new: 'readWrite' },
      { attribute: 'enum', added: ['Eco'], removed: ['Legacy'] },
    ]);
    expect(changed.get('Device.A.Count')?.details).toEqual([{ attribute: 'range', old: '0..100', new: '0..1000' }]);
    expect(changed.get('Device.A.Rate')?.details).toEqual([{ attribute: 'type', old: 'int', new: 'long' }]);
    expect(changed.get('Device.A.Table.{i}.')?.details).toEqual([
      { attribute: 'maxEntries', old: '4', new: 'unbounded' },
    ]);
  });

  it('ignores reordered enumeration values and unique keys', () => {
    const o = model('X:1.0', [
      param('X.E', {}, { levels: [facets({ enums: enums('a', 'b') })] }),
      obj('X.T.{i}.', {
        uniqueKeys: [
          { functional: true, parameters: ['A', 'B'] },
          { functional: false, parameters: ['Alias'] },
        ],
      }),
    ]);
    const n = model('X:1.1', [
      param('X.E', {}, { levels: [facets({ enums: enums('b', 'a') })] }),
      obj('X.T.{i}.', {
        uniqueKeys: [
          { functional: false, parameters: ['Alias'] },
          { functional: true, parameters: ['B', 'A'] },
        ],
      }),
    ]);
    expect(diffModels([o], [n]).pairs[0]?.changed).toEqual([]);
  });

  it('compares sizes, patterns, units, pathRef, default and flags', () => {
    const o = model('X:1.0', [
      param(
        'X.P',
        {},
        {
          levels: [
            facets({
              sizes: [{ max: 64 }],
              patterns: [{ value: '[a-z]+', status: 'current' }],
              units: 'seconds',
              pathRef: { refType: 'weak', targetParent: '.IP.Interface.' },
            }),
          ],
          default: { type: 'object', value: '' },
        },
      ),
    ]);
    const n = model('X:1.1', [
      param(
        'X.P',
        { forcedInform: true, activeNotify: 'canDeny' },
        {
          levels: [
            facets({
              sizes: [{ max: 256 }],
              patterns: [
                { value: '[a-z]+', status: 'deleted' },
                { value: '[A-Z]+', status: 'current' },
              ],
              units: 'milliseconds',
              pathRef: { refType: 'strong', targetParent: '.IP.Interface.' },
            }),
          ],
          default: { type: 'object', value: 'x' },
          secured: true,
        },
      ),
    ]);
    const details = diffModels([o], [n]).pairs[0]!.changed[0]!.details;
    expect(details).toEqual([
      { attribute: 'size', old: '..64', new: '..256' },
      { attribute: 'pattern', added: ['[A-Z]+'], removed: ['[a-z]+'] },
      { attribute: 'units', old: 'seconds', new: 'milliseconds' },
      { attribute: 'pathRef', old: 'weak .IP.Interface.', new: 'strong .IP.Interface.' },
      { attribute: 'default', old: 'object ""', new: 'object "x"' },
      { attribute: 'forcedInform', old: 'false', new: 'true' },
      { attribute: 'activeNotify', old: 'normal', new: 'canDeny' },
      { attribute: 'secured', old: 'false', new: 'true' },
    ]);
  });

  it('keeps a model that exists on one side only, with every item added or removed', () => {
    const svc = model('STBService:1.4', [obj('STBService.{i}.'), param('STBService.{i}.Enable')]);
    const d2 = diffModels([OLD, svc], [NEW]);
    expect(d2.pairs.map((p) => p.major)).toEqual(['Device', 'STBService']);
    const stb = d2.pairs[1]!;
    expect(stb.newName).toBeUndefined();
    expect(stb.removed.map((e) => e.change)).toEqual(['removed', 'removed']);
    expect(summaryLine(stb)).toBe('STBService:1.4 -> (none): 0 added, 2 removed, 0 status changed, 0 changed');
  });

  it('formats a readable, path-ordered report', () => {
    expect(formatDiff(d)).toBe(
      [
        'Device:2.17 -> Device:2.19: 3 added, 4 removed, 1 status changed, 4 changed',
        '  ! Device.A.Aging: status current -> deprecated',
        '  + Device.A.Back (parameter, string, readOnly)',
        '  ~ Device.A.Count: range 0..100 -> 0..1000',
        '  - Device.A.Gone (removed)',
        '  ~ Device.A.Mode: access readOnly -> readWrite; enum +Eco -Legacy',
        '  ~ Device.A.Rate: type int -> long',
        '  - Device.A.Retired (deleted)',
        '  ~ Device.A.Table.{i}.: maxEntries 4 -> unbounded',
        '  - Device.B. (deleted)',
        '  - Device.B.X (deleted)',
        '  + Device.C. (object, readOnly)',
        '  + Device.C.Name (parameter, string list <Alias>, readWrite)',
        '',
      ].join('\n'),
    );
  });

  it('formats JSON Lines with one record per change', () => {
    const lines = formatDiffJson(d)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3 + 4 + 1 + 4);
    expect(lines.map((l) => l['change'])).toContain('deleted');
    expect(lines.find((l) => l['path'] === 'Device.A.Mode')).toEqual({
      model: 'Device',
      from: 'Device:2.17',
      to: 'Device:2.19',
      path: 'Device.A.Mode',
      change: 'changed',
      kind: 'parameter',
      details: [
        { attribute: 'access', old: 'readOnly', new: 'readWrite' },
        { attribute: 'enum', added: ['Eco'], removed: ['Legacy'] },
      ],
    });
    expect(lines.find((l) => l['path'] === 'Device.A.Gone')).toMatchObject({ change: 'removed', details: [] });
  });

  it('is empty for identical models', () => {
    const same = diffModels([OLD], [OLD]);
    expect(summaryLine(same.pairs[0]!)).toBe(
      'Device:2.17 -> Device:2.17: 0 added, 0 removed, 0 status changed, 0 changed',
    );
    expect(formatDiffJson(same)).toBe('');
  });
});

// ---- The real amendments --------------------------------------------------------------------

const dir = bbfDir();
if (!dir) console.warn('diff.test.ts: BBF XML folder not found (set BBF_SCHEMA_PATH); skipping the 2.17 -> 2.19 diff');

describe.skipIf(skipUnlessPeer('bbf'))('tr-181-2-17-0-cwmp.xml -> tr-181-2-19-1-cwmp.xml', () => {
  const search = new SearchPath([`${REPO}/schemas`, dir ?? '']);
  const cache = new Map<string, DocumentDef>();
  let oldModels: ResolvedModel[] = [];
  let pair: ModelPairDiff;
  const find = (list: DiffEntry[], path: string): DiffEntry | undefined => list.find((e) => e.path === path);

  it('resolves and diffs both top files', () => {
    oldModels = resolveTopFile(search.findTop('tr-181-2-17-0-cwmp.xml'), search, cache).models;
    const newModels = resolveTopFile(search.findTop('tr-181-2-19-1-cwmp.xml'), search, cache).models;
    const d = diffModels(oldModels, newModels);
    expect(d.pairs).toHaveLength(1);
    pair = d.pairs[0]!;
    expect(pair).toMatchObject({ major: 'Device', oldName: 'Device:2.17', newName: 'Device:2.19' });
  });

  it('reports objects new in 2.18 and 2.19 as added', () => {
    // tr-181-2-19-0-thread.xml: <object name="Device.Thread." version="2.19">, absent from every 2.17 file.
    expect(find(pair.added, 'Device.Thread.')).toMatchObject({ kind: 'object' });
    // tr-181-2-18-0-schedules.xml introduced Device.Schedules.
    expect(find(pair.added, 'Device.Schedules.Schedule.{i}.')).toMatchObject({ kind: 'object' });
  });

  it('reports a parameter that went from obsoleted to deleted', () => {
    // tr-181-2-17-0-mqtt.xml has EnableEncryption status="obsoleted"; tr-181-2-19-0-mqtt.xml has status="deleted".
    expect(find(pair.removed, 'Device.MQTT.Client.{i}.EnableEncryption')?.change).toBe('deleted');
  });

  it('reports deprecations, retypes and new enumeration values', () => {
    // tr-181-2-19-0-pdu.xml marks Device.PDU. status="deprecated".
    expect(find(pair.statusChanged, 'Device.PDU.')?.details).toEqual([
      { attribute: 'status', old: 'current', new: 'deprecated' },
    ]);
    // tr-181-2-19-0-qos.xml: Queue ShapingRate is <long> (it was <int> in 2.17).
    expect(find(pair.changed, 'Device.QoS.Queue.{i}.ShapingRate')?.details).toContainEqual({
      attribute: 'type',
      old: 'int',
      new: 'long',
    });
    // tr-181-2-19-0-dns.xml: <enumeration value="3GPP-NAS" version="2.18"> on Client.Server Type.
    expect(find(pair.changed, 'Device.DNS.Client.Server.{i}.Type')?.details).toContainEqual({
      attribute: 'enum',
      added: ['3GPP-NAS'],
      removed: [],
    });
  });

  it('has non-zero counts consistent with the item lists and the formatted output', () => {
    for (const list of [pair.added, pair.removed, pair.statusChanged, pair.changed])
      expect(list.length).toBeGreaterThan(0);
    const oldLive = new Set(liveItems(oldModels[0]!).map((i) => i.path));
    expect(pair.added.filter((e) => oldLive.has(e.path))).toEqual([]);
    expect(pair.removed.filter((e) => !oldLive.has(e.path))).toEqual([]);
    const d = { pairs: [pair] };
    const text = formatDiff(d).trimEnd().split('\n');
    expect(text[0]).toBe(
      `Device:2.17 -> Device:2.19: ${pair.added.length} added, ${pair.removed.length} removed, ${pair.statusChanged.length} status changed, ${pair.changed.length} changed`,
    );
    const marks = (m: string): number => text.filter((l) => l.startsWith(`  ${m} `)).length;
    expect([marks('+'), marks('-'), marks('!'), marks('~')]).toEqual([
      pair.added.length,
      pair.removed.length,
      pair.statusChanged.length,
      pair.changed.length,
    ]);
    const json = formatDiffJson(d).trimEnd().split('\n');
    expect(json).toHaveLength(
      pair.added.length + pair.removed.length + pair.statusChanged.length + pair.changed.length,
    );
  });

  it('runDiff gives the same report', () => {
    const text = runDiff(
      {
        oldTop: 'tr-181-2-17-0-cwmp.xml',
        newTop: 'tr-181-2-19-1-cwmp.xml',
        json: false,
        breaking: false,
        pathsFrom: [],
      },
      search,
    );
    expect(text).toBe(formatDiff({ pairs: [pair] }));
    expect(text).toContain('\n  + Device.Thread. (object, readOnly)\n');
  });
});
