import { describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../../src/agent/device-setup.ts';
import { schemaPathOf } from '../../../src/datamodel/paths.ts';
import { DataModel } from '../../../src/datamodel/tree.ts';
import { loadProfile } from '../../../src/device/profile/load.ts';

// What an ACS reads of a shipped profile's whole tree is valid for each parameter's type: the
// profile's values, BBF and spec defaults, and the generic rule's placeholders where an empty
// value would break a facet (a UUID, an OUI, a minimum length). Hidden and secured parameters
// read as their type's null value (TR-069 A.2.3.5), which they are allowed to.
describe('the shipped profiles serve valid values', () => {
  for (const name of ['stb', 'gateway'])
    it(`${name}: every parameter of a GetParameterValues of the root`, async () => {
      const setup = await simulatedDevice(await loadProfile(name));
      const tree = new DataModel(setup.schema, { base: setup.base, sharedHandlers: setup.sharedHandlers });
      setup.bind(tree);
      const values = await tree.getValues([setup.schema.roots[0]!.path]);
      expect(values.length).toBeGreaterThan(1000);
      const invalid: string[] = [];
      for (const v of values) {
        const p = setup.schema.get(schemaPathOf(v.path) ?? v.path);
        if (p?.kind !== 'parameter' || p.meta.hidden || p.meta.secured) continue;
        const r = p.validator.validateWire(v.wire);
        if (!r.ok) invalid.push(`${v.path}=${JSON.stringify(v.wire)}: ${r.message}`);
      }
      expect(invalid).toEqual([]);
    });
});
