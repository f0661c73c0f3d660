import type { LogFields, Logger, LogLevel } from '../log/logger.ts';

/**
 * A fleet's log: thousands of devices hitting the same condition (an ACS outage, an unreachable
 * collector) would each write the same warning. The first device's line is written at once; the
 * same level and message from other devices within the window are counted, and one line at the
 * window's end says how many more devices logged it. Debug and info lines pass through as they are.
 */
export class CoalescingLog {
  private readonly seen = new Map<string, { level: LogLevel; msg: string; first: string; devices: Set<string> }>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly base: Logger,
    private readonly windowMs = 10_000,
  ) {
    this.timer = setInterval(() => this.flush(), windowMs);
    this.timer.unref();
  }

  /** The root logger to hand the fleet: its children are the devices' loggers. */
  get logger(): Logger {
    return this.make(this.base, {});
  }

  /** Writes the pending counts now (at stop, so that nothing counted is lost). */
  flush(): void {
    for (const { level, msg, first, devices } of this.seen.values()) {
      const more = devices.size - 1;
      if (more > 0)
        this.base[level](`${msg} (and ${more} more device${more === 1 ? '' : 's'} in ${this.windowMs / 1000} s)`, {
          first,
        });
    }
    this.seen.clear();
  }

  close(): void {
    clearInterval(this.timer);
    this.flush();
  }

  private make(target: Logger, bound: LogFields): Logger {
    return new DeviceLog(this, target, typeof bound['device'] === 'string' ? bound['device'] : undefined, bound);
  }

  /** First from any device in this window: write it; else count the device. */
  write(target: Logger, device: string | undefined, level: 'warn' | 'error', msg: string, fields?: LogFields): void {
    if (device === undefined) return target[level](msg, fields);
    const key = `${level} ${msg}`;
    const entry = this.seen.get(key);
    if (entry) {
      entry.devices.add(device);
      return;
    }
    this.seen.set(key, { level, msg, first: device, devices: new Set([device]) });
    target[level](msg, fields);
  }

  child(target: Logger, bound: LogFields, fields: LogFields): Logger {
    return this.make(target.child(fields), { ...bound, ...fields });
  }
}

/** One device's logger (a fleet makes one per device: a class, so its methods are shared). */
class DeviceLog implements Logger {
  constructor(
    private readonly owner: CoalescingLog,
    private readonly target: Logger,
    private readonly device: string | undefined,
    private readonly bound: LogFields,
  ) {}

  debug(msg: string, fields?: LogFields): void {
    this.target.debug(msg, fields);
  }

  info(msg: string, fields?: LogFields): void {
    this.target.info(msg, fields);
  }

  warn(msg: string, fields?: LogFields): void {
    this.owner.write(this.target, this.device, 'warn', msg, fields);
  }

  error(msg: string, fields?: LogFields): void {
    this.owner.write(this.target, this.device, 'error', msg, fields);
  }

  child(fields: LogFields): Logger {
    return this.owner.child(this.target, this.bound, fields);
  }
}
