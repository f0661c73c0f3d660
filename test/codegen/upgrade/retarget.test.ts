import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAll } from '../../../codegen/emit/generate.ts';
import { readManifest } from '../../../codegen/emit/manifest.ts';
import { CodegenError } from '../../../codegen/errors.ts';
import type { DocumentDef } from '../../../codegen/load/document.ts';
import { SearchPath } from '../../../codegen/load/search-path.ts';
import { projectAt, type Project } from '../../../codegen/project.ts';
import { retarget, retargetSupportedDataModel } from '../../../codegen/upgrade/retarget.ts';
import { bbfDir, REPO } from '../../support/bbf-path.ts';
import { skipUnlessPeer } from '../../support/peers.ts';

describe.skipIf(skipUnlessPeer('bbf'))('an overlay follows its base output', () => {
  let project: Project;
  let search: SearchPath;
  const cache = new Map<string, DocumentDef>();
  let lines: string[];
  let files: Map<string, string>;

  beforeAll(() => {
    const root = mkdtempSync(join(tmpdir(), 'tr069-retarget-'));
    cpSync(join(REPO, 'schemas'), join(root, 'schemas'), { recursive: true });
    mkdirSync(join(root, 'src', 'device'), { recursive: true });
    cpSync(join(REPO, 'src', 'device', 'profiles'), join(root, 'src', 'device', 'profiles'), { recursive: true });
    project = projectAt(root);
    search = new SearchPath([project.schemas, bbfDir() ?? '']);
    lines = retarget(project, search, 'device-2', 'tr-181-2-17-0-cwmp.xml', cache);
    files = generateAll(readManifest(project.manifest), search, cache);
  });
  afterAll(() => rmSync(project.root, { recursive: true, force: true }));

  it('codegen refuses, in one line, an overlay whose base model is not its base output’s', () => {
    const specs = readManifest(join(REPO, 'schemas', 'manifest.json')).map((s) =>
      s.dir === 'device-2' ? { ...s, top: 'tr-181-2-17-0-cwmp.xml', model: 'Device:2.17' } : s,
    );
    let message = '';
    try {
      generateAll(specs, new SearchPath([join(REPO, 'schemas'), bbfDir() ?? '']), cache);
    } catch (e) {
      expect(e).toBeInstanceOf(CodegenError);
      message = (e as Error).message;
    }
    expect(message).toBe(
      'output acme-device (X_00D09E_Device:2.19 in vendor/acme-stb-1-0-0.xml) extends Device:2.19 from ' +
        'tr-181-2-19-1-cwmp.xml, but device-2 is Device:2.17 from tr-181-2-17-0-cwmp.xml; run ' +
        "'npm run codegen -- --retarget device-2=tr-181-2-17-0-cwmp.xml' to move its overlays with it",
    );
  });

  it('--retarget rewrites the manifest, the overlay and the profiles, saying so file by file', () => {
    expect(lines).toEqual([
      'schemas/vendor/acme-stb-1-0-0.xml: X_00D09E_Device:2.19 -> X_00D09E_Device:2.17 (extends Device:2.17 from tr-181-2-17-0-cwmp.xml)',
      'schemas/manifest.json: device-2 is Device:2.17 from tr-181-2-17-0-cwmp.xml',
      'src/device/profiles/stb.yaml: SupportedDataModel names tr-181-2-17-0-cwmp.xml',
    ]);
    const manifest = readManifest(project.manifest);
    expect(manifest.find((s) => s.dir === 'device-2')).toMatchObject({
      top: 'tr-181-2-17-0-cwmp.xml',
      model: 'Device:2.17',
    });
    expect(manifest.find((s) => s.dir === 'acme-device')?.model).toBe('X_00D09E_Device:2.17');
    // The STBService overlay in the same file is not touched.
    expect(manifest.find((s) => s.dir === 'acme-stb')?.model).toBe('X_00D09E_STBService:1.4');
    const xml = readFileSync(join(project.schemas, 'vendor', 'acme-stb-1-0-0.xml'), 'utf8');
    expect(xml).toContain(
      '<import file="tr-181-2-17-0-cwmp.xml"\n      spec="urn:broadband-forum-org:tr-181-2-17-0-cwmp">',
    );
    expect(xml).toContain('<model name="_Device:2.17" ref="Device:2.17"/>');
    expect(xml).toContain('<model name="X_00D09E_Device:2.17" base="_Device:2.17">');
    expect(xml).toContain('<model name="X_00D09E_STBService:1.4" base="_STBService:1.4"');
    // No item of the 2.17 overlay claims to be newer than its model.
    expect(
      xml.slice(xml.indexOf('<model name="X_00D09E_Device'), xml.indexOf('<model name="X_00D09E_STB')),
    ).not.toContain('version="2.19"');
    const stb = readFileSync(join(project.profiles, 'stb.yaml'), 'utf8');
    expect(stb).toContain('SupportedDataModel.1.URL: https://www.broadband-forum.org/cwmp/tr-181-2-17-0-cwmp.xml');
    expect(stb).toContain('SupportedDataModel.1.URN: urn:broadband-forum-org:tr-181-2-17-0-cwmp');
    // TR-135's entry stays.
    expect(stb).toContain('SupportedDataModel.2.URN: urn:broadband-forum-org:tr-135-1-4-1-cwmp');
  });

  it('the retargeted overlay holds the vendor’s items only, as before', () => {
    const overlay = JSON.parse(files.get('acme-device/acme-device.json')!) as {
      model: string;
      items: { path: string }[];
    };
    const device = JSON.parse(files.get('device-2/device-2.json')!) as { model: string };
    expect(device.model).toBe('Device:2.17');
    expect(overlay.model).toBe('X_00D09E_Device:2.17');
    expect(overlay.items.filter((i) => !i.path.includes('X_00D09E_')).map((i) => i.path)).toEqual([
      'Device.DeviceInfo.FirmwareImage.{i}.Status',
    ]);
    expect(overlay.items.length).toBeLessThan(40);
  });

  it('retargeting to the version an output already has changes nothing', () => {
    expect(retarget(project, search, 'device-2', 'tr-181-2-17-0-cwmp.xml', cache)).toEqual([
      'device-2 is already Device:2.17 from tr-181-2-17-0-cwmp.xml',
    ]);
  });

  it('refuses an output the manifest does not have, or an overlay', () => {
    expect(() => retarget(project, search, 'device-3', 'tr-181-2-17-0-cwmp.xml')).toThrow(/has no output 'device-3'/);
    expect(() => retarget(project, search, 'acme-device', 'tr-181-2-17-0-cwmp.xml')).toThrow(
      /acme-device is an overlay; retarget its base device-2/,
    );
  });
});

describe('SupportedDataModel in profile text', () => {
  it('moves the entries of the same document family only, in YAML and JSON', () => {
    const yaml = [
      '  Device.DeviceInfo.SupportedDataModel.1.URL: https://www.broadband-forum.org/cwmp/tr-181-2-19-1-cwmp.xml',
      '  Device.DeviceInfo.SupportedDataModel.1.URN: urn:broadband-forum-org:tr-181-2-19-1-cwmp',
      '  Device.DeviceInfo.SupportedDataModel.2.URN: urn:broadband-forum-org:tr-135-1-4-1-cwmp',
    ].join('\n');
    expect(
      retargetSupportedDataModel(yaml, 'tr-181-2-17-0-cwmp.xml', 'urn:broadband-forum-org:tr-181-2-17-0-cwmp'),
    ).toBe(
      [
        '  Device.DeviceInfo.SupportedDataModel.1.URL: https://www.broadband-forum.org/cwmp/tr-181-2-17-0-cwmp.xml',
        '  Device.DeviceInfo.SupportedDataModel.1.URN: urn:broadband-forum-org:tr-181-2-17-0-cwmp',
        '  Device.DeviceInfo.SupportedDataModel.2.URN: urn:broadband-forum-org:tr-135-1-4-1-cwmp',
      ].join('\n'),
    );
    const json = '{"Device.DeviceInfo.SupportedDataModel.1.URN": "urn:broadband-forum-org:tr-181-2-19-1-cwmp"}';
    expect(
      retargetSupportedDataModel(json, 'tr-181-2-17-0-cwmp.xml', 'urn:broadband-forum-org:tr-181-2-17-0-cwmp'),
    ).toBe('{"Device.DeviceInfo.SupportedDataModel.1.URN": "urn:broadband-forum-org:tr-181-2-17-0-cwmp"}');
  });
});
