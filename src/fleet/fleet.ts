import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, type AgentOptions } from '../agent/agent.ts';
import { ConnectionRequestServer } from '../nat/connection-request-server.ts';
import { UdpConnectionRequestListener } from '../nat/udp-connection-request.ts';
import { MemoryDocumentStore } from '../store/index.ts';
import type { TransferTls } from '../transfer/transfer-options.ts';
import type { DeviceTemplate } from './device-template.ts';
import { FleetMetrics } from './fleet-metrics.ts';
import { SessionGate } from './session-gate.ts';
import { TimerHeap } from './timer-heap.ts';

const FLEET_DOWNLOAD_RING = 256 * 1024;
/** Enough sessions at once to keep the process and a real ACS busy, few enough for a boot storm. */
const DEFAULT_MAX_SESSIONS = 1000;

/**
 * The agent options every device of the fleet shares: those `agentOptions` (options-from-settings.ts)
 * builds from the settings. Each device adds its own identity, state, listeners and clock.
 */
const SHARED = [
  'device',
  'profileName',
  'acsUrl',
  'acsUsername',
  'acsPassword',
  'crPassword',
  'periodicInformInterval',
  'maxMessageBytes',
  'sessionTimeoutS',
  'transfers',
  'connect',
  'log',
] as const satisfies readonly (keyof AgentOptions)[];

export type FleetSharedOptions = Pick<AgentOptions, (typeof SHARED)[number]> & {
  sessionTimeoutS: number;
  transfers: { tls: TransferTls; maxBytes: number };
};

/** The shared part of any options object (the settings' agent options, or FleetOptions). */
export function fleetShared(o: FleetSharedOptions): FleetSharedOptions {
  return Object.fromEntries(SHARED.map((k) => [k, o[k]])) as FleetSharedOptions;
}

export interface FleetOptions extends FleetSharedOptions {
  /** Device numbers this process runs (1-based, inclusive): the shard's range. */
  first: number;
  last: number;
  serial: DeviceTemplate;
  oui?: DeviceTemplate | undefined;
  productClass?: DeviceTemplate | undefined;
  /** ConnectionRequestUsername per device (default: its serial number); the password is shared. */
  crUsername?: DeviceTemplate | undefined;
  /** Devices started per second, each at a random moment of its slot (0: all at once). */
  bootRate: number;
  /** One sub-folder per serial number; without it state lives in memory only. */
  stateDir?: string | undefined;
  /** The shared connection-request listeners: HTTP port and UDP port (0 picks one), advertised host. */
  crPort: number;
  udpPort: number;
  crHost: string;
  random?: () => number;
  /** Sessions the fleet runs at once; more wait their turn (default 1,000; 0: no cap). */
  maxSessions?: number | undefined;
  /** Devices boot only when `powerOn` is called (a scenario's boot steps), not at the boot rate. */
  poweredOff?: boolean;
  hooks?: FleetHooks;
}

/** How a scenario reaches into each device without the fleet knowing scenarios. */
export interface FleetHooks {
  /** Shapes one device's options before it is made, at every power-on (profile, reachability, transfers). */
  options?(n: number, serial: string, o: AgentOptions): AgentOptions;
  /** The device was made (at every power-on). */
  made?(n: number, serial: string, agent: Agent): void;
}

/**
 * Many simulated devices in one process, each a full Agent (its own state, events, retries,
 * periodic Informs, transfers, connection requests), sharing what can be shared: the schema,
 * validators and the profile's base tree (each device stores only what differs), one timer heap,
 * one HTTP connection-request listener routed by secret path and one UDP socket routed by
 * username (its devices' STUN answers by transaction id).
 */
export class Fleet {
  readonly metrics: FleetMetrics;
  readonly clock = new TimerHeap();
  private readonly agents = new Map<string, Agent>();
  private readonly http: ConnectionRequestServer;
  private readonly udp: UdpConnectionRequestListener;
  private crPort = 0;
  private udpPort = 0;
  private stopped = false;
  private stopping: Promise<void> | undefined;
  private readonly scratch: string | undefined;
  private readonly pending = new Set<Promise<void>>();
  private readonly gate: SessionGate;
  /** In-memory devices' documents, kept across a power cycle; devices started (true: informed) once. */
  private readonly memory = new Map<number, MemoryDocumentStore>();
  private readonly booted = new Map<number, boolean>();
  private readonly starting = new Map<string, Promise<void>>();

  constructor(private readonly o: FleetOptions) {
    this.metrics = new FleetMetrics(Math.max(0, o.last - o.first + 1));
    this.gate = new SessionGate(o.maxSessions ?? DEFAULT_MAX_SESSIONS);
    // Bound to every address: crHost is what the ACS is told, which may be a NAT's outside.
    this.http = new ConnectionRequestServer({ port: o.crPort, log: o.log });
    // STUN keep-alives of its devices go out from it, their timeouts on the timer heap.
    this.udp = new UdpConnectionRequestListener({ port: o.udpPort, log: o.log, clock: this.clock });
    // In-memory devices still need real files for a download in flight; made on first use.
    this.scratch =
      o.stateDir === undefined
        ? join(tmpdir(), `tr069-fleet-${process.pid}-${randomBytes(4).toString('hex')}`)
        : undefined;
  }

  /** The shared listeners' ports, once started. */
  get ports(): { http: number; udp: number } {
    return { http: this.crPort, udp: this.udpPort };
  }

  /** The running device with this serial number. */
  agent(serial: string): Agent | undefined {
    return this.agents.get(serial);
  }

  serials(): string[] {
    return [...this.agents.keys()];
  }

  /** Opens the shared listeners and schedules every device's boot at the boot rate. */
  async start(): Promise<void> {
    try {
      this.crPort = await this.http.listen();
      this.udpPort = await this.udp.listen();
    } catch (e) {
      // A port in use: leave nothing open that would keep the process alive.
      await this.http.close().catch(() => undefined);
      await this.udp.close().catch(() => undefined);
      throw e;
    }
    if (this.o.poweredOff) return;
    const random = this.o.random ?? Math.random;
    const slotMs = this.o.bootRate > 0 ? 1000 / this.o.bootRate : 0;
    for (let n = this.o.first; n <= this.o.last; n++) {
      const i = n - this.o.first;
      // Jitter within the slot: a steady rate without devices in lock step.
      const at = slotMs > 0 ? (i + random()) * slotMs : 0;
      this.clock.setTimeout(() => void this.powerOn(n), at);
    }
  }

  private track(p: Promise<void>): void {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  /** Whether the device is running (booted and not powered off). */
  isOn(serial: string): boolean {
    return this.agents.has(serial);
  }

  /**
   * Power off: the device stops (no sessions, no listeners) as if unplugged; its state stays for
   * the next power-on. False if it was not on.
   */
  async powerOff(serial: string): Promise<boolean> {
    await this.starting.get(serial);
    const agent = this.agents.get(serial);
    if (!agent) return false;
    this.agents.delete(serial);
    await agent.stop();
    return true;
  }

  /** Power on device number n if it is off: it boots from its kept state ("1 BOOT"). */
  powerOn(n: number): Promise<void> {
    const serial = this.o.serial(n);
    if (this.agents.has(serial) || this.stopped) return this.starting.get(serial) ?? Promise.resolve();
    const p = this.boot(n).finally(() => this.starting.delete(serial));
    this.starting.set(serial, p);
    this.track(p);
    return p;
  }

  private async boot(n: number): Promise<void> {
    if (this.stopped) return;
    const serial = this.o.serial(n);
    const log = this.o.log.child({ device: serial });
    let documents = this.memory.get(n);
    if (this.o.stateDir === undefined && !documents) this.memory.set(n, (documents = new MemoryDocumentStore()));
    const options: AgentOptions = {
      ...fleetShared(this.o),
      stateDir: this.o.stateDir !== undefined ? join(this.o.stateDir, serial) : join('/fleet', serial),
      ...(documents ? { documents, filesDir: join(this.scratch!, serial) } : {}),
      identity: {
        serialNumber: serial,
        ...(this.o.oui ? { manufacturerOUI: this.o.oui(n) } : {}),
        ...(this.o.productClass ? { productClass: this.o.productClass(n) } : {}),
      },
      crUsername: this.o.crUsername ? this.o.crUsername(n) : serial,
      localControl: false,
      connectionRequests: { port: this.crPort, advertiseHost: this.o.crHost, shared: this.http },
      udpConnectionRequests: { port: this.udpPort, advertiseHost: this.o.crHost, shared: this.udp },
      // Thousands of devices may download at once (an ACS's upgrade campaign): 256 KiB of receive
      // memory each keeps that within a few GB; one device alone still reads about 0.9 GB/s on
      // loopback. In-memory devices outlive nothing, so their downloads skip fsync and checkpoints.
      transfers: {
        ringBytes: FLEET_DOWNLOAD_RING,
        ...(this.o.stateDir === undefined ? { durable: false } : {}),
        ...this.o.transfers,
      },
      clock: this.clock,
      sessionSlot: this.gate.acquire,
      ...(this.o.random ? { random: this.o.random } : {}),
      log,
      observer: {
        sessionEnded: (r) => {
          this.metrics.session(r);
          if (r.ok && this.booted.get(n) !== true) {
            this.booted.set(n, true);
            this.metrics.informed += 1;
          }
        },
      },
    };
    const agent = new Agent(this.o.hooks?.options?.(n, serial, options) ?? options);
    this.o.hooks?.made?.(n, serial, agent);
    this.agents.set(serial, agent);
    try {
      await agent.start();
      if (!this.booted.has(n)) {
        this.metrics.started += 1;
        this.booted.set(n, false);
      }
    } catch (e) {
      log.error(`fleet: device did not start: ${(e as Error).message}`);
    }
  }

  /** Stops every device and closes the shared listeners; a second call waits for the first. */
  stop(): Promise<void> {
    return (this.stopping ??= this.stopAll());
  }

  private async stopAll(): Promise<void> {
    this.stopped = true;
    this.gate.close();
    this.clock.clear();
    await Promise.allSettled([...this.pending]);
    // Stopping many devices at once: in batches, so their listeners and writes do not pile up.
    const agents = [...this.agents.values()];
    for (let i = 0; i < agents.length; i += 500)
      await Promise.allSettled(agents.slice(i, i + 500).map((a) => a.stop()));
    await this.http.close();
    await this.udp.close();
    if (this.scratch) rmSync(this.scratch, { recursive: true, force: true });
  }
}
