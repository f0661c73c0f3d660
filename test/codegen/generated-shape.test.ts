import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/bbf-path.ts';

// Looks at the generated output: the path map (through its AST, with ts-morph) and the facts file
// must describe the same parameters, no file may carry prose or `any`, and every source is listed
// once with its sha256.
const GENERATED = join(REPO, 'generated');
const outputs = readdirSync(GENERATED, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

interface Facts {
  generated: string;
  model: string;
  items: { kind: string; path: string }[];
  syntaxes: unknown[];
  profiles: { name: string }[];
}
const facts = (dir: string): Facts => JSON.parse(readFileSync(join(GENERATED, dir, `${dir}.json`), 'utf8')) as Facts;

describe('generated/ output', () => {
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });

  for (const dir of outputs) {
    it(`${dir}: every parameter of its facts file has exactly one entry in the Values map`, () => {
      const paths = project.addSourceFileAtPath(join(GENERATED, dir, 'paths.ts'));
      const values = paths
        .getInterfaceOrThrow('Values')
        .getProperties()
        .map((p) => JSON.parse(p.getName().replace(/^'|'$/g, '"')) as string);
      const params = facts(dir)
        .items.filter((i) => i.kind === 'parameter')
        .map((i) => i.path);
      expect(values.length).toBeGreaterThan(0);
      expect(values).toEqual(params);
      expect([...params].sort()).toEqual(params);
    });
  }

  it('carries a do-not-edit banner pointing at sources.txt, and no `any`, descriptions or templates', () => {
    for (const dir of outputs) {
      for (const f of readdirSync(join(GENERATED, dir))) {
        const text = readFileSync(join(GENERATED, dir, f), 'utf8');
        if (f.endsWith('.json')) expect(facts(dir).generated).toMatch(/^GENERATED FILE - DO NOT EDIT\..*sources\.txt/);
        else expect(text.startsWith('// GENERATED FILE - DO NOT EDIT.')).toBe(true);
        expect(text).toContain('generated/sources.txt');
        expect(text).not.toMatch(/:\s*any\b/);
        expect(text).not.toMatch(/\{\{(param|object|enum|bibref)/);
        expect(text.toLowerCase()).not.toContain('this parameter');
      }
    }
  });

  it('lists every source once in sources.txt, with its sha256 and the outputs that read it', () => {
    const lines = readFileSync(join(GENERATED, 'sources.txt'), 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'));
    const rows = lines.map((l) => l.split(/ {2}/));
    for (const [sha, , users] of rows) {
      expect(sha).toMatch(/^[0-9a-f]{64}$/);
      for (const u of users!.split(' ')) expect(outputs).toContain(u);
    }
    const files = rows.map((r) => r[1]!);
    expect(new Set(files).size).toBe(files.length);
    expect(files).toContain('tr-106-types.xml');
    expect(rows.find((r) => r[1] === 'acme-stb-1-0-0.xml')?.[2]).toBe('acme-device acme-stb');
  });

  it('an overlay holds only the items and BBF profiles it adds or changes', () => {
    const base = facts('device-2');
    const overlay = facts('acme-device');
    expect(base.profiles.length).toBeGreaterThan(200);
    expect(overlay.profiles.length).toBeLessThan(5);
    expect(overlay.items.length).toBeLessThan(60);
    expect(overlay.items.filter((i) => !i.path.includes('X_00D09E_')).map((i) => i.path)).toEqual([
      'Device.DeviceInfo.FirmwareImage.{i}.Status',
    ]);
  });

  it('emits no types.ts unless the manifest asks for object interfaces', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'schemas', 'manifest.json'), 'utf8')) as {
      outputs: { dir: string; objectTypes?: boolean }[];
    };
    for (const o of manifest.outputs) {
      expect(readdirSync(join(GENERATED, o.dir)).includes('types.ts')).toBe(o.objectTypes === true);
    }
  });
});
