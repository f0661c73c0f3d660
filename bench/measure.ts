import { spawnSync } from 'node:child_process';

export interface Row {
  suite: string;
  name: string;
  /** Median of the runs. */
  value: number;
  unit: string;
  /** The acceptance target, e.g. '<= 5 s'. */
  target: string;
  ok: boolean;
  note?: string;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** Runs a command `runs` times under GNU time; returns wall seconds and max RSS (MB) per run. */
export function timeCommand(
  cmd: string,
  args: readonly string[],
  runs: number,
  env: NodeJS.ProcessEnv = process.env,
): { wall: number[]; rssMb: number[] } {
  const wall: number[] = [];
  const rssMb: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], {
      env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const t1 = process.hrtime.bigint();
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
    wall.push(Number(t1 - t0) / 1e9);
    const kb = Number(r.stderr.trim().split('\n').at(-1));
    rssMb.push(kb / 1024);
  }
  return { wall, rssMb };
}
