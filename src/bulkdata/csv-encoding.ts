import { timestampOf, type CollectedReport, type TimestampFormat } from './report.ts';

/** CSVEncoding.ReportFormat (TR-069 Annex N.3.4). */
export type CsvReportFormat = 'ParameterPerRow' | 'ParameterPerColumn';

export interface CsvEncodingOptions {
  readonly format: CsvReportFormat;
  /** CSVEncoding.RowTimestamp: a leading ReportTimestamp column, or none. */
  readonly timestamp: TimestampFormat;
  /** CSVEncoding.FieldSeparator; empty means RFC 4180's comma. */
  readonly fieldSeparator: string;
  /** CSVEncoding.RowSeparator; empty means RFC 4180's CRLF. */
  readonly rowSeparator: string;
  /** CSVEncoding.EscapeCharacter: encloses a field that needs it and doubles itself inside; empty means '"'. */
  readonly escapeCharacter: string;
}

/**
 * RFC 4180 2.6-2.7 with the profile's characters: a field holding a separator, the escape
 * character or a line break is enclosed in the escape character, which is doubled inside.
 */
function fieldWriter(o: CsvEncodingOptions): (field: string) => string {
  const fs = o.fieldSeparator || ',';
  const rs = o.rowSeparator || '\r\n';
  const esc = o.escapeCharacter || '"';
  return (field) =>
    field.includes(fs) || field.includes(esc) || field.includes(rs) || /[\r\n]/.test(field)
      ? `${esc}${field.split(esc).join(esc + esc)}${esc}`
      : field;
}

/**
 * The body of a CSV report (TR-069 Annex N.3.4): one header row, then the rows of every report,
 * the retained failed ones first (Annex N: their content continues without a header of its own).
 * ParameterPerRow writes ParameterName, ParameterValue and ParameterType (the TR-106 base type)
 * per parameter; ParameterPerColumn one row per report under a header of the parameter names
 * (every name any of the reports has, in the order first seen; a report without one leaves its
 * field empty). Every row ends with the row separator.
 */
export function encodeCsvReports(reports: readonly CollectedReport[], o: CsvEncodingOptions): string {
  const field = fieldWriter(o);
  const fs = o.fieldSeparator || ',';
  const rs = o.rowSeparator || '\r\n';
  const stamped = o.timestamp !== 'None';
  const rows: string[][] = [];
  const time = (r: CollectedReport): string[] => {
    const ts = timestampOf(r.at, o.timestamp);
    return ts ? [ts.text] : [];
  };
  if (o.format === 'ParameterPerRow') {
    rows.push([...(stamped ? ['ReportTimestamp'] : []), 'ParameterName', 'ParameterValue', 'ParameterType']);
    for (const r of reports) for (const [name, wire, type] of r.entries) rows.push([...time(r), name, wire, type]);
  } else {
    const columns = new Map<string, number>();
    for (const r of reports) for (const [name] of r.entries) if (!columns.has(name)) columns.set(name, columns.size);
    rows.push([...(stamped ? ['ReportTimestamp'] : []), ...columns.keys()]);
    for (const r of reports) {
      const values = new Array<string>(columns.size).fill('');
      for (const [name, wire] of r.entries) values[columns.get(name)!] = wire;
      rows.push([...time(r), ...values]);
    }
  }
  return rows.map((row) => row.map(field).join(fs) + rs).join('');
}
