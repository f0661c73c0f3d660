import type { TimeWindow } from './transfer-queue.ts';

const WINDOW_MODES = new Set(['1 At Any Time', '2 Immediately', '3 When Idle', '4 Confirmation Needed']);

/** TR-069 A.4.1.8: one or two windows, each non-empty, in order, not overlapping, known modes. */
export function checkWindows(windows: readonly TimeWindow[]): string | undefined {
  if (windows.length < 1 || windows.length > 2) return 'TimeWindowList must hold one or two windows';
  for (const [i, w] of windows.entries()) {
    if (!(w.endAt > w.startAt)) return `window ${i + 1}: WindowEnd must be after WindowStart`;
    if (!WINDOW_MODES.has(w.mode))
      return `window ${i + 1}: WindowMode '${w.mode}' is not one of ${[...WINDOW_MODES].join(', ')}`;
    if (w.maxRetries < -1) return `window ${i + 1}: MaxRetries must be -1 or more`;
  }
  if (windows.length === 2 && windows[1]!.startAt < windows[0]!.endAt)
    return 'the second window must start after the first one ends';
  return undefined;
}
