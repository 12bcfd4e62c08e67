/** invalid-value: record warnings about values that could not be read become findings, so nothing is lost. */
import type { WarningKind } from '../../renja/schema.js';
import type { Discrepancy, Severity } from '../types.js';
import type { ReconcileContext } from '../context.js';
import { makeDiscrepancy, recordSide } from '../discrepancy.js';
import { TABLE_LABEL } from '../pairs.js';
import { describeRecord, truncate } from '../util.js';

/** Unreadable money hides an amount (error); an unreadable code or target hides a label (warning). */
export const REPORTED_WARNINGS: Partial<Record<WarningKind, Severity>> = {
  'money-unparseable': 'error',
  'money-spreadsheet-error': 'error',
  'money-unit-conflict': 'error',
  // read, and used by the checks, but the cell is mistyped: the auditor should see it
  'money-odd-format': 'warning',
  'code-unparsed': 'warning',
  'target-unparsed': 'warning',
};

export function invalidValue(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  /** Cells already reported through a record, so the table scan does not report them twice. */
  const reported = new Set<string>();
  const cellKey = (page: number | null, box: { x0: number; y0: number } | null): string =>
    box ? `${page}:${Math.round(box.x0)}:${Math.round(box.y0)}` : '';
  for (const r of ctx.extraction.records) {
    for (const w of r.warnings) {
      const severity = REPORTED_WARNINGS[w.kind];
      if (!severity) continue;
      const field = w.field ?? (w.kind.startsWith('money') ? 'pagu' : w.kind.startsWith('code') ? 'code' : 'target');
      const side = recordSide(r, field, w.raw ?? null);
      reported.add(cellKey(side.page, side.bbox));
      out.push(
        makeDiscrepancy({
          doc: ctx.doc,
          rule: 'invalid-value',
          severity,
          code: r.code,
          field,
          a: side,
          b: null,
          message: `${TABLE_LABEL[r.table]} ${truncate(describeRecord(r), 80)}: ${w.kind}${w.raw !== undefined ? ` "${truncate(w.raw, 40)}"` : ''}: ${w.message}`,
        }),
      );
    }
  }
  // Spreadsheet errors printed anywhere in a table (unmapped columns, unrecognised tables, reprints set aside).
  for (const l of ctx.extraction.layouts) {
    for (const c of l.scan?.cellErrors ?? []) {
      const key = cellKey(c.page, c.bbox);
      if (reported.has(key)) continue;
      reported.add(key);
      const table = l.kind === 'OTHER' || l.kind === 'TC31' ? 'OTHER' : l.kind;
      out.push(
        makeDiscrepancy({
          doc: ctx.doc,
          rule: 'invalid-value',
          severity: 'error',
          code: null,
          field: 'cell',
          a: { table, page: c.page, bbox: c.bbox, value: c.text, code: null, name: l.caption },
          b: null,
          message: `spreadsheet error printed in ${l.kind === 'OTHER' ? 'a table' : l.kind} cell (row ${c.row + 1}, column ${c.col + 1}) on page ${c.page}: "${truncate(c.text, 40)}"`,
        }),
      );
    }
    for (const e of l.scan?.pageErrors ?? []) {
      out.push(
        makeDiscrepancy({
          doc: ctx.doc,
          rule: 'invalid-value',
          severity: 'error',
          code: null,
          field: 'cell',
          a: { table: 'OTHER', page: e.page, bbox: null, value: e.text, code: null, name: l.caption },
          b: null,
          message: `spreadsheet error printed on page ${e.page} beside the ${l.kind} table, outside its cells: "${truncate(e.text, 80)}"`,
        }),
      );
    }
  }
  return out;
}
