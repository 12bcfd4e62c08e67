/**
 * `DIR/<doc>/.done.json`: written last (atomically) once a document's outputs are on disk. It is what `--resume`
 * trusts: the content hash and tool version it was made from, and the document's summary and rule counts, so the
 * aggregates can be rebuilt without reading the document again.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ERROR_CLASSES } from '../pdf/errors.js';
import { writeFileAtomic } from '../report/atomic-write.js';
import type { DocResult } from './task.js';

import { DONE_FILE } from './doc-dir.js';

export { DONE_FILE };
/** 2: summary rows carry causes, totals and checks. A marker of another format is not resumed (redone). */
const MARKER_FORMAT = 2;

const ErrorClassSchema = z.enum(ERROR_CLASSES);
const count = z.number().int().nonnegative().nullable();

/** A document's result as the drivers pass it around (and as a queue job returns it). */
export const DocResultSchema = z.object({
  row: z.object({
    doc: z.string(),
    file: z.string(),
    status: z.string(),
    pages: count,
    // markers written before these columns existed read as unknown
    pagesWithTables: count.default(null),
    pagesRead: count.default(null),
    tablesFound: count,
    records: count,
    causes: count.optional(),
    causesError: count.optional(),
    causesWarning: count.optional(),
    causesInfo: count.optional(),
    amountAtStake: z.string().nullable().optional(),
    errors: count,
    warnings: count,
    infos: count,
    totals: z.record(z.string(), z.string()).optional(),
    checksRun: z.string().optional(),
    checksSkipped: z.string().optional(),
    sanity: z.string().optional(),
    message: z.string(),
  }),
  rules: z.record(z.string(), z.number().int().nonnegative()),
  errorClass: ErrorClassSchema.nullable(),
});

const DoneMarkerSchema = DocResultSchema.extend({
  format: z.literal(MARKER_FORMAT),
  tool: z.object({ name: z.string(), version: z.string() }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type DoneMarker = z.infer<typeof DoneMarkerSchema>;

export function makeDoneMarker(tool: { name: string; version: string }, sha256: string, result: DocResult): DoneMarker {
  return { format: MARKER_FORMAT, tool, sha256, row: result.row, rules: result.rules, errorClass: result.errorClass };
}

/** The marker in a doc folder, or null when there is none or it cannot be trusted (unreadable, wrong shape). */
export async function readDoneMarker(docDir: string): Promise<DoneMarker | null> {
  const text = await readFile(path.join(docDir, DONE_FILE), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed = DoneMarkerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeDoneMarker(docDir: string, marker: DoneMarker): Promise<void> {
  await writeFileAtomic(path.join(docDir, DONE_FILE), JSON.stringify(marker, null, 2) + '\n');
}

export type ResumeDecision = { resume: true; result: DocResult } | { resume: false; reason: string };

/**
 * Whether `--resume` may reuse a document's earlier result. Pure: the caller says whether the outputs the marker
 * vouches for are still on disk. An `encrypted` failure is retried when a password is given now.
 */
export function resumeDecision(
  marker: DoneMarker | null,
  now: { sha256: string; toolVersion: string; passwordGiven: boolean },
  outputsPresent: boolean,
): ResumeDecision {
  if (!marker) return { resume: false, reason: 'not done' };
  if (marker.sha256 !== now.sha256) return { resume: false, reason: 'content changed' };
  if (marker.tool.version !== now.toolVersion)
    return { resume: false, reason: `made by version ${marker.tool.version}` };
  if (marker.row.status === 'ok' && !outputsPresent) return { resume: false, reason: 'outputs missing' };
  if (marker.errorClass === 'encrypted' && now.passwordGiven) return { resume: false, reason: 'password given now' };
  return { resume: true, result: { row: marker.row, rules: marker.rules, errorClass: marker.errorClass } };
}
