import { describe, expect, it } from 'vitest';
import { EventQueue, type EventQueueState } from '../../src/cwmp/event-queue.ts';

describe('EventQueue', () => {
  it('keeps single events once and multiple events once per CommandKey', () => {
    const q = new EventQueue();
    q.add('2 PERIODIC');
    q.add('2 PERIODIC');
    q.add('M ScheduleInform', 'a');
    q.add('M ScheduleInform', 'b');
    q.add('M ScheduleInform', 'a');
    q.add('3 SCHEDULED');
    q.add('0 BOOTSTRAP');
    expect(q.list().map((e) => `${e.code}/${e.commandKey}`)).toEqual([
      '0 BOOTSTRAP/',
      '2 PERIODIC/',
      'M ScheduleInform/a',
      'M ScheduleInform/b',
      '3 SCHEDULED/',
    ]);
  });

  it('clears Inform-completed events on InformResponse but keeps transfer events until TransferCompleteResponse', () => {
    const q = new EventQueue();
    q.add('1 BOOT');
    q.add('7 TRANSFER COMPLETE');
    q.add('M Download', 'fw1');
    q.add('M Upload', 'log1');
    q.complete(q.list(), 'inform');
    expect(q.list().map((e) => e.code)).toEqual(['7 TRANSFER COMPLETE', 'M Download', 'M Upload']);
    q.completeTransfer('fw1');
    expect(q.list().map((e) => `${e.code}/${e.commandKey}`)).toEqual(['M Upload/log1']);
  });

  it('drops CONNECTION REQUEST after a failed session and keeps the rest', () => {
    const q = new EventQueue();
    q.add('0 BOOTSTRAP');
    q.add('6 CONNECTION REQUEST');
    q.add('4 VALUE CHANGE');
    q.sessionFailed();
    expect(q.list().map((e) => e.code)).toEqual(['0 BOOTSTRAP', '4 VALUE CHANGE']);
  });

  it('keeps BOOTSTRAP, transfers and M Reboot across a restart, and drops stale events', () => {
    const saved: EventQueueState[] = [];
    const q = new EventQueue((s) => saved.push(s));
    for (const code of [
      '0 BOOTSTRAP',
      '1 BOOT',
      '2 PERIODIC',
      '4 VALUE CHANGE',
      '6 CONNECTION REQUEST',
      '8 DIAGNOSTICS COMPLETE',
      '7 TRANSFER COMPLETE',
    ] as const)
      q.add(code);
    q.add('M Reboot', 'r1');
    q.add('M Download', 'd1');
    const again = new EventQueue();
    again.restore(JSON.parse(JSON.stringify(saved.at(-1))) as EventQueueState);
    again.rebooted();
    expect(again.list().map((e) => e.code)).toEqual(['0 BOOTSTRAP', '7 TRANSFER COMPLETE', 'M Reboot', 'M Download']);
  });
});
