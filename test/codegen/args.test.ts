import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE } from '../../codegen/args.ts';
import { CodegenError } from '../../codegen/errors.ts';
import { REPO } from '../support/bbf-path.ts';

function failure(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(CodegenError);
    return (e as Error).message.split('\n')[0]!;
  }
  throw new Error(`${argv.join(' ')} parsed`);
}

describe('codegen arguments', () => {
  it('reads every command and the --root option', () => {
    expect(parseArgs([])).toEqual({ command: { kind: 'generate' } });
    expect(parseArgs(['--check', '--root', '/tmp/p'])).toEqual({ command: { kind: 'check' }, root: '/tmp/p' });
    expect(parseArgs(['--diff', 'a.xml', 'b.xml', '--breaking', '--paths-from', 'stb', '--paths-from', 'src'])).toEqual(
      {
        command: {
          kind: 'diff',
          oldTop: 'a.xml',
          newTop: 'b.xml',
          json: false,
          breaking: true,
          pathsFrom: ['stb', 'src'],
        },
      },
    );
    expect(parseArgs(['--retarget', 'device-2=tr-181-2-17-0-cwmp.xml'])).toEqual({
      command: { kind: 'retarget', output: 'device-2', top: 'tr-181-2-17-0-cwmp.xml' },
    });
    expect(parseArgs(['-h']).command).toEqual({ kind: 'help' });
  });

  it('says what is wrong in one line, then the usage', () => {
    expect(failure(['--retarget', 'device-2'])).toBe(
      '--retarget takes OUTPUT=TOP.xml, e.g. --retarget device-2=tr-181-2-17-0-cwmp.xml',
    );
    expect(failure(['--diff', 'a.xml'])).toMatch(/^--diff takes two top files/);
    expect(failure(['--diff', 'a.xml', 'b.xml', '--paths-from'])).toMatch(/^--paths-from takes a device profile/);
    expect(failure(['--frobnicate'])).toBe("unknown arguments '--frobnicate'");
  });

  it('--help prints the usage and exits 0', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'codegen', 'main.ts'), '--help'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${USAGE}\n`);
    expect(r.stdout).toContain('--retarget OUTPUT=TOP.xml');
  });
});
