/** `renja audit`: extract, reconcile and report one or more Renja PDFs. */
import { pageProgress } from './page-progress.js';
import { addOcrOptions, ocrOptionsFrom, type OcrFlags } from './ocr-options.js';
import { Command, Option, InvalidArgumentError } from 'commander';
import path from 'node:path';
import { auditDocument } from '../audit/document.js';
import { writeAuditOutputs, type OutputFormat } from '../audit/write-outputs.js';
import { uniqueDocNames } from '../batch/names.js';
import { visible } from '../report/escape.js';
import { formatRupiah } from '../report/format.js';
import { prepareOutDir } from '../report/out-dir.js';
import { failedSummaryRow, summaryRowFor, writeSummaryCsv, type SummaryRow } from '../report/summary-csv.js';
import { tableSummaries } from '../report/model.js';
import type { Discrepancy, ExplanationNode, Severity } from '../reconcile/types.js';
import { TABLE_LABEL } from '../reconcile/pairs.js';
import { Decimal } from 'decimal.js';
import { logLevelOption, makeLogger, type LogLevel } from './logger.js';
import { cannotWrite, onlyFiles, problem } from './output.js';
import { failOnOption, type FailOn } from './parse-args.js';
import { nomenklaturOption } from './kode-command.js';

/** How many total-mismatch headlines, and explaining rows under each, the terminal summary shows. */
const MAX_HEADLINES = 3;
const MAX_HEADLINE_ROWS = 3;

function explanationLeaves(n: ExplanationNode): ExplanationNode[] {
  return n.children.length ? n.children.flatMap(explanationLeaves) : [n];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function parseFormats(value: string): Set<OutputFormat> {
  const out = new Set<OutputFormat>();
  for (const f of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (f !== 'csv' && f !== 'json' && f !== 'html')
      throw new InvalidArgumentError(`unknown format '${f}' (use csv, json, html)`);
    out.add(f);
  }
  return out;
}

/** The options as commander hands them over once its parsers and choices have checked them. */
interface AuditCommandOptions extends OcrFlags {
  out: string;
  format: Set<OutputFormat>;
  failOn?: FailOn;
  password?: string;
  nomenklatur?: string;
  /** false with --no-csv-escape */
  csvEscape: boolean;
  logLevel: LogLevel;
}

export function auditCommand(): Command {
  return addOcrOptions(new Command('audit'))
    .description('Audit Renja PDFs: extract their tables, cross-check them and write discrepancy reports')
    .argument('<pdf...>', 'one or more Renja PDF files')
    .requiredOption(
      '--out <dir>',
      'output folder: <dir>/<doc>/{discrepancies.csv,records.csv,report.json,report.html} and <dir>/summary.csv',
    )
    .addOption(
      new Option('--format <formats>', 'which reports: any of csv,json,html')
        .default(new Set<OutputFormat>(['csv', 'json', 'html']), 'csv,json,html')
        .argParser(parseFormats),
    )
    .addOption(failOnOption())
    .option('--password <password>', 'password for encrypted PDFs')
    .addOption(nomenklaturOption())
    .option('--no-csv-escape', "write CSV text cells raw (default: a cell starting with = + - @ gets a leading ')")
    .addOption(logLevelOption())
    .action(async (pdfs: string[], o: AuditCommandOptions) => {
      if (!(await onlyFiles(pdfs))) return;
      try {
        await auditAll(pdfs, o);
      } catch (err) {
        if (!cannotWrite(err)) throw err;
      }
    });
}

async function auditAll(pdfs: string[], o: AuditCommandOptions): Promise<void> {
  const log = makeLogger(o.logLevel);
  const generatedAt = new Date().toISOString();
  const csv = { escape: o.csvEscape };
  // Before any document is read: an output folder that cannot be written is one line, not a late failure.
  await prepareOutDir(o.out);
  const names = uniqueDocNames(pdfs);
  const summary: SummaryRow[] = [];
  let failed = 0;
  let worst = 0;
  for (let i = 0; i < pdfs.length; i++) {
    const file = pdfs[i];
    const t0 = performance.now();
    const outcome = await auditDocument(
      file,
      {
        password: o.password,
        nomenklatur: o.nomenklatur,
        ocr: ocrOptionsFrom(o),
        onProgress: pageProgress(names[i]),
      },
      names[i],
    );
    pageProgress.clear();
    if (outcome.status === 'failed') {
      failed++;
      // The failure's one line, not logged as well: the user sees it once.
      problem(outcome.message);
      summary.push(
        failedSummaryRow(outcome.doc, path.basename(file), 'failed', `${outcome.errorClass}: ${outcome.message}`),
      );
      continue;
    }
    await writeAuditOutputs(o.out, outcome, o.format, generatedAt, { csv });
    const row = summaryRowFor(outcome.extraction, outcome.discrepancies);
    summary.push(row);
    for (const d of outcome.discrepancies) worst = Math.max(worst, SEVERITY_RANK[d.severity]);
    process.stdout.write(
      humanSummary(outcome.doc, row, outcome.extraction, outcome.discrepancies, path.join(o.out, outcome.doc)),
    );
    log.info(
      { file, doc: outcome.doc, records: row.records, errors: row.errors, ms: Math.round(performance.now() - t0) },
      'audited',
    );
  }
  await writeSummaryCsv(path.join(o.out, 'summary.csv'), summary, csv);
  if (failed) process.exitCode = 1;
  else if (o.failOn && worst >= SEVERITY_RANK[o.failOn]) process.exitCode = 3;
}

function humanSummary(
  doc: string,
  row: SummaryRow,
  extraction: Parameters<typeof tableSummaries>[0],
  ds: Discrepancy[],
  dir: string,
): string {
  const lines = [
    `${doc}: ${row.pages} pages, ${row.records} records; ${row.errors} errors, ${row.warnings} warnings, ${row.infos} infos`,
  ];
  for (const t of tableSummaries(extraction)) {
    if (!t.pagu) continue;
    lines.push(
      `  ${t.label.padEnd(26)} ${pageRanges(t.pages).padEnd(12)} total ${formatRupiah(t.pagu.value)}${t.pagu.source === 'printed' ? '' : ' (sum of rows)'}`,
    );
  }
  // the headline: grand totals that disagree, and the rows that explain the gap
  for (const d of ds.filter((x) => x.rule === 'total-mismatch' && x.severity !== 'info').slice(0, MAX_HEADLINES)) {
    const a = d.a.value instanceof Decimal ? formatRupiah(d.a.value) : String(d.a.value);
    const b = d.b?.value instanceof Decimal ? formatRupiah(d.b.value) : String(d.b?.value ?? '');
    const gap = d.difference ? `, difference ${formatRupiah(d.difference)}` : '';
    lines.push(`  ! ${TABLE_LABEL[d.a.table]} ${a} vs ${d.b ? TABLE_LABEL[d.b.table] : ''} ${b}${gap}`);
    const leaves = d.explanation ? explanationLeaves(d.explanation) : [];
    for (const leaf of leaves.slice(0, MAX_HEADLINE_ROWS)) {
      lines.push(
        `      ${leaf.level.replace('_', ' ')} ${leaf.code ?? leaf.name}: ${leaf.note}${leaf.difference ? ` (${formatRupiah(new Decimal(leaf.difference))})` : ''}`,
      );
    }
    if (leaves.length > MAX_HEADLINE_ROWS)
      lines.push(`      … and ${leaves.length - MAX_HEADLINE_ROWS} more rows (report.html)`);
  }
  lines.push(`  reports: ${dir}/`);
  // names and rows come from the document and its file name: nothing in them reaches the terminal raw
  return lines.map(visible).join('\n') + '\n';
}

/** `[26, 27, 28, 30]` -> `p. 26-28, 30`: how a reader looks pages up. */
export function pageRanges(pages: number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.length ? `p. ${parts.join(', ')}` : '';
}
