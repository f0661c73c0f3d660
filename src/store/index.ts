/** Crash-safe persistence of named, versioned JSON documents in one state directory. */
export { type StoreErrorCode, type StoreErrorOptions, StoreError } from './errors.ts';
export { type FileStat, type FileSystem, nodeFileSystem } from './fs-layer.ts';
export { FILE_MODE, isTempFileName, writeFileAtomic } from './atomic-write.ts';
export { type DocumentSpec } from './document-spec.ts';
export { type DocumentStore } from './document-store.ts';
export { MemoryDocumentStore } from './memory-document-store.ts';
export { DIR_MODE } from './state-dir.ts';
export { type StateStoreOptions, StateStore } from './state-store.ts';
