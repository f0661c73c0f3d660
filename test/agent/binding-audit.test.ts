import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Values, WritablePath } from '../../generated/device-2/index.ts';
import { createAgent } from '../../src/agent/create-agent.ts';
import { DEFAULTS, resolveSettings } from '../../src/agent/settings.ts';
import { createLogger } from '../../src/log/logger.ts';

// A binding that can never run (its path is not in the mounted models, or the profile does not
// support it) stops createAgent with one line naming it, unless allowUnbound turns it into a warning.

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function stateDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'tr069-audit-'));
  dirs.push(d);
  return d;
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected createAgent to refuse the bindings');
}

describe('the binding audit at start', () => {
  it('refuses a Device handler on the TR-098 gateway profile, in one line naming the path', async () => {
    const e = await failure(
      createAgent<Values, WritablePath>({
        // The types refuse 'gateway' at compile time (test/compile-fail); an untyped caller gets here.
        profile: 'gateway' as 'stb',
        stateDir: stateDir(),
        acsUrl: 'http://127.0.0.1:9/',
        bind: (device) => device.handle('Device.DeviceInfo.ProvisioningCode', { get: () => 'X' }),
      }),
    );
    expect(e.message.split('\n')).toHaveLength(1);
    expect(e.message).toMatch(
      /^a handler is bound where none can run: Device\.DeviceInfo\.ProvisioningCode \(not in the mounted models: igd-1, voice-service-2\)\. Fix the bindings, or start with --allow-unbound/,
    );
  });

  it('names a path the model has but the profile does not support, and how to fix it', async () => {
    const e = await failure(
      createAgent<Values, WritablePath>({
        profile: 'stb',
        stateDir: stateDir(),
        acsUrl: 'http://127.0.0.1:9/',
        bind: (device) =>
          device
            .handle('Device.DeviceInfo.ProvisioningCode', { get: () => 'X' })
            .handle('Device.DSL.Line.{i}.Enable', { get: () => true })
            .handleTable('Device.Cellular.Interface.{i}.', { instances: () => [] }),
      }),
    );
    expect(e.message).toContain('2 handlers are bound where none can run: ');
    expect(e.message).toContain(
      "Device.Cellular.Interface.{i}. (profile 'Acme STB4K set-top box' does not support it; add it to the profile's supported list)",
    );
    expect(e.message).toContain('Device.DSL.Line.{i}.Enable (profile');
    expect(e.message).not.toContain('ProvisioningCode');
  });

  it('with allowUnbound, starts and logs each dead binding at WARN', async () => {
    const lines: string[] = [];
    const agent = await createAgent<Values, WritablePath>({
      profile: 'stb',
      stateDir: stateDir(),
      acsUrl: 'http://127.0.0.1:9/',
      allowUnbound: true,
      log: createLogger({ level: 'warn', write: (l) => lines.push(l) }),
      bind: (device) => device.handle('Device.DSL.Line.{i}.Enable', { get: () => true }),
    });
    expect(agent.tree.handlers.boundPaths()).toContain('Device.DSL.Line.{i}.Enable');
    expect(lines.filter((l) => l.includes('binding:'))).toEqual([
      expect.stringMatching(
        /WARN +binding: a handler is bound to Device\.DSL\.Line\.\{i\}\.Enable \(profile .* does not support it; .*\); it never runs$/,
      ),
    ]);
  });

  it('--allow-unbound is a setting of run (flag, environment, config file)', () => {
    expect(DEFAULTS.allowUnbound).toBe(false);
    expect(resolveSettings({ flags: { 'allow-unbound': 'true' } }).allowUnbound).toBe(true);
    expect(resolveSettings({ env: { TR069_ALLOW_UNBOUND: 'yes' } }).allowUnbound).toBe(true);
    expect(resolveSettings({ file: { 'allow-unbound': 'false' } }).allowUnbound).toBe(false);
  });
});
