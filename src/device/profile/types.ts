/**
 * The device-profile format: what the embedded simulated device is (identity), which generated
 * models it mounts, which parts of them it implements, and the rows and values it boots with.
 * Profiles are YAML (or JSON) files read by load.ts; this file holds only the shapes.
 */
import type { PrimitiveType } from '../../schema/descriptor.ts';

import type { LiveSpec } from './live-spec.ts';

/** The generated root outputs a profile can stand on (generated/index.ts). */
export type RootOutput = 'device-2' | 'igd-1';
export const ROOT_OUTPUTS: readonly RootOutput[] = ['device-2', 'igd-1'];

export function isRootOutput(name: string): name is RootOutput {
  return (ROOT_OUTPUTS as readonly string[]).includes(name);
}

/** What the Inform's DeviceId and DeviceInfo report. */
export interface DeviceIdentity {
  manufacturer: string;
  /** Exactly six upper-case hex digits (TR-069 A.3.3.1 DeviceIdStruct OUI). */
  manufacturerOUI: string;
  productClass: string;
  serialNumber: string;
  modelName: string;
  description?: string;
  hardwareVersion: string;
  softwareVersion: string;
}

/** An initial value as written in the profile; the runtime converts it to the parameter's type. */
export type ProfileValue = string | number | boolean;

/**
 * A vendor item no generated model defines (TR-106 3.3: a name with an 'X_' segment), known only
 * from a device dump: a parameter's primitive type (served as its xsi:type), or an object.
 */
export interface VendorItemSpec {
  /** The parameter's type; absent for an object. */
  readonly type?: PrimitiveType;
  /** Parameter: the ACS may set it. Table: the ACS may add and delete rows. */
  readonly writable: boolean;
}

/** A notification attribute (TR-069 A.3.2.4): 0 off, 1 passive, 2 active. */
export type NotificationLevel = 0 | 1 | 2;

export interface DeviceProfile {
  name: string;
  identity: DeviceIdentity;
  root: RootOutput;
  /** Generated service outputs mounted under the root's Services object. */
  services: string[];
  /** Generated vendor overlay outputs whose items add to (or replace) a mounted output's. */
  overlays: string[];
  /**
   * What the device implements: 'X.Y.' (that whole subtree), 'X.Y.Z' (one parameter) or
   * 'profile:<Name>:<Version>' (a BBF profile of a mounted model, with its base/extends).
   * Object and parameter paths are schema paths in mounted form ('{i}' for instances).
   */
  supported: string[];
  /**
   * Initial table rows, keyed by the table path with concrete outer instances and no '{i}':
   * { 'Device.IP.Interface.': [1, 2], 'Device.IP.Interface.1.IPv4Address.': [1] }.
   */
  instances: Record<string, number[]>;
  /** Initial values by concrete parameter path. */
  values: Record<string, ProfileValue>;
  /** Vendor items no mounted model defines, by schema path ('{i}' for instances; objects end in '.'). */
  vendor?: Record<string, VendorItemSpec>;
  /** Notification attributes the device starts with, by concrete parameter path. */
  notifications?: Record<string, NotificationLevel>;
}

/**
 * A validated profile. `instances` also holds the default single row of every mounted service
 * table the file left out ('Device.Services.STBService.': [1]).
 */
export interface ResolvedProfile extends DeviceProfile {
  /**
   * The file's values plus the ones derived from what it mounts and declares (derived.ts:
   * RootDataModelVersion, DeviceSummary), so a tree seeded from them reports both.
   */
  values: Record<string, ProfileValue>;
  /**
   * Every supported schema path, mounted form ('Device.Services.STBService.{i}.Enable'), objects
   * and parameters: subtrees and BBF profiles expanded, every ancestor object of a supported item,
   * and the NumberOfEntries parameter of every supported table.
   */
  supportedPaths: ReadonlySet<string>;
  /** Values that change by themselves (the `live:` section, live-spec.ts); absent when the file has none. */
  live?: LiveSpec;
}
