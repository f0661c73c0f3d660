import type { FleetSummary } from '../fleet-metrics.ts';
import type { TimelineData } from '../fleet-timeline.ts';
import type { ScenarioResult } from '../scenario/scenario-run.ts';

/** Everything the HTML report shows, embedded in the page as JSON. */
export interface ReportData {
  title: string;
  /** ISO time the report was written. */
  generatedAt: string;
  acsUrl: string;
  shard: string;
  firstSerial: string;
  lastSerial: string;
  summary: FleetSummary;
  timeline: TimelineData;
  scenario?: ScenarioResult;
}
