/** One thing wrong with a profile file: where (a key path and, from YAML, its line) and why. */
export interface ProfileProblem {
  /** Dotted key path into the file: 'identity.manufacturerOUI', 'supported[3]', 'values.Device.X'. */
  readonly key: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** 1-based line in the file, when known. */
  readonly line?: number;
}

/**
 * Every problem found in one profile, reported together so an author fixes them in one pass
 * instead of one per run. The message has one `<file>:<line>: <key>: <problem>` line each.
 */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';

  constructor(
    readonly file: string,
    readonly problems: readonly ProfileProblem[],
  ) {
    const n = problems.length;
    const lines = problems.map(
      (p) => `  ${p.line === undefined ? file : `${file}:${p.line}`}: ${p.key === '' ? '' : `${p.key}: `}${p.message}`,
    );
    super(`invalid device profile ${file} (${n} problem${n === 1 ? '' : 's'}):\n${lines.join('\n')}`);
  }
}
