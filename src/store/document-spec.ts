/**
 * What the store needs to know about one kind of document: its current schema version, how to
 * upgrade older payloads, and how to check a payload. Files are never silently reset, so a
 * schema change ships with a migration rather than a new file name.
 */
import { describe } from './errors.ts';

export interface DocumentSpec<T> {
  /** The schema version this build reads and writes (an integer from 1). */
  readonly version: number;
  /** `migrations[n]` turns a version-n payload into a version n+1 payload. */
  readonly migrations: Readonly<Record<number, (old: unknown) => unknown>>;
  /** Returns the payload typed if it is acceptable at `version`; throws (any error) if not. */
  readonly validate: (payload: unknown) => T;
}

export type Upgraded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** A spec with a nonsensical version is a programming error, not a store failure. */
export function checkSpec(spec: DocumentSpec<unknown>): void {
  if (!Number.isSafeInteger(spec.version) || spec.version < 1) {
    throw new RangeError(`DocumentSpec.version must be an integer >= 1, got ${spec.version}`);
  }
}

/**
 * Applies migrations[from], migrations[from + 1] … up to spec.version, in that order, then
 * validates. The caller has already refused a version newer than spec.version.
 */
export function upgrade<T>(spec: DocumentSpec<T>, from: number, payload: unknown): Upgraded<T> {
  let current = payload;
  for (let version = from; version < spec.version; version++) {
    const migrate = spec.migrations[version];
    if (migrate === undefined)
      return { ok: false, reason: `no migration from schema version ${version} to ${version + 1}` };
    try {
      current = migrate(current);
    } catch (error) {
      return {
        ok: false,
        reason: `migration from schema version ${version} to ${version + 1} failed (${describe(error)})`,
      };
    }
  }
  try {
    return { ok: true, value: spec.validate(current) };
  } catch (error) {
    return { ok: false, reason: `failed validation (${describe(error)})` };
  }
}
