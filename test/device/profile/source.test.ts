import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ProfileError } from '../../../src/device/profile/errors.ts';
import { parseProfile } from '../../../src/device/profile/load.ts';
import { parseProfileText } from '../../../src/device/profile/source.ts';
import { REPO } from '../../support/bbf-path.ts';

describe('profile text: YAML, and the JSON the build compiles from it', () => {
  const yamlText = readFileSync(join(REPO, 'src', 'device', 'profiles', 'stb.yaml'), 'utf8');

  it('reads compiled JSON to the same data as the YAML it came from', async () => {
    const json = JSON.stringify(parse(yamlText));
    expect((await parseProfileText(json, true)).data).toEqual((await parseProfileText(yamlText)).data);
    const fromJson = await parseProfile(json, 'stb.json', true);
    const fromYaml = await parseProfile(yamlText, 'stb.yaml');
    expect([...fromJson.supportedPaths].sort()).toEqual([...fromYaml.supportedPaths].sort());
    expect(fromJson.values).toEqual(fromYaml.values);
  });

  it('still names the line of a problem in compiled JSON', async () => {
    const data = parse(yamlText) as { identity: Record<string, unknown> };
    data.identity['manufacturerOUI'] = 'not-an-oui';
    const json = JSON.stringify(data, null, 2);
    const error = await parseProfile(json, 'bad.json', true).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProfileError);
    const p = (error as ProfileError).problems.find((x) => x.key.includes('manufacturerOUI'));
    expect(p?.line).toBe(json.split('\n').findIndex((l) => l.includes('"manufacturerOUI"')) + 1);
  });

  it('reports a duplicate key at its line, in maps nested in lists too, and keeps the data back', async () => {
    const text = 'name: a\nvalues:\n  Device.X: 1\n  Device.Y: 2\n  Device.X: 3\nsupported:\n  - { a: 1, a: 2 }\n';
    const source = await parseProfileText(text);
    expect(source.data).toBeUndefined();
    expect(source.problems).toEqual([
      { key: '', message: 'Map keys must be unique (fix the YAML syntax)', line: 5 },
      { key: '', message: 'Map keys must be unique (fix the YAML syntax)', line: 7 },
    ]);
  });
});
