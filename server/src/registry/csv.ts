/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes inside quotes, commas and line
 * breaks (CRLF, LF or CR) inside quotes, a leading BOM, and an optional final line break.
 * Linear time, never throws: malformed input (a stray quote) is reported and read leniently.
 */
export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  fields: string[];
}

export interface CsvResult {
  rows: CsvRow[];
  errors: Array<{ line: number; column: number; message: string }>;
}

export function parseCsv(input: string, delimiter = ','): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  const errors: CsvResult['errors'] = [];
  const d = delimiter.charCodeAt(0);
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  let fields: string[] = [];
  let rowLine = 1;
  let field = '';
  let atFieldStart = true;

  const endRow = () => {
    fields.push(field);
    // A blank line is no row (RFC 4180 has none; spreadsheets leave them at the end).
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (atFieldStart && c === 34 /* " */) {
      // Quoted field: read to the closing quote; "" is a literal quote.
      const openLine = line;
      const openCol = i - lineStart + 1;
      i++;
      let closed = false;
      let start = i;
      let value = '';
      while (i < n) {
        const ch = text.charCodeAt(i);
        if (ch === 34) {
          if (text.charCodeAt(i + 1) === 34) {
            value += text.slice(start, i + 1);
            i += 2;
            start = i;
            continue;
          }
          value += text.slice(start, i);
          i++;
          closed = true;
          break;
        }
        if (ch === 10 || ch === 13) {
          if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      if (!closed) {
        value += text.slice(start, i);
        errors.push({ line: openLine, column: openCol, message: 'unterminated quoted field' });
      }
      field = value;
      atFieldStart = false;
      // After the closing quote only a delimiter or a line break may follow.
      const next = i < n ? text.charCodeAt(i) : -1;
      if (closed && next !== -1 && next !== d && next !== 10 && next !== 13) {
        errors.push({ line, column: i - lineStart + 1, message: 'unexpected text after a closing quote' });
        let j = i;
        while (j < n && text.charCodeAt(j) !== d && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
        field += text.slice(i, j);
        i = j;
      }
      continue;
    }
    if (c === d) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      i++;
      endRow();
      line++;
      lineStart = i;
      rowLine = line;
      continue;
    }
    // Unquoted run up to the next delimiter, quote-free by RFC 4180 (a stray quote is kept).
    let j = i;
    while (j < n) {
      const ch = text.charCodeAt(j);
      if (ch === d || ch === 10 || ch === 13) break;
      j++;
    }
    field += text.slice(i, j);
    atFieldStart = false;
    i = j;
  }
  if (!atFieldStart || fields.length > 0) endRow();
  return { rows, errors };
}

/** Quotes a field when it needs it (for writing drafts). */
export function csvField(s: string, delimiter = ','): string {
  return /["\r\n]/.test(s) || s.includes(delimiter) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
