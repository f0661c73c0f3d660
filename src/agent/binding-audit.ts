import type { HandlerRegistry } from '../datamodel/handlers.ts';
import type { SchemaIndex } from '../datamodel/schema-index.ts';
import type { Logger } from '../log/logger.ts';

/** What the audit needs of a device: the tree's schema (supported items) and everything mounted. */
export interface AuditedDevice {
  readonly schema: SchemaIndex;
  /** Every schema path of the mounted models, supported or not. */
  readonly mountedPaths: ReadonlySet<string>;
  /** The mounted generated outputs, for the messages ('device-2, stb-service-1'). */
  readonly outputs: readonly string[];
  readonly profileName: string;
}

/**
 * Bindings that can never run: a handler for a path the mounted models do not have (a Device
 * handler on a TR-098 box, a path of another model version), or one the profile does not support
 * (its tree has only the supported items). One entry per binding, saying which and why.
 */
export function deadBindings(registry: HandlerRegistry, device: AuditedDevice): string[] {
  const out: string[] = [];
  for (const path of registry.boundPaths()) {
    if (device.schema.get(path) !== undefined) continue;
    out.push(
      device.mountedPaths.has(path)
        ? `${path} (profile '${device.profileName}' does not support it; add it to the profile's supported list)`
        : `${path} (not in the mounted models: ${device.outputs.join(', ')})`,
    );
  }
  return out;
}

/** Thrown when a start stops at bindings that can never run. */
export class DeadBindingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeadBindingError';
  }
}

/**
 * Stops a start with one line naming every dead binding, or with `allowUnbound` logs each at
 * WARN and lets the agent start.
 */
export function checkBindings(
  registry: HandlerRegistry,
  device: AuditedDevice,
  allowUnbound: boolean,
  log: Logger,
): void {
  const dead = deadBindings(registry, device);
  if (dead.length === 0) return;
  if (allowUnbound) {
    for (const d of dead) log.warn(`binding: a handler is bound to ${d}; it never runs`);
    return;
  }
  throw new DeadBindingError(
    `${dead.length === 1 ? 'a handler is' : `${dead.length} handlers are`} bound where none can run: ${dead.join('; ')}. ` +
      'Fix the bindings, or start with --allow-unbound (createAgent: allowUnbound: true) to only warn',
  );
}
