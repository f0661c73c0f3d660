import { describe, expect, it } from 'vitest';
import { createLogger, Redactor } from '../../src/log/logger.ts';
import { LogTail } from '../../src/log/log-tail.ts';

describe('logging', () => {
  it('redacts registered secrets from messages and fields at every level, in text and JSON', () => {
    for (const format of ['text', 'json'] as const) {
      const lines: string[] = [];
      const redactor = new Redactor();
      redactor.add('hunter2-secret');
      const log = createLogger({ level: 'debug', format, write: (l) => lines.push(l) }, redactor);
      log.debug('debug hunter2-secret');
      log.info('info', { password: 'hunter2-secret' });
      log.warn('warn Digest response="x" hunter2-secret');
      log.child({ device: 'hunter2-secret' }).error('child');
      expect(lines).toHaveLength(4);
      for (const l of lines) expect(l).not.toContain('hunter2-secret');
      expect(lines.join('\n')).toContain('***');
    }
  });

  it('ignores secrets too short to redact safely and respects the level', () => {
    const lines: string[] = [];
    const r = new Redactor();
    r.add('ab');
    r.add(undefined);
    const log = createLogger({ level: 'warn', write: (l) => lines.push(l) }, r);
    log.info('ab hidden by level');
    log.warn('ab stays');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('ab stays');
  });

  it('keeps a bounded tail of recent lines for log uploads', () => {
    const tail = new LogTail(100);
    for (let i = 0; i < 50; i++) tail.push(`line ${i}`);
    const text = tail.text();
    expect(text.length).toBeLessThanOrEqual(100 + 10);
    expect(text.endsWith('line 49\n')).toBe(true);
    expect(text).not.toContain('line 0\n');
  });
});
