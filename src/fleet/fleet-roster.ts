import type { DeviceTemplate } from './device-template.ts';
import type { ProfileGroup, Selector } from './scenario/scenario-types.ts';
import { shuffled, streamOf } from './scenario/seeded.ts';

export interface RosterOptions {
  /** Devices in the whole fleet (all shards), and this shard's numbers [first, last]. */
  count: number;
  first: number;
  last: number;
  serial: DeviceTemplate;
  /** The fleet's --profile: what a device no group takes runs. */
  defaultProfile: string;
  groups: readonly ProfileGroup[];
  seed: number;
}

/**
 * Who is who in a fleet: device numbers, serial numbers and profile groups, and the devices a
 * selector names. Computed over the whole fleet, not the shard: every shard agrees on which
 * device runs which profile and which share a step draws, and keeps those that are its own.
 */
export class FleetRoster {
  private readonly groupOf: Uint16Array;
  private bySerial: Map<string, number> | undefined;
  readonly profiles: readonly string[];

  constructor(readonly o: RosterOptions) {
    this.profiles = [o.defaultProfile, ...o.groups.map((g) => g.profile)];
    // Index into `profiles` per device number (0: the default).
    this.groupOf = new Uint16Array(o.count + 1);
    o.groups.forEach((g, i) => {
      for (const [a, b] of g.devices ?? []) for (let n = a; n <= Math.min(b, o.count); n++) this.groupOf[n] = i + 1;
    });
    // Share groups split the rest in a seeded order: exact counts, the same on every shard.
    const rest: number[] = [];
    for (let n = 1; n <= o.count; n++) if (this.groupOf[n] === 0) rest.push(n);
    const order = shuffled(rest, o.seed, streamOf('profiles'));
    let next = 0;
    o.groups.forEach((g, i) => {
      if (g.share === undefined) return;
      const take = Math.round(g.share * o.count);
      for (const n of order.slice(next, next + take)) this.groupOf[n] = i + 1;
      next += take;
    });
  }

  /** This shard's device numbers. */
  numbers(): number[] {
    return Array.from({ length: Math.max(0, this.o.last - this.o.first + 1) }, (_, i) => this.o.first + i);
  }

  serial(n: number): string {
    return this.o.serial(n);
  }

  /** The profile (as given: a name or a file) device n runs. */
  profileOf(n: number): string {
    return this.profiles[this.groupOf[n] ?? 0]!;
  }

  /** The device number of a serial number of the whole fleet. */
  numberOf(serial: string): number | undefined {
    if (!this.bySerial) {
      this.bySerial = new Map();
      for (let n = 1; n <= this.o.count; n++) this.bySerial.set(this.o.serial(n), n);
    }
    return this.bySerial.get(serial);
  }

  /** A problem with the selector for this fleet (a serial it does not have, an unknown profile), if any. */
  check(s: Selector): string | undefined {
    for (const [a, b] of s.serials ?? [])
      for (const serial of [a, b])
        if (this.numberOf(serial) === undefined)
          return `serial ${serial} is not in this fleet (${this.o.serial(1)} … ${this.o.serial(this.o.count)})`;
    for (const [a] of s.devices ?? [])
      if (a > this.o.count) return `device ${a} is not in this fleet of ${this.o.count}`;
    if (s.profile !== undefined && !this.profiles.includes(s.profile))
      return `no device runs profile '${s.profile}' (profiles: ${[...new Set(this.profiles)].join(', ')})`;
    return undefined;
  }

  /** The device numbers of this shard the selector names; a share is drawn from `stream`. */
  select(s: Selector, stream: number): number[] {
    const inRanges = (n: number, ranges: readonly (readonly [number, number])[]): boolean =>
      ranges.some(([a, b]) => n >= a && n <= b);
    const serialRanges = (s.serials ?? []).map(
      ([a, b]) => [this.numberOf(a) ?? Infinity, this.numberOf(b) ?? -Infinity] as const,
    );
    const matches = (n: number): boolean =>
      (s.devices === undefined || inRanges(n, s.devices)) &&
      (s.serials === undefined || inRanges(n, serialRanges)) &&
      (s.profile === undefined || this.profileOf(n) === s.profile);
    const inShard = (n: number): boolean => n >= this.o.first && n <= this.o.last;
    if (s.share === undefined) return this.numbers().filter(matches);
    const candidates: number[] = [];
    for (let n = 1; n <= this.o.count; n++) if (matches(n)) candidates.push(n);
    const take = Math.round(s.share * candidates.length);
    return shuffled(candidates, this.o.seed, stream)
      .slice(0, take)
      .filter(inShard)
      .sort((a, b) => a - b);
  }
}
