import type { DocumentSpec } from './document-spec.ts';
import { checkSpec, upgrade } from './document-spec.ts';
import type { DocumentStore } from './document-store.ts';
import { StoreError } from './errors.ts';
import { jsonText } from './json-text.ts';

/**
 * Documents kept as their JSON text in memory, for devices whose state outlives nothing but a
 * power cycle inside the process (`fleet --memory`). What the file store does for a power cut
 * (envelope, checksum, last good copy, atomic rename, read-back) protects nothing here and cost
 * a 100,000-device fleet about a sixth of its CPU; what stays is the contract: a value is saved
 * as JSON and comes back through the spec's migrations and validation, and a value that is not
 * JSON is refused when written. One small string per document.
 */
export class MemoryDocumentStore implements DocumentStore {
  private readonly docs = new Map<string, { version: number; text: string }>();

  read<T>(name: string, spec: DocumentSpec<T>): T | undefined {
    checkSpec(spec);
    const doc = this.docs.get(name);
    if (doc === undefined) return undefined;
    const upgraded = upgrade(spec, doc.version, JSON.parse(doc.text));
    if (!upgraded.ok) throw new StoreError('corrupt', `in-memory document ${name} ${upgraded.reason}`, { path: name });
    return upgraded.value;
  }

  write<T>(name: string, spec: DocumentSpec<T>, value: T): void {
    checkSpec(spec);
    const text = jsonText(value, `refusing to keep ${name}`, name);
    this.docs.set(name, { version: spec.version, text });
  }

  /** Names of the documents kept, sorted. */
  list(): string[] {
    return [...this.docs.keys()].sort();
  }
}
