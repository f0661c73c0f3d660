// `npm run check:versions`: every TR-181 version BBF publishes from 2.12 to the newest must
// generate and type-check. For each tr-181-2-X-Y-cwmp.xml in $BBF_SCHEMA_PATH (or ../shared/bbf)
// it generates device-2 into a scratch project under .tmp/ and compiles it, together with a small
// integrator file that binds through TypedTree, in one run of the pinned compiler (TypeScript 7).
// CI runs it (.ci/run); it is not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAll, writeFiles } from '../codegen/emit/generate.ts';
import type { DocumentDef } from '../codegen/load/document.ts';
import { SearchPath } from '../codegen/load/search-path.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIRST_MINOR = 12;

const bbf = (process.env['BBF_SCHEMA_PATH'] ?? join(REPO, '..', 'shared', 'bbf')).split(':')[0]!;
const tops = readdirSync(bbf)
  .map((f) => /^tr-181-2-(\d+)-(\d+)-cwmp\.xml$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ file: m[0], minor: Number(m[1]), fix: Number(m[2]) }))
  .filter((t) => t.minor >= FIRST_MINOR)
  .sort((a, b) => a.minor - b.minor || a.fix - b.fix);
if (tops.length === 0) {
  process.stderr.write(`check:versions: no tr-181-2-*-cwmp.xml in ${bbf}; set BBF_SCHEMA_PATH\n`);
  process.exit(1);
}

mkdirSync(join(REPO, '.tmp'), { recursive: true });
const work = mkdtempSync(join(REPO, '.tmp', 'versions-'));
// What an integrator writes against each version: a typed binding, a table and a read.
const CONSUMER = `import type { Values, WritablePath } from './generated/device-2/index.ts';
import type { TablePathOf, TypedTree } from './src/datamodel/typed.ts';

declare const device: TypedTree<Values, WritablePath>;
export const table: TablePathOf<Values> = 'Device.IP.Interface.{i}.';
device
  .handle('Device.DeviceInfo.UpTime', { get: () => 1 })
  .handle('Device.ManagementServer.PeriodicInformInterval', { get: () => 300, set: (v) => void v })
  .handleTable('Device.IP.Interface.{i}.', { instances: () => [1] });
`;
const started = performance.now();
let failed = 0;
try {
  const cache = new Map<string, DocumentDef>();
  const search = SearchPath.fromEnvironment(join(REPO, 'schemas'), { BBF_SCHEMA_PATH: bbf });
  const dirs: string[] = [];
  for (const t of tops) {
    const version = `2.${t.minor}${t.fix > 0 ? `.${t.fix}` : ''}`;
    const model = `Device:2.${t.minor}`;
    const dir = join(work, `v${version}`);
    mkdirSync(dir, { recursive: true });
    const t0 = performance.now();
    const files = generateAll([{ dir: 'device-2', top: t.file, model }], search, cache);
    writeFiles(join(dir, 'generated'), files);
    writeFileSync(join(dir, 'consumer.ts'), CONSUMER);
    // The generated modules import ../../src/schema/…: each scratch root links the repository's src/.
    symlinkSync(join(REPO, 'src'), join(dir, 'src'), 'dir');
    dirs.push(dir);
    process.stdout.write(
      `check:versions: ${t.file} (${model}) generated in ${Math.round(performance.now() - t0)} ms\n`,
    );
  }
  writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      extends: join(REPO, 'tsconfig.json'),
      compilerOptions: { noEmit: true },
      include: dirs.flatMap((d) => [`${d}/generated`, `${d}/consumer.ts`]),
    }),
  );
  const t0 = performance.now();
  const tsc = spawnSync(
    join(REPO, 'node_modules', '.bin', 'tsc'),
    ['-p', join(work, 'tsconfig.json'), '--pretty', 'false'],
    {
      encoding: 'utf8',
    },
  );
  const out = `${tsc.stdout}${tsc.stderr}`.trim();
  for (const d of dirs) {
    const errors = out.split('\n').filter((l) => l.includes(`${d.slice(work.length + 1)}/`));
    if (errors.length > 0) failed++;
    process.stdout.write(
      `check:versions: ${d.slice(work.length + 2)}: ${errors.length === 0 ? 'ok' : `${errors.length} errors`}\n`,
    );
    for (const e of errors.slice(0, 5)) process.stdout.write(`  ${e}\n`);
  }
  if (tsc.status !== 0 && failed === 0) {
    failed++;
    process.stdout.write(`${out}\n`);
  }
  process.stdout.write(
    `check:versions: ${tops.length} versions, tsc ${Math.round(performance.now() - t0)} ms, total ${Math.round((performance.now() - started) / 1000)} s\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed === 0 ? 0 : 1;
