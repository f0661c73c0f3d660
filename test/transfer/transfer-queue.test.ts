import { describe, expect, it } from 'vitest';
import { TransferQueue, type TransferJob, type TransferQueueState } from '../../src/transfer/transfer-queue.ts';

function job(id: string, o: Partial<TransferJob> = {}): TransferJob {
  return {
    id,
    origin: 'Download',
    commandKey: id,
    fileType: '1 Firmware Upgrade Image',
    url: 'http://x/fw',
    username: '',
    password: 'secret',
    fileSize: 0,
    targetFileName: '',
    dueAt: 0,
    state: 'queued',
    interrupted: 0,
    retries: 0,
    ...o,
  };
}

describe('TransferQueue', () => {
  it('persists every change and restores it', () => {
    const saved: TransferQueueState[] = [];
    const q = new TransferQueue((s) => saved.push(s));
    q.add(job('a'));
    q.update('a', { state: 'running', startTime: 't0' });
    expect(saved).toHaveLength(2);
    const again = new TransferQueue(() => undefined);
    again.restore(saved.at(-1)!);
    expect(again.list()).toEqual([expect.objectContaining({ id: 'a', state: 'running', startTime: 't0' })]);
  });

  it('runs one job at a time, the earliest due first', () => {
    const q = new TransferQueue(() => undefined);
    q.add(job('late', { dueAt: 500 }));
    q.add(job('early', { dueAt: 100 }));
    expect(q.due(50)).toBeUndefined();
    expect(q.nextDueAt()).toBe(100);
    expect(q.due(1000)?.id).toBe('early');
    q.update('early', { state: 'running' });
    expect(q.due(1000)).toBeUndefined();
  });

  it('cancels only what has not started (TR-069 A.4.1.7)', () => {
    const q = new TransferQueue(() => undefined);
    q.add(job('waiting'));
    q.add(job('busy', { state: 'running' }));
    q.add(job('self', { origin: 'Autonomous', commandKey: 'self' }));
    expect(q.cancel('waiting')).toBe('cancelled');
    expect(q.list().map((j) => j.id)).toEqual(['busy', 'self']);
    expect(q.cancel('busy')).toBe('in-progress');
    expect(q.cancel('nope')).toBe('unknown');
    expect(q.cancel('self')).toBe('unknown'); // the ACS cannot cancel what the device started
  });

  it('keeps a result until its TransferComplete is acknowledged, and forgets the password', () => {
    const q = new TransferQueue(() => undefined);
    q.add(job('a'));
    q.add(job('b'));
    q.finish('a', { faultCode: 0, faultString: '', startTime: 's', completeTime: 'c' });
    expect(q.pending().map((j) => j.id)).toEqual(['a']);
    expect(q.pending()[0]!.password).toBe('');
    q.acknowledged('a');
    expect(q.pending()).toEqual([]);
    expect(q.list().map((j) => j.id)).toEqual(['b']);
  });

  it('separates autonomous results from TransferCompletes', () => {
    const q = new TransferQueue(() => undefined);
    q.add(job('self', { origin: 'Autonomous', commandKey: '' }));
    q.finish('self', { faultCode: 0, faultString: '', startTime: 's', completeTime: 'c' });
    expect(q.pending()).toEqual([]);
    expect(q.pendingAutonomous().map((j) => j.id)).toEqual(['self']);
    q.acknowledged('');
    expect(q.pendingAutonomous()).toHaveLength(1);
    q.remove('self');
    expect(q.pendingAutonomous()).toEqual([]);
  });

  it('is full at its capacity of unfinished jobs', () => {
    const q = new TransferQueue(() => undefined, 2);
    q.add(job('a'));
    q.add(job('b', { state: 'done' }));
    expect(q.full).toBe(false);
    q.add(job('c'));
    expect(q.full).toBe(true);
  });

  it('a jump of the wall clock moves queued jobs and their windows with it, not running or finished ones', () => {
    const saved: unknown[] = [];
    const q = new TransferQueue((s) => saved.push(s));
    const window = { startAt: 5_000, endAt: 9_000, mode: '1 At Any Time', userMessage: '', maxRetries: 0 };
    q.add(job('queued', { dueAt: 1_000, windows: [{ ...window }] }));
    q.add(job('running', { dueAt: 1_000, state: 'running' }));
    const before = saved.length;
    q.shiftDeadlines(-3_600_000);
    const [a, b] = q.list();
    expect(a).toMatchObject({
      dueAt: 1_000 - 3_600_000,
      windows: [{ startAt: 5_000 - 3_600_000, endAt: 9_000 - 3_600_000 }],
    });
    expect(b!.dueAt).toBe(1_000);
    expect(saved.length).toBe(before + 1);
  });
});
