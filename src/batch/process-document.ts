/**
 * The per-document step of a batch, the same for both drivers (the local piscina pool and `renja worker` on a
 * queue): audit one document, write its outputs into DIR/<doc>/ exactly as `renja audit` would, then its
 * `.done.json` last. Each file is written atomically, so a process killed at any point leaves either no marker (the
 * document is redone) or a marker with every output it vouches for.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { auditDocument, type DocumentOutcome } from '../audit/document.js';
import { reportInputOf, TOOL, writeAuditOutputs, type OutputFormat } from '../audit/write-outputs.js';
import { buildReportModel, type ReportModel } from '../report/model.js';
import { docDirPath, makeDocDir, removeDocOutputs } from './doc-dir.js';
import { DONE_FILE, makeDoneMarker, writeDoneMarker } from './done-marker.js';
import { failedResult, type BatchTask, type DocResult } from './task.js';
import type { Discrepancy } from '../reconcile/types.js';
import { summaryRowFor } from '../report/summary-row.js';

const ALL_FORMATS = new Set<OutputFormat>(['csv', 'json', 'html']);

/**
 * Test hook, honoured only when RENJA_TEST_HOOKS=1: RENJA_TEST_CRASH_ON=<doc> makes this step crash (throw outside
 * the audit's own error handling, as a bug or a dying thread would) on that document, so tests can check how the
 * drivers retry and fail a poison document. Never set in production.
 */
export function testCrashRequested(doc: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return env.RENJA_TEST_HOOKS === '1' && env.RENJA_TEST_CRASH_ON !== undefined && env.RENJA_TEST_CRASH_ON === doc;
}

export async function processDocument(task: BatchTask): Promise<DocResult> {
  // Checked before anything is touched: a doc name from a queue job is not trusted to stay inside the output.
  const docDir = docDirPath(task.outDir, task.doc);
  // A retry (queue mode) may find an earlier attempt's marker: it must not vouch for this attempt's outputs.
  await rm(path.join(docDir, DONE_FILE), { force: true });
  if (testCrashRequested(task.doc)) throw new Error(`RENJA_TEST_CRASH_ON: simulated crash on ${task.doc}`);
  const outcome = await auditDocument(
    task.parts ?? task.file,
    {
      password: task.password,
      nomenklatur: task.nomenklatur,
      ocr: { workers: 1, ...task.ocr },
      pageThreads: task.pageThreads ?? 1,
    },
    task.doc,
  );
  let model: ReportModel | undefined;
  if (outcome.status === 'ok') {
    model = buildReportModel(reportInputOf(outcome, task.generatedAt, task.rel, task.locale));
    await writeAuditOutputs(task.outDir, outcome, ALL_FORMATS, task.generatedAt, {
      model,
      csv: { escape: task.csvEscape !== false, dialect: task.csvDialect },
      displayPath: task.rel,
      locale: task.locale,
    });
  } else await removeDocOutputs(docDir);
  const result = resultFor(outcome, task.rel, model);
  await makeDocDir(task.outDir, task.doc);
  await writeDoneMarker(docDir, makeDoneMarker(TOOL, task.sha256, result));
  return result;
}

export function ruleCounts(ds: Discrepancy[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of ds) out[d.rule] = (out[d.rule] ?? 0) + 1;
  return out;
}

/**
 * A document's result for the summary. Failure messages name the file by its base name, never by the absolute path
 * it was read from, so summary.csv does not depend on where the inputs sit.
 */
export function resultFor(outcome: DocumentOutcome, rel: string, model?: ReportModel): DocResult {
  if (outcome.status === 'failed')
    return failedResult(
      outcome.doc,
      rel,
      outcome.errorClass,
      outcome.files.reduce((m, f) => m.split(f).join(path.basename(f)), outcome.message),
    );
  const row = { ...summaryRowFor(outcome.extraction, outcome.discrepancies, '', model), file: rel };
  return { row, rules: ruleCounts(outcome.discrepancies), errorClass: null };
}
