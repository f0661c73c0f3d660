import { isoSeconds } from '../common/date-time.ts';
import type { PrimitiveType } from '../schema/descriptor.ts';

/**
 * One reported parameter: the name the report shows (TR-069 Annex N.3.1: the full path, or the
 * profile's alternative Name with the wildcard instances and the partial path's remainder), its
 * value in wire form, and its TR-106 base type (a list is a string).
 */
export type ReportEntry = readonly [name: string, wire: string, type: PrimitiveType];

/** What one reporting interval collected; kept as is while the report waits to be retried. */
export interface CollectedReport {
  /** When the values were read, ms since the Unix epoch. */
  readonly at: number;
  readonly entries: readonly ReportEntry[];
}

/** JSONEncoding.ReportTimestamp and CSVEncoding.RowTimestamp (TR-181 BulkData). */
export type TimestampFormat = 'Unix-Epoch' | 'ISO-8601' | 'None';

/** The collection time as the encodings write it; undefined for "None" (no field at all). */
export function timestampOf(ms: number, format: TimestampFormat): { text: string; numeric: boolean } | undefined {
  if (format === 'None') return undefined;
  if (format === 'ISO-8601') return { text: isoSeconds(ms), numeric: false };
  return { text: String(Math.floor(ms / 1000)), numeric: true };
}
