import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiff } from '../../../codegen/emit/diff-command.ts';
import { diffModels } from '../../../codegen/emit/diff.ts';
import { SearchPath } from '../../../codegen/load/search-path.ts';
import { classifyPair, type Classified } from '../../../codegen/upgrade/breaking.ts';
import { bbfDir, REPO } from '../../support/bbf-path.ts';
import { enums, facets, model, obj, param } from '../../support/ir-builders.ts';
import { skipUnlessPeer } from '../../support/peers.ts';

const OLD = model('Device:2.17', [
  obj('Device.'),
  obj('Device.T.'),
  param('Device.T.Server1', { access: 'readWrite', replacedBy: 'Device.T.Client.{i}.' }),
  obj('Device.T.Client.{i}.', { access: 'readWrite', minEntries: 0, maxEntries: 8 }),
  param('Device.T.Rate', {}, { type: 'int' }),
  param('Device.T.Level', {}, { type: 'int' }),
  param('Device.T.Mode', { access: 'readWrite' }),
  param('Device.T.State', {}, { levels: [facets({ enums: enums('Up', 'Down', 'Error_Old') })] }),
  param('Device.T.Kind', {}, { levels: [facets({ enums: enums('A', 'B') })] }),
  param('Device.T.Count', {}, { type: 'unsignedInt', levels: [facets({ ranges: [{ min: '0', max: '1000' }] })] }),
  param('Device.T.Wide', {}, { type: 'unsignedInt', levels: [facets({ ranges: [{ min: '1', max: '10' }] })] }),
  param('Device.T.Name', {}, { levels: [facets({ sizes: [{ max: 64 }] })] }),
  param('Device.T.Legacy', { access: 'readWrite' }),
]);

const NEW = model('Device:2.19', [
  obj('Device.'),
  obj('Device.T.'),
  param('Device.T.Server1', { access: 'readWrite', status: 'deleted' }),
  obj('Device.T.Client.{i}.', { access: 'readWrite', minEntries: 0, maxEntries: 4 }),
  param('Device.T.Rate', {}, { type: 'long' }),
  param('Device.T.Level', {}, { type: 'unsignedInt' }),
  param('Device.T.Mode', { access: 'readOnly' }),
  param('Device.T.State', {}, { levels: [facets({ enums: enums('Up', 'Down', 'Dormant') })] }),
  param('Device.T.Kind', {}, { levels: [facets({ enums: enums('A', 'B', 'C') })] }),
  param('Device.T.Count', {}, { type: 'unsignedInt', levels: [facets({ ranges: [{ min: '0', max: '100' }] })] }),
  param('Device.T.Wide', {}, { type: 'unsignedInt', levels: [facets({ ranges: [{ min: '0', max: '100' }] })] }),
  param('Device.T.Name', {}, { levels: [facets({ sizes: [{ max: 32 }] })] }),
  param('Device.T.Legacy', {
    access: 'readWrite',
    status: 'deprecated',
    lifecycle: { deprecated: '2.19' },
    replacedBy: 'Device.T.Mode',
  }),
  param('Device.T.New', { access: 'readWrite' }, { type: 'boolean' }),
]);

function classified(): Map<string, Classified> {
  const pair = diffModels([OLD], [NEW]).pairs[0]!;
  return new Map(classifyPair(pair, OLD, NEW).map((c) => [c.path, c]));
}

describe('--breaking sorts an upgrade into what it does to integrator code', () => {
  const c = classified();
  const at = (path: string): { group: string; text: string } => {
    const x = c.get(path)!;
    return { group: x.group, text: x.reasons.map((r) => r.text).join('; ') };
  };

  it('breaks compilation: removed, retyped, now read-only, an enumeration value removed', () => {
    expect(at('Device.T.Server1')).toEqual({ group: 'compile', text: 'deleted; replaced by Device.T.Client.{i}.' });
    expect(at('Device.T.Rate')).toEqual({ group: 'compile', text: 'retyped: number -> bigint (int -> long)' });
    expect(at('Device.T.Mode')).toEqual({ group: 'compile', text: 'now read-only' });
    expect(at('Device.T.State')).toEqual({
      group: 'compile',
      text: 'enumeration value removed: Error_Old; enumeration value added: Dormant',
    });
  });

  it('breaks at run time: a narrower range, length or table, or a type the compiler cannot tell apart', () => {
    expect(at('Device.T.Count')).toEqual({ group: 'runtime', text: 'range narrowed 0..1000 -> 0..100' });
    expect(at('Device.T.Name')).toEqual({ group: 'runtime', text: 'length narrowed ..64 -> ..32' });
    expect(at('Device.T.Level')).toEqual({ group: 'runtime', text: 'type int -> unsignedInt' });
    expect(at('Device.T.Client.{i}.')).toEqual({ group: 'runtime', text: 'entries 0..8 -> 0..4' });
  });

  it('deprecated or obsoleted, naming the replacement; the rest is neutral', () => {
    expect(at('Device.T.Legacy')).toEqual({
      group: 'deprecated',
      text: 'current -> deprecated in 2.19; replaced by Device.T.Mode',
    });
    expect(at('Device.T.Kind')).toEqual({ group: 'neutral', text: 'enumeration value added: C' });
    expect(at('Device.T.Wide')).toEqual({ group: 'neutral', text: 'range 1..10 -> 0..100' });
    expect(at('Device.T.New')).toEqual({ group: 'neutral', text: 'added (boolean, readWrite)' });
  });
});

describe.skipIf(skipUnlessPeer('bbf'))('--diff --breaking --paths-from on TR-181 2.17 -> 2.19.1', () => {
  const search = new SearchPath([`${REPO}/schemas`, bbfDir() ?? '']);

  it('keeps what a profile serves and a source tree binds, grouped, with BBF-named replacements', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-bindings-'));
    try {
      writeFileSync(
        join(dir, 'box.ts'),
        [
          "device.handle('Device.Time.NTPServer1', { get: () => ntp.primary });",
          "device.handleTable('Device.QoS.Queue.{i}.', { instances: () => [1] });",
          "device.changed('Device.Firewall.Pinhole.{i}.IPVersion', 1);",
          "map.set('not a path', 1);",
        ].join('\n'),
      );
      const text = runDiff(
        {
          oldTop: 'tr-181-2-17-0-cwmp.xml',
          newTop: 'tr-181-2-19-1-cwmp.xml',
          json: false,
          breaking: true,
          pathsFrom: [dir],
        },
        search,
        join(REPO, 'src', 'device', 'profiles'),
      );
      const lines = text.split('\n');
      expect(lines[1]).toMatch(/^ {2}only the paths .*\(3 bindings\) serves or binds: \d+ of \d+ changed paths$/);
      const groups = lines.filter((l) => /^ {2}[A-Z]/.test(l) && !l.startsWith('  only'));
      expect(groups.map((g) => g.replace(/ \(\d+\):?$/, ''))).toEqual([
        '  Breaks compilation',
        '  Breaks at run time',
        '  Deprecated or obsoleted',
        '  Neutral',
      ]);
      expect(text).toContain('\n    - Device.Time.NTPServer1: deleted; replaced by Device.Time.Client.{i}.\n');
      expect(text).toContain('\n    ~ Device.QoS.Queue.{i}.ShapingRate: retyped: number -> bigint (int -> long)');
      expect(text).toMatch(/\n {4}~ Device\.Firewall\.Pinhole\.\{i\}\.IPVersion: range narrowed -1\.\.15 -> /);
      // Nothing outside the bound paths (and the objects above them).
      for (const l of lines.filter((x) => x.startsWith('    '))) {
        expect(l).toMatch(/ Device\.(Time\.|QoS\.|Firewall\.|)[^ ]*:/);
        expect(l).not.toContain('Device.WiFi.');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the paths of a shipped profile by name, and groups in JSON Lines too', () => {
    const json = runDiff(
      {
        oldTop: 'tr-181-2-17-0-cwmp.xml',
        newTop: 'tr-181-2-19-1-cwmp.xml',
        json: true,
        breaking: true,
        pathsFrom: ['stb'],
      },
      search,
      join(REPO, 'src', 'device', 'profiles'),
    );
    const records = json
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { path: string; group: string; reasons: { text: string }[] });
    expect(records.length).toBeGreaterThan(10);
    expect(records.find((r) => r.path === 'Device.Time.NTPServer1')).toMatchObject({
      group: 'compile',
      reasons: [{ text: 'deleted; replaced by Device.Time.Client.{i}.' }],
    });
    // The stb profile serves no DSL.
    expect(records.some((r) => r.path.startsWith('Device.DSL.'))).toBe(false);
  });
});
