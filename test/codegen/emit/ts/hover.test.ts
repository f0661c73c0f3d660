import { Project } from 'ts-morph';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docComment, hoverDoc } from '../../../../codegen/emit/ts/hover.ts';
import type { Item } from '../../../../codegen/ir/types.ts';
import { REPO } from '../../../support/bbf-path.ts';
import { facets, obj, param } from '../../../support/ir-builders.ts';

function items(...list: Item[]): Map<string, Item> {
  return new Map(list.map((i) => [i.path, i]));
}

describe('the facts a generated path map shows on hover', () => {
  it('access, type, range, units and the version that added it (inherited from its object)', () => {
    const p = param(
      'Device.M.Interval',
      { access: 'readWrite' },
      { type: 'unsignedInt', levels: [facets({ ranges: [{ min: '1' }], units: 'seconds' })] },
    );
    expect(hoverDoc(p, items(obj('Device.M.', { version: '2.0' }), p))).toEqual([
      'readWrite · unsignedInt · range 1.. · units seconds · since 2.0',
    ]);
  });

  it('a deprecated parameter carries @deprecated with the version and BBF’s replacement', () => {
    const p = param('Device.T.NTPServer1', {
      access: 'readWrite',
      status: 'obsoleted',
      version: '2.0',
      lifecycle: { deprecated: '2.16', obsoleted: '2.18' },
      replacedBy: 'Device.T.Client.{i}.',
    });
    const lines = hoverDoc(p, items(p));
    expect(lines).toEqual([
      'readWrite · string · since 2.0 · obsoleted in 2.18 (deprecated in 2.16)',
      '@deprecated obsoleted in 2.18 (deprecated in 2.16); replaced by Device.T.Client.{i}.',
    ]);
    expect(docComment(lines)).toBe(
      [
        '  /**',
        '   * readWrite · string · since 2.0 · obsoleted in 2.18 (deprecated in 2.16)',
        '   * @deprecated obsoleted in 2.18 (deprecated in 2.16); replaced by Device.T.Client.{i}.',
        '   */',
      ].join('\n'),
    );
  });

  it('so does a parameter inside a deprecated object, naming the object', () => {
    const o = obj('Device.R.', {
      status: 'deprecated',
      lifecycle: { deprecated: '2.16' },
      replacedBy: 'Device.H.{i}.',
    });
    const p = param('Device.R.Enable', { access: 'readWrite' }, { type: 'boolean' });
    expect(hoverDoc(p, items(o, p))[1]).toBe('@deprecated Device.R. is deprecated in 2.16; replaced by Device.H.{i}.');
  });

  it('editors show the facts and strike deprecated paths through (TypeScript language service)', () => {
    const project = new Project({ tsConfigFilePath: join(REPO, 'tsconfig.json'), skipAddingFilesFromTsConfig: true });
    const file = join(REPO, 'test', 'hover-probe.ts');
    const sf = project.createSourceFile(
      file,
      [
        "import type { Values } from '../generated/device-2/index.ts';",
        'declare const v: Values;',
        "export const a = v['Device.UserInterface.HTTPAccess.{i}.CACertificate'];",
        "export const b = v['Device.ManagementServer.PeriodicInformInterval'];",
      ].join('\n'),
    );
    const ls = project.getLanguageService().compilerObject;
    const text = sf.getFullText();
    const info = (needle: string): string => {
      const q = ls.getQuickInfoAtPosition(file, text.indexOf(needle) + 4)!;
      return [
        ...(q.documentation ?? []).map((d) => d.text),
        ...(q.tags ?? []).map((t) => `@${t.name} ${(t.text ?? []).map((x) => x.text).join('')}`),
      ].join('\n');
    };
    expect(info('PeriodicInformInterval')).toBe('readWrite · unsignedInt · range 1.. · units seconds · since 2.0');
    expect(info('CACertificate')).toContain(
      '@deprecated deprecated in 2.19; replaced by Device.UserInterface.HTTPAccess.{i}.CABundle',
    );
    const deprecated = ls.getSuggestionDiagnostics(file).filter((d) => d.code === 6385);
    expect(deprecated.map((d) => text.slice(d.start!, d.start! + d.length!))).toEqual([
      "'Device.UserInterface.HTTPAccess.{i}.CACertificate'",
    ]);
  }, 60_000);
});
