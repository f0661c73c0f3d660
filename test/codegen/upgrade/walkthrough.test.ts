import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbfDir, REPO } from '../../support/bbf-path.ts';
import { skipUnlessPeer } from '../../support/peers.ts';

// The README's worked upgrade ("A worked upgrade: 2.17 to 2.19.1"), run as written on a copy of
// the repository (generated/ here stays as it is): box.ts compiles against 2.17; --retarget,
// --diff --breaking --paths-from and the compiler then print what the README shows.

const README = readFileSync(join(REPO, 'README.md'), 'utf8');

/** The fenced block after `<!-- walkthrough:NAME -->` in the README. */
function block(name: string): string {
  const m = new RegExp(`<!-- walkthrough:${name.replace('.', '\\.')} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``).exec(
    README,
  );
  if (!m) throw new Error(`README.md has no walkthrough block '${name}'`);
  return m[1]!;
}

const TSC = join(REPO, 'node_modules', '.bin', 'tsc');
const env = { ...process.env, BBF_SCHEMA_PATH: bbfDir() ?? '' };

describe.skipIf(skipUnlessPeer('bbf'))(
  'the README walk-through: an integrator program upgraded from 2.17 to 2.19.1',
  () => {
    let root: string;
    const codegen = (...args: string[]): { status: number | null; out: string } => {
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(REPO, 'codegen', 'main.ts'), '--root', root, ...args],
        {
          cwd: root,
          encoding: 'utf8',
          env,
        },
      );
      return { status: r.status, out: `${r.stdout}${r.stderr}` };
    };
    const typecheck = (): { status: number | null; out: string } => {
      const r = spawnSync(TSC, ['-p', 'tsconfig.box.json', '--pretty', 'false'], { cwd: root, encoding: 'utf8' });
      return { status: r.status, out: `${r.stdout}${r.stderr}` };
    };

    beforeAll(() => {
      // Inside the repository, so that tools and @types resolve as for the project itself.
      mkdirSync(join(REPO, '.tmp'), { recursive: true });
      root = mkdtempSync(join(REPO, '.tmp', 'walkthrough-'));
      for (const f of ['package.json', 'tsconfig.json', 'src', 'schemas', 'generated'])
        cpSync(join(REPO, f), join(root, f), { recursive: true });
      symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
      // The package refers to itself by name (tr069-agent, its exports' 'source' condition).
      writeFileSync(join(root, 'box.ts'), block('box.ts'));
      writeFileSync(
        join(root, 'tsconfig.box.json'),
        JSON.stringify({ extends: './tsconfig.json', include: ['box.ts', 'src/nat/*.d.ts'] }),
      );
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('box.ts compiles against 2.17, the root model a profile then reports', () => {
      const r = codegen('--retarget', 'device-2=tr-181-2-17-0-cwmp.xml');
      expect(r.status, r.out).toBe(0);
      expect(typecheck()).toEqual({ status: 0, out: '' });
      // The shipped stb profile serves 2.19 items; the README's profile example loads on either.
      writeFileSync(join(root, 'my-box.yaml'), /## Device profiles[\s\S]*?```yaml\n([\s\S]*?)```/.exec(README)![1]!);
      writeFileSync(
        join(root, 'probe.ts'),
        "import { loadProfile } from './src/device/profile/load.ts';\n" +
          "process.stdout.write(String((await loadProfile('my-box.yaml')).values['Device.RootDataModelVersion']));\n",
      );
      const probe = spawnSync(process.execPath, ['--import', 'tsx', 'probe.ts'], { cwd: root, encoding: 'utf8' });
      expect(probe.stdout, probe.stderr).toBe('2.17');
      expect(readFileSync(join(root, 'src', 'device', 'profiles', 'stb.yaml'), 'utf8')).toContain(
        'SupportedDataModel.1.URN: urn:broadband-forum-org:tr-181-2-17-0-cwmp',
      );
    });

    it('--retarget to 2.19.1 says what it rewrote, as the README shows', () => {
      const r = codegen('--retarget', 'device-2=tr-181-2-19-1-cwmp.xml');
      expect(r.status, r.out).toBe(0);
      expect(r.out).toBe(block('retarget'));
    });

    it('--diff --breaking --paths-from box.ts lists the four bindings that break, as the README shows', () => {
      const r = codegen(
        '--diff',
        'tr-181-2-17-0-cwmp.xml',
        'tr-181-2-19-1-cwmp.xml',
        '--breaking',
        '--paths-from',
        'box.ts',
      );
      expect(r.status, r.out).toBe(0);
      expect(r.out).toBe(block('diff'));
    });

    it('the compiler points at the four lines to change, as the README shows', () => {
      const r = typecheck();
      expect(r.status).not.toBe(0);
      const firstLines = r.out.split('\n').filter((l) => /^box\.ts\(\d+,\d+\): error /.test(l));
      expect(firstLines.join('\n') + '\n').toBe(block('errors'));
      // Nothing else fails: every other line continues one of these four.
      expect(r.out.split('\n').filter((l) => /^\S/.test(l) && !l.startsWith('box.ts('))).toEqual([]);
    });
  },
);
