import type { Clock } from '../cwmp/clock.ts';
import type { EventQueue } from '../cwmp/event-queue.ts';
import type { DataModel } from '../datamodel/tree.ts';
import { diagnosticSpecs } from '../device/diagnostics.ts';
import type { UdpReplayState } from '../nat/udp-connection-request.ts';
import type { DocumentStore } from '../store/index.ts';
import type { AgentOptions } from './agent-options.ts';
import type { AgentStateDoc } from './agent-state.ts';
import { autonomousPolicyAllows } from './autonomous-transfer-policy.ts';
import { BulkDataService } from './bulk-data.ts';
import { ChangePoller } from './change-poller.ts';
import { Lifecycle, type AgentComponent, type PhaseOrder } from './component.ts';
import { DiagnosticsService, type DiagnosticSpec } from './diagnostics.ts';
import { connectionRequestCredentials } from './connection-request-credentials.ts';
import { HttpConnectionRequests } from './http-connection-requests.ts';
import type { StateWriter } from './state-writer.ts';
import { TransferService } from './transfers.ts';
import { UdpConnectionRequests } from './udp-connection-requests.ts';
import { UdpEchoConfigBinding } from './udp-echo-config.ts';
import { XmppBinding } from './xmpp-binding.ts';

const noLog = (): string => '';

let sharedSpecs: readonly DiagnosticSpec[] | undefined;
/** The system's diagnostics, one list for every agent of the process (a fleet's thousands). */
function defaultSpecs(): readonly DiagnosticSpec[] {
  return (sharedSpecs ??= diagnosticSpecs());
}

/** What the components are made from: the agent's options, its tree and store, and its hooks. */
export interface ComponentWiring {
  opts: AgentOptions;
  tree: DataModel;
  root: string;
  events: EventQueue;
  store: DocumentStore;
  writer: StateWriter;
  state: AgentStateDoc;
  clock: Clock;
  random: () => number;
  udpReplay: { load(): UdpReplayState | undefined; save(state: UdpReplayState): void };
  /** Ask for a session now. */
  trigger(reason: string): void;
  /** A connection request passed authentication (any transport). */
  connectionRequest(): void;
  /** The box reboots (a firmware install activating). */
  restart(why: string): Promise<void>;
  /** Look for a jump of the wall clock (the session loop's watch). */
  checkClock(): void;
}

/** The agent's components, by role. */
export interface AgentParts {
  readonly transfers: TransferService | undefined;
  readonly diagnostics: DiagnosticsService;
  readonly udpEcho: UdpEchoConfigBinding;
  /** The simulated device's living values (the profile's live: section), if it has any. */
  readonly live: AgentComponent | undefined;
  readonly poller: ChangePoller;
  readonly http: HttpConnectionRequests | undefined;
  readonly udp: UdpConnectionRequests | undefined;
  readonly xmpp: XmppBinding | undefined;
  readonly bulkData: BulkDataService | undefined;
}

/** The components by role, and `lifecycle`, which calls them phase by phase. */
export type AgentComponents = AgentParts & { readonly lifecycle: Lifecycle<keyof AgentParts> };

/**
 * The order of every phase (see agentComponents), one for every agent. The RPC phase follows
 * the order the roles are listed in AgentParts.
 */
const ORDER: PhaseOrder<keyof AgentParts> = {
  boot: ['transfers', 'diagnostics', 'udpEcho'],
  start: ['live', 'poller', 'http', 'udp', 'xmpp', 'transfers', 'bulkData'],
  beforeSession: ['udp', 'http'],
  afterSession: ['xmpp', 'udp', 'transfers', 'udpEcho', 'diagnostics', 'bulkData'],
  stop: ['live', 'poller', 'diagnostics', 'udpEcho', 'transfers', 'xmpp', 'http', 'udp', 'bulkData'],
  newAcs: ['transfers'],
  clockJumped: ['transfers', 'bulkData'],
};

/**
 * Makes every component of one agent, in this order (the first three touch the tree or the
 * store when made), and fixes the order of each phase. These orders are the agent's behaviour:
 * - boot: transfers settle interrupted jobs, then diagnostics reset "Requested", then the echo responder starts;
 * - start: the simulated device's live events (its seed needs the serial number set at boot), the
 *   poller, the listeners (HTTP, UDP), the XMPP login, then due transfers;
 * - beforeSession: UDP then HTTP addresses are advertised;
 * - afterSession: XMPP and UDP/STUN follow the new configuration, due transfers start, then the
 *   echo responder, then requested diagnostics (a UDP echo test may target the responder);
 * - stop: live events, the poller, diagnostics, the responder, transfers, XMPP, then the listeners;
 * Bulk Data (TR-069 Annex N) starts last, follows the configuration after everything else and
 * stops last, keeping what it could not deliver.
 */
export function agentComponents(w: ComponentWiring): AgentComponents {
  const { opts, tree, root, clock } = w;
  const files = opts.filesDir ?? opts.stateDir;
  const device = opts.device.transfers?.({ stateDir: files, tree, root, logText: opts.logText ?? noLog });
  const transfers = device
    ? new TransferService({
        stateDir: files,
        store: w.store,
        writer: w.writer,
        events: w.events,
        device,
        tls: opts.transfers?.tls ?? {},
        maxBytes: opts.transfers?.maxBytes ?? 1024 * 2 ** 20,
        log: opts.log,
        clock,
        ...(opts.transfers?.ringBytes !== undefined ? { ringBytes: opts.transfers.ringBytes } : {}),
        ...(opts.transfers?.checkpointBytes !== undefined ? { checkpointBytes: opts.transfers.checkpointBytes } : {}),
        ...(opts.transfers?.durable !== undefined ? { durable: opts.transfers.durable } : {}),
        trigger: w.trigger,
        reboot: () => w.restart('firmware install'),
        checkClock: w.checkClock,
        reportAutonomous: (j) => autonomousPolicyAllows(tree, root, j),
      })
    : undefined;
  const diagnostics = new DiagnosticsService({
    tree,
    root,
    events: w.events,
    log: opts.log,
    specs: opts.diagnostics ?? defaultSpecs(),
    trigger: w.trigger,
  });
  const udpEcho = new UdpEchoConfigBinding(tree, root, opts.log, opts.device.sharedHandlers);
  const poller = new ChangePoller(tree, clock, opts.pollIntervalMs ?? 60_000);
  const live = opts.device.live?.(tree, clock, { seed: opts.seed, warn: (m) => opts.log.warn(m) });
  const onRequest = w.connectionRequest;
  const http = opts.connectionRequests
    ? new HttpConnectionRequests({
        tree,
        root,
        listen: opts.connectionRequests,
        token: () => w.state.value.connectionRequestToken,
        onRequest,
        log: opts.log,
      })
    : undefined;
  const udp = opts.udpConnectionRequests
    ? new UdpConnectionRequests({
        tree,
        root,
        acsUrl: opts.acsUrl,
        listen: opts.udpConnectionRequests,
        onRequest,
        replay: w.udpReplay,
        log: opts.log,
        random: w.random,
        clock,
      })
    : undefined;
  const xmpp = opts.xmpp
    ? new XmppBinding({
        tree,
        root,
        log: opts.log,
        trust: opts.xmpp.trust,
        quickSetup: opts.xmpp.quickSetup,
        now: () => new Date(clock.now()),
        random: w.random,
        credentials: () => connectionRequestCredentials(tree, root),
        onRequest,
      })
    : undefined;
  const bulkData = BulkDataService.supported(tree, root)
    ? new BulkDataService({
        tree,
        root,
        clock,
        random: w.random,
        log: opts.log,
        tls: opts.transfers?.tls ?? {},
        store: w.store,
        writer: w.writer,
        shared: opts.device.sharedHandlers,
      })
    : undefined;
  // In the RPC phase's order: the roles' order here.
  const parts: AgentParts = { transfers, diagnostics, udpEcho, live, poller, http, udp, xmpp, bulkData };
  // Named, not spread: one hidden class for every device (src/common/all-fields.ts).
  const lifecycle = new Lifecycle(ORDER, parts);
  return { transfers, diagnostics, udpEcho, live, poller, http, udp, xmpp, bulkData, lifecycle };
}
