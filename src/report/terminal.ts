/**
 * The terminal summary of `renja audit`: the document in one line, the tables and their totals, then the causes,
 * largest first, and what could not be checked, in the reader's language. Built from the report model.
 */
import { causeTitle, echoList, sanityText, skipReasonText, checkLabel } from './cause-text.js';
import { visible } from './escape.js';
import { formatRupiah } from './format.js';
import { pageRanges } from '../i18n/helpers.js';
import { catalogue, ui, type Catalogue, type Lang } from '../i18n/index.js';
import type { ReportModel } from './model.js';

/** How many causes the terminal lists before pointing to report.html. */
export const MAX_TERMINAL_CAUSES = 8;

/** Pages as printed when every one prints a number (`hlm. 23-29`), else as PDF pages (`hlm. PDF 26-32`). */
export function printedRanges(
  pages: number[],
  m: Pick<ReportModel, 'printedPage'>,
  c: Catalogue = catalogue('id'),
): string {
  if (!pages.length) return '';
  const printed = pages.map((p) => m.printedPage(p));
  if (printed.every((p) => p !== null && /^\d+$/.test(p)))
    return ui(c, 'termPages', { pages: pageRanges(printed.map(Number)) });
  return ui(c, 'termPdfPages', { pages: pageRanges(pages) });
}

export function terminalSummary(
  m: ReportModel,
  dir: string,
  lang: Lang = 'id',
  maxCauses = MAX_TERMINAL_CAUSES,
): string {
  const c = catalogue(lang);
  const x = m.input.extraction;
  const { causes, findings } = m.analysis;
  const cc = m.causeCounts;
  const lines = [
    ui(c, 'termHeadCauses', {
      doc: x.doc,
      pages: x.pages,
      records: x.records.length,
      causes: causes.length,
      findings: findings.length,
      errors: cc.error,
      warnings: cc.warning,
      infos: cc.info,
    }) + (m.amountAtStake.isZero() ? '' : ui(c, 'termAtStake', { amount: formatRupiah(m.amountAtStake) })),
  ];
  for (const t of m.tables) {
    if (!t.pagu) continue;
    lines.push(
      `  ${c.table[t.table].padEnd(26)} ${printedRanges(t.pages, m, c).padEnd(15)} ${ui(c, 'termTotal')} ` +
        `${formatRupiah(t.pagu.value)}${t.pagu.source === 'printed' ? '' : ` ${ui(c, 'termSumOfRows')}`}`,
    );
  }
  for (const w of m.coverage.sanity) lines.push(`  ! ${sanityText(w, lang)}`);
  const skipped = m.coverage.checks.filter((k) => !k.ran);
  const ran = m.coverage.checks.length - skipped.length;
  lines.push(`  ${ui(c, 'termChecked', { ran, n: m.coverage.checks.length })}`);
  for (const k of skipped)
    lines.push(`    ${ui(c, 'termNotRun', { check: checkLabel(k, lang), why: skipReasonText(k, lang) })}`);
  if (causes.length) lines.push(`  ${ui(c, 'termCausesHead')}`);
  const echoOf = new Set(findings.filter((f) => f.echo).map((f) => f.finding));
  const width = String(Math.min(causes.length, maxCauses)).length;
  for (const k of causes.slice(0, maxCauses)) {
    const stake = k.amountAtStake && !k.amountAtStake.isZero() ? ` [${formatRupiah(k.amountAtStake)}]` : '';
    lines.push(
      `  ${String(k.id).padStart(width + 1)}. ${c.severity[k.severity].toLowerCase()}${stake}: ${causeTitle(k, lang)}`,
    );
    const echoes = echoList(k, (d) => echoOf.has(d), lang);
    if (echoes) lines.push(`  ${' '.repeat(width + 3)}${echoes}`);
  }
  if (causes.length > maxCauses) lines.push(`  ${ui(c, 'termMoreCauses', { n: causes.length - maxCauses })}`);
  lines.push(`  ${ui(c, 'termReports', { dir })}`);
  // names and rows come from the document and its file name: nothing in them reaches the terminal raw
  return lines.map(visible).join('\n') + '\n';
}
