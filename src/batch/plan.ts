/** What a batch will do with each input: its `<doc>` name, and whether it is a copy of an earlier input. */
import { OUT_DIR_FILES, uniqueDocNames } from './names.js';

export interface HashedFile {
  path: string;
  rel: string;
  /** Empty for an unreadable entry. */
  sha256: string;
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

export function duplicateMessage(entry: PlanEntry): string {
  return entry.duplicateOf
    ? `duplicate of ${entry.duplicateOf.doc} (${entry.duplicateOf.rel}): same content, processed once`
    : '';
}
