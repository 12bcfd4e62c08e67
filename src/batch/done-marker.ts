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

export const DONE_FILE = '.done.json';
const MARKER_FORMAT = 1;

const ErrorClassSchema = z.enum(ERROR_CLASSES);
const count = z.number().int().nonnegative().nullable();

/** A document's result as the drivers pass it around (and as a queue job returns it). */
export const DocResultSchema = z.object({
  row: z.object({
    doc: z.string(),
    file: z.string(),
    status: z.string(),
    pages: count,
    tablesFound: count,
    records: count,
    errors: count,
    warnings: count,
    infos: count,
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
