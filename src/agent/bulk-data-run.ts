import { encodeCsvReports } from '../bulkdata/csv-encoding.ts';
import { ReportSender, type ReportRequest } from '../bulkdata/http-sender.ts';
import { encodeJsonReports } from '../bulkdata/json-encoding.ts';
import type { ProfileConfig } from '../bulkdata/profile-config.ts';
import { collectParameters } from '../bulkdata/references.ts';
import type { CollectedReport } from '../bulkdata/report.ts';
import { afterFailure, retainLimit } from '../bulkdata/retained-reports.ts';
import { nextReportAt, retryAt, timeReferenceMs } from '../bulkdata/schedule.ts';
import type { Clock } from '../cwmp/clock.ts';
import type { DataModel } from '../datamodel/tree.ts';
import type { Logger } from '../log/logger.ts';
import type { TransferTls } from '../transfer/transfer-options.ts';

/** How long one transfer may go without progress before it counts as failed. */
const TRANSFER_TIMEOUT_MS = 30_000;

/** What a profile run needs of the agent: the tree, time, the retained reports and the status. */
export interface ProfileRunHost {
  readonly tree: DataModel;
  readonly root: string;
  readonly clock: Clock;
  readonly random: () => number;
  readonly log: Logger;
  readonly tls: TransferTls;
  /** MaxNumberOfParameterReferences (-1: no limit). */
  maxParameters(): number;
  /** The profile's retained failed reports, if they were collected for `encoding` (else dropped). */
  retained(instance: number, encoding: string): readonly CollectedReport[];
  retain(instance: number, encoding: string, reports: readonly CollectedReport[]): void;
  /** The run's health changed (Device.BulkData.Status). */
  healthChanged(): void;
}

/**
 * One enabled Device.BulkData.Profile.{i}: at the end of each reporting interval it reads the
 * profile's parameters, encodes them with the retained failed reports, and sends them to the
 * collector; a failed transfer is retried while the interval lasts (RetryEnable), then kept
 * (NumberOfRetainedFailedReports) for the next report (TR-069 Annex N). All work of a run is
 * serialised on one chain, so a report never overtakes the failure handling of the previous one.
 */
export class ProfileRun {
  /** Why the last report could not be delivered, if it could not: the profile is in error. */
  problem: string | undefined;
  private config: ProfileConfig;
  private timer: unknown;
  private nextAt = 0;
  private anchor: number;
  private failures = 0;
  private retry: { timer: unknown; payload: CollectedReport[] } | undefined;
  private inflight: AbortController | undefined;
  private reportQueued = false;
  private sender: ReportSender | undefined;
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;

  /**
   * `spread`: the device just booted, and without a TimeReference it picks the phase of its
   * intervals at random (TR-181 lets the device choose it), so a fleet that boots together after
   * a power cut does not report in one burst; otherwise the first interval starts now.
   */
  constructor(
    private readonly host: ProfileRunHost,
    config: ProfileConfig,
    spread = false,
  ) {
    this.config = config;
    const now = host.clock.now();
    this.anchor = spread ? now - Math.floor(host.random() * config.reportingInterval * 1000) : now;
    this.schedule();
  }

  get instance(): number {
    return this.config.instance;
  }

  /**
   * Follows a new configuration. A change of ReportingInterval or TimeReference starts the first
   * interval now (TR-181 BulkData.Profile); everything else applies from the next report.
   */
  configure(c: ProfileConfig): void {
    const timing =
      c.reportingInterval !== this.config.reportingInterval || c.timeReference !== this.config.timeReference;
    this.config = c;
    if (!timing) return;
    this.anchor = this.host.clock.now();
    this.host.clock.clearTimeout(this.timer);
    this.schedule();
  }

  /** The wall clock stepped: intervals without a TimeReference keep their phase, aligned ones re-align. */
  clockJumped(ms: number): void {
    this.anchor += ms;
    this.host.clock.clearTimeout(this.timer);
    this.schedule();
  }

  /** Stops the run; what is waiting to be delivered is kept with the retained reports. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.host.clock.clearTimeout(this.timer);
    this.giveUpRetry();
    this.inflight?.abort();
    await this.chain;
    this.sender?.close();
    this.sender = undefined;
  }

  private schedule(): void {
    const now = this.host.clock.now();
    const c = this.config;
    this.nextAt = nextReportAt(now, c.reportingInterval, timeReferenceMs(c.timeReference), this.anchor);
    this.timer = this.host.clock.setTimeout(() => this.due(), this.nextAt - now);
  }

  /**
   * The interval ended: the next one starts, and this one's report goes out. Retries stop when
   * the next interval begins (Annex N): what they carried is retained. A transfer still under way
   * is left to finish (its own timeout bounds it), and while a report waits behind it no second
   * one is queued: a collector slower than the interval gets fewer, fresh reports, not a backlog.
   */
  private due(): void {
    if (this.stopped) return;
    this.schedule();
    this.giveUpRetry();
    if (this.reportQueued) return;
    this.reportQueued = true;
    this.enqueue(() => {
      this.reportQueued = false;
      return this.report();
    });
  }

  private enqueue(step: () => Promise<void>): void {
    this.chain = this.chain.then(step).catch((e: unknown) => {
      this.host.log.error(`bulkdata: profile ${this.instance}: ${(e as Error).message}`);
    });
  }

  private giveUpRetry(): void {
    const r = this.retry;
    if (!r) return;
    this.retry = undefined;
    this.host.clock.clearTimeout(r.timer);
    this.enqueue(async () => this.keep(r.payload));
  }

  private async report(): Promise<void> {
    const c = this.config;
    const at = this.host.clock.now();
    const { entries, dropped } = await collectParameters(this.host.tree, c.parameters, this.host.maxParameters());
    if (dropped > 0)
      this.host.log.warn(
        `bulkdata: profile ${c.instance}: ${dropped} parameters over MaxNumberOfParameterReferences left out`,
      );
    await this.attempt([...this.host.retained(c.instance, c.encoding), { at, entries }]);
  }

  /** One transfer of the retained reports and the current one. */
  private async attempt(payload: CollectedReport[]): Promise<void> {
    const c = this.config;
    if (this.stopped) return this.keep(payload);
    const request = await this.request(payload);
    if (typeof request === 'string') {
      this.keep(payload);
      return this.setProblem(request);
    }
    const abort = new AbortController();
    this.inflight = abort;
    this.sender ??= new ReportSender(this.host.tls, TRANSFER_TIMEOUT_MS);
    const outcome = await this.sender.send(request, abort.signal);
    if (this.inflight === abort) this.inflight = undefined;
    if (outcome.ok) {
      this.failures = 0;
      this.host.retain(c.instance, c.encoding, []);
      this.host.log.debug(
        `bulkdata: profile ${c.instance}: ${payload.length} report(s) delivered (HTTP ${outcome.status})`,
      );
      return this.setProblem(undefined);
    }
    this.failures += 1;
    const now = this.host.clock.now();
    const http = c.http;
    // No retry once the next report is waiting: it carries this one along, retained.
    const again =
      !abort.signal.aborted && !this.stopped && !this.reportQueued && http.retryEnable
        ? retryAt(
            now,
            this.failures,
            { minimumWaitSeconds: http.retryMinimumWaitInterval, intervalMultiplier: http.retryIntervalMultiplier },
            this.host.random,
            this.nextAt,
          )
        : undefined;
    if (again !== undefined) {
      const timer = this.host.clock.setTimeout(() => {
        if (this.retry?.timer !== timer) return;
        this.retry = undefined;
        this.enqueue(() => this.attempt(payload));
      }, again - now);
      this.retry = { timer, payload };
    } else this.keep(payload);
    this.setProblem(`transfer to the collector failed: ${outcome.reason}`);
  }

  /** A report that could not be delivered: kept, newest first, up to NumberOfRetainedFailedReports. */
  private keep(payload: readonly CollectedReport[]): void {
    const c = this.config;
    this.host.retain(c.instance, c.encoding, afterFailure(payload, retainLimit(c.numberOfRetainedFailedReports)));
  }

  private setProblem(problem: string | undefined): void {
    if (problem === this.problem) return;
    if (problem !== undefined) this.host.log.warn(`bulkdata: profile ${this.instance}: ${problem}`);
    else if (this.problem !== undefined) this.host.log.info(`bulkdata: profile ${this.instance}: delivering again`);
    this.problem = problem;
    this.host.healthChanged();
  }

  /** The HTTP request for these reports (TR-069 Annex N.2, N.3), or why the profile cannot send. */
  private async request(payload: readonly CollectedReport[]): Promise<ReportRequest | string> {
    const c = this.config;
    if (c.protocol !== 'HTTP') return `Protocol ${JSON.stringify(c.protocol)} is not one this device sends`;
    if (c.http.url === '') return 'HTTP.URL is not set';
    let body: string;
    let contentType: string;
    let reportFormat: string;
    if (c.encoding === 'JSON') {
      body = encodeJsonReports(payload, c.json);
      contentType = 'application/json; charset=UTF-8';
      reportFormat = c.json.format;
    } else if (c.encoding === 'CSV') {
      body = encodeCsvReports(payload, c.csv);
      // Annex N.3.4: the media type says a header row is present.
      contentType = 'text/csv; charset=UTF-8; header=present';
      reportFormat = c.csv.format;
    } else return `EncodingType ${JSON.stringify(c.encoding)} is not one this device encodes`;
    return {
      url: c.http.url,
      query: await this.query(),
      method: c.http.method,
      body,
      contentType,
      reportFormat,
      compression: c.http.compression,
      ...(c.http.useDateHeader ? { date: new Date(this.host.clock.now()) } : {}),
      username: c.http.username,
      password: c.http.password,
    };
  }

  /** Annex N.2.1: oui, pc and sn always, then each RequestURIParameter with the value it names now. */
  private async query(): Promise<[string, string][]> {
    const { tree, root } = this.host;
    const wire = async (path: string): Promise<string> => (await tree.getValues([path]).catch(() => []))[0]?.wire ?? '';
    const out: [string, string][] = [
      ['oui', await wire(`${root}DeviceInfo.ManufacturerOUI`)],
      ['pc', await wire(`${root}DeviceInfo.ProductClass`)],
      ['sn', await wire(`${root}DeviceInfo.SerialNumber`)],
    ];
    for (const u of this.config.http.uriParameters) out.push([u.name, await wire(u.reference)]);
    return out;
  }
}
