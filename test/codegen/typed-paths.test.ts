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
  'handler-unknown-path.fail.ts': /TS2345: Argument of type '"Device\.DeviceInfo\.NoSuchThing"' is not assignable/,
  'handler-getter-wrong-type.fail.ts':
    /TS2322: Type '\(\) => 42' is not assignable[\s\S]*Type 'number' is not assignable to type 'MaybePromise<string>'/,
  'handler-setter-readonly.fail.ts':
    /TS2322: Type '\(v: number\) => undefined' is not assignable to type '"Device\.DeviceInfo\.UpTime is read-only: it takes no set handler" &/,
  'table-misspelt-name.fail.ts':
    /TS2353: Object literal may only specify known properties, and ''Stats\.BytesSnt'' does not exist in type 'RowGetters</,
  'table-enum-value.fail.ts': /TS2322: Type '\(\) => "Running"' is not assignable[\s\S]*"Up"/,
  'table-number-for-bigint.fail.ts': /TS2322: Type '\(\) => number' is not assignable[\s\S]*MaybePromise<bigint>/,
  'create-agent-no-type-args.fail.ts':
    /TS2345: Argument of type '"Device\.DeviceInfo\.UpTime"' is not assignable to parameter of type '"createAgent needs the model types: createAgent<Values, WritablePath>/,
  'overlay-widened-enum.fail.ts': /TS2322: Type '\(\) => "X_00D09E_Decrypting"' is not assignable/,
  'create-agent-wrong-root.fail.ts':
    /TS2322: Type '"gateway"' is not assignable to type [\s\S]*not 'gateway': its root is InternetGatewayDevice\., and these types are for another root/,
};

/** Compiles every fixture in one program and groups the diagnostics by fixture file. */
function compileAll(files: readonly string[]): Map<string, string> {
  // Inside the repo so that node_modules/@types resolve as for the project itself.
  mkdirSync(join(REPO, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(REPO, '.tmp', 'tsc-fixture-'));
  const config = join(dir, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(REPO, 'tsconfig.json'),
      files: files.map((f) => join(DIR, f)),
      compilerOptions: { noEmit: true },
    }),
  );
  let output = '';
  try {
    output = execFileSync(TSC, ['-p', config, '--pretty', 'false'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    output = `${err.stdout ?? ''}${err.stderr ?? ''}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const byFile = new Map<string, string>(files.map((f) => [f, '']));
  let current: string | undefined;
  for (const line of output.split('\n')) {
    const m = /^test\/compile-fail\/([^(]+)\(/.exec(line);
    if (m) current = m[1];
    else if (/^\S/.test(line)) current = undefined;
    if (current !== undefined && byFile.has(current)) byFile.set(current, byFile.get(current)! + line + '\n');
    else if (line.trim() !== '') byFile.set('(other)', (byFile.get('(other)') ?? '') + line + '\n');
  }
  return byFile;
}

describe('the generated path map types every parameter', () => {
  const fixtures = readdirSync(DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const diagnostics = compileAll(fixtures);
  it('has a fixture for every expected failure, and no stray diagnostics', () => {
    expect(fixtures.filter((f) => f.endsWith('.fail.ts'))).toEqual(Object.keys(EXPECTED).sort());
    expect(diagnostics.get('(other)') ?? '').toBe('');
  });
  for (const file of fixtures) {
    it(`${file} ${file.endsWith('.pass.ts') ? 'compiles' : 'fails to compile'}`, () => {
      const out = diagnostics.get(file)!;
      if (file.endsWith('.pass.ts')) expect(out).toBe('');
      else expect(out).toMatch(EXPECTED[file]!);
    });
  }
});
