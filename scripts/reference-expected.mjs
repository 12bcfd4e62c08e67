// The golden discrepancy files: the reference reconciliation (reference-reconcile.mjs) over a
// document model, with the page of every value found in the rendered PDF's text (pdftotext), never
// from the audit tool.
import { cellText } from './renja-fixtures/seed-parse.mjs';
import { fmtRp, pdfPages } from './renja-fixtures/expected.mjs';
import { cellPage, locateRows } from './audit-fixtures/locate.mjs';
import { referenceFindings } from './reference-reconcile.mjs';

export const COLUMNS = [
  'doc',
  'rule',
  'severity',
  'code',
  'field',
  'table_a',
  'page_a',
  'value_a',
  'table_b',
  'page_b',
  'value_b',
  'difference',
  'message',
];

const csvField = (s) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const toCsv = (rows) =>
  [COLUMNS, ...rows.map((r) => COLUMNS.map((c) => r[c]))]
    .map((r) => r.map((x) => csvField(String(x ?? ''))).join(','))
    .join('\n') + '\n';

/** Slot `col` of a model row (a merged cell sits at its first slot). */
function cellAtSlot(row, col) {
  let k = 0;
  for (const c of row.cells) {
    if (k === col) return c;
    k += c.cs ?? 1;
  }
  return null;
}

/**
 * Expected rows (the columns of discrepancies.csv) of one document: `blocks` its model, `pdf` its
 * rendering. `raw`: the model's cells carry forced in-word breaks (`¦`) that the PDF shows as two
 * words (the seed), so pages are found from the raw cell text.
 */
export function expectedRows(doc, blocks, pdf, { raw = false } = {}) {
  const findings = referenceFindings(blocks);
  const text = raw ? (c) => c.s : cellText;
  const used = new Set(findings.flatMap((f) => [f.a, f.b]).flatMap((s) => (s?.at?.model ? [s.at.model] : [])));
  const tables = blocks.filter((b) => b.t === 'table' && used.has(b.id));
  const loc = locateRows(pdf, tables, { text });
  const pages = pdfPages(pdf);
  // the page printing the sentence's figure (`Rp. 83.656.000,-`; a table of contents may repeat its heading)
  const prosePage = (figure) => {
    const p = pages.findIndex((lines) => lines.join(' ').includes(`Rp. ${fmtRp(BigInt(figure))},-`));
    if (p < 0) throw new Error(`${doc}: the figure Rp. ${fmtRp(BigInt(figure))},- is not in the PDF text`);
    return p + 1;
  };
  const page = (side) => {
    if (!side?.at) return '';
    if (side.at.prose) return prosePage(side.at.figure);
    const t = tables.find((b) => b.id === side.at.model);
    const c = cellAtSlot(t.rows[side.at.row], side.at.col);
    return cellPage(loc, side.at.model, side.at.row, c ? text(c) : '');
  };
  return findings.map((f) => ({
    doc,
    rule: f.rule,
    severity: f.severity,
    code: f.code,
    field: f.field,
    table_a: f.a.table,
    page_a: page(f.a),
    value_a: f.a.value,
    table_b: f.b?.table ?? '',
    page_b: page(f.b),
    value_b: f.b?.value ?? '',
    difference: f.difference,
    message: f.why,
  }));
}
