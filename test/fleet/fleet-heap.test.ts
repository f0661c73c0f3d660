import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/**
 * A child process keeps 600,000 objects from one allocation site, as a fleet keeps what each
 * device's session wrote, and counts its young-generation collections. With pretenuring on, V8
 * soon allocates that site's objects in the old space and the young generation rarely fills.
 */
const CHILD = `
import { PerformanceObserver, constants } from 'node:perf_hooks';
if (process.argv[1] === 'tuned') (await import(${JSON.stringify(join(REPO, 'src', 'fleet', 'fleet-heap.ts'))})).tuneHeapForFleet();
let minor = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR) minor++;
}).observe({ entryTypes: ['gc'] });
const make = (i) => ({ a: i, b: [i, i + 1], c: 'x' + i });
const keep = [];
for (let i = 0; i < 600000; i++) keep.push(make(i));
setTimeout(() => console.log(JSON.stringify({ minor, kept: keep.length })), 50);
`;

async function youngCollections(mode: 'tuned' | 'default'): Promise<number> {
  const { stdout } = await run(
    process.execPath,
    // No compiler or GC threads: when V8 decides to pretenure must not hang on their timing.
    ['--single-threaded', '--max-semi-space-size=4', '--import', 'tsx', '--input-type=module', '-e', CHILD, mode],
    { cwd: REPO },
  );
  const r = JSON.parse(stdout.trim()) as { minor: number; kept: number };
  expect(r.kept).toBe(600000);
  return r.minor;
}

describe('tuneHeapForFleet', () => {
  it('turns allocation-site pretenuring off: objects that live on go through the young generation', async () => {
    const [tuned, untuned] = await Promise.all([youngCollections('tuned'), youngCollections('default')]);
    expect(untuned).toBeGreaterThan(0);
    expect(tuned).toBeGreaterThan(untuned * 2);
  });
});
