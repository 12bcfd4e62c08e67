/**
 * The terminal summary of `renja audit`: the document in one line, the tables and their totals, then the causes,
 * largest first, and what could not be checked. Built from the report model; the sentences are Indonesian
 * (cause-text.ts).
 */
import { causeTitle, echoList, sanityText, SEVERITY_ID, skipReasonText, checkLabel } from './cause-text.js';
import { visible } from './escape.js';
import { formatRupiah } from './format.js';
import { pageRanges } from '../reconcile/rules/unread-table.js';
import type { ReportModel } from './model.js';

/** How many causes the terminal lists before pointing to report.html. */
export const MAX_TERMINAL_CAUSES = 8;

/** Pages as printed when every one prints a number (`hal. 23-29`), else as PDF pages (`hal. PDF 26-32`). */
export function printedRanges(pages: number[], m: Pick<ReportModel, 'printedPage'>): string {
  if (!pages.length) return '';
  const printed = pages.map((p) => m.printedPage(p));
  if (printed.every((p) => p !== null && /^\d+$/.test(p))) return `hal. ${pageRanges(printed.map(Number))}`;
  return `hal. PDF ${pageRanges(pages)}`;
}

export function terminalSummary(m: ReportModel, dir: string, maxCauses = MAX_TERMINAL_CAUSES): string {
  const x = m.input.extraction;
  const { causes, findings } = m.analysis;
  const cc = m.causeCounts;
  const lines = [
    `${x.doc}: ${x.pages} halaman, ${x.records.length} baris data; ${causes.length} sebab dari ${findings.length} temuan ` +
      `(${cc.error} kesalahan, ${cc.warning} peringatan, ${cc.info} info)` +
      (m.amountAtStake.isZero() ? '' : `; ${formatRupiah(m.amountAtStake)} dipersoalkan`),
  ];
  for (const t of m.tables) {
    if (!t.pagu) continue;
    lines.push(
      `  ${t.label.padEnd(26)} ${printedRanges(t.pages, m).padEnd(14)} total ${formatRupiah(t.pagu.value)}${t.pagu.source === 'printed' ? '' : ' (jumlah baris)'}`,
    );
  }
  for (const w of m.coverage.sanity) lines.push(`  ! ${sanityText(w)}`);
  const skipped = m.coverage.checks.filter((c) => !c.ran);
  const ran = m.coverage.checks.length - skipped.length;
  lines.push(`  diperiksa: ${ran} dari ${m.coverage.checks.length} pemeriksaan`);
  for (const c of skipped) lines.push(`    tidak dijalankan: ${checkLabel(c)} (${skipReasonText(c)})`);
  if (causes.length) lines.push('  sebab, terbesar dahulu:');
  const echoOf = new Set(findings.filter((f) => f.echo).map((f) => f.finding));
  const width = String(Math.min(causes.length, maxCauses)).length;
  for (const c of causes.slice(0, maxCauses)) {
    const stake = c.amountAtStake && !c.amountAtStake.isZero() ? ` [${formatRupiah(c.amountAtStake)}]` : '';
    lines.push(`  ${String(c.id).padStart(width + 1)}. ${SEVERITY_ID[c.severity]}${stake}: ${causeTitle(c)}`);
    const echoes = echoList(c, (d) => echoOf.has(d));
    if (echoes) lines.push(`  ${' '.repeat(width + 3)}${echoes}`);
  }
  if (causes.length > maxCauses) lines.push(`  … dan ${causes.length - maxCauses} sebab lainnya (report.html)`);
  lines.push(`  laporan: ${dir}/`);
  // names and rows come from the document and its file name: nothing in them reaches the terminal raw
  return lines.map(visible).join('\n') + '\n';
}
