import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { REPO } from './bbf-path.ts';
import { genieacsDir, missingPeerMessage, peer, skipUnlessPeer } from './peers.ts';

mkdirSync(join(REPO, '.tmp'), { recursive: true });
const work = mkdtempSync(join(REPO, '.tmp', 'peers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

const NOWHERE = join(work, 'no-such-folder');

describe('peer', () => {
  it('finds genieacs by its lib/soap.ts, at $GENIEACS_PATH when set', () => {
    const tree = join(work, 'genieacs');
    mkdirSync(join(tree, 'lib'), { recursive: true });
    writeFileSync(join(tree, 'lib', 'soap.ts'), '');
    vi.stubEnv('GENIEACS_PATH', tree);
    expect(peer('genieacs')).toBe(true);
    expect(genieacsDir()).toBe(tree);
    vi.stubEnv('GENIEACS_PATH', NOWHERE);
    expect(peer('genieacs')).toBe(false);
    expect(genieacsDir()).toBeUndefined();
  });

  it('finds the BBF XML at $BBF_SCHEMA_PATH', () => {
    vi.stubEnv('BBF_SCHEMA_PATH', NOWHERE);
    expect(peer('bbf')).toBe(false);
  });

  it('tells what to install: the Debian package, or the folder expected', () => {
    expect(missingPeerMessage('prosody')).toMatch(/apt-get install prosody\b/);
    expect(missingPeerMessage('xmllint')).toMatch(/apt-get install libxml2-utils\b/);
    expect(missingPeerMessage('dnsmasq')).toMatch(/apt-get install dnsmasq-base\b/);
    expect(missingPeerMessage('ping')).toMatch(/apt-get install iputils-ping\b/);
    expect(missingPeerMessage('chromium')).toMatch(/apt-get install chromium\b/);
    expect(missingPeerMessage('genieacs')).toMatch(/\.\.\/shared\/genieacs.*\$GENIEACS_PATH/);
    expect(missingPeerMessage('bbf')).toMatch(/\$BBF_SCHEMA_PATH or at \.\.\/shared\/bbf/);
  });

  it('asks nothing of a peer that is present', () => {
    vi.stubEnv('REQUIRE_PEERS', '1');
    vi.stubEnv('GENIEACS_PATH', join(work, 'genieacs'));
    expect(skipUnlessPeer('genieacs')).toBe(false);
  });
});

describe('skipUnlessPeer, in a real vitest run with a missing peer', () => {
  // A test file needing genieacs, run by a child vitest with GENIEACS_PATH pointing nowhere.
  const dir = join(work, 'gate');
  mkdirSync(dir);
  writeFileSync(join(dir, 'vitest.config.mjs'), "export default { test: { include: ['gate.test.ts'] } };\n");
  writeFileSync(
    join(dir, 'gate.test.ts'),
    [
      "import { describe, expect, it } from 'vitest';",
      `import { skipUnlessPeer } from ${JSON.stringify(join(REPO, 'test', 'support', 'peers.ts'))};`,
      "describe.skipIf(skipUnlessPeer('genieacs'))('needs genieacs', () => {",
      "  it('ran without its peer', () => { throw new Error('RAN WITHOUT ITS PEER'); });",
      '});',
      "it('needs no peer', () => expect(1).toBe(1));",
      '',
    ].join('\n'),
  );
  const vitest = (env: Record<string, string>) =>
    promisify(execFile)(
      process.execPath,
      [
        join(REPO, 'node_modules', 'vitest', 'vitest.mjs'),
        'run',
        '--root',
        dir,
        '--config',
        join(dir, 'vitest.config.mjs'),
        '--reporter',
        'verbose',
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', GENIEACS_PATH: NOWHERE, ...env },
      },
    ).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );

  it('skips without REQUIRE_PEERS', async () => {
    const r = await vitest({ REQUIRE_PEERS: '' });
    expect(r.out).not.toContain('RAN WITHOUT ITS PEER');
    expect(r.out).toMatch(/1 passed \| 1 skipped/);
    expect(r.code).toBe(0);
  }, 60_000);

  it('fails with REQUIRE_PEERS=1, naming the folder expected, and still does not run the block', async () => {
    const r = await vitest({ REQUIRE_PEERS: '1' });
    expect(r.out).not.toContain('RAN WITHOUT ITS PEER');
    expect(r.out).toContain('has the real peer genieacs (REQUIRE_PEERS=1)');
    expect(r.out).toContain(
      `genieacs is missing: expected the GenieACS source tree (lib/soap.ts) at ../shared/genieacs beside the checkout, or at $GENIEACS_PATH; looked in ${NOWHERE}`,
    );
    expect(r.out).toMatch(/1 failed \| 1 passed \| 1 skipped/);
    expect(r.code).toBe(1);
  }, 60_000);
});
