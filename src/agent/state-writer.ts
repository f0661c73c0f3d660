import type { Logger } from '../log/logger.ts';
import type { DocumentSpec, DocumentStore } from '../store/index.ts';

/**
 * Persists the agent's documents through the store without letting a failing disk (ENOSPC,
 * EIO) take the agent down: the newest value of a document that could not be written stays in
 * memory and is written again on the next write or flush, so pending events, transfers and
 * values are kept while the process lives and reach the disk once it has room again.
 */
export class StateWriter {
  /** Documents that could not be written; made on the first failure. */
  private pending: Map<string, () => void> | undefined;

  constructor(
    private readonly store: DocumentStore,
    private readonly log: Logger,
  ) {}

  write<T>(name: string, spec: DocumentSpec<T>, value: T): void {
    this.attempt(name, () => this.store.write(name, spec, value));
    this.flush();
  }

  /** Retries every document still unwritten; true when none is left. */
  flush(): boolean {
    if (!this.pending) return true;
    for (const [name, write] of [...this.pending]) this.attempt(name, write);
    if (this.pending.size > 0) return false;
    this.pending = undefined;
    return true;
  }

  get unsaved(): readonly string[] {
    return [...(this.pending?.keys() ?? [])];
  }

  private attempt(name: string, write: () => void): void {
    const failing = this.pending?.has(name) === true;
    try {
      write();
      this.pending?.delete(name);
      if (failing) this.log.info(`state: ${name} saved again`);
    } catch (e) {
      (this.pending ??= new Map()).set(name, write);
      // One line per failure streak, not one per retry.
      if (!failing) this.log.error(`state: cannot save ${name} (${(e as Error).message}); kept in memory and retried`);
    }
  }
}
