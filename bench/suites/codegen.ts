import { join } from 'node:path';
import { median, timeCommand, type Row } from '../measure.ts';

/** Issue 2 targets: full regeneration, the 2.19 dump, and a typecheck of the whole project. */
export function codegenSuite(repo: string, runs: number): Row[] {
  const node = process.execPath;
  const tsx = ['--import', 'tsx', join(repo, 'codegen', 'main.ts')];
  const gen = timeCommand(node, tsx, runs);
  const dump = timeCommand(node, [...tsx, '--dump', 'tr-181-2-19-1-cwmp.xml'], runs);
  const tsc = timeCommand(
    join(repo, 'node_modules', '.bin', 'tsc'),
    ['--noEmit', '-p', join(repo, 'tsconfig.json')],
    runs,
  );
  const s = (x: number): number => Math.round(x * 100) / 100;
  return [
    {
      suite: 'codegen',
      name: 'npm run codegen (all of generated/)',
      value: s(median(gen.wall)),
      unit: 's',
      target: '<= 5 s',
      ok: median(gen.wall) <= 5,
    },
    {
      suite: 'codegen',
      name: 'npm run codegen, max RSS',
      value: Math.round(median(gen.rssMb)),
      unit: 'MB',
      target: '<= 1024 MB',
      ok: median(gen.rssMb) <= 1024,
    },
    {
      suite: 'codegen',
      name: '--dump tr-181-2-19-1-cwmp.xml (94 files)',
      value: s(median(dump.wall)),
      unit: 's',
      target: '<= 2 s',
      ok: median(dump.wall) <= 2,
    },
    {
      suite: 'codegen',
      name: 'tsc --noEmit, whole project',
      value: s(median(tsc.wall)),
      unit: 's',
      target: '<= 10 s',
      ok: median(tsc.wall) <= 10,
    },
  ];
}
