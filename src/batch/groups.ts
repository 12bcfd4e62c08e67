/**
 * What a batch treats as one document. `--group file` (the default): every PDF. `--group folder`: the PDFs of one
 * sub-folder are the parts of one Renja published as several files (cover, BAB I … BAB V, lampiran), read in the
 * natural order of their names (`BAB_2` before `BAB_10`); PDFs directly in an input folder, and PDF files given by
 * name, stay documents of their own.
 */
import path from 'node:path';
import type { FoundFile } from './discover.js';

export const GROUP_MODES = ['file', 'folder'] as const;
export type GroupMode = (typeof GROUP_MODES)[number];

/** One document of a batch: a PDF, or a folder whose PDFs are its parts. */
export interface InputDocument {
  /** The PDF, or the folder of the parts (absolute). */
  path: string;
  /** Path shown in reports: the PDF's, or the folder's followed by `/`. */
  rel: string;
  /** The parts' absolute paths in reading order; absent for a one-file document. */
  parts?: string[];
  /** An entry that cannot be read (see discover.ts): listed on its own, never grouped. */
  unreadable?: string;
}

/**
 * Natural order of names: runs of digits compare by their value (`BAB_2` < `BAB_10`), the rest by code point, so
 * the order is the same under every locale. Equal-valued numbers fall back to plain code-point order (`02` vs `2`).
 */
export function naturalCompare(a: string, b: string): number {
  const ta = a.match(/\d+|\D+/g) ?? [];
  const tb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const vx = x.replace(/^0+/, '');
      const vy = y.replace(/^0+/, '');
      if (vx.length !== vy.length) return vx.length - vy.length;
      if (vx !== vy) return vx < vy ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (ta.length !== tb.length) return ta.length - tb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The found PDFs as documents; with `folder`, the PDFs of each sub-folder become one document, in input order. */
export function groupInputs(found: FoundFile[], mode: GroupMode): InputDocument[] {
  if (mode === 'file') return found.map((f) => ({ ...f }));
  const out: InputDocument[] = [];
  const groups = new Map<string, { doc: InputDocument; files: FoundFile[] }>();
  for (const f of found) {
    const relDir = path.posix.dirname(f.rel);
    if (relDir === '.' || f.unreadable !== undefined) {
      out.push({ ...f });
      continue;
    }
    const dir = path.dirname(f.path);
    let g = groups.get(dir);
    if (!g) {
      g = { doc: { path: dir, rel: `${relDir}/`, parts: [] }, files: [] };
      groups.set(dir, g);
      out.push(g.doc);
    }
    g.files.push(f);
  }
  for (const g of groups.values())
    g.doc.parts = g.files
      .sort((a, b) => naturalCompare(path.basename(a.path), path.basename(b.path)))
      .map((f) => f.path);
  return out;
}
