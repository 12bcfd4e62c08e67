/**
 * unread-table: no table page is lost in silence. A page where a table prints amounts but which gave no record is
 * named, with the reason the table was not read (not recognised as a Renja form, or read only in part).
 */
import type { DetectedLayout, Extraction } from '../../renja/schema.js';
import type { Discrepancy } from '../types.js';
import type { ReconcileContext } from '../context.js';
import { makeDiscrepancy } from '../discrepancy.js';
import { truncate } from '../util.js';
import { msg } from '../../i18n/messages.js';
import { documentParts, pagesInText } from '../../renja/parts.js';

export { pageRanges } from '../../i18n/helpers.js';

/** Why the table gave no rows, and the extractor's own reason (English, shown in `--lang en` only). */
function why(l: DetectedLayout): { why: 'not-recognised' | 'no-rows'; reason: string | null } {
  if (l.kind === 'OTHER') {
    const reason = l.reasons.find((r) => /score|kind|caption|header/i.test(r)) ?? l.reasons[0] ?? '';
    return { why: 'not-recognised', reason: reason ? truncate(reason, 90) : null };
  }
  const guard = l.reasons.find((r) => /precision guard|dropped/.test(r));
  return { why: 'no-rows', reason: guard ? truncate(guard, 90) : null };
}

/** Per table, the pages where it prints amounts that gave no record (by any table). */
export function unreadPages(extraction: Extraction): { layout: DetectedLayout; pages: number[] }[] {
  const readPages = new Set(extraction.layouts.flatMap((l) => l.recordPages));
  return extraction.layouts
    .map((layout) => ({ layout, pages: (layout.scan?.amountPages ?? []).filter((p) => !readPages.has(p)) }))
    .filter((x) => x.pages.length > 0);
}

export function unreadTable(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const { layout: l, pages: unread } of unreadPages(ctx.extraction)) {
    out.push(
      makeDiscrepancy({
        doc: ctx.doc,
        rule: 'unread-table',
        severity: 'warning',
        code: null,
        field: 'table',
        a: { table: 'OTHER', page: unread[0], bbox: null, value: null, code: null, name: l.caption },
        b: null,
        msg: msg('unread-table', {
          caption: l.caption ? truncate(l.caption, 70) : '',
          pages: unread,
          tableKind: l.kind,
          ...why(l),
        }),
      }),
    );
  }
  // A scanned part of a document of several files: none of its pages could be read.
  for (const p of documentParts(ctx.extraction).filter((x) => x.noTextLayer)) {
    const pages = Array.from({ length: p.pages }, (_, i) => p.firstPage + i);
    out.push(
      makeDiscrepancy({
        doc: ctx.doc,
        rule: 'unread-table',
        severity: 'warning',
        code: null,
        field: 'file',
        a: { table: 'OTHER', page: p.firstPage, bbox: null, value: null, code: null, name: p.file },
        b: null,
        message: `${p.file} has no text layer (scanned or image-only pages): ${pagesInText(documentParts(ctx.extraction), pages)} were not read; run OCR first or check them by hand`,
      }),
    );
  }
  // Pages the table engine cut short (too many operators, rules, words or grid slots): nothing on them was read.
  for (const l of ctx.extraction.pageLimits ?? []) {
    out.push(
      makeDiscrepancy({
        doc: ctx.doc,
        rule: 'unread-table',
        severity: 'warning',
        code: null,
        field: 'page',
        a: { table: 'OTHER', page: l.page, bbox: null, value: null, code: null, name: '' },
        b: null,
        message: `${l.message}; check this page by hand`,
      }),
    );
  }
  return out;
}
