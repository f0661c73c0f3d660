/**
 * A forgiving RFC 4180 reader: comma-separated fields, double quotes around a field that holds a
 * comma, quote or line break, "" for a quote inside one. Real exports bend the rules (GenieACS
 * writes an access list unquoted, so a row can have more fields than its header), so the reader
 * never throws: it returns every record with its first line, and flags one whose quote never
 * closed.
 */
export interface CsvRecord {
  readonly fields: readonly string[];
  /** 1-based line the record starts on. */
  readonly line: number;
  /** A quoted field ran to the end of the text. */
  readonly unterminated?: true;
}

export function parseCsv(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  let line = 1;
  let start = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a UTF-8 byte-order mark
  const endRecord = (): void => {
    fields.push(field);
    // A blank line is no record.
    if (fields.length > 1 || fields[0] !== '' || quoted) out.push({ fields, line: start });
    fields = [];
    field = '';
    quoted = false;
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '' && !quoted) {
      inQuotes = true;
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      quoted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
  }
  if (inQuotes) {
    fields.push(field);
    out.push({ fields, line: start, unterminated: true });
  } else if (field !== '' || fields.length > 0 || quoted) endRecord();
  return out;
}
