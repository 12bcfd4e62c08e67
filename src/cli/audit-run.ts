/**
 * What `renja audit` does once its arguments are checked (src/cli/audit-command.ts defines the command): each
 * document in a worker thread, the summary merged, the exit status set. Loaded only when the command runs.
 */
import path from 'node:path';
import { uniqueDocNames } from '../batch/names.js';
import { statusOf } from '../batch/task.js';
import type { CsvOptions } from '../report/format.js';
import { EXIT_CANT_WRITE, prepareOutDir } from '../report/out-dir.js';
import { failedSummaryRow, mergeSummaryCsv, type SummaryRow } from '../report/summary-csv.js';
import { SEVERITY_RANK, type AuditCommandOptions } from './audit-command.js';
import { withDocumentWorker } from './isolate.js';
import { makeLogger } from './logger.js';
import { ocrOptionsFrom, pageThreadsFrom } from './ocr-options.js';
import { pageProgress } from './page-progress.js';
import { cannotWrite, onlyFiles, problem } from './output.js';
import { commandPassword } from './password.js';

/** The action of `renja audit`: an output that cannot be written is one line (exit 73), anything else throws. */
export async function runAudit(pdfs: string[], o: AuditCommandOptions): Promise<void> {
  if (!(await onlyFiles(pdfs))) return;
  try {
    await auditAll(pdfs, o);
  } catch (err) {
    if (!cannotWrite(err)) throw err;
  }
}

async function auditAll(pdfs: string[], o: AuditCommandOptions): Promise<void> {
  const log = makeLogger(o.logLevel);
  const pw = commandPassword(o);
  if (!pw) return;
  const generatedAt = new Date().toISOString();
  const csv: CsvOptions = { escape: o.csvEscape, dialect: o.csvDialect };
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
    await withDocumentWorker({ timeoutSeconds: o.timeout, pageThreads: pageThreadsFrom(o) }, async (run) => {
      for (let i = 0; i < docs.length && !unwritable; i++) {
        const { input, doc } = docs[i];
        const file = typeof input === 'string' ? input : input.join(' + ');
        const t0 = performance.now();
        const r = await run(
          {
            kind: 'audit',
            file: input,
            doc,
            outDir: o.out,
            formats: [...o.format],
            password: pw.password,
            nomenklatur: o.nomenklatur,
            generatedAt,
            locale: { lang: o.lang, tz: o.tz },
            csvDialect: o.csvDialect,
            csvEscape: o.csvEscape,
            ocr: ocrOptionsFrom(o),
            pageThreads: pageThreadsFrom(o),
          },
          pageProgress(doc),
        );
        pageProgress.clear();
        if (r.status === 'unwritable') {
          problem(r.message);
          process.exitCode = EXIT_CANT_WRITE;
          unwritable = true;
          continue;
        }
        if (r.status === 'failed') {
          const status = statusOf(r.errorClass);
          // A document without Renja tables was read fine: listed, not a failure (`--fail-on` decides the exit).
          if (status === 'failed') failed++;
          // The failure's one line, not logged as well: the user sees it once.
          problem(r.message);
          const label =
            typeof input === 'string' ? path.basename(input) : input.map((f) => path.basename(f)).join(' + ');
          summary.push(failedSummaryRow(doc, label, status, `${r.errorClass}: ${r.message}`));
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
    // Several `renja audit` runs into one folder build one summary: other documents' rows are kept.
    if (!unwritable) await mergeSummaryCsv(path.join(o.out, 'summary.csv'), summary, csv);
  }
  if (unwritable) return;
  if (failed) process.exitCode = 1;
  else if (o.failOn && worst >= SEVERITY_RANK[o.failOn]) process.exitCode = 3;
}
