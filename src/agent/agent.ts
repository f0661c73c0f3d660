import { randomBytes } from 'node:crypto';
import { DataModel } from '../datamodel/tree.ts';
import { SchemaIndex } from '../datamodel/schema-index.ts';
import { EventQueue } from '../cwmp/event-queue.ts';
import { RpcDispatcher } from '../cwmp/rpc/dispatch.ts';
import { runSession, type SessionConnection } from '../cwmp/session.ts';
import { retryDelayMs } from '../cwmp/retry-policy.ts';
import { nextPeriodicInform } from '../cwmp/periodic-schedule.ts';
import { systemClock, type Clock } from '../cwmp/clock.ts';
import { WallClockWatch } from '../cwmp/clock-watch.ts';
import { cwmpFault } from '../cwmp/rpc/fault.ts';
import { StateStore, type FileSystem } from '../store/index.ts';
import { StateWriter } from './state-writer.ts';
import type { Logger } from '../log/logger.ts';
import type { Value } from '../schema/values.ts';
import { AGENT_DOC, EVENTS_DOC, TREE_DOC, UDP_REPLAY_DOC, type AgentState } from './persisted.ts';
import type { DeviceSetup } from './device-setup.ts';
import { startControlServer } from './control-server.ts';
import type { Server } from 'node:net';
import { ChangePoller } from './change-poller.ts';
import { Reachability } from './reachability.ts';
import type { ConnectionRequestServer } from '../nat/connection-request-server.ts';
import type { UdpConnectionRequestListener, UdpReplayState } from '../nat/udp-connection-request.ts';
import type { XmppTrust } from '../nat/xmpp-tls.ts';
import { XmppBinding } from './xmpp-binding.ts';
import { TransferService } from './transfers.ts';
import { DiagnosticsService, type DiagnosticSpec } from './diagnostics.ts';
import { diagnosticSpecs } from '../device/diagnostics.ts';
import { UdpEchoConfigBinding } from './udp-echo-config.ts';
import { setParameterValues } from '../cwmp/rpc/data-model-rpcs.ts';
import type { TransferTls } from '../transfer/transfer-options.ts';
import { applyXmppQuickSetup, type XmppQuickSetup } from './xmpp-quick-setup.ts';
import { seedDecisions } from './seeded-settings.ts';

export interface AgentOptions {
  stateDir: string;
  /**
   * Where downloads and the simulated device's files (firmware slots, imported files) go;
   * default: the state directory. Fleet mode with in-memory state points it at a scratch folder.
   */
  filesDir?: string;
  /** This device's identity where it differs from the profile's (fleet mode: serial templates). */
  identity?: { serialNumber?: string; manufacturerOUI?: string; productClass?: string };
  /** Profile name or file, remembered for offline local control. */
  profileName: string;
  /** The filesystem under the state store (tests inject faults such as ENOSPC). */
  fs?: FileSystem;
  /** Open the local-control socket in the state directory (default true). */
  localControl?: boolean;
  /** Polling fallback for handler-backed parameters with notification on; 0 turns it off. */
  pollIntervalMs?: number;
  /** Reboots the real box; without it a Reboot restarts the simulated device in place. */
  onReboot?: () => Promise<void>;
  /** Wipes the real box's own configuration before the agent resets its state. */
  onFactoryReset?: () => Promise<void>;
  device: DeviceSetup;
  acsUrl: string;
  acsUsername?: string | undefined;
  acsPassword?: string | undefined;
  crUsername?: string | undefined;
  crPassword?: string | undefined;
  periodicInformInterval?: number | undefined;
  maxMessageBytes: number;
  /** How long the transport waits for the ACS (announced in the Inform's SessionTimeout header). */
  sessionTimeoutS?: number;
  /** Opens the HTTP connection of one session (src/transport in production). */
  connect(url: string, username: string | undefined, password: string | undefined): SessionConnection;
  /**
   * The HTTP connection-request listener (TR-069 3.2.2): its port (0 picks a free one) and the
   * host to advertise in ConnectionRequestURL (default: the local address towards the ACS).
   */
  connectionRequests?: { port: number; advertiseHost?: string | undefined; bindHost?: string; shared?: ConnectionRequestServer };
  /**
   * UDP connection requests (TR-111): the port; UDPConnectionRequestAddress advertises it. With
   * `shared` (fleet mode) the device attaches to a socket many devices use, and runs no STUN.
   */
  udpConnectionRequests?: { port: number; advertiseHost?: string; shared?: UdpConnectionRequestListener };
  /** Told how each session went (fleet mode's live view and metrics). */
  observer?: AgentObserver;
  /**
   * XMPP connection requests (TR-069 Annex K), driven by ManagementServer.ConnReqXMPPConnection;
   * `quickSetup` (the --xmpp-* settings) fills that configuration in at start-up.
   */
  xmpp?: { trust: XmppTrust; quickSetup?: XmppQuickSetup | undefined };
  /**
   * Download/Upload file servers: https trust (the ACS's), the largest Download accepted, and the
   * memory one download's body may take (default 4 MiB; a fleet gives each device less).
   */
  transfers?: { tls: TransferTls; maxBytes?: number; ringBytes?: number; checkpointBytes?: number; durable?: boolean };
  /** The agent's recent log lines, for "2 Vendor Log File" uploads. */
  logText?: () => string;
  /** TR-143 diagnostics this device runs (the real measurements, or an integrator's). */
  diagnostics?: readonly DiagnosticSpec[];
  log: Logger;
  clock?: Clock;
  random?: () => number;
}

export interface SessionReport {
  ok: boolean;
  /** Wall time from opening the connection to the end of the session. */
  ms: number;
  /** CWMP faults this device answered the ACS's requests with. */
  faults: number;
  /** This session retries a failed one. */
  retry: boolean;
  reason?: string;
}

export interface AgentObserver {
  sessionEnded(r: SessionReport): void;
}

/**
 * One running device: its data-model tree with persisted state, its event queue, and the loop
 * that opens sessions on boot, on periodic and scheduled Informs, on active notifications and
 * on connection requests, retrying failed sessions by the TR-069 backoff.
 */
export class Agent {
  readonly tree: DataModel;
  readonly events: EventQueue;
  readonly dispatcher = new RpcDispatcher();
  readonly root: string;
  private readonly store: StateStore;
  private readonly writer: StateWriter;
  private state: AgentState;
  /** UDP connection-request replay state, as last saved. */
  private udpReplay: UdpReplayState | undefined;
  private readonly clock: Clock;
  private readonly random: () => number;
  private timer: unknown;
  private running = false;
  private busy = false;
  private again = false;
  /** A connection request was accepted while a session ran: one more session follows it. */
  private requestedDuringSession = false;
  private lastInform = 0;
  /** When the next periodic Inform is due, as planned after the last session. */
  private periodicDue: number | undefined;
  /** A failed session is retried even when no event is left to deliver. */
  private retryPending = false;
  private stopped = false;
  private control: Server | undefined;
  private ticking: Promise<void> = Promise.resolve();
  private readonly reachability: Reachability;
  private poller: ChangePoller | undefined;
  private xmpp: XmppBinding | undefined;
  private readonly transfers: TransferService | undefined;
  private readonly diagnostics: DiagnosticsService;
  private readonly udpEcho: UdpEchoConfigBinding;
  private lastActiveSession = 0;
  private readonly clockWatch: WallClockWatch;

  constructor(private readonly opts: AgentOptions) {
    this.clock = opts.clock ?? systemClock;
    this.random = opts.random ?? Math.random;
    this.clockWatch = new WallClockWatch(this.clock);
    this.store = StateStore.open(opts.stateDir, { onWarning: (m) => opts.log.warn(m), ...(opts.fs ? { fs: opts.fs } : {}) });
    this.writer = new StateWriter(this.store, opts.log);
    const schema: SchemaIndex = opts.device.schema;
    this.root = schema.roots[0]?.path ?? 'Device.';
    this.tree = new DataModel(schema, { base: opts.device.base, sharedHandlers: opts.device.sharedHandlers, onCommit: (s) => this.writer.write('datamodel', TREE_DOC, s) });
    this.events = new EventQueue((s) => this.writer.write('events', EVENTS_DOC, s));
    this.reachability = new Reachability({
      tree: this.tree, root: this.root, acsUrl: opts.acsUrl, http: opts.connectionRequests, udp: opts.udpConnectionRequests,
      onRequest: () => this.connectionRequest(), log: opts.log, random: this.random,
      // A datagram captured before a restart stays refused after it (TR-111 2.2.2).
      udpReplay: {
        load: () => this.udpReplay,
        save: (s) => {
          this.udpReplay = s;
          this.writer.write('udp-replay', UDP_REPLAY_DOC, s);
        },
      },
    });

    const saved = this.store.read('datamodel', TREE_DOC);
    if (saved) this.tree.restore(saved);
    const events = this.store.read('events', EVENTS_DOC);
    if (events) this.events.restore(events);
    this.udpReplay = this.store.read('udp-replay', UDP_REPLAY_DOC);
    this.state = this.store.read('agent', AGENT_DOC) ?? {
      bootstrappedUrl: undefined, connectionRequestToken: randomBytes(12).toString('hex'), retryCount: 0, scheduledInforms: [],
    };
    opts.device.bind(this.tree);
    const files = opts.filesDir ?? opts.stateDir;
    const device = opts.device.transfers?.({ stateDir: files, tree: this.tree, root: this.root, logText: opts.logText ?? (() => '') });
    if (device) {
      this.transfers = new TransferService({
        stateDir: files, store: this.store, writer: this.writer, events: this.events, device, tls: opts.transfers?.tls ?? {},
        maxBytes: opts.transfers?.maxBytes ?? 1024 * 2 ** 20, log: opts.log, clock: this.clock,
        ...(opts.transfers?.ringBytes !== undefined ? { ringBytes: opts.transfers.ringBytes } : {}),
        ...(opts.transfers?.checkpointBytes !== undefined ? { checkpointBytes: opts.transfers.checkpointBytes } : {}),
        ...(opts.transfers?.durable !== undefined ? { durable: opts.transfers.durable } : {}),
        trigger: (reason) => this.trigger(reason), reboot: () => this.restart('firmware install'), checkClock: () => this.followClockJump(),
        reportAutonomous: (j) => this.autonomousPolicyAllows(j),
      });
      this.transfers.install(this.dispatcher);
    }
    this.diagnostics = new DiagnosticsService({
      tree: this.tree, root: this.root, events: this.events, log: opts.log, specs: opts.diagnostics ?? diagnosticSpecs(), trigger: (reason) => this.trigger(reason),
    });
    this.udpEcho = new UdpEchoConfigBinding(this.tree, this.root, opts.log);
    this.installRpcs();
  }

  private saveState(): void {
    this.writer.write('agent', AGENT_DOC, this.state);
  }

  private path(rel: string): string {
    return `${this.root}${rel}`;
  }

  private async value(rel: string): Promise<Value | undefined> {
    return this.tree.readInternal(this.path(rel)).catch(() => undefined);
  }

  private seed(rel: string, value: Value): void {
    if (this.tree.schema.get(this.path(rel))) this.tree.seedValue(this.path(rel), value);
  }

  /** ManagementServer.AutonomousTransferCompletePolicy (TR-181): off, or filtered by kind, result and file type. */
  private async autonomousPolicyAllows(j: { isDownload: boolean; fileType: string; success: boolean }): Promise<boolean> {
    const p = 'ManagementServer.AutonomousTransferCompletePolicy.';
    if ((await this.value(`${p}Enable`)) !== true) return false;
    const kind = String((await this.value(`${p}TransferTypeFilter`)) ?? 'Both');
    const result = String((await this.value(`${p}ResultTypeFilter`)) ?? 'Both');
    const types = await this.value(`${p}FileTypeFilter`);
    const list = Array.isArray(types) ? types.map(String) : String(types ?? '').split(',').map((t) => t.trim()).filter((t) => t !== '');
    return (kind === 'Both' || kind === (j.isDownload ? 'Download' : 'Upload'))
      && (result === 'Both' || result === (j.success ? 'Success' : 'Failure'))
      && list.includes(j.fileType); // an empty filter reports nothing (TR-181)
  }

  /** A device-initiated download (local software asked for it); see TransferService.startAutonomous. */
  installAutonomously(url: string, fileType: string): ReturnType<TransferService['startAutonomous']> {
    if (!this.transfers) return { ok: false, code: 9000, message: 'this device has no file-transfer support' };
    return this.transfers.startAutonomous(url, fileType);
  }

  /**
   * Start-up settings (flags, env, config) seed ManagementServer; once the ACS or local control
   * changed a value, the persisted one wins unless the setting itself changed (seeded-settings.ts).
   * The identity (fleet serial templates) is the device's, not the ACS's: always applied.
   */
  private applySettings(): void {
    const id = this.opts.identity;
    if (id?.serialNumber !== undefined) this.seed('DeviceInfo.SerialNumber', id.serialNumber);
    if (id?.manufacturerOUI !== undefined) this.seed('DeviceInfo.ManufacturerOUI', id.manufacturerOUI);
    if (id?.productClass !== undefined) this.seed('DeviceInfo.ProductClass', id.productClass);
    const o = this.opts;
    const settings: [string, Value][] = [['ManagementServer.URL', o.acsUrl]];
    if (o.acsUsername !== undefined) settings.push(['ManagementServer.Username', o.acsUsername]);
    if (o.acsPassword !== undefined) settings.push(['ManagementServer.Password', o.acsPassword]);
    if (o.crUsername !== undefined) settings.push(['ManagementServer.ConnectionRequestUsername', o.crUsername]);
    if (o.crPassword !== undefined) settings.push(['ManagementServer.ConnectionRequestPassword', o.crPassword]);
    if (o.periodicInformInterval !== undefined) settings.push(['ManagementServer.PeriodicInformInterval', o.periodicInformInterval], ['ManagementServer.PeriodicInformEnable', true]);
    const { apply, record } = seedDecisions(settings, this.state.seeded);
    for (const d of apply) {
      this.seed(d.rel, d.value);
      if (d.why === 'changed') o.log.info(`agent: the start-up setting for ${this.path(d.rel)} changed since the last start; applied over the persisted value`);
    }
    this.state.seeded = record;
    this.tree.commit();
  }

  /** The ACS URL in force: ManagementServer.URL (the ACS and local control may change it). */
  private async acsUrl(): Promise<string> {
    return String((await this.value('ManagementServer.URL')) ?? this.opts.acsUrl);
  }

  /**
   * A new ACS (TR-069 3.2.1, 3.7.1.5): the URL differs from the one last bootstrapped and no
   * BOOTSTRAP is pending yet. What the previous ACS asked for is dropped, never reported to the
   * new one (its events, TransferCompletes, queued transfers, ScheduleInforms), and the next
   * session carries "0 BOOTSTRAP". True when that happened.
   */
  private async followAcsUrl(): Promise<boolean> {
    const url = await this.acsUrl();
    if (url === this.state.bootstrappedUrl || this.events.has('0 BOOTSTRAP')) return false;
    if (this.state.bootstrappedUrl !== undefined) {
      this.opts.log.info(`agent: ManagementServer.URL is now ${url}: bootstrapping with the new ACS, dropping what the previous one asked for`);
      this.events.forNewAcs();
      this.transfers?.forgetPreviousAcs();
      if (this.state.scheduledInforms.length > 0) {
        this.state.scheduledInforms = [];
        this.saveState();
      }
    }
    this.events.add('0 BOOTSTRAP');
    return true;
  }

  async start(): Promise<void> {
    // First, before anything is written: the control socket answers for a live agent on this
    // state directory, whose documents this one would otherwise overwrite with its older view.
    if (this.opts.localControl !== false) {
      this.control = await startControlServer(this.opts.stateDir, this.tree, {
        install: (url, fileType) => this.installAutonomously(url, fileType),
        changed: () => void this.localChange(),
      });
    }
    try {
      await this.boot();
    } catch (e) {
      await this.closeControl();
      throw e;
    }
  }

  private async boot(): Promise<void> {
    this.applySettings();
    this.events.rebooted();
    // BOOTSTRAP on first contact with this ACS, or after the URL changed (TR-069 3.2.1).
    await this.followAcsUrl();
    this.events.add('1 BOOT');
    await this.transfers?.boot();
    await this.diagnostics.boot();
    await this.udpEcho.refresh();
    this.tree.changes.onActive(() => void this.activeChange());
    this.poller = new ChangePoller(this.tree, this.clock, this.opts.pollIntervalMs ?? 60_000);
    this.poller.start();
    this.running = true;
    this.state.profile = this.opts.profileName;
    this.saveState();
    await this.reachability.start(this.state.connectionRequestToken);
    await this.startXmpp();
    this.schedule(0);
    this.transfers?.kick();
  }

  private async closeControl(): Promise<void> {
    const control = this.control;
    this.control = undefined;
    if (control) await new Promise<void>((resolve) => control.close(() => resolve()));
  }

  private async startXmpp(): Promise<void> {
    const x = this.opts.xmpp;
    if (!x) return;
    if (x.quickSetup) {
      const row = await applyXmppQuickSetup(this.tree, this.root, x.quickSetup).catch((e: Error) => {
        this.opts.log.error(`xmpp: --xmpp-* settings not applied: ${e.message}`);
        return undefined;
      });
      if (row === undefined) this.opts.log.warn('xmpp: this device has no XMPP configuration (ManagementServer.ConnReqXMPPConnection, Device.XMPP.)');
    }
    this.xmpp ??= new XmppBinding({
      tree: this.tree, root: this.root, log: this.opts.log, trust: x.trust, now: () => new Date(this.clock.now()), random: this.random,
      credentials: () => this.reachability.credentials(), onRequest: () => this.connectionRequest(),
    });
    await this.xmpp.refresh();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.running = false;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.poller?.stop();
    this.diagnostics.stop();
    await this.udpEcho.stop();
    await this.transfers?.stop();
    await this.xmpp?.stop();
    await this.reachability.stop();
    await this.ticking;
    await this.closeControl();
  }

  /** Local control changed the tree: a new ACS URL bootstraps at once (TR-069 3.2.1); during a session, after it. */
  private async localChange(): Promise<void> {
    if (!this.running || this.busy) return;
    if (await this.followAcsUrl()) this.trigger('ACS URL changed');
  }

  /** Asks for a session as soon as possible (connection request, active notification). */
  trigger(reason: string): void {
    if (!this.running) return;
    this.opts.log.debug(`agent: session requested (${reason})`);
    if (this.busy) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /**
   * An active notification starts a session soon, but not sooner than
   * ManagementServer.DefaultActiveNotificationThrottle seconds after the last one it started.
   */
  private async activeChange(): Promise<void> {
    const throttle = Number((await this.value('ManagementServer.DefaultActiveNotificationThrottle')) ?? 0) * 1000;
    const wait = this.lastActiveSession + throttle - this.clock.now();
    if (wait > 0 && !this.busy) {
      this.schedule(wait);
      return;
    }
    this.lastActiveSession = this.clock.now();
    this.events.add('4 VALUE CHANGE');
    this.trigger('active notification');
  }

  connectionRequest(): void {
    // TR-069 3.2.2: an accepted request must lead to a session. The running one may be past the
    // ACS's last request, so a new session follows it; more requests meanwhile add no other.
    if (this.busy) {
      if (!this.requestedDuringSession) this.opts.log.info('agent: connection request during a session; a new session follows it');
      this.requestedDuringSession = true;
      return;
    }
    this.events.add('6 CONNECTION REQUEST');
    this.trigger('connection request');
  }

  /** Whether a connection request arrived during the session just ended; clears the mark. */
  private takeRequestDuringSession(): boolean {
    const requested = this.requestedDuringSession;
    this.requestedDuringSession = false;
    return requested;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => {
      this.ticking = this.tick().catch((e: unknown) => {
        // A failure here (e.g. ENOSPC writing state) must not take the agent down: retry later.
        this.busy = false;
        this.opts.log.error(`agent: ${(e as Error).message}`);
        if (!this.stopped) this.schedule(60_000);
      });
    }, ms);
  }

  private async nextPeriodicAt(): Promise<number | undefined> {
    if ((await this.value('ManagementServer.PeriodicInformEnable')) !== true) return undefined;
    const interval = Number((await this.value('ManagementServer.PeriodicInformInterval')) ?? 0);
    if (!(interval > 0)) return undefined;
    const time = String((await this.value('ManagementServer.PeriodicInformTime')) ?? '');
    return nextPeriodicInform(this.clock.now(), this.lastInform || this.clock.now(), interval, time);
  }

  /** Wall-clock deadlines move with a jump of the clock: they were asked for as waits. */
  private followClockJump(): void {
    const jump = this.clockWatch.jump();
    if (jump === 0) return;
    this.opts.log.warn(`agent: the wall clock jumped ${jump > 0 ? 'forwards' : 'backwards'} by ${Math.round(Math.abs(jump) / 1000)} s; scheduled Informs and transfers keep their remaining waits`);
    if (this.state.scheduledInforms.length > 0) {
      for (const s of this.state.scheduledInforms) s.dueAt += jump;
      this.saveState();
    }
    // Timers are monotonic: wake-ups planned before the jump still come after the same wait.
    this.transfers?.clockJumped(jump);
  }

  private async tick(): Promise<void> {
    if (this.busy || this.stopped) return;
    this.writer.flush(); // state a full disk kept from being saved
    this.followClockJump();
    const now = this.clock.now();
    if (this.periodicDue !== undefined && this.periodicDue <= now + 50) {
      this.events.add('2 PERIODIC');
      this.periodicDue = undefined;
    }
    // Pending value changes travel with "4 VALUE CHANGE" (TR-069 3.7.1.5).
    if (this.tree.changes.list().length > 0) this.events.add('4 VALUE CHANGE');
    for (const s of this.state.scheduledInforms.filter((x) => x.dueAt <= now)) {
      this.events.add('3 SCHEDULED');
      this.events.add('M ScheduleInform', s.commandKey);
    }
    if (this.state.scheduledInforms.some((x) => x.dueAt <= now)) {
      this.state.scheduledInforms = this.state.scheduledInforms.filter((x) => x.dueAt > now);
      this.saveState();
    }
    if (this.events.size === 0 && !this.retryPending) return this.planNext();
    this.busy = true;
    const url = await this.acsUrl();
    await this.reachability.advertiseAddresses(url);
    const user = (await this.value('ManagementServer.Username')) as string | undefined;
    const pass = (await this.value('ManagementServer.Password')) as string | undefined;
    const startedAt = performance.now();
    const retry = this.retryPending;
    const outcome = await runSession({
      tree: this.tree, root: this.root, events: this.events, dispatcher: this.dispatcher,
      connect: () => this.opts.connect(url, user || undefined, pass || undefined),
      ...(this.transfers ? {
        pendingTransfers: () => this.transfers!.reports(), transferAcknowledged: (k: string) => this.transfers!.acknowledged(k),
        pendingAutonomousTransfers: () => this.transfers!.autonomousReports(), autonomousTransferAcknowledged: (id: string) => this.transfers!.autonomousAcknowledged(id),
      } : {}),
      log: this.opts.log, maxMessageBytes: this.opts.maxMessageBytes, retryCount: this.state.retryCount,
      ...(this.opts.sessionTimeoutS !== undefined ? { sessionTimeoutS: this.opts.sessionTimeoutS } : {}),
      now: () => new Date(this.clock.now()),
    });
    this.lastInform = this.clock.now();
    this.busy = false;
    const requested = this.takeRequestDuringSession();
    this.opts.observer?.sessionEnded({
      ok: outcome.ok, ms: performance.now() - startedAt, faults: outcome.faults, retry, ...(outcome.ok ? {} : { reason: outcome.reason }),
    });
    if (outcome.ok) {
      this.retryPending = false;
      this.events.complete(outcome.delivered.filter((e) => e.code === '0 BOOTSTRAP'), 'inform');
      // Queued as a request arriving now would be: the check below opens its session at once.
      if (requested) this.events.add('6 CONNECTION REQUEST');
      // The session bootstrapped this URL only if it carried BOOTSTRAP (a URL set by local
      // control just before it did not); a URL the ACS set during it is followed below.
      const bootstrapped = outcome.delivered.some((e) => e.code === '0 BOOTSTRAP') ? url : this.state.bootstrappedUrl;
      if (this.state.retryCount !== 0 || this.state.bootstrappedUrl !== bootstrapped) {
        this.state.retryCount = 0;
        this.state.bootstrappedUrl = bootstrapped;
        this.saveState();
      }
      for (const task of outcome.afterSession) {
        try {
          await task();
        } catch (e) {
          this.opts.log.error(`agent: after-session task failed: ${(e as Error).message}`);
        }
      }
      // The ACS moved the device to another ACS (TR-069 3.2.1): before any queued transfer of
      // the old one starts, and the BOOTSTRAP session follows as soon as this one is done.
      const moved = await this.followAcsUrl();
      // The ACS may have changed the XMPP or STUN configuration: follow it.
      await this.xmpp?.refresh();
      await this.reachability.refresh();
      this.transfers?.kick();
      // The responder first: a UDP echo test requested with it may target it.
      await this.udpEcho.refresh();
      this.diagnostics.startRequested();
      if (moved) return this.schedule(0);
      // Events the ACS refused (a Fault to their CPE request) ride with the next session; they
      // alone must not loop sessions.
      if (this.again || this.events.list().some((e) => !outcome.refused.includes(e.code))) {
        this.again = false;
        return this.schedule(0);
      }
      return this.planNext();
    }
    this.events.sessionFailed();
    this.retryPending = true;
    this.state.retryCount += 1;
    this.saveState();
    if (requested) {
      // After sessionFailed, which drops "6 CONNECTION REQUEST": the ACS asked for this session
      // after the failed one began, as a request arriving now would start one at once.
      this.events.add('6 CONNECTION REQUEST');
      return this.schedule(0);
    }
    const m = Number((await this.value('ManagementServer.CWMPRetryMinimumWaitInterval')) ?? 5) || 5;
    const k = Number((await this.value('ManagementServer.CWMPRetryIntervalMultiplier')) ?? 2000) || 2000;
    const wait = retryDelayMs(this.state.retryCount, this.random, { minimumWaitSeconds: m, intervalMultiplier: k });
    this.opts.log.info(`agent: retry ${this.state.retryCount} in ${Math.round(wait / 1000)} s`);
    this.schedule(wait);
  }

  private async planNext(): Promise<void> {
    this.followClockJump();
    const now = this.clock.now();
    const candidates = [...this.state.scheduledInforms.map((s) => s.dueAt)];
    const periodic = await this.nextPeriodicAt();
    this.periodicDue = periodic;
    if (periodic !== undefined) candidates.push(periodic);
    if (candidates.length === 0) return;
    this.schedule(Math.max(0, Math.min(...candidates) - now));
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
    await this.transfers?.boot();
    this.trigger('boot');
  }

  private async factoryReset(): Promise<void> {
    if (this.opts.onFactoryReset) await this.opts.onFactoryReset();
    this.opts.log.info('agent: factory reset');
    this.diagnostics.stop();
    this.tree.restore({ values: {}, tables: {}, attributes: {}, writtenOnce: [] }); // back to the profile's base
    // The factory state is the profile plus the start-up settings: seed them all again.
    this.state.seeded = {};
    this.applySettings();
    await this.startXmpp();
    this.events.clear();
    this.transfers?.clear();
    this.state = { bootstrappedUrl: undefined, connectionRequestToken: randomBytes(12).toString('hex'), retryCount: 0, scheduledInforms: [], profile: this.opts.profileName, seeded: this.state.seeded };
    this.saveState();
    this.reachability.renewToken(this.state.connectionRequestToken);
    this.events.add('0 BOOTSTRAP');
    this.events.add('1 BOOT');
    this.opts.device.bind(this.tree);
    this.trigger('factory reset');
  }

  private installRpcs(): void {
    // TR-143: a set of DiagnosticsState=Requested (or of an input) drives the diagnostics.
    this.dispatcher.register('SetParameterValues', async (req, ctx) => {
      const result = await setParameterValues(req, ctx);
      if (result.kind === 'SetParameterValuesResponse') this.diagnostics.afterSet(req.parameterList);
      return result;
    });
    this.dispatcher.register('Reboot', async (req, ctx) => {
      ctx.afterSession(() => this.reboot(req.commandKey));
      return { kind: 'RebootResponse' };
    });
    this.dispatcher.register('FactoryReset', async (_req, ctx) => {
      ctx.afterSession(() => this.factoryReset());
      return { kind: 'FactoryResetResponse' };
    });
    this.dispatcher.register('ScheduleInform', async (req) => {
      if (!(req.delaySeconds > 0)) return cwmpFault(9003, 'DelaySeconds must be greater than 0');
      this.state.scheduledInforms.push({ dueAt: this.clock.now() + req.delaySeconds * 1000, commandKey: req.commandKey });
      this.saveState();
      return { kind: 'ScheduleInformResponse' };
    });
  }
}
