/**
 * The one error type the store throws. Callers branch on `code`; `errno` keeps the operating
 * system's reason (ENOSPC, EIO, EACCES …) so an operator sees why the disk said no.
 */
export type StoreErrorCode =
  /** The file (and its last good copy) cannot be used: torn, tampered with or invalid. */
  | 'corrupt'
  /** The file was written by newer software with a schema version this build cannot read. */
  | 'too-new'
  /** The operating system refused a read, write, sync or rename. */
  | 'io'
  /** The state directory cannot be created or written. */
  | 'not-writable'
  /** A document name that is not a plain file name. */
  | 'invalid-name'
  /** A value the document's spec rejects (it would not read back). */
  | 'invalid-value';

export interface StoreErrorOptions {
  /** The errno code of the underlying system error, e.g. 'ENOSPC'. */
  readonly errno?: string;
  /** The file or directory concerned. */
  readonly path?: string;
  readonly cause?: unknown;
}

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  readonly errno: string | undefined;
  readonly path: string | undefined;

  constructor(code: StoreErrorCode, message: string, options: StoreErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.errno = options.errno;
    this.path = options.path;
  }
}

/** The errno code ('ENOENT', 'ENOSPC' …) of a thrown system error, if it is one. */
export function errnoOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code: unknown = error.code;
  return typeof code === 'string' && code.startsWith('E') ? code : undefined;
}

/** A short reason for messages: the errno code, else the error's message. */
export function describe(error: unknown): string {
  return errnoOf(error) ?? (error instanceof Error ? error.message : String(error));
}

/** Wraps a system error as an 'io' StoreError; a StoreError passes through unchanged. */
export function ioError(what: string, path: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  return new StoreError('io', `${what} ${path}: ${describe(error)}`, { path, cause: error, errno: errnoOf(error) });
}
