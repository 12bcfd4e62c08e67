/**
 * The few lines `renja audit` prints per document: counts, each table's total, and the headline (grand totals that
 * disagree, with the rows that explain the gap), in the reader's language.
 */
import { Decimal } from 'decimal.js';
import type { Discrepancy, ExplanationNode } from '../reconcile/types.js';
import type { Extraction } from '../renja/schema.js';
import { catalogue, renderMessage, ui, type Lang } from '../i18n/index.js';
import { pageRanges } from '../i18n/helpers.js';
import { formatRupiah } from './format.js';
import { tableSummaries } from './model.js';
import type { SummaryRow } from './summary-csv.js';

/** How many total-mismatch headlines, and explaining rows under each, the terminal summary shows. */
const MAX_HEADLINES = 3;
const MAX_HEADLINE_ROWS = 3;

function explanationLeaves(n: ExplanationNode): ExplanationNode[] {
  return n.children.length ? n.children.flatMap(explanationLeaves) : [n];
}

const show = (v: Decimal | string | null | undefined): string =>
  v instanceof Decimal ? formatRupiah(v) : String(v ?? '');

export function terminalSummary(
  doc: string,
  row: SummaryRow,
  extraction: Extraction,
  ds: Discrepancy[],
  dir: string,
  lang: Lang,
): string {
  const c = catalogue(lang);
  const lines = [
    ui(c, 'termHead', {
      doc,
      pages: row.pages ?? 0,
      records: row.records ?? 0,
      errors: row.errors ?? 0,
      warnings: row.warnings ?? 0,
      infos: row.infos ?? 0,
    }),
  ];
  for (const t of tableSummaries(extraction)) {
    if (!t.pagu) continue;
    const pages = t.pages.length ? ui(c, 'termPages', { pages: pageRanges(t.pages) }) : '';
    lines.push(
      `  ${c.table[t.table].padEnd(26)} ${pages.padEnd(12)} ${ui(c, 'termTotal')} ${formatRupiah(t.pagu.value)}` +
        (t.pagu.source === 'printed' ? '' : ` ${ui(c, 'termSumOfRows')}`),
    );
  }
  for (const d of ds.filter((x) => x.rule === 'total-mismatch' && x.severity !== 'info').slice(0, MAX_HEADLINES)) {
    const a = `${c.table[d.a.table]} ${show(d.a.value)}`;
    const b = d.b ? `${c.table[d.b.table]} ${show(d.b.value)}` : '';
    lines.push(`  ! ${ui(c, 'termVs', { a, b, d: d.difference ? formatRupiah(d.difference) : '' })}`);
    const leaves = d.explanation ? explanationLeaves(d.explanation) : [];
    for (const leaf of leaves.slice(0, MAX_HEADLINE_ROWS)) {
      const note = leaf.noteMsg ? renderMessage(leaf.noteMsg, lang) : leaf.note;
      lines.push(
        `      ${leaf.level.replace('_', ' ')} ${leaf.code ?? leaf.name}: ${note}` +
          (leaf.difference ? ` (${formatRupiah(new Decimal(leaf.difference))})` : ''),
      );
    }
    if (leaves.length > MAX_HEADLINE_ROWS)
      lines.push(`      ${ui(c, 'termMore', { n: leaves.length - MAX_HEADLINE_ROWS })}`);
  }
  lines.push(`  ${ui(c, 'termReports', { dir })}`);
  return lines.join('\n') + '\n';
}
