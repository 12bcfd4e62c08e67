/** `renja audit`: extract, reconcile and report one or more Renja PDFs. */
import { Command, Option, InvalidArgumentError } from 'commander';
import path from 'node:path';
import { auditDocument } from '../audit/document.js';
import { writeAuditOutputs, type OutputFormat } from '../audit/write-outputs.js';
import { uniqueDocNames } from '../batch/names.js';
import { formatRupiah } from '../report/format.js';
import { failedSummaryRow, summaryRowFor, writeSummaryCsv, type SummaryRow } from '../report/summary-csv.js';
import { tableSummaries } from '../report/model.js';
import type { Severity } from '../reconcile/types.js';
import { makeLogger } from './logger.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function parseFormats(value: string): Set<OutputFormat> {
  const out = new Set<OutputFormat>();
  for (const f of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (f !== 'csv' && f !== 'json' && f !== 'html') throw new InvalidArgumentError(`unknown format '${f}' (use csv, json, html)`);
    out.add(f);
  }
  return out;
}

export function auditCommand(): Command {
  return new Command('audit')
    .description('Audit Renja PDFs: extract their tables, cross-check them and write discrepancy reports')
    .argument('<pdf...>', 'one or more Renja PDF files')
    .requiredOption('--out <dir>', 'output folder: <dir>/<doc>/{discrepancies.csv,records.csv,report.json,report.html} and <dir>/summary.csv')
    .addOption(new Option('--format <formats>', 'which reports: any of csv,json,html').default(new Set<OutputFormat>(['csv', 'json', 'html']), 'csv,json,html').argParser(parseFormats))
    .addOption(new Option('--fail-on <severity>', 'exit 3 when a finding at or above this severity is found').choices(['error', 'warning']))
    .option('--password <password>', 'password for encrypted PDFs')
    .addOption(new Option('--log-level <level>', 'log level on stderr').choices(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('warn'))
    .action(async (pdfs: string[], o) => {
      const log = makeLogger(o.logLevel);
      const generatedAt = new Date().toISOString();
      const names = uniqueDocNames(pdfs);
      const summary: SummaryRow[] = [];
      let failed = 0;
      let worst = 0;
      for (let i = 0; i < pdfs.length; i++) {
        const file = pdfs[i];
        const t0 = performance.now();
        log.info({ file }, 'auditing');
        const outcome = await auditDocument(file, { password: o.password }, names[i]);
        if (outcome.status === 'failed') {
          failed++;
          process.stderr.write(`renja: ${outcome.message}\n`);
          summary.push(failedSummaryRow(outcome.doc, path.basename(file), 'failed', `${outcome.errorClass}: ${outcome.message}`));
          continue;
        }
        await writeAuditOutputs(o.out, outcome, o.format, generatedAt);
        const row = summaryRowFor(outcome.extraction, outcome.discrepancies);
        summary.push(row);
        for (const d of outcome.discrepancies) worst = Math.max(worst, SEVERITY_RANK[d.severity]);
        process.stdout.write(humanSummary(outcome.doc, row, outcome.extraction, path.join(o.out, outcome.doc)));
        log.info({ file, ms: Math.round(performance.now() - t0) }, 'done');
      }
      await writeSummaryCsv(path.join(o.out, 'summary.csv'), summary);
      if (failed) process.exitCode = 1;
      else if (o.failOn && worst >= SEVERITY_RANK[o.failOn as Severity]) process.exitCode = 3;
    });
}

function humanSummary(doc: string, row: SummaryRow, extraction: Parameters<typeof tableSummaries>[0], dir: string): string {
  const lines = [`${doc}: ${row.pages} pages, ${row.records} records; ${row.errors} errors, ${row.warnings} warnings, ${row.infos} infos`];
  for (const t of tableSummaries(extraction)) {
    if (!t.pagu) continue;
    lines.push(`  ${t.label.padEnd(34)} p.${t.pages.join(',').padEnd(16).slice(0, 16)} total ${formatRupiah(t.pagu.value)}${t.pagu.source === 'printed' ? '' : ' (sum of rows)'}`);
  }
  lines.push(`  reports: ${dir}/`);
  return lines.join('\n') + '\n';
}
