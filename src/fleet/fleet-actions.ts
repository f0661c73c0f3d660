import { schemaPathOf } from '../datamodel/paths.ts';
import type { DeviceConditions } from './device-conditions.ts';
import type { Fleet } from './fleet.ts';
import type { FleetRoster } from './fleet-roster.ts';

export type ActionOutcome = { ok: true } | { ok: false; message: string };

const off = (serial: string): ActionOutcome => ({ ok: false, message: `${serial} is powered off` });

/**
 * What a scenario step or the control API does to one device, as the box itself or its user
 * would: a connection request as if the ACS made one, a change of a value by the device, a power
 * cycle or reboot (the device stops and boots again, "1 BOOT", state kept), the reset button.
 */
export class FleetActions {
  constructor(
    private readonly fleet: Fleet,
    private readonly roster: FleetRoster,
    private readonly conditions: DeviceConditions,
  ) {}

  /** As if the ACS's connection request reached the device; dropped while it is unreachable. */
  connectionRequest(serial: string): ActionOutcome {
    const agent = this.fleet.agent(serial);
    if (!agent) return off(serial);
    if (!this.conditions.reachable(serial)) return { ok: false, message: `${serial} is unreachable: request dropped` };
    agent.connectionRequest();
    return { ok: true };
  }

  /**
   * The device changes a value itself (a user, the network): checked against the parameter's type,
   * stored, and noted for the next Inform; active notification starts a "4 VALUE CHANGE" session.
   * `notify` first sets the parameter's notification, as an ACS would have.
   */
  async valueChange(
    serial: string,
    path: string,
    value: string,
    notify: 'active' | 'passive' | 'as-set',
  ): Promise<ActionOutcome> {
    const agent = this.fleet.agent(serial);
    if (!agent) return off(serial);
    const tree = agent.tree;
    const node = tree.schema.get(schemaPathOf(path) ?? '');
    if (node?.kind !== 'parameter' || !(await tree.locate(path)))
      return { ok: false, message: `${path} is not a parameter of ${serial}` };
    if (tree.handlers.parameter(node.path) !== undefined)
      return { ok: false, message: `${path} is a live value the device computes; choose a stored parameter` };
    const r = node.validator.validateWire(value);
    if (!r.ok) return { ok: false, message: `${path}: ${r.message}` };
    try {
      if (notify !== 'as-set') await tree.setAttributes([{ path, notification: notify === 'active' ? 2 : 1 }]);
    } catch (e) {
      return { ok: false, message: `${path}: ${(e as Error).message}` };
    }
    tree.seedValue(path, r.value);
    await tree.changed(path);
    return { ok: true };
  }

  /** Off, and on again after `offMs`: resolves once it is booting again. */
  async powerCycle(serial: string, offMs: number): Promise<ActionOutcome> {
    const n = this.roster.numberOf(serial);
    if (n === undefined || !(await this.fleet.powerOff(serial))) return off(serial);
    if (offMs > 0) await new Promise<void>((resolve) => this.fleet.clock.setTimeout(() => resolve(), offMs));
    await this.fleet.powerOn(n);
    return { ok: true };
  }

  /** The box reboots on its own ("1 BOOT", no "M Reboot": the ACS did not ask). */
  reboot(serial: string): Promise<ActionOutcome> {
    return this.powerCycle(serial, 0);
  }

  /** The reset button: back to the profile's factory state, then "0 BOOTSTRAP" and "1 BOOT". */
  async factoryReset(serial: string): Promise<ActionOutcome> {
    const agent = this.fleet.agent(serial);
    if (!agent) return off(serial);
    await agent.factoryReset();
    return { ok: true };
  }

  /** Powers on a device that is off (a scenario's boot step). */
  async powerOn(n: number): Promise<ActionOutcome> {
    await this.fleet.powerOn(n);
    return { ok: true };
  }
}
