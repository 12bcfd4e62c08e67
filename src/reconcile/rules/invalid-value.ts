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
  'code-unparsed': 'warning',
  'target-unparsed': 'warning',
};

export function invalidValue(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const r of ctx.extraction.records) {
    for (const w of r.warnings) {
      const severity = REPORTED_WARNINGS[w.kind];
      if (!severity) continue;
      const field = w.field ?? (w.kind.startsWith('money') ? 'pagu' : w.kind.startsWith('code') ? 'code' : 'target');
      out.push(
        makeDiscrepancy({
          doc: ctx.doc,
          rule: 'invalid-value',
          severity,
          code: r.code,
          field,
          a: recordSide(r, field, w.raw ?? null),
          b: null,
          message: `${TABLE_LABEL[r.table]} ${truncate(describeRecord(r), 80)}: ${w.kind}${w.raw !== undefined ? ` "${truncate(w.raw, 40)}"` : ''}: ${w.message}`,
        }),
      );
    }
  }
  return out;
}
