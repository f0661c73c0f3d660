import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptedAcs, type ScriptedAcsOptions } from '../../src/demo-acs/scripted-acs.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';

// HTTP-level behaviour of the real agent towards its ACS: Digest authentication with
// ManagementServer.Username/Password, redirects kept for one session, and cookies.
const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'small-device.yaml');
const md5 = (s: string): string => createHash('md5').update(s).digest('hex');

function authParams(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of header.replace(/^Digest\s+/i, '').matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g))
    out[m[1]!] = m[2] ?? m[3] ?? '';
  return out;
}

describe('agent → ACS over HTTP', () => {
  const cleanups: (() => Promise<unknown> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function run(opts: ScriptedAcsOptions, args: string[] = []): Promise<ScriptedAcs> {
    const acs = new ScriptedAcs(opts);
    const url = await acs.listen();
    const agent = new AgentProcess().start(['--acs-url', url, '--profile', PROFILE, ...args]);
    cleanups.push(
      () => agent.cleanup(),
      () => agent.stop(),
      () => acs.close(),
    );
    return acs;
  }

  it('authenticates with Digest (qop=auth), counting nc up, and never sends the password', async () => {
    const nonce = randomBytes(8).toString('hex');
    const seen: { nc: string; ok: boolean }[] = [];
    let challenges = 0;
    const acs = await run(
      {
        script: () => [{ kind: 'GetRPCMethods' }],
        intercept: (req, res, body) => {
          const h = req.headers.authorization;
          if (h?.startsWith('Digest ')) {
            const p = authParams(h);
            const ha1 = md5(`cpe-user:acs-realm:s3cret-pass`);
            const ha2 = md5(`POST:${p['uri']}`);
            const ok =
              p['username'] === 'cpe-user' &&
              p['response'] === md5(`${ha1}:${p['nonce']}:${p['nc']}:${p['cnonce']}:${p['qop']}:${ha2}`);
            seen.push({ nc: p['nc'] ?? '', ok });
            if (ok) return false;
          }
          expect(body).not.toContain('s3cret-pass');
          challenges++;
          res
            .writeHead(401, {
              'WWW-Authenticate': `Digest realm="acs-realm", nonce="${nonce}", qop="auth", algorithm=MD5`,
            })
            .end();
          return true;
        },
      },
      ['--acs-username', 'cpe-user', '--acs-password', 's3cret-pass'],
    );
    const [s] = await acs.waitForSessions(1, 15_000);
    expect(s!.received.map((m) => m.kind)).toEqual(['Inform', 'GetRPCMethodsResponse']);
    expect(challenges).toBe(1);
    expect(seen.every((x) => x.ok)).toBe(true);
    expect(seen.map((x) => x.nc)).toEqual(seen.map((_x, i) => (i + 1).toString(16).padStart(8, '0')));
  }, 20_000);

  it('follows a redirect chain for the rest of the session only, and returns session cookies', async () => {
    const paths: string[] = [];
    const cookies: (string | undefined)[] = [];
    const acs = await run({
      script: () => [{ kind: 'GetParameterNames', parameterPath: 'Device.DeviceInfo.', nextLevel: true }],
      intercept: (req, res, body) => {
        paths.push(req.url ?? '');
        if (body.includes(':Inform>')) cookies.push(undefined);
        else cookies.push(req.headers.cookie);
        if (req.url === '/acs' && body.includes(':Inform>')) {
          res.writeHead(301, { Location: '/hop1' }).end();
          return true;
        }
        if (req.url === '/hop1') {
          res.writeHead(307, { Location: '/hop2' }).end();
          return true;
        }
        if (req.url === '/hop2') {
          res.writeHead(308, { Location: '/final' }).end();
          return true;
        }
        return false;
      },
    });
    await acs.waitForSessions(1, 15_000);
    // Inform: /acs → /hop1 → /hop2 → /final; every later POST of the session goes to /final.
    expect(paths.slice(0, 4)).toEqual(['/acs', '/hop1', '/hop2', '/final']);
    expect(paths.slice(4).every((p) => p === '/final')).toBe(true);
    expect(paths.length).toBeGreaterThanOrEqual(6);
    // The ACS tracks the session by cookie: every POST after the InformResponse carries it.
    expect(cookies.slice(4).every((c) => /cwmpsession=[0-9]+/.test(c ?? ''))).toBe(true);
  }, 20_000);
});
