import { beforeAll, describe, expect, it } from 'vitest';
import { dumpLine, enumValues } from '../../codegen/emit/dump.ts';
import { liveItems } from '../../codegen/ir/live-items.ts';
import type { Item, ObjectItem, ParameterItem, ResolvedModel } from '../../codegen/ir/types.ts';
import type { DocumentDef } from '../../codegen/load/document.ts';
import { SearchPath } from '../../codegen/load/search-path.ts';
import { resolveTopFile } from '../../codegen/resolve/resolve.ts';
import { bbfDir, REPO } from '../support/bbf-path.ts';
import { skipUnlessPeer } from '../support/peers.ts';

// schemas/vendor/acme-stb-1-0-0.xml is a fictional vendor extension (OUI 00D09E) of Device:2.19
// and STBService:1.4. Resolving it must give the Forum's models unchanged, plus the vendor's
// items, plus exactly the two enumeration values it adds to existing Forum parameters.

const VENDOR = 'vendor/acme-stb-1-0-0.xml';
const dir = bbfDir();

interface Resolved {
  device: ResolvedModel;
  stb: ResolvedModel;
  sources: string[];
  bbfDevice: ResolvedModel;
  bbfStb: ResolvedModel;
}

function model(models: ResolvedModel[], name: string): ResolvedModel {
  const m = models.find((x) => x.name === name);
  if (!m) throw new Error(`no model ${name}; got ${models.map((x) => x.name).join(', ')}`);
  return m;
}

function param(m: ResolvedModel, path: string): ParameterItem {
  const it = m.items.get(path);
  if (it?.kind !== 'parameter') throw new Error(`${m.name}: ${path} is ${it ? 'an object' : 'missing'}`);
  return it;
}

function object(m: ResolvedModel, path: string): ObjectItem {
  const it = m.items.get(path);
  if (it?.kind !== 'object') throw new Error(`${m.name}: ${path} is ${it ? 'a parameter' : 'missing'}`);
  return it;
}

/** Names of the parameters directly in an object (not in its sub-objects). */
function childParams(m: ResolvedModel, objPath: string): string[] {
  return [...m.items.values()]
    .filter(
      (i): i is ParameterItem =>
        i.kind === 'parameter' && i.path.startsWith(objPath) && !i.path.slice(objPath.length).includes('.'),
    )
    .map((i) => i.path.slice(objPath.length))
    .sort();
}

/** The dump line of every live item, keyed by path, without the model name. */
function lines(m: ResolvedModel): Map<string, string> {
  return new Map(liveItems(m).map((i: Item) => [i.path, JSON.stringify({ ...dumpLine('', i), model: undefined })]));
}

describe.skipIf(skipUnlessPeer('bbf'))(
  `vendor extension ${VENDOR} (BBF XML: ${dir ?? 'absent; set BBF_SCHEMA_PATH'})`,
  () => {
    let r: Resolved;

    beforeAll(() => {
      const search = new SearchPath([`${REPO}/schemas`, dir ?? '']);
      const cache = new Map<string, DocumentDef>();
      const vendor = resolveTopFile(search.findTop(VENDOR), search, cache);
      const bbf181 = resolveTopFile(search.findTop('tr-181-2-19-1-cwmp.xml'), search, cache);
      const bbf135 = resolveTopFile(search.findTop('tr-135-1-4-1-cwmp.xml'), search, cache);
      r = {
        device: model(vendor.models, 'X_00D09E_Device:2.19'),
        stb: model(vendor.models, 'X_00D09E_STBService:1.4'),
        sources: vendor.sources.map((s) => s.file),
        bbfDevice: model(bbf181.models, 'Device:2.19'),
        bbfStb: model(bbf135.models, 'STBService:1.4'),
      };
    });

    it('defines two vendor-named models, found through the search path and renamed imports', () => {
      expect([r.device.name, r.stb.name]).toEqual(['X_00D09E_Device:2.19', 'X_00D09E_STBService:1.4']);
      expect(r.device.isService).toBe(false);
      expect(r.stb.isService).toBe(true);
      for (const f of ['acme-stb-1-0-0.xml', 'tr-181-2-19-1-cwmp.xml', 'tr-135-1-4-1-cwmp.xml', 'tr-106-types.xml']) {
        expect(r.sources).toContain(f);
      }
      expect(r.sources.some((f) => f.includes('-full'))).toBe(false);
    });

    it('keeps every Forum item, changing only the two widened enumerations', () => {
      for (const [vendor, bbf, widened] of [
        [r.device, r.bbfDevice, 'Device.DeviceInfo.FirmwareImage.{i}.Status'],
        [r.stb, r.bbfStb, 'STBService.{i}.Components.FrontEnd.{i}.Status'],
      ] as const) {
        const mine = lines(vendor);
        const theirs = lines(bbf);
        expect(theirs.size).toBeGreaterThan(500);
        expect([...theirs.keys()].filter((p) => !mine.has(p))).toEqual([]);
        expect([...theirs.keys()].filter((p) => mine.get(p) !== theirs.get(p))).toEqual([widened]);
        // Everything the vendor adds sits under an X_00D09E_ name.
        const added = [...mine.keys()].filter((p) => !theirs.has(p));
        expect(added.length).toBeGreaterThan(5);
        expect(added.filter((p) => !p.includes('.X_00D09E_'))).toEqual([]);
      }
      const sw = param(r.device, 'Device.DeviceInfo.SoftwareVersion');
      expect(sw).toMatchObject({ access: 'readOnly', forcedInform: true, syntax: { type: 'string' } });
      expect(param(r.device, 'Device.DeviceInfo.ManufacturerOUI').syntax.type).toBe('string');
      expect(object(r.device, 'Device.IP.Interface.{i}.')).toMatchObject({
        access: 'readWrite',
        maxEntries: 'unbounded',
      });
      expect(param(r.stb, 'STBService.{i}.Enable')).toMatchObject({ access: 'readWrite', syntax: { type: 'boolean' } });
      expect(object(r.stb, 'STBService.{i}.Components.FrontEnd.{i}.')).toMatchObject({
        minEntries: 0,
        maxEntries: 'unbounded',
      });
    });

    it('widens Forum enumerations with base= (new value appended, old ones kept)', () => {
      const fw = param(r.device, 'Device.DeviceInfo.FirmwareImage.{i}.Status');
      const fwBbf = param(r.bbfDevice, 'Device.DeviceInfo.FirmwareImage.{i}.Status');
      expect(enumValues(fwBbf)).not.toContain('X_00D09E_Decrypting');
      expect(enumValues(fw)).toEqual([...enumValues(fwBbf), 'X_00D09E_Decrypting']);
      expect(enumValues(fw).slice(0, 3)).toEqual(['NoImage', 'Active', 'Downloading']);
      expect(fw.access).toBe('readOnly');

      const fe = param(r.stb, 'STBService.{i}.Components.FrontEnd.{i}.Status');
      expect(enumValues(fe)).toEqual(['Disabled', 'Enabled', 'Error', 'X_00D09E_Standby']);
    });

    it('adds a vendor parameter to Device.DeviceInfo. with object base=', () => {
      const p = param(r.device, 'Device.DeviceInfo.X_00D09E_BootLoaderVersion');
      expect(p).toMatchObject({ access: 'readOnly', version: '2.19', syntax: { type: 'string' } });
      expect(p.syntax.list).toBeUndefined();
      expect(p.syntax.levels).toEqual([expect.objectContaining({ sizes: [{ max: 64 }] })]);
    });

    it('defines Device.X_00D09E_SetTop. with parameters of every primitive kind', () => {
      const m = r.device;
      const P = 'Device.X_00D09E_SetTop.';
      expect(object(m, P)).toMatchObject({ access: 'readOnly', minEntries: 1, maxEntries: 1, version: '2.19' });
      expect(childParams(m, P)).toEqual([
        'BytesStreamed',
        'ChannelNumberOfEntries',
        'ClockOffset',
        'CurrentChannel',
        'Enable',
        'InstallerPassword',
        'LastChannelChange',
        'ParentalPIN',
        'StandbyTimeout',
        'SupportedAudioCodecs',
        'TotalViewingTime',
        'VideoOutputMode',
      ]);

      expect(param(m, `${P}Enable`)).toMatchObject({
        access: 'readWrite',
        syntax: { type: 'boolean', default: { type: 'factory', value: 'true' } },
      });

      const standby = param(m, `${P}StandbyTimeout`);
      expect(standby).toMatchObject({ access: 'readWrite', syntax: { type: 'unsignedInt' } });
      expect(standby.syntax.levels).toEqual([
        expect.objectContaining({ ranges: [{ min: '0', max: '86400' }], units: 'seconds' }),
      ]);

      const mode = param(m, `${P}VideoOutputMode`);
      expect(mode).toMatchObject({ access: 'readWrite', syntax: { type: 'string' } });
      expect(mode.syntax.list).toBeUndefined();
      expect(enumValues(mode)).toEqual(['Auto', '576i', '720p', '1080i', '1080p', '2160p']);

      const codecs = param(m, `${P}SupportedAudioCodecs`);
      expect(codecs.access).toBe('readOnly');
      expect(codecs.syntax.type).toBe('string');
      expect(codecs.syntax.list).toEqual({ maxItems: 8, sizes: [{ max: 128 }] });
      expect(enumValues(codecs)).toEqual(['AAC', 'AC3', 'EAC3', 'MP2', 'MP3', 'Opus']);
      expect(dumpLine(m.name, codecs)).toMatchObject({
        list: true,
        enum: ['AAC', 'AC3', 'EAC3', 'MP2', 'MP3', 'Opus'],
      });

      const clock = param(m, `${P}ClockOffset`);
      expect(clock.syntax.type).toBe('long');
      expect(clock.syntax.levels).toEqual([
        expect.objectContaining({ ranges: [{ min: '-86400000', max: '86400000' }], units: 'milliseconds' }),
      ]);

      expect(param(m, `${P}BytesStreamed`).syntax).toMatchObject({ type: 'unsignedLong', dataType: 'StatsCounter64' });
      const viewing = param(m, `${P}TotalViewingTime`);
      expect(viewing.syntax.type).toBe('unsignedLong');
      expect(viewing.syntax.levels[0]?.units).toBe('seconds');
      expect(param(m, `${P}LastChannelChange`)).toMatchObject({ access: 'readOnly', syntax: { type: 'dateTime' } });

      const current = param(m, `${P}CurrentChannel`);
      expect(current.syntax.levels[0]?.pathRef).toEqual({
        refType: 'strong',
        targetParent: '.X_00D09E_SetTop.Channel.',
        targetType: 'row',
      });

      expect(param(m, `${P}ChannelNumberOfEntries`)).toMatchObject({
        access: 'readOnly',
        syntax: { type: 'unsignedInt' },
      });
    });

    it('marks the PIN hidden and the installer password secured', () => {
      const pin = param(r.device, 'Device.X_00D09E_SetTop.ParentalPIN');
      expect(pin).toMatchObject({ access: 'readWrite', syntax: { type: 'string', hidden: true, secured: false } });
      expect(pin.syntax.levels[0]).toMatchObject({ sizes: [{ min: 4, max: 8 }], patterns: [{ value: '[0-9]{4,8}' }] });
      expect(dumpLine(r.device.name, pin)).toMatchObject({ hidden: true });

      const pw = param(r.device, 'Device.X_00D09E_SetTop.InstallerPassword');
      expect(pw).toMatchObject({ access: 'readWrite', syntax: { type: 'string', hidden: false, secured: true } });
      expect(dumpLine(r.device.name, pw)).toMatchObject({ secured: true });
    });

    it('defines the Channel table with keys, and parameters from components', () => {
      const m = r.device;
      const T = 'Device.X_00D09E_SetTop.Channel.{i}.';
      expect(object(m, T)).toMatchObject({
        access: 'readWrite',
        minEntries: 0,
        maxEntries: 64,
        version: '2.19',
        numEntriesParameter: 'ChannelNumberOfEntries',
        enableParameter: 'Enable',
        uniqueKeys: [
          { functional: false, parameters: ['Alias'] },
          { functional: true, parameters: ['Number'] },
        ],
      });
      // Alias comes from tr-106's _AliasCWMP component; Enable..StreamURL from X_00D09E_ChannelParams;
      // ViewCount and LastViewed are the table's own.
      expect(childParams(m, T)).toEqual([
        'Alias',
        'Enable',
        'LastViewed',
        'Name',
        'Number',
        'StreamURL',
        'Type',
        'ViewCount',
      ]);

      const alias = param(m, `${T}Alias`);
      expect(alias).toMatchObject({
        access: 'readWrite',
        version: '2.19',
        syntax: { type: 'string', dataType: '_AliasCWMP' },
      });
      expect(alias.syntax.levels).toEqual([expect.objectContaining({ sizes: [{ max: 64 }] })]);

      expect(param(m, `${T}Enable`)).toMatchObject({
        access: 'readWrite',
        syntax: { type: 'boolean', default: { type: 'object', value: 'true' } },
      });
      expect(param(m, `${T}Name`).syntax.levels[0]?.sizes).toEqual([{ max: 64 }]);
      const type = param(m, `${T}Type`);
      expect(type.access).toBe('readWrite');
      expect(enumValues(type)).toEqual(['Broadcast', 'IPTV', 'OTT']);
      expect(type.syntax.default).toEqual({ type: 'object', value: 'Broadcast' });
      expect(param(m, `${T}StreamURL`).syntax).toMatchObject({
        type: 'string',
        dataType: 'URL',
        levels: [expect.objectContaining({ sizes: [{ max: 2048 }] })],
      });
      expect(param(m, `${T}ViewCount`)).toMatchObject({
        access: 'readOnly',
        syntax: { type: 'unsignedInt', dataType: 'StatsCounter32' },
      });
      expect(param(m, `${T}LastViewed`).syntax.type).toBe('dateTime');
    });

    it('resolves the refined data type X_00D09E_ChannelNumber as two range levels', () => {
      const number = param(r.device, 'Device.X_00D09E_SetTop.Channel.{i}.Number');
      expect(number).toMatchObject({
        access: 'readWrite',
        syntax: { type: 'unsignedInt', dataType: 'X_00D09E_ChannelNumber' },
      });
      // X_00D09E_LogicalNumber (0..65535), then X_00D09E_ChannelNumber's own narrower range (1..9999).
      expect(number.syntax.levels.map((l) => l.ranges)).toEqual([
        [{ min: '0', max: '65535' }],
        [{ min: '1', max: '9999' }],
      ]);
      // The same data type used from the other model resolves the same way.
      const test = param(r.stb, 'STBService.{i}.X_00D09E_Diagnostics.TestChannel');
      expect(test.syntax.dataType).toBe('X_00D09E_ChannelNumber');
      expect(test.syntax.levels).toEqual(number.syntax.levels);
    });

    it('places a component object under each channel with component path=', () => {
      const m = r.device;
      const L = 'Device.X_00D09E_SetTop.Channel.{i}.ParentalLock.';
      expect(object(m, L)).toMatchObject({ access: 'readOnly', minEntries: 1, maxEntries: 1, version: '2.19' });
      expect(childParams(m, L)).toEqual(['Enable', 'MinimumAge']);
      const age = param(m, `${L}MinimumAge`);
      expect(age.syntax.levels).toEqual([
        expect.objectContaining({ ranges: [{ min: '0', max: '21' }], units: 'years' }),
      ]);
    });

    it('extends STBService.{i}. with front-end parameters and a diagnostics object', () => {
      const m = r.stb;
      const F = 'STBService.{i}.Components.FrontEnd.{i}.';
      const temp = param(m, `${F}X_00D09E_TunerTemperature`);
      expect(temp).toMatchObject({ access: 'readOnly', version: '1.4', syntax: { type: 'int' } });
      expect(temp.syntax.levels).toEqual([
        expect.objectContaining({ ranges: [{ min: '-40', max: '125' }], units: 'degrees Celsius' }),
      ]);
      expect(param(m, `${F}X_00D09E_LockLossCount`)).toMatchObject({
        version: '1.4',
        syntax: { type: 'unsignedInt', dataType: 'StatsCounter32' },
      });

      const D = 'STBService.{i}.X_00D09E_Diagnostics.';
      expect(object(m, D)).toMatchObject({ access: 'readOnly', minEntries: 1, maxEntries: 1, version: '1.4' });
      expect(childParams(m, D)).toEqual([
        'DecodedFrames',
        'DiagnosticsState',
        'DroppedFrames',
        'Duration',
        'TestChannel',
      ]);
      const state = param(m, `${D}DiagnosticsState`);
      expect(state).toMatchObject({ access: 'readWrite', syntax: { type: 'string', dataType: 'DiagnosticsState' } });
      expect(enumValues(state)).toEqual([
        'None',
        'Requested',
        'Canceled',
        'Complete',
        'Error',
        'X_00D09E_Error_NoSignal',
      ]);
      expect(state.syntax.levels.at(-1)?.enums).toEqual([
        { value: 'X_00D09E_Error_NoSignal', status: 'current', access: 'readOnly' },
      ]);
      const duration = param(m, `${D}Duration`);
      expect(duration.syntax.levels).toEqual([
        expect.objectContaining({ ranges: [{ min: '1', max: '600' }], units: 'seconds' }),
      ]);
      expect(param(m, `${D}DecodedFrames`).syntax).toMatchObject({ type: 'unsignedLong', dataType: 'StatsCounter64' });
      expect(param(m, `${D}DroppedFrames`).syntax).toMatchObject({ type: 'unsignedInt', dataType: 'StatsCounter32' });
    });
  },
);
