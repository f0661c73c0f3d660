import type { DataModel } from '../datamodel/tree.ts';
import type { Logger } from '../log/logger.ts';
import type { Value } from '../schema/values.ts';
import type { XmppAccount, XmppConnectionRequests, XmppStatus } from '../nat/xmpp-connection-request.ts';
import type { XmppTrust } from '../nat/xmpp-tls.ts';
import type { AgentComponent } from './component.ts';
import { applyXmppQuickSetup, type XmppQuickSetup } from './xmpp-quick-setup.ts';
import { isoSeconds } from '../common/date-time.ts';
import { bracketHost } from '../common/ip-literal.ts';

export interface XmppBindingOptions {
  tree: DataModel;
  /** 'Device.' — XMPP exists only in Device:2. */
  root: string;
  log: Logger;
  /** CA and client certificate for the XMPP server (the same as for the ACS). */
  trust: XmppTrust;
  /** The --xmpp-* settings, written into the configuration at start (and again after a factory reset). */
  quickSetup?: XmppQuickSetup | undefined;
  credentials(): Promise<{ username: string; password: string }>;
  onRequest(): void;
  now(): Date;
  random(): number;
}

interface RetrySettings {
  initialS: number;
  multiplier: number;
  maxS: number;
}

/** The connection settings read from the data model; equal keys mean nothing to restart. */
type Plan =
  { row: string; enabled: false } | { row: string; enabled: true; account: XmppAccount; retry: RetrySettings };

/** Direct TLS is conventionally on 5223 (XEP-0368); every other port negotiates STARTTLS. */
const DIRECT_TLS_PORT = 5223;

/**
 * Drives XMPP connection requests (TR-069 Annex K) from the data model: the row that
 * ManagementServer.ConnReqXMPPConnection points at says how to log in (TR-181 XMPP.Connection),
 * and the agent keeps that row's Status, LastChangeDate, JabberID and TLSEstablished current and
 * publishes the full JID in ConnReqJabberID. The data model is the source of truth: `refresh()`
 * re-reads it and reconnects only when the settings changed.
 */
export class XmppBinding implements AgentComponent {
  private client: XmppConnectionRequests | undefined;
  private key = '';
  private row: string | undefined;

  constructor(private readonly opts: XmppBindingOptions) {}

  private get ms(): string {
    return `${this.opts.root}ManagementServer.`;
  }

  private async read(path: string): Promise<Value | undefined> {
    return this.opts.tree.readInternal(path).catch(() => undefined);
  }

  private async str(path: string): Promise<string> {
    return String((await this.read(path)) ?? '');
  }

  private async num(path: string, fallback: number): Promise<number> {
    const v = Number(await this.read(path));
    return Number.isFinite(v) && v > 0 ? v : fallback;
  }

  /** The enabled connection row ConnReqXMPPConnection names, with or without a trailing dot. */
  private async plan(): Promise<Plan | undefined> {
    if (!this.opts.tree.schema.get(`${this.ms}ConnReqXMPPConnection`)) return undefined;
    const ref = (await this.str(`${this.ms}ConnReqXMPPConnection`)).trim();
    if (ref === '') return undefined;
    const row = ref.endsWith('.') ? ref : `${ref}.`;
    if (!/^Device\.XMPP\.Connection\.[0-9]+\.$/.test(row)) {
      this.opts.log.warn(
        `xmpp: ConnReqXMPPConnection '${ref}' is not an XMPP.Connection row; XMPP connection requests are off`,
      );
      return undefined;
    }
    const names = await this.opts.tree.getNames(row, true).catch(() => undefined);
    if (!names) {
      this.opts.log.warn(`xmpp: ConnReqXMPPConnection points at ${row}, which does not exist`);
      return undefined;
    }
    if ((await this.read(`${row}Enable`)) !== true) return { row, enabled: false };
    const domain = await this.str(`${row}Domain`);
    const useTls = (await this.read(`${row}UseTLS`)) === true;
    const servers: { address: string; port: number; priority: number; weight: number }[] = [];
    for (const n of await this.opts.tree.getNames(`${row}Server.`, true).catch(() => [])) {
      if ((await this.read(`${n.path}Enable`)) !== true) continue;
      servers.push({
        address: await this.str(`${n.path}ServerAddress`),
        port: await this.num(`${n.path}Port`, 5222),
        priority: Number((await this.read(`${n.path}Priority`)) ?? 0),
        weight: Number((await this.read(`${n.path}Weight`)) ?? 0),
      });
    }
    // Lowest Priority first, then the highest Weight (TR-181 XMPP.Connection.{i}.Server.{i}).
    servers.sort((a, b) => a.priority - b.priority || b.weight - a.weight);
    const server = servers.find((s) => s.address !== '') ?? { address: domain, port: 5222 };
    const host = bracketHost(server.address);
    const direct = useTls && server.port === DIRECT_TLS_PORT;
    return {
      row,
      enabled: true,
      account: {
        service: `${direct ? 'xmpps' : 'xmpp'}://${host}:${server.port}`,
        domain,
        username: await this.str(`${row}Username`),
        password: await this.str(`${row}Password`),
        resource: await this.str(`${row}Resource`),
        requireTls: useTls,
        ...(useTls ? { trust: this.opts.trust } : {}),
      },
      retry: {
        initialS: await this.num(`${row}ServerRetryInitialInterval`, 60),
        multiplier: await this.num(`${row}ServerRetryIntervalMultiplier`, 2000),
        maxS: await this.num(`${row}ServerRetryMaxInterval`, 30720),
      },
    };
  }

  /** The start-up settings first, then the connection they (or the ACS before) configured. */
  async start(): Promise<void> {
    const q = this.opts.quickSetup;
    if (q) {
      const row = await applyXmppQuickSetup(this.opts.tree, this.opts.root, q).catch((e: Error) => {
        this.opts.log.error(`xmpp: --xmpp-* settings not applied: ${e.message}`);
        return undefined;
      });
      if (row === undefined)
        this.opts.log.warn(
          'xmpp: this device has no XMPP configuration (ManagementServer.ConnReqXMPPConnection, Device.XMPP.)',
        );
    }
    await this.refresh();
  }

  /** The ACS may have changed the XMPP configuration: follow it. */
  afterSession(): Promise<void> {
    return this.refresh();
  }

  /** Re-reads the settings and (re)connects, or disconnects, when they changed. */
  async refresh(): Promise<void> {
    const plan = await this.plan();
    const key = plan === undefined ? '' : JSON.stringify(plan);
    if (key === this.key) return;
    this.key = key;
    await this.disconnect();
    if (!plan) return this.publishJid('');
    this.row = plan.row;
    if (!plan.enabled) {
      await this.setRow({ Status: 'Disabled', TLSEstablished: false, JabberID: '' });
      return this.publishJid('');
    }
    if (plan.account.domain === '' || plan.account.username === '') {
      this.opts.log.warn(`xmpp: ${plan.row} needs Domain and Username`);
      await this.setRow({ Status: 'Error_Misconfigured' });
      return this.publishJid('');
    }
    const { retry } = plan;
    // Loaded on first use: most boxes never configure XMPP, and the client costs start-up time.
    const { XmppConnectionRequests } = await import('../nat/xmpp-connection-request.ts');
    this.client = new XmppConnectionRequests({
      account: plan.account,
      credentials: () => this.opts.credentials(),
      allowedJids: async () =>
        (await this.str(`${this.ms}ConnReqAllowedJabberIDs`))
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      onRequest: () => this.opts.onRequest(),
      onOnline: (jid, tls) => void this.online(jid, tls),
      onStatus: (s) => void this.status(s),
      reconnectDelayMs: (n) => retryWaitMs(n, retry, this.opts.random),
      log: this.opts.log,
    });
    this.opts.log.info(
      `xmpp: connecting to ${plan.account.service} as ${plan.account.username}@${plan.account.domain}`,
    );
    // Not awaited: the boot Inform does not wait for the XMPP login; the JID follows as a change.
    void this.client.start();
  }

  async stop(): Promise<void> {
    this.key = '';
    await this.disconnect();
  }

  private async disconnect(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    if (!c) return;
    await c.stop();
    if (this.row) await this.setRow({ Status: 'Disabled', TLSEstablished: false });
  }

  private async online(jid: string, tls: boolean): Promise<void> {
    await this.setRow({ JabberID: jid, TLSEstablished: tls });
    await this.publishJid(jid);
  }

  private async status(s: XmppStatus): Promise<void> {
    await this.setRow({ Status: s });
  }

  /** Writes readOnly row parameters the agent owns; Status changes stamp LastChangeDate. */
  private async setRow(values: Record<string, Value>): Promise<void> {
    const row = this.row;
    if (!row) return;
    let touched = false;
    for (const [name, value] of Object.entries(values)) {
      const path = `${row}${name}`;
      const old = await this.read(path);
      if (old === undefined || old === value) continue;
      this.opts.tree.seedValue(path, value);
      touched = true;
      if (name === 'Status') this.opts.tree.seedValue(`${row}LastChangeDate`, isoSeconds(this.opts.now()));
      await this.opts.tree.changed(path);
    }
    if (touched) this.opts.tree.commit();
  }

  /**
   * ConnReqJabberID carries forceDefaultEnabled active notification (TR-181 ManagementServer):
   * each new JID, the first one included, reaches the ACS in a "4 VALUE CHANGE" session.
   */
  private async publishJid(jid: string): Promise<void> {
    const path = `${this.ms}ConnReqJabberID`;
    if (!this.opts.tree.schema.get(path)) return;
    const old = await this.read(path);
    if (old === jid || (old === undefined && jid === '')) return;
    this.opts.tree.seedValue(path, jid);
    this.opts.tree.commit();
    await this.opts.tree.changed(path);
  }
}

/**
 * Wait before reconnection attempt n (TR-181 XMPP.Connection ServerRetry*): a random point in
 * [m·k^(n-1), m·k^n) seconds, with k = multiplier/1000, never beyond ServerRetryMaxInterval.
 */
export function retryWaitMs(n: number, r: RetrySettings, random: () => number): number {
  const k = r.multiplier / 1000;
  const lo = r.initialS * k ** Math.max(0, n - 1);
  const hi = r.initialS * k ** Math.max(0, n);
  return Math.round(Math.min(r.maxS, lo + random() * (hi - lo)) * 1000);
}
