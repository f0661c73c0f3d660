/** Who changed a value: the ACS in a session, software on the box, or the device itself. */
export type ChangeOrigin = 'acs' | 'local' | 'device';

export interface PendingChange {
  readonly path: string;
  /** True when the parameter's notification is active (2): a session should start soon. */
  readonly active: boolean;
}

export type ActiveChangeListener = (path: string) => void;

const NO_LISTENERS: ActiveChangeListener[] = [];

/**
 * Pending value changes for the next Inform ("4 VALUE CHANGE"). Changes made by the ACS itself
 * are never queued (TR-069 A.3.2.1 / 3.2.1: the ACS knows what it set).
 */
export class ChangeTracker {
  /** Made on the first change: a device idle between Informs holds none. */
  private pending: Map<string, boolean> | undefined;
  private listeners: ActiveChangeListener[] = NO_LISTENERS;
  /** When each pending change was last recorded, in record order (see `mark`); made with `pending`. */
  private seq = 0;
  private recordedAt: Map<string, number> | undefined;

  record(path: string, notification: 0 | 1 | 2, origin: ChangeOrigin): void {
    if (origin === 'acs' || notification === 0) return;
    const pending = (this.pending ??= new Map());
    const active = notification === 2 || pending.get(path) === true;
    pending.set(path, active);
    (this.recordedAt ??= new Map()).set(path, ++this.seq);
    if (notification === 2) for (const l of this.listeners) l(path);
  }

  /** Drops a pending change, e.g. when the ACS sets the value itself or deletes the object. */
  forget(prefixOrPath: string): void {
    if (!this.pending) return;
    for (const k of [...this.pending.keys()])
      if (k === prefixOrPath || (prefixOrPath.endsWith('.') && k.startsWith(prefixOrPath))) {
        this.pending.delete(k);
        this.recordedAt?.delete(k);
      }
    this.dropEmpty();
  }

  get size(): number {
    return this.pending?.size ?? 0;
  }

  list(): PendingChange[] {
    if (!this.pending) return [];
    return [...this.pending].map(([path, active]) => ({ path, active })).sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  /** The point in the record sequence now: an Inform built after it reports what was recorded before. */
  mark(): number {
    return this.seq;
  }

  /**
   * Called once an Inform carrying these changes was acknowledged by the ACS. A change recorded
   * again after `upTo` (a `mark` taken before the Inform was built) is newer than the value the
   * Inform carried, and stays pending for the next one.
   */
  acknowledge(paths: readonly string[], upTo = Infinity): void {
    if (!this.pending) return;
    for (const p of paths) {
      if ((this.recordedAt?.get(p) ?? 0) > upTo) continue;
      this.pending.delete(p);
      this.recordedAt?.delete(p);
    }
    this.dropEmpty();
  }

  private dropEmpty(): void {
    if (this.pending?.size === 0) {
      this.pending = undefined;
      this.recordedAt = undefined;
    }
  }

  onActive(listener: ActiveChangeListener): () => void {
    this.listeners = [...this.listeners, listener];
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  restore(changes: readonly PendingChange[]): void {
    for (const c of changes) (this.pending ??= new Map()).set(c.path, c.active);
  }
}
