import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { TREE_DOC } from '../../src/agent/persisted.ts';
import { DataModel } from '../../src/datamodel/tree.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { StateStore } from '../../src/store/index.ts';
import { median, type Row } from '../measure.ts';
import { isBuilt, startBuiltAgent } from '../support/built-agent.ts';
import { pathToFileURL } from 'node:url';

/** Issue 3 targets: full-tree read and a 100-parameter atomic set on the stb profile, and RSS. */
export async function treeSuite(repo: string, runs: number): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tr069-bench-'));
  try {
    const profile = await loadProfile('stb');
    const device = await simulatedDevice(profile);
    const store = StateStore.open(dir);
    const tree = new DataModel(device.schema, {
      base: device.base,
      sharedHandlers: device.sharedHandlers,
      onCommit: (s) => store.write('datamodel', TREE_DOC, s),
    });
    device.bind(tree);
    const all = await tree.getValues(['Device.']);
    const reads: number[] = [];
    for (let i = 0; i < Math.max(runs * 6, 30); i++) {
      const t0 = performance.now();
      await tree.getValues(['Device.']);
      reads.push(performance.now() - t0);
    }
    // 100 writable, store-backed parameters set in one atomic request, persisted each time.
    const writable = (await tree.getNames('Device.', false)).filter((n) => n.writable && !n.path.endsWith('.'));
    const targets: { path: string; value: string }[] = [];
    for (const n of writable) {
      const node = tree.schema.get(n.path.replace(/\.[0-9]+\./g, '.{i}.'));
      if (
        node?.kind !== 'parameter' ||
        node.validator.descriptor.type !== 'boolean' ||
        tree.handlers.parameter(node.path) !== undefined
      )
        continue;
      targets.push({ path: n.path, value: '' });
      if (targets.length === 100) break;
    }
    const sets: number[] = [];
    for (let i = 0; i < Math.max(runs * 6, 30); i++) {
      const entries = targets.map((t) => ({ path: t.path, value: i % 2 === 0 ? 'true' : 'false' }));
      const t0 = performance.now();
      await tree.setValues(entries, 'acs');
      sets.push(performance.now() - t0);
    }
    const rss = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'bench', 'rss-probe.ts')], {
      cwd: repo,
      encoding: 'utf8',
    });
    const rssMb = Number(rss.stdout.trim());
    // The installed command on the build, every model chunk preloaded, as a device runs it.
    const built: number[] = [];
    if (isBuilt(repo)) {
      const preload = pathToFileURL(join(repo, 'bench', 'support', 'preload-models.mjs')).href;
      for (let i = 0; i < runs; i++)
        built.push((await startBuiltAgent(repo, { NODE_OPTIONS: `--import=${preload}` })).rssMb);
    }
    const r = (x: number): number => Math.round(x * 100) / 100;
    return [
      {
        suite: 'tree',
        name: `full-tree read of 'Device.' (stb profile, ${all.length} parameters)`,
        value: r(median(reads)),
        unit: 'ms',
        target: '<= 20 ms',
        ok: median(reads) <= 20,
      },
      {
        suite: 'tree',
        name: `atomic set of ${targets.length} parameters, persisted (fsync)`,
        value: r(median(sets)),
        unit: 'ms',
        target: '<= 5 ms',
        ok: median(sets) <= 5,
      },
      ...(built.length > 0
        ? [
            {
              suite: 'tree',
              name: 'agent RSS after start, all generated models loaded (bin/tr069-agent on the build)',
              value: Math.round(median(built)),
              unit: 'MB',
              target: '<= 80 MB',
              ok: median(built) <= 80,
              note: `max ${Math.round(Math.max(...built))} MB`,
            },
          ]
        : []),
      {
        suite: 'tree',
        name: 'agent RSS after start, all generated models loaded (from source under tsx, Node defaults)',
        value: Math.round(rssMb),
        unit: 'MB',
        target: 'reported',
        ok: true,
        note: 'development',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
