/** `renja audit`: extract, reconcile and report one or more Renja PDFs. */
import { addOcrOptions, ocrOptionsFrom, type OcrFlags } from './ocr-options.js';
import { Command, Option, InvalidArgumentError } from 'commander';
import path from 'node:path';
import type { OutputFormat } from '../audit/write-outputs.js';
import { uniqueDocNames } from '../batch/names.js';
import { visible } from '../report/escape.js';
import { formatRupiah } from '../report/format.js';
import { EXIT_CANT_WRITE, prepareOutDir } from '../report/out-dir.js';
import { failedSummaryRow, writeSummaryCsv, type SummaryRow } from '../report/summary-csv.js';
import { tableSummaries } from '../report/model.js';
import type { Discrepancy, ExplanationNode, Severity } from '../reconcile/types.js';
import { TABLE_LABEL } from '../reconcile/pairs.js';
import { Decimal } from 'decimal.js';
import { logLevelOption, makeLogger, type LogLevel } from './logger.js';
import { cannotWrite, onlyFiles, problem } from './output.js';
import { withDocumentWorker } from './isolate.js';
import { docNameOption, failOnOption, timeoutOption, type FailOn } from './parse-args.js';
import { commandPassword, passwordOptions, type PasswordFlags } from './password.js';
import { documentParts, formatPageRanges } from '../renja/parts.js';
import { nomenklaturOption } from './kode-command.js';

/** How many total-mismatch headlines, and explaining rows under each, the terminal summary shows. */
const MAX_HEADLINES = 3;
const MAX_HEADLINE_ROWS = 3;

function explanationLeaves(n: ExplanationNode): ExplanationNode[] {
  return n.children.length ? n.children.flatMap(explanationLeaves) : [n];
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

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
interface AuditCommandOptions extends PasswordFlags, OcrFlags {
  out: string;
  format: Set<OutputFormat>;
  failOn?: FailOn;
  timeout: number;
  as?: string;
  nomenklatur?: string;
  /** false with --no-csv-escape */
  csvEscape: boolean;
  logLevel: LogLevel;
}

export function auditCommand(): Command {
  const cmd = addOcrOptions(new Command('audit'))
    .description('Audit Renja PDFs: extract their tables, cross-check them and write discrepancy reports')
    .argument('<pdf...>', 'one or more Renja PDF files (each its own document, unless --as joins them)')
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
    .addOption(timeoutOption())
    .addOption(
      docNameOption(
        '--as <name>',
        'read the PDFs as one document named <name>, their pages in the order given (a Renja published as several files: bab2.pdf bab3.pdf bab4.pdf)',
      ),
    )
    .addOption(nomenklaturOption());
  for (const opt of passwordOptions()) cmd.addOption(opt);
  return cmd
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
  const pw = commandPassword(o);
  if (!pw) return;
  const generatedAt = new Date().toISOString();
  const csv = { escape: o.csvEscape };
  // Before any document is read: an output folder that cannot be written is one line, not a late failure.
  await prepareOutDir(o.out);
  const names = uniqueDocNames(pdfs);
  // --as: all the files are one document; else each file is its own.
  const docs: { input: string | string[]; doc: string }[] = o.as
    ? [{ input: pdfs, doc: o.as }]
    : pdfs.map((f, i) => ({ input: f, doc: names[i] }));
  const summary: SummaryRow[] = [];
  let failed = 0;
  let worst = 0;
  let unwritable = false;
  try {
    // Each document in a worker thread with a time limit and a heap cap: one that hangs or blows up fails alone.
    await withDocumentWorker({ timeoutSeconds: o.timeout }, async (run) => {
      for (let i = 0; i < docs.length && !unwritable; i++) {
        const { input, doc } = docs[i];
        const file = typeof input === 'string' ? input : input.join(' + ');
        const t0 = performance.now();
        const r = await run({
          kind: 'audit',
          file: input,
          doc,
          outDir: o.out,
          formats: [...o.format],
          password: pw.password,
          nomenklatur: o.nomenklatur,
          generatedAt,
          csvEscape: o.csvEscape,
          ocr: ocrOptionsFrom(o),
        });
        if (r.status === 'unwritable') {
          problem(r.message);
          process.exitCode = EXIT_CANT_WRITE;
          unwritable = true;
          continue;
        }
        if (r.status === 'failed') {
          failed++;
          // The failure's one line, not logged as well: the user sees it once.
          problem(r.message);
          const label =
            typeof input === 'string' ? path.basename(input) : input.map((f) => path.basename(f)).join(' + ');
          summary.push(failedSummaryRow(doc, label, 'failed', `${r.errorClass}: ${r.message}`));
          continue;
        }
        for (const w of r.warnings) log.warn({ file }, w);
        if (r.row) summary.push(r.row);
        worst = Math.max(worst, r.worst ?? 0);
        process.stdout.write(r.stdout);
        log.info(
          {
            file,
            doc,
            records: r.row?.records,
            errors: r.row?.errors,
            ms: Math.round(performance.now() - t0),
          },
          'audited',
        );
      }
    });
  } finally {
    // Written whatever happened above (unless the folder cannot be written): every document read has its line.
    if (!unwritable) await writeSummaryCsv(path.join(o.out, 'summary.csv'), summary, csv);
  }
  if (unwritable) return;
  if (failed) process.exitCode = 1;
  else if (o.failOn && worst >= SEVERITY_RANK[o.failOn]) process.exitCode = 3;
}

export function humanSummary(
  doc: string,
  row: SummaryRow,
  extraction: Parameters<typeof tableSummaries>[0],
  ds: Discrepancy[],
  dir: string,
): string {
  const parts = documentParts(extraction);
  const files = parts.length > 1 ? ` in ${parts.length} files` : '';
  const lines = [
    `${doc}: ${row.pages} pages${files}, ${row.records} records; ${row.errors} errors, ${row.warnings} warnings, ${row.infos} infos`,
  ];
  for (const t of tableSummaries(extraction)) {
    if (!t.pagu) continue;
    lines.push(
      `  ${t.label.padEnd(26)} ${formatPageRanges(parts, t.pages).padEnd(12)} total ${formatRupiah(t.pagu.value)}${t.pagu.source === 'printed' ? '' : ' (sum of rows)'}`,
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
