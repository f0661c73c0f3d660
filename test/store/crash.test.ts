/**
 * Real crashes: a child process writes the counter document in a loop and is SIGKILLed at
 * seeded-random moments. After each kill the document must read back whole (all items equal n),
 * never from a torn file, and never more than one write behind what the child acknowledged.
 * A SIGKILL is not a power loss: the kernel keeps every completed syscall, so the main file must
 * never need the .bak here; power-loss ordering is what the fsyncs (tested by call order) are for.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { StateStore } from '../../src/store/index.ts';
import { COUNTER, counterSpec } from './counter-spec.ts';
import { modeOf, tempDir, tempFiles } from './temp-dir.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const child = path.join(here, 'crash-child.ts');

const SEED = 0x7269_3069;
const LANES = 2; // concurrent children, each on its own directory (node + tsx start in ~0.2 s)
const MIN_KILLS = 50;
const MAX_KILLS = 80;
const BUDGET_MS = 12_000;
const MAX_DELAY_MS = 25; // after "ready": from before the first write to a dozen writes in

/** mulberry32: a tiny seeded PRNG, so the kill schedule is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Run {
  readonly ready: number;
  readonly acked: number;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** Spawns the writer, SIGKILLs it `delayMs` after it reports ready, and returns what it acknowledged. */
function runOnce(dir: string, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (timer === undefined && stdout.includes('\n')) timer = setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const watchdog = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    proc.on('error', reject);
    // 'close' comes after both pipes are drained: every acknowledgement the child wrote is in.
    proc.on('close', (_code, signal) => {
      clearTimeout(timer);
      clearTimeout(watchdog);
      const lines = stdout.split('\n').filter((line) => line !== '');
      const readyMatch = /^ready (\d+)$/.exec(lines[0] ?? '');
      if (readyMatch === null) return reject(new Error(`child never got ready:\n${stdout}\n${stderr}`));
      const ready = Number(readyMatch[1]);
      const last = lines.length > 1 ? Number(lines[lines.length - 1]) : ready;
      resolve({ ready, acked: last, signal, stderr });
    });
  });
}

describe('crash safety under SIGKILL', () => {
  it(`reads back a whole document after ${MIN_KILLS}+ kills at random moments`, async () => {
    const started = Date.now();
    let kills = 0;
    let leftoverTemps = 0;
    let aheadOfAck = 0;
    let totalWrites = 0;

    async function lane(index: number): Promise<void> {
      const dir = tempDir();
      const random = prng(SEED + index);
      let last = 0;
      while (kills < MIN_KILLS || (kills < MAX_KILLS && Date.now() - started < BUDGET_MS)) {
        kills++;
        const run = await runOnce(dir, Math.floor(random() * MAX_DELAY_MS));
        expect(run.signal, run.stderr).toBe('SIGKILL');
        expect(run.stderr).toBe(''); // no fallback warning in the child either
        expect(run.ready).toBe(last); // the child saw what we saw
        leftoverTemps += tempFiles(dir).length;

        const warnings: string[] = [];
        const doc = StateStore.open(dir, { onWarning: (message) => warnings.push(message) }).read(COUNTER, counterSpec);
        expect(warnings).toEqual([]);
        expect(tempFiles(dir)).toEqual([]); // swept by open
        const n = doc?.n ?? 0;
        if (doc !== undefined) {
          expect(doc.items).toHaveLength(1000);
          expect(
            doc.items.every((item) => item === n),
            `items disagree with n=${n}`,
          ).toBe(true);
          expect(modeOf(path.join(dir, `${COUNTER}.json`))).toBe(0o600);
        }
        // At most one write behind the last acknowledged one; at most one ahead (a write whose
        // rename happened before the kill, the acknowledgement not).
        expect(n).toBeGreaterThanOrEqual(run.acked - 1);
        expect(n).toBeLessThanOrEqual(run.acked + 1);
        if (n > run.acked) aheadOfAck++;
        totalWrites += n - last;
        last = n;
      }
      expect(fs.readdirSync(dir).every((name) => name.startsWith(COUNTER))).toBe(true);
    }

    await Promise.all(Array.from({ length: LANES }, (_, index) => lane(index)));
    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
    console.log(
      `crash test: ${kills} kills, ${totalWrites} writes, ${leftoverTemps} leftover temp files swept, ` +
        `${aheadOfAck} kills after a rename but before its acknowledgement, ${Date.now() - started} ms`,
    );
  }, 60_000);
});
