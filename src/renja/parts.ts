/**
 * Page references of a document that may come as several files (a Renja published as cover, BAB I … BAB V,
 * lampiran). Inside the pipeline every page number is logical: the parts' pages concatenated in order. Every writer
 * turns a logical page back into the file and the page within it through these helpers, so an auditor can open the
 * right file at the right page. A one-file document reads as before (`p. 5`).
 */
import type { DocumentPart, Extraction } from './schema.js';

export interface PageRef {
  /** Base name of the file the page is in. */
  file: string;
  /** Page within that file (1-based). */
  page: number;
}

/** The parts of a document: the recorded ones, or its one file. */
export function documentParts(x: Pick<Extraction, 'file' | 'pages' | 'parts'>): DocumentPart[] {
  return x.parts?.length ? x.parts : [{ file: x.file, pages: x.pages, firstPage: 1 }];
}

/** Lays parts end to end: each part's first logical page follows the pages of the parts before it. */
export function layParts(files: { file: string; pages: number }[]): DocumentPart[] {
  let next = 1;
  return files.map((f) => {
    const part = { file: f.file, pages: f.pages, firstPage: next };
    next += f.pages;
    return part;
  });
}

/** The file and page within it of a logical page. */
export function pageRef(parts: DocumentPart[], logicalPage: number): PageRef {
  let part = parts[0];
  for (const p of parts) if (p.firstPage <= logicalPage) part = p;
  if (!part) return { file: '', page: logicalPage };
  return { file: part.file, page: logicalPage - part.firstPage + 1 };
}

/** `p. 5` for a one-file document, `bab3.pdf p. 5` for one of several files. */
export function formatPageRef(parts: DocumentPart[], logicalPage: number): string {
  if (parts.length <= 1) return `p. ${logicalPage}`;
  const r = pageRef(parts, logicalPage);
  return `${r.file} p. ${r.page}`;
}

/** `[3, 4, 5, 9]` -> `3-5, 9`: compact page ranges. */
export function pageRanges(pages: readonly number[]): string {
  const s = [...new Set(pages)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    out.push(j > i ? `${s[i]}-${s[j]}` : `${s[i]}`);
    i = j;
  }
  return out.join(', ');
}

/**
 * Logical pages as a reader looks them up: `p. 26-28, 30` for a one-file document, `bab2.pdf p. 3-9; bab3.pdf p. 1`
 * for one of several files. Empty for no pages.
 */
export function formatPageRanges(parts: DocumentPart[], pages: number[]): string {
  if (!pages.length) return '';
  if (parts.length <= 1) return `p. ${pageRanges(pages)}`;
  const byFile = new Map<string, number[]>();
  for (const p of [...new Set(pages)].sort((a, b) => a - b)) {
    const r = pageRef(parts, p);
    byFile.set(r.file, [...(byFile.get(r.file) ?? []), r.page]);
  }
  return [...byFile].map(([file, ps]) => `${file} p. ${pageRanges(ps)}`).join('; ');
}

/** A logical page as the CSV cells `file,page` (page within the file); blanks for a value without a page. */
export function filePageCells(parts: DocumentPart[], logicalPage: number | null | undefined): [string, string] {
  if (logicalPage == null) return ['', ''];
  if (!parts.length) return ['', String(logicalPage)];
  const r = pageRef(parts, logicalPage);
  return [r.file, String(r.page)];
}

/** Pages in a finding's message: `pages 3-5` for a one-file document (as messages always said), `bab2.pdf p. 3-5`. */
export function pagesInText(parts: DocumentPart[], pages: number[]): string {
  return parts.length <= 1 ? `pages ${pageRanges(pages)}` : formatPageRanges(parts, pages);
}

/** One page in a finding's message: `page 7` for a one-file document, `bab2.pdf p. 7` for one of several. */
export function pageInText(parts: DocumentPart[], page: number): string {
  return parts.length <= 1 ? `page ${page}` : formatPageRef(parts, page);
}
