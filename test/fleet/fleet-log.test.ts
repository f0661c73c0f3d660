import { afterEach, describe, expect, it } from 'vitest';
import { CoalescingLog } from '../../src/fleet/fleet-log.ts';
import { createLogger, type Logger } from '../../src/log/logger.ts';

describe('CoalescingLog', () => {
  let log: CoalescingLog | undefined;
  afterEach(() => log?.close());

  const make = (): { lines: string[]; root: Logger } => {
    const lines: string[] = [];
    const base = createLogger({ level: 'debug', write: (l) => lines.push(l.slice(25)), now: () => new Date(0) });
    log = new CoalescingLog(base, 60_000);
    return { lines, root: log.logger };
  };

  it('writes the first device’s warning at once and counts the same one from other devices', () => {
    const { lines, root } = make();
    for (const d of ['A', 'B', 'C', 'B']) root.child({ device: d }).warn('session: failed: ECONNREFUSED');
    root.child({ device: 'C' }).error('session: failed: ECONNREFUSED');
    expect(lines).toEqual([
      'WARN  session: failed: ECONNREFUSED device=A',
      'ERROR session: failed: ECONNREFUSED device=C',
    ]);
    log!.flush();
    expect(lines.slice(2)).toEqual(['WARN  session: failed: ECONNREFUSED (and 2 more devices in 60 s) first=A']);
    // A new window starts empty: the next device's line is written again.
    root.child({ device: 'D' }).warn('session: failed: ECONNREFUSED');
    expect(lines.at(-1)).toBe('WARN  session: failed: ECONNREFUSED device=D');
  });

  it('passes different messages, the fleet’s own lines, and debug and info lines through', () => {
    const { lines, root } = make();
    root.child({ device: 'A' }).warn('one');
    root.child({ device: 'B' }).warn('two');
    root.warn('fleet: a line of the fleet itself');
    root.warn('fleet: a line of the fleet itself');
    for (const d of ['A', 'B']) root.child({ device: d }).info('session: ok');
    expect(lines).toEqual([
      'WARN  one device=A',
      'WARN  two device=B',
      'WARN  fleet: a line of the fleet itself',
      'WARN  fleet: a line of the fleet itself',
      'INFO  session: ok device=A',
      'INFO  session: ok device=B',
    ]);
    log!.close();
    expect(lines).toHaveLength(6);
  });
});
