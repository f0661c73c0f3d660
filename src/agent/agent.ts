import type { Server } from 'node:net';
import { systemClock } from '../cwmp/clock.ts';
import type { EventQueue } from '../cwmp/event-queue.ts';
import { registerDeviceRpcs } from '../cwmp/rpc/device-rpcs.ts';
import { RpcDispatcher } from '../cwmp/rpc/dispatch.ts';
import {
  AutonomousTransferCompleteRequests,
  NO_TRANSFER_REPORTS,
  TransferCompleteRequests,
} from '../cwmp/transfer-complete-requests.ts';
import type { DataModel } from '../datamodel/tree.ts';
import type { AgentOptions } from './agent-options.ts';
import { type AgentStateDoc, freshAgentState } from './agent-state.ts';
import { agentComponents, type AgentComponents } from './components.ts';
import { startControlServer } from './control-server.ts';
import { openDeviceState } from './device-state.ts';
import { applyStartupSettings } from './seeded-settings.ts';
import { SessionLoop } from './session-loop.ts';
import type { TransferService } from './transfers.ts';

export type { AgentObserver, AgentOptions, SessionReport } from './agent-options.ts';

/**
 * One running device: its data-model tree with persisted state, its event queue, its components
 * (components.ts: transfers, diagnostics, reachability, XMPP …) and the session loop that opens
 * sessions (session-loop.ts). This class only wires them and runs the device-wide transitions:
 * start, stop, reboot and factory reset.
 */
export class Agent {
  readonly tree: DataModel;
  readonly events: EventQueue;
  readonly root: string;
  private rpc: RpcDispatcher | undefined;
  private readonly state: AgentStateDoc;
  private readonly parts: AgentComponents;
  private readonly loop: SessionLoop;
  private control: Server | undefined;

  constructor(private readonly opts: AgentOptions) {
    const clock = opts.clock ?? systemClock;
    const random = opts.random ?? Math.random;
    const device = openDeviceState(opts);
    ({ tree: this.tree, events: this.events, state: this.state } = device);
    const root = (this.root = opts.device.schema.roots[0]?.path ?? 'Device.');
    opts.device.bind(this.tree);
    // Fields named, not spread from `device`: one hidden class for every device (src/common/all-fields.ts).
    this.parts = agentComponents({
      tree: device.tree,
      events: device.events,
      store: device.store,
      writer: device.writer,
      state: device.state,
      udpReplay: device.udpReplay,
      opts,
      root,
      clock,
      random,
      trigger: (reason) => this.loop.trigger(reason),
      connectionRequest: () => this.loop.connectionRequest(),
      restart: (why) => this.restart(why),
      checkClock: () => this.loop.followClockJump(),
    });
    // Without transfer support the sources are empty, but they still settle stale completion events.
    this.loop = new SessionLoop({
      tree: device.tree,
      events: device.events,
      state: device.state,
      writer: device.writer,
      root,
      dispatcher: { dispatch: (request, ctx) => this.dispatcher.dispatch(request, ctx) },
      lifecycle: this.parts.lifecycle,
      requests: [
        new TransferCompleteRequests(this.parts.transfers ?? NO_TRANSFER_REPORTS, this.events),
        new AutonomousTransferCompleteRequests(this.parts.transfers ?? NO_TRANSFER_REPORTS, this.events, opts.log),
      ],
      acsUrl: opts.acsUrl,
      connect: opts.connect,
      maxMessageBytes: opts.maxMessageBytes,
      sessionTimeoutS: opts.sessionTimeoutS,
      observer: opts.observer,
      sessionSlot: opts.sessionSlot,
      log: opts.log,
      clock,
      random,
    });
  }

  /** The RPCs this device serves: made for the first ACS request (a fleet's idle devices never get one). */
  get dispatcher(): RpcDispatcher {
    if (this.rpc) return this.rpc;
    const rpc = (this.rpc = new RpcDispatcher());
    if (this.opts.rpcAround) rpc.wrap(this.opts.rpcAround);
    this.parts.lifecycle.rpcs(rpc);
    registerDeviceRpcs(rpc, {
      reboot: (commandKey) => this.reboot(commandKey),
      factoryReset: () => this.factoryReset(),
      scheduleInform: (delaySeconds, commandKey) => this.loop.scheduled.add(delaySeconds, commandKey),
    });
    return rpc;
  }

  /** A device-initiated download (local software asked for it); see TransferService.startAutonomous. */
  installAutonomously(url: string, fileType: string): ReturnType<TransferService['startAutonomous']> {
    const none = { ok: false, code: 9000, message: 'this device has no file-transfer support' } as const;
    return this.parts.transfers?.startAutonomous(url, fileType) ?? none;
  }

  async start(): Promise<void> {
    // First, before anything is written: the control socket answers for a live agent on this
    // state directory, whose documents this one would otherwise overwrite with its older view.
    if (this.opts.localControl !== false) {
      this.control = await startControlServer(this.opts.stateDir, this.tree, {
        install: (url, fileType) => this.installAutonomously(url, fileType),
        changed: () => {
          void this.loop.localChange();
          void this.parts.bulkData?.follow();
        },
      });
    }
    try {
      await this.boot();
    } catch (e) {
      await this.closeControl();
      throw e;
    }
  }

  /** The order of the phases is in components.ts; this is what happens around them. */
  private async boot(): Promise<void> {
    // Start-up settings seed ManagementServer; what the ACS changed since wins (seeded-settings.ts).
    const s = this.state.value;
    s.seeded = applyStartupSettings(this.tree, this.root, this.opts, s.seeded, this.opts.log);
    this.events.rebooted();
    // BOOTSTRAP on first contact with this ACS, or after the URL changed (TR-069 3.2.1).
    await this.loop.followAcsUrl();
    this.events.add('1 BOOT');
    await this.parts.lifecycle.run('boot');
    this.loop.open();
    this.state.value.profile = this.opts.profileName;
    this.state.save();
    await this.parts.lifecycle.run('start');
    this.loop.schedule(0);
  }

  private async closeControl(): Promise<void> {
    const control = this.control;
    this.control = undefined;
    await new Promise<void>((resolve) => (control ? control.close(() => resolve()) : resolve()));
  }

  async stop(): Promise<void> {
    this.loop.stop();
    await this.parts.lifecycle.run('stop');
    await this.loop.idle();
    await this.closeControl();
  }

  /** Asks for a session as soon as possible (connection request, active notification). */
  trigger(reason: string): void {
    this.loop.trigger(reason);
  }

  /** As if an authenticated connection request arrived ("6 CONNECTION REQUEST"). */
  connectionRequest(): void {
    this.loop.connectionRequest();
  }

  /**
   * Reboot (TR-069 A.3.2.9) and FactoryReset (A.4.1.4) run after the session that asked for them.
   * With an `onReboot` hook the real box reboots (events are persisted first); without one the
   * simulated device restarts in place.
   */
  private async reboot(commandKey: string): Promise<void> {
    this.events.add('M Reboot', commandKey);
    await this.restart('Reboot');
  }

  /** A reboot of the box; the simulated device restarts in place (boot events, live values, staged firmware). */
  private async restart(why: string): Promise<void> {
    if (this.opts.onReboot) return this.opts.onReboot();
    this.opts.log.info(`agent: simulated reboot (${why})`);
    this.events.rebooted();
    this.events.add('1 BOOT');
    this.opts.device.bind(this.tree); // live values restart: UpTime from 0
    await this.parts.transfers?.boot();
    this.loop.trigger('boot');
  }

  /** FactoryReset (TR-069 A.4.1.4) after the ACS's session, or the box's reset button (fleet control). */
  async factoryReset(): Promise<void> {
    if (this.opts.onFactoryReset) await this.opts.onFactoryReset();
    this.opts.log.info('agent: factory reset');
    this.parts.diagnostics.stop();
    this.tree.restore({ values: {}, tables: {}, attributes: {}, writtenOnce: [] }); // back to the profile's base
    // The factory state is the profile plus the start-up settings: seed them all again.
    this.state.value.seeded = applyStartupSettings(this.tree, this.root, this.opts, {}, this.opts.log);
    await this.parts.xmpp?.start();
    this.events.clear();
    this.parts.transfers?.clear();
    this.state.value = { ...freshAgentState(), profile: this.opts.profileName, seeded: this.state.value.seeded };
    this.state.save();
    this.parts.http?.renewToken(this.state.value.connectionRequestToken);
    this.events.add('0 BOOTSTRAP');
    this.events.add('1 BOOT');
    this.opts.device.bind(this.tree);
    this.loop.trigger('factory reset');
  }
}
