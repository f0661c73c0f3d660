import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/bbf-path.ts';

// Compile-time proof of the typed path map: each fixture is compiled on its own with the
// project's compiler options; *.fail.ts must be rejected with the expected diagnostic.
const DIR = join(REPO, 'test', 'compile-fail');
const TSC = join(REPO, 'node_modules', '.bin', 'tsc');
const EXPECTED: Record<string, RegExp> = {
  'string-gets-number.fail.ts': /TS2322: Type 'number' is not assignable to type 'string'/,
  'unknown-path.fail.ts': /TS2345: Argument of type '"Device\.DeviceInfo\.NoSuchParameter"' is not assignable/,
  'bigint-gets-number.fail.ts': /TS2322: Type 'number' is not assignable to type 'bigint'/,
  'enum-gets-other-string.fail.ts': /TS2322: Type '"Sideways"' is not assignable/,
};

function compile(file: string): { ok: boolean; output: string } {
  // Inside the repo so that node_modules/@types resolve as for the project itself.
  mkdirSync(join(REPO, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(REPO, '.tmp', 'tsc-fixture-'));
  const config = join(dir, 'tsconfig.json');
  writeFileSync(config, JSON.stringify({ extends: join(REPO, 'tsconfig.json'), files: [join(DIR, file)], compilerOptions: { noEmit: true } }));
  try {
    const output = execFileSync(TSC, ['-p', config, '--pretty', 'false'], { encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the generated path map types every parameter', () => {
  const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.ts')).sort();
  it('has a fixture for every expected failure', () => {
    expect(fixtures.filter((f) => f.endsWith('.fail.ts'))).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const file of fixtures) {
    it(`${file} ${file.endsWith('.pass.ts') ? 'compiles' : 'fails to compile'}`, () => {
      const r = compile(file);
      if (file.endsWith('.pass.ts')) {
        expect(r.output).toBe('');
        expect(r.ok).toBe(true);
      } else {
        expect(r.ok).toBe(false);
        expect(r.output).toMatch(EXPECTED[file]!);
      }
    });
  }
});
