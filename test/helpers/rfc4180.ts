/**
 * A strict reader for RFC 4180 CSV that knows nothing of the app: it is the "spreadsheet" of the export tests.
 * Records end with CRLF; a field is either bare (no quote, comma, CR or LF) or wholly quoted with doubled inner
 * quotes; every record has as many fields as the header. Anything else throws, naming the record.
 */

export interface StrictCsv {
  /** Whether the text started with a UTF-8 byte-order mark (removed before parsing). */
  bom: boolean;
  header: string[];
  records: string[][];
}

/** Parses `text` strictly; throws an Error saying what breaks RFC 4180 (or the header's field count) and where. */
export function readCsvStrict(text: string): StrictCsv {
  const bom = text.charCodeAt(0) === 0xfeff;
  const s = bom ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const where = () => `record ${rows.length + 1}`;
  while (i < s.length) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error(`${where()}: unterminated quoted field`);
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += s[i++];
      }
      if (i < s.length && s[i] !== ',' && !s.startsWith('\r\n', i)) throw new Error(`${where()}: text after a closing quote`);
    } else {
      while (i < s.length && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
        if (s[i] === '"') throw new Error(`${where()}: quote inside a bare field`);
        field += s[i++];
      }
      if (s[i] === '\n' || (s[i] === '\r' && s[i + 1] !== '\n')) throw new Error(`${where()}: line break other than CRLF`);
    }
    row.push(field);
    if (s[i] === ',') {
      i++;
      if (i >= s.length) throw new Error(`${where()}: ends after a comma`);
    } else if (s.startsWith('\r\n', i)) {
      i += 2;
      rows.push(row);
      row = [];
    } else if (i >= s.length) {
      rows.push(row);
      row = [];
    }
  }
  if (!rows.length) throw new Error('no header');
  const [header, ...records] = rows;
  records.forEach((r, k) => {
    if (r.length !== header.length) throw new Error(`record ${k + 2}: ${r.length} fields where the header has ${header.length} (${JSON.stringify(r[0]).slice(0, 60)})`);
  });
  return { bom, header, records };
}
