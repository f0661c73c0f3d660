import type { PrimitiveType } from '../schema/descriptor.ts';
import { timestampOf, type CollectedReport, type TimestampFormat } from './report.ts';

/** JSONEncoding.ReportFormat (TR-069 Annex N.3.5). */
export type JsonReportFormat = 'ObjectHierarchy' | 'NameValuePair';

export interface JsonEncodingOptions {
  readonly format: JsonReportFormat;
  /** JSONEncoding.ReportTimestamp: the "CollectionTime" member of each report. */
  readonly timestamp: TimestampFormat;
}

const NUMBERS: ReadonlySet<PrimitiveType> = new Set(['int', 'unsignedInt', 'long', 'unsignedLong']);
const INTEGER = /^-?(0|[1-9][0-9]*)$/;

/**
 * A value as Annex N.3.5 maps TR-106 base types to JSON: the four integer types are numbers
 * (written digit for digit, so a 64-bit counter is never rounded through a double), boolean is a
 * boolean, everything else (dateTime, the binary types, lists) a string.
 */
function jsonValue(wire: string, type: PrimitiveType): string {
  if (NUMBERS.has(type) && INTEGER.test(wire)) return wire;
  if (type === 'boolean') return wire === 'true' || wire === '1' ? 'true' : 'false';
  return JSON.stringify(wire);
}

/** A JSON object built in insertion order: numeric member names ("1", "2") keep their place. */
type Node = Map<string, Node | string>;

function serialize(node: Node): string {
  const members: string[] = [];
  for (const [k, v] of node) members.push(`${JSON.stringify(k)}:${typeof v === 'string' ? v : serialize(v)}`);
  return `{${members.join(',')}}`;
}

/** One report: CollectionTime first, then the parameters, flat or as the object hierarchy. */
function reportObject(r: CollectedReport, o: JsonEncodingOptions): Node {
  const root: Node = new Map();
  const ts = timestampOf(r.at, o.timestamp);
  if (ts) root.set('CollectionTime', ts.numeric ? ts.text : JSON.stringify(ts.text));
  for (const [name, wire, type] of r.entries) {
    const value = jsonValue(wire, type);
    if (o.format === 'NameValuePair') {
      root.set(name, value);
      continue;
    }
    // ObjectHierarchy: each path segment an object, the parameter a member of its object. A name
    // that would make a parameter an object as well (two Names colliding) keeps the first one.
    const segs = name.split('.');
    let at: Node = root;
    let ok = true;
    for (const seg of segs.slice(0, -1)) {
      let next = at.get(seg);
      if (typeof next === 'string') {
        ok = false;
        break;
      }
      if (!next) at.set(seg, (next = new Map()));
      at = next;
    }
    const leaf = segs.at(-1)!;
    if (ok && !(at.get(leaf) instanceof Map)) at.set(leaf, value);
  }
  return root;
}

/**
 * The body of a JSON report (TR-069 Annex N.3.5): {"Report":[…]} with one element per report,
 * the retained failed ones first, oldest first, then the current one.
 */
export function encodeJsonReports(reports: readonly CollectedReport[], o: JsonEncodingOptions): string {
  return `{"Report":[${reports.map((r) => serialize(reportObject(r, o))).join(',')}]}`;
}
