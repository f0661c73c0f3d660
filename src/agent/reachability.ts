import type { DataModel } from '../datamodel/tree.ts';
import type { Logger } from '../log/logger.ts';
import { ConnectionRequestServer } from '../nat/connection-request-server.ts';
import { StunKeepAlive, type StunSettings } from '../nat/stun-keepalive.ts';
import { UdpConnectionRequestListener, type UdpReplayState } from '../nat/udp-connection-request.ts';
import type { Value } from '../schema/values.ts';
import { localAddressTowards } from './local-address.ts';

export interface ReachabilityOptions {
  tree: DataModel;
  /** 'Device.' or 'InternetGatewayDevice.'. */
  root: string;
  acsUrl: string;
  /** HTTP connection requests (TR-069 3.2.2): own listener, or a fleet's shared one. */
  http?: { port: number; advertiseHost?: string | undefined; bindHost?: string; shared?: ConnectionRequestServer } | undefined;
  /** UDP connection requests (TR-111 part 2): own socket with STUN, or a fleet's shared one. */
  udp?: { port: number; advertiseHost?: string; shared?: UdpConnectionRequestListener } | undefined;
  /** A connection request passed authentication. */
  onRequest(): void;
  /** Where the UDP replay state lives across restarts (the agent's store). */
  udpReplay?: { load(): UdpReplayState | undefined; save(state: UdpReplayState): void };
  log: Logger;
  random: () => number;
}

/**
 * How the ACS reaches this device behind NAT: the HTTP connection-request listener on a secret
 * path, the UDP listener with its STUN keep-alive, and the addresses ManagementServer
 * advertises for them (ConnectionRequestURL, UDPConnectionRequestAddress, NATDetected).
 */
export class Reachability {
  private server: ConnectionRequestServer | undefined;
  private httpPort: number | undefined;
  private detachHttp: (() => void) | undefined;
  private udp: UdpConnectionRequestListener | undefined;
  private udpPort: number | undefined;
  private detachUdp: (() => void) | undefined;
  /** The username the UDP listener routes to this device by. */
  private udpUser = '';
  private stun: StunKeepAlive | undefined;
  /** The UDP address as the STUN server sees it, once mapped. */
  private stunMapped: string | undefined;
  /** The secret path segment of ConnectionRequestURL. */
  private token = '';

  /** What the listeners call for this device. */
  private readonly target = {
    credentials: (): Promise<{ username: string; password: string }> => this.credentials(),
    onRequest: (): void => this.o.onRequest(),
    replayState: (): UdpReplayState | undefined => this.o.udpReplay?.load(),
    saveReplayState: (state: UdpReplayState): void => this.o.udpReplay?.save(state),
  };

  constructor(private readonly o: ReachabilityOptions) {}

  private async value(rel: string): Promise<Value | undefined> {
    return this.o.tree.readInternal(`${this.o.root}${rel}`).catch(() => undefined);
  }

  /** ConnectionRequestUsername and Password: what every kind of connection request is checked against. */
  async credentials(): Promise<{ username: string; password: string }> {
    return {
      username: String((await this.value('ManagementServer.ConnectionRequestUsername')) ?? ''),
      password: String((await this.value('ManagementServer.ConnectionRequestPassword')) ?? ''),
    };
  }

  /** Opens (or joins) the listeners; `token` is the secret path segment of ConnectionRequestURL. */
  async start(token: string): Promise<void> {
    const http = this.o.http;
    if (http?.shared) {
      this.httpPort = http.port;
    } else if (http) {
      this.server = new ConnectionRequestServer({ port: http.port, ...(http.bindHost ? { host: http.bindHost } : {}), log: this.o.log });
      this.httpPort = await this.server.listen();
      this.o.log.info(`agent: connection requests on port ${this.httpPort}`);
    }
    this.renewToken(token);
    const udp = this.o.udp;
    if (udp?.shared) {
      this.udpPort = udp.port;
      await this.attachUdp();
    } else if (udp) {
      this.udp = new UdpConnectionRequestListener({ port: udp.port, log: this.o.log, onOtherDatagram: (msg) => void this.stun?.handleDatagram(msg) });
      await this.attachUdp();
      this.udpPort = await this.udp.listen();
      await this.followStunEnable();
    }
  }

  private async attachUdp(): Promise<void> {
    const listener = this.o.udp?.shared ?? this.udp;
    if (!listener) return;
    this.detachUdp?.();
    this.udpUser = (await this.credentials()).username;
    this.detachUdp = listener.attach(this.udpUser, this.target);
  }

  /**
   * After a session: the ACS may have changed ConnectionRequestUsername (ACSs commonly set it at
   * bootstrap) or STUNEnable. A shared UDP socket finds devices by username, so it is told.
   */
  async refresh(): Promise<void> {
    if ((this.o.udp?.shared ?? this.udp) && (await this.credentials()).username !== this.udpUser) await this.attachUdp();
    await this.followStunEnable();
  }

  /** Routes the (new) secret path to this device: at start, and after a factory reset renewed it. */
  renewToken(token: string): void {
    this.detachHttp?.();
    this.token = token;
    this.detachHttp = (this.o.http?.shared ?? this.server)?.attach(token, this.target);
  }

  async stop(): Promise<void> {
    this.detachHttp?.();
    this.detachUdp?.();
    await this.server?.close();
    this.stun?.stop();
    await this.udp?.close();
  }

  /** ManagementServer.STUNEnable turns the keep-alive on and off at run time. */
  private async followStunEnable(): Promise<void> {
    if (!this.udp) return;
    const on = (await this.value('ManagementServer.STUNEnable')) === true;
    if (on && !this.stun) this.startStun(this.udp);
    if (!on && this.stun) {
      this.stun.stop();
      this.stun = undefined;
      this.stunMapped = undefined;
    }
  }

  /** TR-111 part 2: keep the NAT mapping of the UDP port open and advertise it. */
  private startStun(udp: UdpConnectionRequestListener): void {
    this.stun = new StunKeepAlive({
      socket: udp.socket, log: this.o.log, random: this.o.random,
      settings: async (): Promise<StunSettings> => {
        const configured = String((await this.value('ManagementServer.STUNServerAddress')) ?? '');
        const acsHost = new URL(String((await this.value('ManagementServer.URL')) ?? this.o.acsUrl)).hostname;
        return {
          server: { host: configured || acsHost, port: Number((await this.value('ManagementServer.STUNServerPort')) ?? 3478) || 3478 },
          username: String((await this.value('ManagementServer.STUNUsername')) ?? ''),
          password: String((await this.value('ManagementServer.STUNPassword')) ?? ''),
          minPeriodS: Number((await this.value('ManagementServer.STUNMinimumKeepAlivePeriod')) ?? 10),
          maxPeriodS: Number((await this.value('ManagementServer.STUNMaximumKeepAlivePeriod')) ?? 60),
        };
      },
      onMapping: async (m) => {
        const local = await localAddressTowards(String((await this.value('ManagementServer.URL')) ?? this.o.acsUrl));
        const behindNat = m.port !== this.udpPort || (local !== undefined && m.address !== local);
        const nat = `${this.o.root}ManagementServer.NATDetected`;
        if (this.o.tree.schema.get(nat)) this.o.tree.seedValue(nat, behindNat);
        this.o.tree.commit();
        this.stunMapped = `${m.address}:${m.port}`;
        await this.advertise('ManagementServer.UDPConnectionRequestAddress', this.stunMapped);
      },
    });
    this.stun.start();
  }

  /** ConnectionRequestURL and UDPConnectionRequestAddress, before each Inform (TR-069 3.2.2, TR-111). */
  async advertiseAddresses(acsUrl: string): Promise<void> {
    let local: Promise<string | undefined> | undefined;
    // The kernel's choice of local address is asked only for what has no configured host.
    const hostFor = (configured: string | undefined): Promise<string | undefined> =>
      configured !== undefined ? Promise.resolve(configured) : (local ??= localAddressTowards(acsUrl));
    const bracket = (h: string): string => (h.includes(':') ? `[${h}]` : h);
    if (this.udpPort !== undefined && this.stunMapped === undefined) {
      const host = await hostFor(this.o.udp?.advertiseHost);
      if (host) await this.advertise('ManagementServer.UDPConnectionRequestAddress', `${bracket(host)}:${this.udpPort}`);
    }
    if (this.httpPort === undefined) return;
    const host = await hostFor(this.o.http?.advertiseHost);
    if (host) await this.advertise('ManagementServer.ConnectionRequestURL', `http://${bracket(host)}:${this.httpPort}/${this.token}`);
  }

  /** Writes an address the agent owns; a change (not the first value) is a value change. */
  private async advertise(rel: string, value: string): Promise<void> {
    const path = `${this.o.root}${rel}`;
    if (!this.o.tree.schema.get(path)) return;
    const old = await this.value(rel);
    if (old === value) return;
    this.o.tree.seedValue(path, value);
    this.o.tree.commit();
    // ConnectionRequestURL is forceEnabled: its change reaches the ACS actively (TR-069 3.2.1).
    if (old !== '' && old !== undefined) await this.o.tree.changed(path);
  }
}
