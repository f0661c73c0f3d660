import { describe, expect, it } from 'vitest';
import type { CollectedReport } from '../../src/bulkdata/report.ts';
import { MAX_RETAINED_REPORTS, RETAINED_DOC, afterFailure, retainLimit } from '../../src/bulkdata/retained-reports.ts';

const report = (at: number): CollectedReport => ({ at, entries: [['A.B', String(at), 'unsignedInt']] });

describe('retained failed reports (TR-181 NumberOfRetainedFailedReports)', () => {
  it('0 keeps none, N keeps the newest N, -1 as many as the device holds', () => {
    expect(retainLimit(0)).toBe(0);
    expect(retainLimit(3)).toBe(3);
    expect(retainLimit(-1)).toBe(MAX_RETAINED_REPORTS);
    expect(retainLimit(100_000)).toBe(MAX_RETAINED_REPORTS);
  });

  it('after a failed transfer the oldest reports go first', () => {
    const sent = [report(1), report(2), report(3), report(4)];
    expect(afterFailure(sent, 2).map((r) => r.at)).toEqual([3, 4]);
    expect(afterFailure(sent, 10).map((r) => r.at)).toEqual([1, 2, 3, 4]);
    expect(afterFailure(sent, 0)).toEqual([]);
  });

  it('the persisted document is checked: a damaged one is refused, so the store falls back to its last good copy', () => {
    const good = { profiles: { '1': { encoding: 'JSON', reports: [report(1)] } } };
    expect(RETAINED_DOC.validate(good)).toEqual(good);
    expect(() => RETAINED_DOC.validate({ profiles: { '1': { reports: [] } } })).toThrow(/encoding/);
    expect(() => RETAINED_DOC.validate({ profiles: { '1': { encoding: 'CSV', reports: [{}] } } })).toThrow(
      /at or entries/,
    );
    expect(() => RETAINED_DOC.validate([])).toThrow(/profiles/);
  });
});
