/** Who changed a value: the ACS in a session, software on the box, or the device itself. */
export type ChangeOrigin = 'acs' | 'local' | 'device';

export interface PendingChange {
  readonly path: string;
  /** True when the parameter's notification is active (2): a session should start soon. */
  readonly active: boolean;
}

export type ActiveChangeListener = (path: string) => void;

/**
 * Pending value changes for the next Inform ("4 VALUE CHANGE"). Changes made by the ACS itself
 * are never queued (TR-069 A.3.2.1 / 3.2.1: the ACS knows what it set).
 */
export class ChangeTracker {
  private pending = new Map<string, boolean>();
  private listeners: ActiveChangeListener[] = [];

  record(path: string, notification: 0 | 1 | 2, origin: ChangeOrigin): void {
    if (origin === 'acs' || notification === 0) return;
    const active = notification === 2 || this.pending.get(path) === true;
    this.pending.set(path, active);
    if (notification === 2) for (const l of this.listeners) l(path);
  }

  /** Drops a pending change, e.g. when the ACS sets the value itself or deletes the object. */
  forget(prefixOrPath: string): void {
    for (const k of [...this.pending.keys()])
      if (k === prefixOrPath || (prefixOrPath.endsWith('.') && k.startsWith(prefixOrPath))) this.pending.delete(k);
  }

  list(): PendingChange[] {
    return [...this.pending].map(([path, active]) => ({ path, active })).sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  /** Called once an Inform carrying these changes was acknowledged by the ACS. */
  acknowledge(paths: readonly string[]): void {
    for (const p of paths) this.pending.delete(p);
  }

  onActive(listener: ActiveChangeListener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  restore(changes: readonly PendingChange[]): void {
    for (const c of changes) this.pending.set(c.path, c.active);
  }
}
