import type { DataModel } from '../datamodel/tree.ts';
import type { Value } from '../schema/values.ts';
import type { Clock } from '../cwmp/clock.ts';
import type { AgentComponent } from './component.ts';

/**
 * The fallback for devices that cannot report changes: every `intervalMs`, handler-backed
 * parameters with notification on are read and compared with what was seen last. Store-backed
 * values never need it, and handlers that call `changed()` make it redundant.
 */
export class ChangePoller implements AgentComponent {
  private last = new Map<string, string>();
  private timer: unknown;

  constructor(
    private readonly tree: DataModel,
    private readonly clock: Clock,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    if (this.intervalMs <= 0) return;
    this.timer = this.clock.setTimeout(() => void this.poll().finally(() => this.start()), this.intervalMs);
  }

  stop(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
  }

  /** One round: returns the paths found changed (already recorded as pending changes). */
  async poll(): Promise<string[]> {
    const changed: string[] = [];
    for (const { path } of await this.tree.notifiedParameters({ handledOnly: true })) {
      let value: Value;
      try {
        value = await this.tree.readInternal(path);
      } catch {
        continue; // the object went away; its deletion is reported elsewhere
      }
      const seen = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
      const before = this.last.get(path);
      this.last.set(path, seen);
      if (before !== undefined && before !== seen) {
        await this.tree.changed(path);
        changed.push(path);
      }
    }
    return changed;
  }
}
