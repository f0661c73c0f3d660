/**
 * Named, versioned JSON documents in one state directory. Each document is `<name>.json` (an
 * envelope, see envelope.ts) plus `<name>.json.bak`, the previous good version. Reads fall back
 * to the .bak with a warning when the main file is damaged; nothing is ever silently reset.
 * One StateStore (one process) per directory: open() sweeps temp files it assumes are leftovers.
 */
import * as path from 'node:path';
import { describe, errnoOf, ioError, StoreError } from './errors.ts';
import { type FileSystem, nodeFileSystem } from './fs-layer.ts';
import { syncDirectory, unlinkIfExists, writeFileAtomic } from './atomic-write.ts';
import { keepLastGood } from './backup.ts';
import { jsonText } from './json-text.ts';
import { type DocumentSpec, checkSpec, upgrade } from './document-spec.ts';
import type { DocumentStore } from './document-store.ts';
import { decodeEnvelope, encodeEnvelope } from './envelope.ts';
import { ensureDirectory, probeWritable, sweepTempFiles } from './state-dir.ts';

export interface StateStoreOptions {
  /** File-system calls; tests inject failures here. Defaults to node:fs. */
  readonly fs?: FileSystem;
  /** Told, in one line naming the file and the reason, when a damaged file is worked around. */
  readonly onWarning?: (message: string) => void;
}

/** No leading dot (temp files start with one), no separators: a plain, portable file name. */
const DOCUMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const SUFFIX = '.json';
const BACKUP_SUFFIX = '.bak';

type Loaded<T> =
  | { readonly kind: 'good'; readonly value: T; readonly bytes: Uint8Array }
  | { readonly kind: 'missing' }
  | { readonly kind: 'bad'; readonly reason: string };

export class StateStore implements DocumentStore {
  private constructor(
    /** Absolute path of the state directory. */
    readonly dir: string,
    private readonly fs: FileSystem,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * Opens (creating with mode 0700 if missing) a state directory; throws StoreError 'not-writable' if it cannot be
   * written.
   */
  static open(dir: string, options: StateStoreOptions = {}): StateStore {
    const fs = options.fs ?? nodeFileSystem;
    const absolute = path.resolve(dir);
    ensureDirectory(fs, absolute);
    probeWritable(fs, absolute);
    sweepTempFiles(fs, absolute);
    // Makes the sweep durable, and the last rename of a writer that died before its own
    // directory fsync.
    syncDirectory(fs, absolute);
    return new StateStore(absolute, fs, options.onWarning ?? (() => {}));
  }

  /**
   * The document migrated to spec.version and validated, or undefined if it was never written.
   * Throws StoreError 'too-new' for a file from newer software and 'corrupt' when neither the
   * file nor its last good copy is usable. Migration happens in memory; the next write saves it.
   */
  read<T>(name: string, spec: DocumentSpec<T>): T | undefined {
    checkSpec(spec);
    const { main, bak } = this.pathsOf(name);
    const first = this.load(main, name, spec);
    if (first.kind === 'good') return first.value;
    const second = this.load(bak, name, spec);
    if (first.kind === 'missing' && second.kind === 'missing') return undefined;
    if (second.kind === 'good') {
      this.warn(`state file ${main} ${explain(first)}; using the last good copy ${bak}`);
      return second.value;
    }
    throw new StoreError(
      'corrupt',
      `state file ${main} ${explain(first)} and its last good copy ${bak} ${explain(second)}; ` +
        'move it aside to start from factory defaults',
      { path: main },
    );
  }

  /**
   * Saves `value` as the document at spec.version, atomically, keeping the current good file as
   * the last good copy. Throws StoreError 'invalid-value' if the value would not read back,
   * 'too-new' rather than overwrite a newer file, 'io' when the disk refuses (the previous
   * content then stays readable).
   */
  write<T>(name: string, spec: DocumentSpec<T>, value: T): void {
    checkSpec(spec);
    const { main, bak } = this.pathsOf(name);
    const payload = toJsonData(value, main);
    try {
      spec.validate(payload); // What a later read will see, not the in-memory value.
    } catch (error) {
      throw new StoreError(
        'invalid-value',
        `refusing to write ${main}: the value fails validation (${describe(error)})`,
        { path: main, cause: error },
      );
    }
    const bytes = encodeEnvelope(name, spec.version, payload);
    const current = this.load(main, name, spec);
    if (current.kind === 'good') {
      if (Buffer.compare(current.bytes, bytes) === 0) return; // Unchanged: spare the flash a write.
      keepLastGood(this.fs, main, bak, current.bytes);
    } else if (current.kind === 'bad') {
      // Never rotate a damaged file into .bak: that would overwrite the copy a read falls back to.
      this.warn(`replacing state file ${main}, which ${explain(current)}; ${bak} left as it was`);
    }
    writeFileAtomic(this.fs, main, bytes);
  }

  /** Deletes the document and its last good copy; absent documents are fine. */
  remove(name: string): void {
    const { main, bak } = this.pathsOf(name);
    // .bak first: a crash in between must not leave a .bak that a read would resurrect.
    unlinkIfExists(this.fs, bak);
    unlinkIfExists(this.fs, main);
    syncDirectory(this.fs, this.dir);
  }

  /** Names of the documents present, sorted. */
  list(): string[] {
    let entries: string[];
    try {
      entries = this.fs.readdir(this.dir);
    } catch (error) {
      throw ioError('cannot list', this.dir, error);
    }
    return entries
      .filter((entry) => entry.endsWith(SUFFIX))
      .map((entry) => entry.slice(0, -SUFFIX.length))
      .filter((name) => DOCUMENT_NAME.test(name))
      .sort();
  }

  /** The main and backup file paths of a document. */
  pathsOf(name: string): { readonly main: string; readonly bak: string } {
    if (!DOCUMENT_NAME.test(name)) {
      throw new StoreError(
        'invalid-name',
        `invalid document name ${JSON.stringify(name)}: use letters, digits, '.', '_' and '-', not starting with '.'`,
      );
    }
    const main = path.join(this.dir, name + SUFFIX);
    return { main, bak: main + BACKUP_SUFFIX };
  }

  private load<T>(file: string, name: string, spec: DocumentSpec<T>): Loaded<T> {
    let bytes: Uint8Array;
    try {
      bytes = this.fs.readFile(file);
    } catch (error) {
      const errno = errnoOf(error);
      if (errno === 'ENOENT') return { kind: 'missing' };
      // A bad flash block is damage to this file only; the other copy lives in another inode.
      if (errno === 'EIO') return { kind: 'bad', reason: 'unreadable (EIO)' };
      throw ioError('cannot read', file, error);
    }
    const envelope = decodeEnvelope(bytes, name);
    if (!envelope.ok) return { kind: 'bad', reason: envelope.reason };
    if (envelope.version > spec.version) {
      throw new StoreError(
        'too-new',
        `state file ${file} has schema version ${envelope.version}, newer than version ${spec.version} supported here ` +
          '(written by newer software?); refusing to read or overwrite it',
        { path: file },
      );
    }
    const upgraded = upgrade(spec, envelope.version, envelope.payload);
    return upgraded.ok ? { kind: 'good', value: upgraded.value, bytes } : { kind: 'bad', reason: upgraded.reason };
  }
}

function explain(loaded: Loaded<unknown>): string {
  return loaded.kind === 'bad' ? `is unusable: ${loaded.reason}` : 'is missing';
}

/** The value as plain JSON data, exactly as it will be read back (Dates become strings …). */
function toJsonData(value: unknown, file: string): unknown {
  const data: unknown = JSON.parse(jsonText(value, `refusing to write ${file}`, file));
  return data;
}
