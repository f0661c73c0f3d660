/**
 * Child process of crash.test.ts (not a test itself): opens the store in argv[2], reports the
 * counter it finds ("ready <n>"), then writes n+1, n+2 … for ever, printing each n once its
 * write returned, until the parent SIGKILLs it. Pipe writes are synchronous on Linux, so every
 * printed n was fully written before the next write began.
 */
import { counterSpec, COUNTER } from './counter-spec.ts';
import { StateStore } from '../../src/store/index.ts';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: crash-child.ts <state-dir>');
const store = StateStore.open(dir, { onWarning: (message) => process.stderr.write(`warning: ${message}\n`) });
let n = store.read(COUNTER, counterSpec)?.n ?? 0;
process.stdout.write(`ready ${n}\n`);
for (;;) {
  n++;
  store.write(COUNTER, counterSpec, { n, items: new Array<number>(1000).fill(n) });
  process.stdout.write(`${n}\n`);
}
