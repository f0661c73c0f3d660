import type { Clock } from '../cwmp/clock.ts';
import type { RpcAround } from '../cwmp/rpc/dispatch.ts';
import type { SessionConnection } from '../cwmp/session.ts';
import type { Logger } from '../log/logger.ts';
import type { XmppTrust } from '../nat/xmpp-tls.ts';
import type { DocumentStore, FileSystem } from '../store/index.ts';
import type { TransferTls } from '../transfer/transfer-options.ts';
import type { DeviceSetup } from './device-setup.ts';
import type { DiagnosticSpec } from './diagnostics.ts';
import type { HttpListenSettings } from './http-connection-requests.ts';
import type { StartupSettings } from './seeded-settings.ts';
import type { UdpListenSettings } from './udp-connection-requests.ts';
import type { XmppQuickSetup } from './xmpp-quick-setup.ts';

/** Everything one agent is made of; `agentOptions` (options-from-settings.ts) builds it from the settings. */
export interface AgentOptions extends StartupSettings {
  stateDir: string;
  /**
   * Where downloads and the simulated device's files (firmware slots, imported files) go;
   * default: the state directory. Fleet mode with in-memory state points it at a scratch folder.
   */
  filesDir?: string;
  /** Profile name or file, remembered for offline local control. */
  profileName: string;
  /** The filesystem under the state store (tests inject faults such as ENOSPC). */
  fs?: FileSystem;
  /**
   * Keeps the device's documents here instead of files in `stateDir` (a fleet's in-memory
   * devices: MemoryDocumentStore); `stateDir` then only names the device.
   */
  documents?: DocumentStore;
  /** Open the local-control socket in the state directory (default true). */
  localControl?: boolean;
  /** Polling fallback for handler-backed parameters with notification on; 0 turns it off. */
  pollIntervalMs?: number;
  /** Reboots the real box; without it a Reboot restarts the simulated device in place. */
  onReboot?: () => Promise<void>;
  /** Wipes the real box's own configuration before the agent resets its state. */
  onFactoryReset?: () => Promise<void>;
  device: DeviceSetup;
  /** Seed of the simulated device's live values, mixed with its serial number (default: the profile's). */
  seed?: number;
  maxMessageBytes: number;
  /** How long the transport waits for the ACS (announced in the Inform's SessionTimeout header). */
  sessionTimeoutS?: number;
  /** Opens the HTTP connection of one session (src/transport in production). */
  connect(url: string, username: string | undefined, password: string | undefined): SessionConnection;
  /**
   * The HTTP connection-request listener (TR-069 3.2.2): its port (0 picks a free one) and the
   * host to advertise in ConnectionRequestURL (default: the local address towards the ACS).
   */
  connectionRequests?: HttpListenSettings;
  /**
   * UDP connection requests (TR-111): the port; UDPConnectionRequestAddress advertises it. With
   * `shared` (fleet mode) the device attaches to a socket many devices use, and runs no STUN.
   */
  udpConnectionRequests?: UdpListenSettings;
  /** Told how each session went (fleet mode's live view and metrics). */
  observer?: AgentObserver;
  /**
   * Waits for a turn before each session and gives back its release (a fleet's cap on the
   * sessions it runs at once), or undefined when the host is shutting down and no session is
   * to run; without it a session starts at once.
   */
  sessionSlot?(): Promise<(() => void) | undefined>;
  /** Wraps every RPC this device serves (a fleet scenario's injected faults and latency). */
  rpcAround?: RpcAround;
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
  /** Event codes of the Inform, once the ACS acknowledged it (a session may still fail after that). */
  events?: string[];
  /** Fault codes of the failed transfers whose (Autonomous)TransferComplete the ACS acknowledged. */
  transferFaults?: number[];
}

export interface AgentObserver {
  sessionEnded(r: SessionReport): void;
}
