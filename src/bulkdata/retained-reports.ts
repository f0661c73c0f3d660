import type { DocumentSpec } from '../store/index.ts';
import type { CollectedReport } from './report.ts';

/**
 * How many failed reports a profile keeps when NumberOfRetainedFailedReports is -1 ("as many as
 * possible") or larger: the device's own bound on what it holds in memory and in its state.
 */
export const MAX_RETAINED_REPORTS = 64;

/** The failed reports of one profile and the EncodingType they were collected for. */
export interface RetainedReports {
  readonly encoding: string;
  readonly reports: readonly CollectedReport[];
}

/** The `bulkdata` document: retained reports by Profile instance number. */
export interface RetainedState {
  readonly profiles: Readonly<Record<string, RetainedReports>>;
}

export const RETAINED_DOC: DocumentSpec<RetainedState> = {
  version: 1,
  migrations: {},
  validate: (p) => {
    const o = p as { profiles?: unknown };
    if (typeof o !== 'object' || o === null || typeof o.profiles !== 'object' || o.profiles === null)
      throw new Error('bulkdata.profiles is not an object');
    for (const r of Object.values(o.profiles as Record<string, unknown>)) {
      const x = r as { encoding?: unknown; reports?: unknown };
      if (typeof x.encoding !== 'string' || !Array.isArray(x.reports))
        throw new Error('bulkdata.profiles[] lacks encoding or reports');
      for (const rep of x.reports as { at?: unknown; entries?: unknown }[])
        if (typeof rep.at !== 'number' || !Array.isArray(rep.entries))
          throw new Error('bulkdata.profiles[].reports[] lacks at or entries');
    }
    return p as RetainedState;
  },
};

/** NumberOfRetainedFailedReports as a count this device keeps: -1 is its own maximum. */
export function retainLimit(numberOfRetainedFailedReports: number): number {
  if (numberOfRetainedFailedReports < 0) return MAX_RETAINED_REPORTS;
  return Math.min(numberOfRetainedFailedReports, MAX_RETAINED_REPORTS);
}

/**
 * What stays after a transfer of `sent` (retained ones first, the current one last) failed
 * (TR-069 Annex N, failed reports): the newest `limit`, the oldest dropped first.
 */
export function afterFailure(sent: readonly CollectedReport[], limit: number): CollectedReport[] {
  return limit <= 0 ? [] : sent.slice(-limit);
}
