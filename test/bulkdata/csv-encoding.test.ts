import { describe, expect, it } from 'vitest';
import { encodeCsvReports, type CsvEncodingOptions } from '../../src/bulkdata/csv-encoding.ts';
import type { CollectedReport } from '../../src/bulkdata/report.ts';

// Golden outputs written from TR-069 Annex N.3.4 and RFC 4180: a header row, ParameterPerRow with
// ParameterName, ParameterValue and ParameterType (the TR-106 base type), ParameterPerColumn with
// one row per report; the defaults are a comma, CRLF and the double quote.
const defaults: CsvEncodingOptions = {
  format: 'ParameterPerRow',
  timestamp: 'Unix-Epoch',
  fieldSeparator: ',',
  rowSeparator: '',
  escapeCharacter: '"',
};
const first: CollectedReport = {
  at: 1364529149_000,
  entries: [
    ['Device.IP.Interface.1.Stats.BytesSent', '25248', 'unsignedLong'],
    ['Device.IP.Interface.1.Stats.BytesReceived', '200543250', 'unsignedLong'],
    ['Device.IP.Interface.4.Name', 'wlan0, guest', 'string'],
    ['Device.IP.Interface.4.Alias', 'say "hi"', 'string'],
  ],
};
const second: CollectedReport = {
  at: 1364529449_000,
  entries: [
    ['Device.IP.Interface.1.Stats.BytesSent', '25300', 'unsignedLong'],
    ['Device.IP.Interface.1.Stats.BytesReceived', '200600000', 'unsignedLong'],
    ['Device.IP.Interface.4.Name', 'wlan0, guest', 'string'],
    ['Device.IP.Interface.4.Alias', 'say "hi"', 'string'],
    ['Device.IP.Interface.5.Enable', 'false', 'boolean'],
  ],
};

describe('CSV encoding (TR-069 Annex N.3.4)', () => {
  it('ParameterPerRow: timestamp, name, value and type per row; fields with separators or quotes are escaped', () => {
    expect(encodeCsvReports([first], defaults)).toBe(
      'ReportTimestamp,ParameterName,ParameterValue,ParameterType\r\n' +
        '1364529149,Device.IP.Interface.1.Stats.BytesSent,25248,unsignedLong\r\n' +
        '1364529149,Device.IP.Interface.1.Stats.BytesReceived,200543250,unsignedLong\r\n' +
        '1364529149,Device.IP.Interface.4.Name,"wlan0, guest",string\r\n' +
        '1364529149,Device.IP.Interface.4.Alias,"say ""hi""",string\r\n',
    );
  });

  it("ParameterPerRow with retained reports: one header, then every report's rows, oldest first", () => {
    const text = encodeCsvReports([first, second], { ...defaults, timestamp: 'None' });
    const rows = text.split('\r\n');
    expect(rows[0]).toBe('ParameterName,ParameterValue,ParameterType');
    expect(rows.filter((r) => r.startsWith('ParameterName'))).toHaveLength(1);
    expect(rows.slice(1, -1)).toHaveLength(first.entries.length + second.entries.length);
    expect(rows[5]).toBe('Device.IP.Interface.1.Stats.BytesSent,25300,unsignedLong');
    expect(rows.at(-1)).toBe('');
  });

  it('ParameterPerColumn: the names as the header, a row per report; a column a report lacks stays empty', () => {
    expect(
      encodeCsvReports([first, second], { ...defaults, format: 'ParameterPerColumn', timestamp: 'ISO-8601' }),
    ).toBe(
      'ReportTimestamp,Device.IP.Interface.1.Stats.BytesSent,Device.IP.Interface.1.Stats.BytesReceived,' +
        'Device.IP.Interface.4.Name,Device.IP.Interface.4.Alias,Device.IP.Interface.5.Enable\r\n' +
        '2013-03-29T03:52:29Z,25248,200543250,"wlan0, guest","say ""hi""",\r\n' +
        '2013-03-29T03:57:29Z,25300,200600000,"wlan0, guest","say ""hi""",false\r\n',
    );
  });

  it("the profile's own separators and escape character", () => {
    const r: CollectedReport = {
      at: 1364529149_000,
      entries: [
        ['A', "it's;x", 'string'],
        ['B', 'plain, with comma', 'string'],
        ['C', 'two\nlines', 'string'],
      ],
    };
    expect(
      encodeCsvReports([r], {
        format: 'ParameterPerColumn',
        timestamp: 'Unix-Epoch',
        fieldSeparator: ';',
        rowSeparator: '\n',
        escapeCharacter: "'",
      }),
    ).toBe("ReportTimestamp;A;B;C\n1364529149;'it''s;x';plain, with comma;'two\nlines'\n");
  });
});
