/**
 * V8 settings for a process that holds a whole fleet. Set at run time, before the devices exist,
 * so they hold however the fleet is started (the installed command, `npm start`, tsx).
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Allocation-site pretenuring off. V8 watches which allocation sites make objects that survive
 * young-generation collections and from then on allocates theirs straight in the old space. A
 * device keeps what a session wrote until its next session, a minute later at 100,000 devices,
 * so the session code's sites all look long-lived; their short-lived objects then filled the old
 * space too (about 30 MB/s promoted at 1,100 sessions/s, a 2 s mark of the 1.8 GB old space every
 * 18 s): 1,068 sessions/s with pretenuring, 1,535 without it, same build and load
 * (BENCHMARKS.md, scale suite). The young generation sorts them out by itself.
 */
export function tuneHeapForFleet(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
