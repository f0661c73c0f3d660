/**
 * Child process of crash.test.ts (not a test itself): opens the store in argv[2], reports the
 * counter it finds ("ready <n>"), then writes n+1, n+2 …, printing each n once its write
 * returned, until the parent SIGKILLs it. The print is a synchronous write(2) to the pipe, so
 * every printed n was fully written before the next write began.
 */
import { writeSync } from 'node:fs';
import { StateStore } from '../../src/store/index.ts';
import { counterSpec, COUNTER } from './counter-spec.ts';

/** Synchronous, and throws EPIPE if the parent is gone (a stream write in a sync loop never would). */
const say = (line: string): void => void writeSync(1, `${line}\n`);
/** Never outlive a parent that died before it could kill us. */
const giveUpAt = Date.now() + 20_000;

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: crash-child.ts <state-dir>');
const store = StateStore.open(dir, { onWarning: (message) => process.stderr.write(`warning: ${message}\n`) });
let n = store.read(COUNTER, counterSpec)?.n ?? 0;
say(`ready ${n}`);
while (Date.now() < giveUpAt) {
  n++;
  store.write(COUNTER, counterSpec, { n, items: new Array<number>(1000).fill(n) });
  say(String(n));
}
