import { DataModel } from '../datamodel/tree.ts';
import type { TreeBase } from '../datamodel/instance-state.ts';
import { SchemaIndex } from '../datamodel/schema-index.ts';
import type { ResolvedProfile } from '../device/profile/types.ts';
import { mountedItems } from '../device/profile/mount.ts';
import { LiveValues } from '../device/simulated/live-values.ts';
import type { LiveDevice, LiveDeviceOptions } from '../device/simulated/live-device.ts';
import type { Clock } from '../cwmp/clock.ts';
import type { HandlerRegistry } from '../datamodel/handlers.ts';
import { simulatedTransfers } from '../device/simulated/simulated-transfers.ts';
import type { DeviceTransfers, DeviceTransfersContext } from '../device/transfers.ts';
import { schemaPathOf } from '../datamodel/paths.ts';
import type { Value } from '../schema/values.ts';
import { untypedSchemaItem } from '../datamodel/untyped.ts';
import { vendorItems } from '../device/profile/vendor.ts';

/** A device ready to run: its schema, and how to seed and bind a tree for it. */
export interface DeviceSetup {
  readonly schema: SchemaIndex;
  readonly profile: ResolvedProfile;
  /** The profile's rows and values (and identity): what a tree of this device starts from, shared. */
  readonly base: TreeBase;
  /** Every schema path of the mounted models, supported or not (the binding audit tells the two apart). */
  readonly mountedPaths: ReadonlySet<string>;
  /** The mounted generated outputs: root, services, overlays. */
  readonly outputs: readonly string[];
  /** Handlers every tree of this device shares (live values); give both to `new DataModel`. */
  readonly sharedHandlers: HandlerRegistry;
  /** Boots the device's live values and registers its own handlers (integrator bindings); again at each reboot. */
  bind(tree: DataModel): void;
  /**
   * The simulated device's random changes and churning tables for one tree, on the agent's clock
   * (an agent component: start, stop); `seed` replaces the profile's live seed.
   */
  live?(tree: DataModel, clock: Clock, options?: LiveDeviceOptions): LiveDevice;
  /** What the device does with downloaded files and what it uploads (the simulated device's own by default). */
  transfers?(ctx: DeviceTransfersContext): DeviceTransfers;
}

/** The embedded simulated device for a profile: supported items only, live values bound. */
export async function simulatedDevice(
  profile: ResolvedProfile,
  extraBind?: (tree: DataModel) => void,
): Promise<DeviceSetup> {
  const items = await mountedItems(profile.root, profile.services, profile.overlays);
  const vendor = vendorItems(profile.vendor ?? {}).map(untypedSchemaItem);
  const schema = new SchemaIndex([...items.filter((i) => profile.supportedPaths.has(i.meta.path)), ...vendor]);
  const live = new LiveValues(schema, profile.live);
  return {
    schema,
    profile,
    mountedPaths: new Set(items.map((i) => i.meta.path)),
    outputs: [profile.root, ...profile.services, ...profile.overlays],
    base: profileBase(schema, profile),
    sharedHandlers: live.handlers,
    bind: (tree) => {
      live.boot(tree);
      extraBind?.(tree);
    },
    live: (tree, clock, options) => live.attach(tree, clock, options),
    transfers: (ctx) => simulatedTransfers(ctx),
  };
}

const IDENTITY: Record<string, keyof ResolvedProfile['identity']> = {
  Manufacturer: 'manufacturer',
  ManufacturerOUI: 'manufacturerOUI',
  ProductClass: 'productClass',
  SerialNumber: 'serialNumber',
  ModelName: 'modelName',
  Description: 'description',
  HardwareVersion: 'hardwareVersion',
  SoftwareVersion: 'softwareVersion',
};

/** A device's factory state: the profile's rows and values, and its identity in DeviceInfo. */
export function profileBase(schema: SchemaIndex, p: ResolvedProfile): TreeBase {
  const tree = new DataModel(schema);
  const tables = Object.keys(p.instances).sort((a, b) => a.split('.').length - b.split('.').length || (a < b ? -1 : 1));
  for (const table of tables) for (const n of p.instances[table]!) tree.seedRow(table, n);
  const root = tree.schema.roots[0]?.path ?? 'Device.';
  const values: [string, unknown][] = Object.entries(p.values);
  for (const [name, key] of Object.entries(IDENTITY)) {
    const v = p.identity[key];
    if (v !== undefined) values.push([`${root}DeviceInfo.${name}`, v]);
  }
  for (const [path, raw] of values) {
    const node = tree.schema.get(schemaPathOf(path) ?? '');
    if (node?.kind !== 'parameter') continue;
    const r = node.validator.validateWire(String(raw));
    if (r.ok) tree.seedValue(path, r.value as Value);
  }
  const notifications = Object.entries(p.notifications ?? {});
  return notifications.length > 0 ? { ...tree.toBase(), notifications: new Map(notifications) } : tree.toBase();
}
