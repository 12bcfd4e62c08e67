/** What a batch will do with each input: its `<doc>` name, and whether it is a copy of an earlier input. */
import { OUT_DIR_FILES, uniqueDocNames } from './names.js';

export interface HashedFile {
  /** The PDF, or the folder of a document made of several files (`--group folder`). */
  path: string;
  rel: string;
  /** Content hash; for several files the hash over their names and hashes (src/audit/combine.ts). Empty for an
   * unreadable entry. */
  sha256: string;
  /** Size in bytes (the parts' sum for a document of several files), known once hashed: what dispatch orders by. */
  bytes?: number;
  /** The parts of a document made of several files, in reading order. */
  parts?: string[];
  /** Why the entry cannot be read (discovery or hashing failed): it is listed as failed `unreadable`, never run. */
  unreadable?: string;
}

export interface PlanEntry extends HashedFile {
  doc: string;
  /** Set when an earlier input has the same bytes: that input's doc name. Such an entry is not processed. */
  duplicateOf?: { doc: string; rel: string };
}

/** What the batch writes beside the doc folders: no doc may be named like them. */
export const BATCH_FILES = OUT_DIR_FILES;

/** Names every input and marks later copies of the same bytes as duplicates of the first one (in input order). */
export function planBatch(files: HashedFile[]): PlanEntry[] {
  const names = uniqueDocNames(files.map((f) => f.path));
  const first = new Map<string, PlanEntry>();
  return files.map((f, i) => {
    const entry: PlanEntry = { ...f, doc: names[i] };
    if (f.unreadable !== undefined) return entry;
    const original = first.get(f.sha256);
    if (original) entry.duplicateOf = { doc: original.doc, rel: original.rel };
    else first.set(f.sha256, entry);
    return entry;
  });
}

/**
 * Dispatch order of a batch: largest documents first, so a long one does not start last and keep one core busy
 * while the others idle at the end. Stable (equal sizes keep their input order); an entry of unknown size goes last.
 * Outputs never follow this order: the aggregates list documents in input order.
 */
export function largestFirst<T extends { bytes?: number }>(entries: readonly T[]): T[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (b.e.bytes ?? -1) - (a.e.bytes ?? -1) || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * OCR threads each running document may use, so the pool's documents and their scanned pages share the cores
 * without oversubscribing them: the cores left per document, at least one.
 */
export function pageThreadBudget(cores: number, workers: number): number {
  return Math.max(1, Math.floor(cores / Math.max(1, workers)));
}

export function duplicateMessage(entry: PlanEntry): string {
  return entry.duplicateOf
    ? `duplicate of ${entry.duplicateOf.doc} (${entry.duplicateOf.rel}): same content, processed once`
    : '';
}
