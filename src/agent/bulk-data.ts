import { bindCapabilities } from '../bulkdata/capabilities.ts';
import { readBulkData, type BulkDataConfig } from '../bulkdata/profile-config.ts';
import type { CollectedReport } from '../bulkdata/report.ts';
import { RETAINED_DOC, type RetainedReports } from '../bulkdata/retained-reports.ts';
import { bulkDataRule } from '../bulkdata/rules.ts';
import type { Clock } from '../cwmp/clock.ts';
import type { RpcDispatcher } from '../cwmp/rpc/dispatch.ts';
import type { HandlerRegistry } from '../datamodel/handlers.ts';
import type { DataModel } from '../datamodel/tree.ts';
import type { Logger } from '../log/logger.ts';
import type { DocumentStore } from '../store/index.ts';
import type { TransferTls } from '../transfer/transfer-options.ts';
import { ProfileRun, type ProfileRunHost } from './bulk-data-run.ts';
import type { AgentComponent } from './component.ts';
import type { StateWriter } from './state-writer.ts';

export interface BulkDataOptions {
  tree: DataModel;
  root: string;
  clock: Clock;
  random: () => number;
  log: Logger;
  /** https collectors are checked as the ACS's file servers are (its CA, its client certificate). */
  tls: TransferTls;
  store: DocumentStore;
  writer: StateWriter;
  /** Handlers every tree of the device shares: the per-profile capabilities are bound there once. */
  shared: HandlerRegistry;
}

const DOC = 'bulkdata';

/**
 * Bulk Data collection (TR-069 Annex N, TR-181 Device.BulkData): follows the configuration after
 * every session and local change, and runs one ProfileRun per enabled profile while
 * Device.BulkData.Enable is true. Failed reports are kept in the state directory, so a restart
 * sends them with the next report. A device whose profile has no BulkData object gets no
 * component at all; one that has it but runs no profile holds no per-profile state.
 */
export class BulkDataService implements AgentComponent {
  // A fleet runs thousands of these: everything per profile is made when a profile is enabled.
  private runs: Map<number, ProfileRun> | undefined;
  private retainedDoc: Record<string, RetainedReports> | undefined;
  private maxParameters = -1;
  private following: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private enabled = false;
  private hostOf: ProfileRunHost | undefined;
  /** The Profile rows when the configuration was last read. */
  private rowsSeen = '';
  /** The profiles found at start run on a random phase (ProfileRun). */
  private booting = false;

  constructor(private readonly o: BulkDataOptions) {
    o.tree.addRule(bulkDataRule);
    bindCapabilities(o.shared, o.tree.schema, o.root);
  }

  /** What the profile runs see of the agent (made with the first one). */
  private get host(): ProfileRunHost {
    const o = this.o;
    this.hostOf ??= {
      tree: o.tree,
      root: o.root,
      clock: o.clock,
      random: o.random,
      log: o.log,
      tls: o.tls,
      maxParameters: () => this.maxParameters,
      retained: (n, encoding) => this.retained(n, encoding),
      retain: (n, encoding, reports) => this.retain(n, encoding, reports),
      healthChanged: () => this.writeStatus(),
    };
    return this.hostOf;
  }

  /** Whether a device with this schema has Bulk Data at all. */
  static supported(tree: DataModel, root: string): boolean {
    return tree.schema.get(`${root}BulkData.Profile.{i}.`)?.kind === 'object';
  }

  /** A set the ACS made under Device.BulkData is followed once its session has ended. */
  rpcs(dispatcher: RpcDispatcher): void {
    dispatcher.onParametersSet((parameters) => {
      if (parameters.some((p) => p.name.startsWith(`${this.o.root}BulkData.`))) this.again = true;
    });
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.booting = true;
    try {
      await this.follow();
    } finally {
      this.booting = false;
    }
  }

  /**
   * The configuration is read again only when it may have changed: the ACS set something under
   * Device.BulkData, or added or deleted a profile (thousands of fleet sessions a second pass here).
   */
  async afterSession(): Promise<void> {
    if (!this.again && (await this.profileRows()) === this.rowsSeen) return;
    return this.follow();
  }

  clockJumped(ms: number): void {
    for (const r of this.runs?.values() ?? []) r.clockJumped(ms);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.following;
    const runs = [...(this.runs?.values() ?? [])];
    this.runs = undefined;
    await Promise.all(runs.map((r) => r.stop()));
  }

  /**
   * Starts, updates and stops profile runs to match Device.BulkData now. Calls that arrive while
   * one is running coalesce into one more pass after it.
   */
  follow(): Promise<void> {
    if (this.following) {
      this.again = true;
      return this.following;
    }
    const pass = async (): Promise<void> => {
      do {
        this.again = false;
        await this.followOnce();
      } while (this.again && !this.stopped);
    };
    this.following = pass()
      .catch((e: unknown) => this.o.log.error(`bulkdata: cannot follow the configuration: ${(e as Error).message}`))
      .finally(() => (this.following = undefined));
    return this.following;
  }

  private async followOnce(): Promise<void> {
    if (this.stopped) return;
    const config = await readBulkData(this.o.tree, this.o.root);
    if (!config) return;
    this.rowsSeen = config.profiles.map((p) => p.instance).join(',');
    this.maxParameters = config.maxNumberOfParameterReferences;
    this.enabled = config.enable;
    const wanted = new Map(config.enable ? config.profiles.filter((p) => p.enable).map((p) => [p.instance, p]) : []);
    for (const [n, run] of [...(this.runs ?? [])]) {
      if (wanted.has(n)) continue;
      this.runs?.delete(n);
      await run.stop();
      this.o.log.info(`bulkdata: profile ${n} stopped`);
    }
    this.dropDeleted(config);
    for (const [n, p] of wanted) {
      const run = this.runs?.get(n);
      if (run) run.configure(p);
      else {
        (this.runs ??= new Map()).set(n, new ProfileRun(this.host, p, this.booting));
        this.o.log.info(
          `bulkdata: profile ${n} collecting every ${p.reportingInterval} s to ${p.http.url || '(no URL)'}`,
        );
      }
    }
    this.writeStatus();
  }

  private async profileRows(): Promise<string> {
    const table = this.o.tree.schema.get(`${this.o.root}BulkData.Profile.{i}.`);
    if (table?.kind !== 'object') return '';
    return (await this.o.tree.rows(table, `${this.o.root}BulkData.Profile.`, [])).join(',');
  }

  /** Device.BulkData.Status: Disabled, Enabled, or Error while an enabled profile cannot deliver. */
  private writeStatus(): void {
    const path = `${this.o.root}BulkData.Status`;
    if (this.o.tree.schema.get(path)?.kind !== 'parameter') return;
    const status = !this.enabled
      ? 'Disabled'
      : [...(this.runs?.values() ?? [])].some((r) => r.problem !== undefined)
        ? 'Error'
        : 'Enabled';
    void this.o.tree.readInternal(path).then((now) => {
      if (now === status) return;
      this.o.tree.seedValue(path, status);
      this.o.tree.commit();
    });
  }

  private doc(): Record<string, RetainedReports> {
    this.retainedDoc ??= { ...(this.o.store.read(DOC, RETAINED_DOC)?.profiles ?? {}) };
    return this.retainedDoc;
  }

  private retained(n: number, encoding: string): readonly CollectedReport[] {
    const r = this.doc()[String(n)];
    if (!r) return [];
    // TR-181 NumberOfRetainedFailedReports: a new EncodingType deletes the outstanding reports.
    if (r.encoding !== encoding) {
      this.retain(n, encoding, []);
      return [];
    }
    return r.reports;
  }

  private retain(n: number, encoding: string, reports: readonly CollectedReport[]): void {
    const doc = this.doc();
    const key = String(n);
    if (reports.length === 0 && !doc[key]) return;
    if (reports.length === 0) delete doc[key];
    else doc[key] = { encoding, reports };
    this.o.writer.write(DOC, RETAINED_DOC, { profiles: doc });
  }

  /** Reports retained for a profile row that no longer exists go with it. */
  private dropDeleted(config: BulkDataConfig): void {
    if (!this.retainedDoc && config.profiles.length === 0 && (this.runs?.size ?? 0) === 0) return;
    const doc = this.doc();
    const gone = Object.keys(doc).filter((k) => !config.profiles.some((p) => String(p.instance) === k));
    if (gone.length === 0) return;
    for (const k of gone) delete doc[k];
    this.o.writer.write(DOC, RETAINED_DOC, { profiles: doc });
  }
}
