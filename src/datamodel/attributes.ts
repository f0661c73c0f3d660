import type { ParameterMeta } from '../schema/descriptor.ts';
import { DataModelFault, FAULT } from './faults.ts';

export type Notification = 0 | 1 | 2;

export interface ParameterAttributes {
  /** 0 off, 1 passive, 2 active (TR-069 A.3.2.4). */
  readonly notification: Notification;
  /** Who besides the ACS may write: only "Subscriber" is defined (TR-069 A.3.2.4). */
  readonly accessList: readonly string[];
}

const DEFAULT_ACCESS_LIST: readonly string[] = [];
const NO_ENTRIES: ReadonlyMap<string, ParameterAttributes> = new Map();
const NO_NOTIFICATIONS: ReadonlyMap<string, Notification> = new Map();

/**
 * Parameter attributes by concrete path; absent entries take the profile's notification (the
 * base, shared by every tree of the profile), else the model's default.
 */
export class AttributeStore {
  /** Made on the first attribute set: most parameters keep their defaults. */
  private own: Map<string, ParameterAttributes> | undefined;
  /** Moves with every change of the entries (what was derived from them is stale). */
  version = 0;

  /** Every attribute set, by concrete path. */
  get entries(): ReadonlyMap<string, ParameterAttributes> {
    return this.own ?? NO_ENTRIES;
  }

  constructor(readonly base: ReadonlyMap<string, Notification> = NO_NOTIFICATIONS) {}

  get(path: string, meta: ParameterMeta): ParameterAttributes {
    const a = this.own?.get(path);
    // forceEnabled is always active; forceDefaultEnabled starts active (TR-106 activeNotify).
    if (meta.activeNotify === 'forceEnabled')
      return { notification: 2, accessList: a?.accessList ?? DEFAULT_ACCESS_LIST };
    if (a) return a;
    const b = this.base.get(path);
    if (b !== undefined) return { notification: b, accessList: DEFAULT_ACCESS_LIST };
    return { notification: meta.activeNotify === 'forceDefaultEnabled' ? 2 : 0, accessList: DEFAULT_ACCESS_LIST };
  }

  /**
   * Checks a requested notification against the parameter's activeNotify (9009 on refusal):
   * forceEnabled cannot be turned off, and canDeny parameters refuse active notification.
   */
  static check(path: string, meta: ParameterMeta, notification: Notification): DataModelFault | undefined {
    if (meta.activeNotify === 'forceEnabled' && notification !== 2) {
      return new DataModelFault(
        FAULT.notificationRequestRejected,
        `${path} always notifies actively; notification ${notification} refused`,
      );
    }
    if (meta.activeNotify === 'canDeny' && notification === 2) {
      return new DataModelFault(FAULT.notificationRequestRejected, `${path} does not support active notification`);
    }
    return undefined;
  }

  set(path: string, attrs: ParameterAttributes): void {
    this.version += 1;
    (this.own ??= new Map()).set(path, attrs);
  }

  removeUnder(prefix: string): void {
    if (!this.own) return;
    for (const k of [...this.own.keys()])
      if (k.startsWith(prefix)) {
        this.own.delete(k);
        this.version += 1;
      }
  }

  clear(): void {
    this.version += 1;
    this.own = undefined;
  }
}
