import { bracketHost } from '../common/ip-literal.ts';
import type { Clock } from '../cwmp/clock.ts';
import type { DataModel } from '../datamodel/tree.ts';
import type { Logger } from '../log/logger.ts';
import { StunKeepAlive, type Mapping, type StunDevice, type StunSettings } from '../nat/stun-keepalive.ts';
import {
  UdpConnectionRequestListener,
  type UdpConnectionRequestRouter,
  type UdpReplayState,
} from '../nat/udp-connection-request.ts';
import type { Value } from '../schema/values.ts';
import { advertiseAddress } from './advertised-address.ts';
import type { AgentComponent, SessionStart } from './component.ts';
import { connectionRequestCredentials } from './connection-request-credentials.ts';
import { localAddressTowards } from './local-address.ts';

/** The UDP listener's settings: its port, the host to advertise, or a fleet's shared socket (STUN goes through it). */
export interface UdpListenSettings {
  port: number;
  advertiseHost?: string;
  shared?: UdpConnectionRequestRouter;
  /** False while requests must not reach the device (a fleet scenario's unreachable share): they drop. */
  reachable?(): boolean;
}

export interface UdpConnectionRequestsOptions {
  tree: DataModel;
  root: string;
  /** The start-up ACS URL, for the STUN server's default host when ManagementServer.URL is unset. */
  acsUrl: string;
  listen: UdpListenSettings;
  onRequest(): void;
  /** Where the replay state lives across restarts (the agent's store). */
  replay: { load(): UdpReplayState | undefined; save(state: UdpReplayState): void };
  log: Logger;
  random: () => number;
  /** Times the STUN rounds (a fleet's timer heap). */
  clock?: Clock;
}

/**
 * UDP connection requests (TR-111 part 2): the listener, own or a fleet's shared one (found by
 * ConnectionRequestUsername), the STUN keep-alive that maps the socket through a NAT (a shared
 * socket's mapping is every device's), and the UDPConnectionRequestAddress and NATDetected it
 * advertises.
 */
export class UdpConnectionRequests implements AgentComponent, StunDevice {
  private udp: UdpConnectionRequestListener | undefined;
  private port: number | undefined;
  private detach: (() => void) | undefined;
  /** The username the listener routes to this device by. */
  private user = '';
  private stun: StunKeepAlive | undefined;
  /** The address as the STUN server sees it, once mapped. */
  private mapped: string | undefined;
  private readonly target = {
    credentials: (): Promise<{ username: string; password: string }> =>
      connectionRequestCredentials(this.o.tree, this.o.root),
    onRequest: (): void => this.o.onRequest(),
    reachable: (): boolean => this.o.listen.reachable?.() !== false,
    // A datagram captured before a restart stays refused after it (TR-111 2.2.2).
    replayState: (): UdpReplayState | undefined => this.o.replay.load(),
    saveReplayState: (state: UdpReplayState): void => this.o.replay.save(state),
  };

  constructor(private readonly o: UdpConnectionRequestsOptions) {}

  private async value(rel: string): Promise<Value | undefined> {
    return this.o.tree.readInternal(`${this.o.root}${rel}`).catch(() => undefined);
  }

  async start(): Promise<void> {
    const l = this.o.listen;
    if (l.shared) {
      this.port = l.port;
      await this.attach();
      await this.followStunEnable();
      return;
    }
    this.udp = new UdpConnectionRequestListener({
      port: l.port,
      log: this.o.log,
      ...(this.o.clock ? { clock: this.o.clock } : {}),
    });
    await this.attach();
    this.port = await this.udp.listen();
    await this.followStunEnable();
  }

  private async attach(): Promise<void> {
    const listener = this.o.listen.shared ?? this.udp;
    if (!listener) return;
    this.detach?.();
    this.user = (await this.target.credentials()).username;
    this.detach = listener.attach(this.user, this.target);
  }

  /**
   * The ACS may have changed ConnectionRequestUsername (ACSs commonly set it at bootstrap) or
   * STUNEnable. A shared socket finds devices by username, so it is told.
   */
  async afterSession(): Promise<void> {
    if ((this.o.listen.shared ?? this.udp) && (await this.target.credentials()).username !== this.user)
      await this.attach();
    await this.followStunEnable();
  }

  /** Until STUN maps the port, the local address is advertised. */
  async beforeSession(session: SessionStart): Promise<void> {
    if (this.port === undefined || this.mapped !== undefined) return;
    const host = this.o.listen.advertiseHost ?? (await session.localAddress());
    if (host)
      await advertiseAddress(
        this.o.tree,
        this.o.root,
        'ManagementServer.UDPConnectionRequestAddress',
        `${bracketHost(host)}:${this.port}`,
      );
  }

  async stop(): Promise<void> {
    this.stun?.stop();
    this.stun = undefined;
    this.mapped = undefined;
    this.detach?.();
    await this.udp?.close();
  }

  /** ManagementServer.STUNEnable turns the keep-alive on and off at run time. */
  private async followStunEnable(): Promise<void> {
    const listener = this.o.listen.shared ?? this.udp;
    if (!listener) return;
    const on = (await this.value('ManagementServer.STUNEnable')) === true;
    if (on && !this.stun) {
      this.stun = new StunKeepAlive(this, {
        transactions: listener.stun,
        log: this.o.log,
        random: this.o.random,
        ...(this.o.clock ? { clock: this.o.clock } : {}),
      });
      this.stun.start();
    }
    if (!on && this.stun) {
      this.stun.stop();
      this.stun = undefined;
      this.mapped = undefined;
    }
  }

  private async acsUrl(): Promise<string> {
    return String((await this.value('ManagementServer.URL')) ?? this.o.acsUrl);
  }

  /** Read each round: the ACS may change them at any time (TR-111 2.2.1). */
  async stunSettings(): Promise<StunSettings> {
    const configured = String((await this.value('ManagementServer.STUNServerAddress')) ?? '');
    return {
      server: {
        host: configured || new URL(await this.acsUrl()).hostname,
        port: Number((await this.value('ManagementServer.STUNServerPort')) ?? 3478) || 3478,
      },
      username: String((await this.value('ManagementServer.STUNUsername')) ?? ''),
      password: String((await this.value('ManagementServer.STUNPassword')) ?? ''),
      minPeriodS: Number((await this.value('ManagementServer.STUNMinimumKeepAlivePeriod')) ?? 10),
      maxPeriodS: Number((await this.value('ManagementServer.STUNMaximumKeepAlivePeriod')) ?? 60),
    };
  }

  /**
   * TR-111 part 2: the mapping is advertised as UDPConnectionRequestAddress. Behind a NAT when the
   * STUN server sees another port, or another address than the one towards the ACS; in a fleet
   * every device behind the one socket sees, and advertises, the same mapping.
   */
  async stunMapped(m: Mapping): Promise<void> {
    if (!this.stun) return;
    const local = await localAddressTowards(await this.acsUrl());
    const behindNat = m.port !== this.port || (local !== undefined && m.address !== local);
    const nat = `${this.o.root}ManagementServer.NATDetected`;
    if (this.o.tree.schema.get(nat)) this.o.tree.seedValue(nat, behindNat);
    this.o.tree.commit();
    this.mapped = `${bracketHost(m.address)}:${m.port}`;
    await advertiseAddress(this.o.tree, this.o.root, 'ManagementServer.UDPConnectionRequestAddress', this.mapped);
  }
}
