import type { HandlerContext, HandlerRegistry } from '../datamodel/handlers.ts';
import type { DataModel } from '../datamodel/tree.ts';
import { UdpEchoServer, type UdpEchoServerStats } from '../diagnostics/udp-echo.ts';
import type { Logger } from '../log/logger.ts';
import type { Value } from '../schema/values.ts';
import type { AgentComponent } from './component.ts';
import { UNKNOWN_TIME } from '../common/date-time.ts';

/** Where the responder's configuration lives in each root model (TR-181, TR-143 on TR-098). */
const OBJECT: Record<string, string> = {
  'Device.': 'IP.Diagnostics.UDPEchoConfig.',
  'InternetGatewayDevice.': 'UDPEchoConfig.',
};

const STATS: Record<string, keyof UdpEchoServerStats> = {
  PacketsReceived: 'packetsReceived',
  PacketsResponded: 'packetsResponded',
  BytesReceived: 'bytesReceived',
  BytesResponded: 'bytesResponded',
  TimeFirstPacketReceived: 'timeFirstPacketReceived',
  TimeLastPacketReceived: 'timeLastPacketReceived',
};

/** The object path of each root ('Device.IP.Diagnostics.UDPEchoConfig.'): one string for every device. */
const OBJECT_PATHS = new Map<string, string>();

/** Echo Plus (TR-143 UDP Echo Plus) is what this responder does: a fact, not a per-device value. */
const ECHO_PLUS_SUPPORTED = { get: (): Value => true };

/** Registries the handlers are in already (a profile's shared one, or a tree's own). */
const REGISTERED = new WeakSet<HandlerRegistry>();

/** The binding of each tree whose stats handlers read it. */
const BINDINGS = new WeakMap<object, UdpEchoConfigBinding>();

/** One handler per statistic, shared by every tree: it reads the responder of the tree it is asked for. */
const STAT_HANDLERS = new Map(
  Object.entries(STATS).map(([name, field]) => [
    name,
    {
      get: (ctx: HandlerContext): Value => {
        const v = BINDINGS.get(ctx.tree)?.stat(field);
        return v ?? (field.startsWith('time') ? UNKNOWN_TIME : 0);
      },
    },
  ]),
);

/**
 * The UDP echo responder (TR-181 IP.Diagnostics.UDPEchoConfig / TR-143 UDPEchoConfig): runs while
 * Enable is true, on UDPPort, answering SourceIPAddress only when set, with Echo Plus when
 * EchoPlusEnabled; its statistics are read live. `refresh()` follows configuration changes.
 */
export class UdpEchoConfigBinding implements AgentComponent {
  private server: UdpEchoServer | undefined;
  private key = '';
  private readonly object: string | undefined;

  /**
   * `shared`: the registry every tree of the device profile shares; the handlers go there once
   * (a fleet's devices each registering their own kept a map and six paths apiece), and a
   * handler an integrator binds on a tree wins over them.
   */
  constructor(
    private readonly tree: DataModel,
    root: string,
    private readonly log: Logger,
    shared?: HandlerRegistry,
  ) {
    const rel = OBJECT[root];
    if (rel === undefined || !tree.schema.get(`${root}${rel}Enable`)) return;
    let object = OBJECT_PATHS.get(root);
    if (object === undefined) OBJECT_PATHS.set(root, (object = `${root}${rel}`));
    this.object = object;
    BINDINGS.set(tree, this);
    const registry = shared ?? tree.handlers;
    if (REGISTERED.has(registry)) return; // by an earlier tree of the profile
    REGISTERED.add(registry);
    const handlers = registry.parameters;
    for (const [name, handler] of STAT_HANDLERS) {
      const path = `${object}${name}`;
      if (tree.schema.get(path)?.kind === 'parameter') handlers.set(path, handler);
    }
    if (tree.schema.get(`${object}EchoPlusSupported`)?.kind === 'parameter')
      handlers.set(`${object}EchoPlusSupported`, ECHO_PLUS_SUPPORTED);
  }

  /** A statistic of the running responder (none while it is off). */
  stat(field: keyof UdpEchoServerStats): Value | undefined {
    return this.server?.stats[field];
  }

  private async read(name: string): Promise<Value | undefined> {
    return this.tree.readInternal(`${this.object}${name}`).catch(() => undefined);
  }

  boot(): Promise<void> {
    return this.refresh();
  }

  /** The ACS may have changed the configuration; a UDP echo test requested with it may target it. */
  afterSession(): Promise<void> {
    return this.refresh();
  }

  async refresh(): Promise<void> {
    if (!this.object) return;
    const enable = (await this.read('Enable')) === true;
    const port = Number((await this.read('UDPPort')) ?? 0);
    const source = String((await this.read('SourceIPAddress')) ?? '');
    const echoPlus = (await this.read('EchoPlusEnabled')) === true;
    const key = enable && port > 0 ? JSON.stringify([port, source, echoPlus]) : '';
    if (key === this.key) return;
    this.key = key;
    await this.stop();
    if (key === '') return;
    const server = new UdpEchoServer({ address: '', port, sourceIpAddress: source, echoPlus });
    try {
      await server.start();
      this.server = server;
      this.log.info(`diagnostics: UDP echo responder on port ${port}${echoPlus ? ' (Echo Plus)' : ''}`);
    } catch (e) {
      this.log.warn(`diagnostics: UDP echo responder cannot use port ${port}: ${(e as Error).message}`);
    }
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    await s?.stop();
  }
}
