/** An imported profile as YAML: the profile format's keys in order, short entries on one line. */
import { basename } from 'node:path';
import type { DeviceProfile } from '../profile/types.ts';
import { xsiTypeName } from '../profile/vendor.ts';
import type { DumpFormat } from './dump.ts';
import { loadYaml } from '../../common/yaml.ts';

export async function profileYaml(profile: DeviceProfile, file: string, format: DumpFormat): Promise<string> {
  const yaml = await loadYaml();
  const vendor = Object.fromEntries(
    Object.entries(profile.vendor ?? {}).map(([path, spec]) => {
      if (spec.type === undefined) return [path, spec.writable ? { writable: true } : {}];
      const type = xsiTypeName(spec.type);
      return [path, spec.writable ? { type, writable: true } : type];
    }),
  );
  const doc = new yaml.Document({ ...profile, ...(profile.vendor ? { vendor } : {}) });
  // Rows and vendor entries read best on one line each.
  for (const key of ['instances', 'vendor']) {
    const map = doc.get(key);
    if (!yaml.isMap(map)) continue;
    for (const pair of map.items) if (yaml.isCollection(pair.value)) pair.value.flow = true;
  }
  const header = [
    `Imported by \`tr069-agent import-profile\` from ${basename(file)} (${format}).`,
    'Its report lists what matched the models, what conflicted with them and what was dropped.',
  ];
  doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 0 });
}
