import type { DocumentSpec } from './document-spec.ts';

/**
 * Where a device keeps its named, versioned documents: a state directory on disk (StateStore,
 * crash-safe) or memory (MemoryDocumentStore, a fleet's in-memory devices).
 */
export interface DocumentStore {
  /** The document migrated to spec.version and validated, or undefined if it was never written. */
  read<T>(name: string, spec: DocumentSpec<T>): T | undefined;
  /** Saves `value` as the document; throws a StoreError when it cannot. */
  write<T>(name: string, spec: DocumentSpec<T>, value: T): void;
}
