import type { Value } from '../schema/values.ts';
import type { DataModelFault, ParameterFault } from './faults.ts';
import type { DataModel } from './tree.ts';

/** One entry of a set that passed the schema's checks: its concrete path and typed value. */
export interface CheckedEntry {
  readonly path: string;
  readonly value: Value;
}

/**
 * A rule a device adds to what its schema says: a value its capabilities do not list, an
 * interval below its minimum, a table beyond the number of rows it can run (e.g. TR-181 BulkData:
 * Protocol within Protocols, ReportingInterval >= MinReportingInterval, MaxNumberOfProfiles).
 * Rules are checked with the rest of a set or an AddObject, before anything is applied.
 */
export interface TreeRule {
  /** The faults of the entries this device refuses (TR-069 A.3.2.1: one per parameter). */
  checkSet?(entries: readonly CheckedEntry[], tree: DataModel): Promise<readonly ParameterFault[]>;
  /** The fault if this device cannot add a row to the table (e.g. 9004, resources exceeded). */
  checkAdd?(tablePath: string, tree: DataModel): Promise<DataModelFault | undefined>;
}
