/**
 * The `live:` section of a device profile, once checked (live.ts): values that change by
 * themselves on the simulated device. Every behaviour derives from the device's seed and its
 * clock, so a run replays. Times are in seconds as written; paths are patterns (live-pattern.ts).
 */
import type { ProfileValue } from './types.ts';

/** Inclusive bounds; a single number in the file is [n, n]. Each device (and row) picks its own point. */
export type LiveRange = readonly [number, number];

/** Byte and packet counters: `rate` per second on average, each period ± `jitter` (0–1) of it. */
export interface CounterSpec {
  readonly path: string;
  readonly rate: number;
  readonly jitter: number;
}

/** A level that wanders around its mean (signal strength, noise, temperature): smooth noise. */
export interface SignalSpec {
  readonly path: string;
  /** The mean, or the range each device/row draws its own mean from. */
  readonly mean: LiveRange;
  /** How far it strays: the standard deviation of the noise. */
  readonly deviation: number;
  /** Seconds between independent noise points (the level moves smoothly in between). */
  readonly period: number;
}

/** Seconds since the device booted plus an offset (LastChange, an earlier boot); a dateTime names that moment. */
export interface ClockSpec {
  readonly path: string;
  readonly offset: LiveRange;
}

/** Values a random change draws from: a list, or every integer between two bounds. */
export type ChangeValues =
  | { readonly kind: 'list'; readonly items: readonly ProfileValue[] }
  | { readonly kind: 'range'; readonly min: number; readonly max: number };

/** A value that changes at random moments (`interval` seconds apart on average); notifications follow. */
export interface ChangeSpec {
  readonly path: string;
  readonly values: ChangeValues;
  readonly interval: number;
}

/** How one parameter of a row that joins gets its value; the same generator gives the same value in one row. */
export type FieldSpec =
  | { readonly kind: 'literal'; readonly value: ProfileValue }
  | { readonly kind: 'pick'; readonly items: readonly ProfileValue[] }
  /** A MAC address; its first three bytes from `prefixes`, or locally administered when none. */
  | { readonly kind: 'mac'; readonly prefixes: readonly string[] }
  /** An address of a pool; rows whose numbers are closer than the pool's size never share one. */
  | { readonly kind: 'ipv4'; readonly first: number; readonly size: number }
  /** `<prefix>-<4 hex digits>`. */
  | { readonly kind: 'hostname'; readonly prefixes: readonly string[] }
  | { readonly kind: 'range'; readonly min: number; readonly max: number }
  /** Seconds left of a lease of `period` seconds that renews (LeaseTimeRemaining). */
  | { readonly kind: 'countdown'; readonly period: number };

/** A table whose rows join and leave: the device adds and deletes them itself. */
export interface TableChurnSpec {
  /** The table, as `instances` keys name it, outer rows by number or '{i}': 'Device.Hosts.Host.'. */
  readonly table: string;
  readonly min: number;
  readonly max: number;
  /** Rows that never leave (the profile's wired devices, the gateway). */
  readonly keep: readonly number[];
  /** Mean seconds between joins, and between leaves. */
  readonly join: number;
  readonly leave: number;
  /** Parameters of a row that joins, relative to the row ('HostName', 'IPv4Address.1.IPAddress'). */
  readonly row: Readonly<Record<string, FieldSpec>>;
  /** Rows under a row that joins, relative to it, derived from `row`: 'IPv4Address.1.'. */
  readonly subRows: readonly string[];
}

export interface LiveSpec {
  /** Mixed with the serial number's hash into each device's seed (default 0). */
  readonly seed: number;
  readonly counters: readonly CounterSpec[];
  readonly signals: readonly SignalSpec[];
  readonly clocks: readonly ClockSpec[];
  readonly changes: readonly ChangeSpec[];
  readonly tables: readonly TableChurnSpec[];
}

export const NO_LIVE: LiveSpec = { seed: 0, counters: [], signals: [], clocks: [], changes: [], tables: [] };
