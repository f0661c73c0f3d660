import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/fleet/scenario/scenario-parse.ts';
import { REPO } from '../../support/bbf-path.ts';

// The example scenarios the README walks through load as shipped (their runs are benchmarks).
describe('examples/scenarios', () => {
  const dir = join(REPO, 'examples', 'scenarios');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')))
    it(`${file} is a valid scenario`, async () => {
      const s = await loadScenario(join(dir, file));
      expect(s.steps.length).toBeGreaterThan(0);
      expect(s.expectations.length).toBeGreaterThan(0);
    });
});
