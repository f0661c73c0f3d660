import fc from 'fast-check';

/**
 * Fuzz budget: a short fixed-seed run in `npm test`; `npm run test:fuzz` sets FUZZ_RUNS (and may
 * set FUZZ_SEED) for the long run. A failure prints the seed and path to replay it.
 */
export const RUNS = Number(process.env['FUZZ_RUNS'] ?? 150);
export const SEED = Number(process.env['FUZZ_SEED'] ?? 20261123);

export function params(runs = RUNS): fc.Parameters<unknown> {
  return { numRuns: runs, seed: SEED, endOnFailure: true };
}

/** Mutations of a valid text: truncation, insertion, deletion, duplication and tag damage. */
export function mutated(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const junk = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      '<',
      '>',
      '&',
      '&amp;',
      '&#0;',
      ']]>',
      '<!DOCTYPE x [<!ENTITY a "b">]>',
      '\u0000',
      '\uFFFF',
      '\uD800',
      'xsi:type="xsd:int"',
      '<a>',
      '</a>',
      '<![CDATA[',
      '"',
      "'",
    ),
  );
  return fc
    .tuple(
      valid,
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 4 }), junk), { minLength: 1, maxLength: 4 }),
    )
    .map(([text, ops]) => {
      let s = text;
      for (const [a, b, kind, j] of ops) {
        const i = s.length === 0 ? 0 : a % s.length;
        const k = s.length === 0 ? 0 : b % s.length;
        switch (kind) {
          case 0:
            s = s.slice(0, i);
            break; // truncated
          case 1:
            s = s.slice(0, i) + j + s.slice(i);
            break; // inserted
          case 2:
            s = s.slice(0, Math.min(i, k)) + s.slice(Math.max(i, k));
            break; // range deleted
          case 3:
            s = s.slice(0, i) + s.slice(Math.min(i, k), Math.max(i, k)) + s.slice(i);
            break; // duplicated
          default:
            s = s.replace(/<([a-zA-Z:]+)/, `<${j.replace(/[^a-zA-Z]/g, '') || 'x'}`); // a tag renamed
        }
      }
      return s;
    });
}
