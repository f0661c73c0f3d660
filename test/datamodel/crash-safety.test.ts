import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TREE_DOC } from '../../src/agent/persisted.ts';
import { StateStore } from '../../src/store/index.ts';
import { REPO } from '../support/bbf-path.ts';

// SIGKILL at random moments during repeated atomic sets and adds: after every kill the state
// loads, and every multi-parameter set is either fully present or fully absent.
const ITERATIONS = Number(process.env['CRASH_ITERATIONS'] ?? 200);

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('crash safety of the persisted tree', () => {
  it(`survives ${ITERATIONS} SIGKILLs mid-write`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-crash-'));
    const random = lcg(20261122);
    let lastInterval = 0;
    let lastRows = 0;
    try {
      for (let k = 0; k < ITERATIONS; k++) {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', join(REPO, 'test', 'datamodel', 'fixtures', 'crash-writer.ts'), dir],
          { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] },
        );
        await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
        await new Promise((r) => setTimeout(r, 1 + Math.floor(random() * 25)));
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;

        const store = StateStore.open(dir);
        const s = store.read('datamodel', TREE_DOC)!;
        expect(s).toBeDefined();
        const i = Number(s.values['Device.ManagementServer.PeriodicInformInterval'] ?? 0);
        expect(s.values['Device.ManagementServer.CWMPRetryMinimumWaitInterval'] ?? '0').toBe(String(i));
        expect(s.values['Device.ManagementServer.DefaultActiveNotificationThrottle'] ?? '0').toBe(String(i));
        expect(s.values['Device.ManagementServer.Username'] ?? 'user-0').toBe(`user-${i}`);
        expect(i).toBeGreaterThanOrEqual(lastInterval);
        const rows = s.tables['Device.IP.Interface.']?.rows ?? [];
        expect(rows.length).toBeGreaterThanOrEqual(lastRows);
        expect(rows).toEqual([...rows].sort((a, b) => a - b));
        if (rows.length > 0) expect(s.tables['Device.IP.Interface.']!.next).toBeGreaterThan(rows.at(-1)!);
        lastInterval = i;
        lastRows = rows.length;
      }
      // Every run committed at least its first set before the kill.
      expect(lastInterval).toBeGreaterThanOrEqual(ITERATIONS);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
