/** Test helper: RFC 4180 CSV parsing for comparing our CSV outputs with golden files. */

export type Row = Record<string, string>;

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines) -> rows keyed by the header. */
export function parseCsv(input: string): Row[] {
  // our CSVs start with a UTF-8 byte order mark (for Excel); it is not part of the first column's name
  const text = input.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length) records.push([...record, field]);
  const [header, ...body] = records;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
