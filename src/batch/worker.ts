/**
 * The batch worker (runs in a piscina worker thread, loaded from dist/batch/worker.js): audits one document and
 * writes its per-document outputs, exactly as `renja audit` would. Only the summary goes back to the main thread.
 */
import { auditDocument } from '../audit/document.js';
import { writeAuditOutputs, type OutputFormat } from '../audit/write-outputs.js';
import { resultFor, type BatchTask, type DocResult } from './task.js';

const ALL_FORMATS = new Set<OutputFormat>(['csv', 'json', 'html']);

export default async function auditTask(task: BatchTask): Promise<DocResult> {
  const outcome = await auditDocument(task.file, { password: task.password }, task.doc);
  if (outcome.status === 'ok') await writeAuditOutputs(task.outDir, outcome, ALL_FORMATS, task.generatedAt);
  return resultFor(outcome, task.rel);
}
