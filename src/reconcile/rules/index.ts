/** The rule registry: rule id -> pure function of the context. */
import type { Discrepancy, RuleId } from '../types.js';
import type { ReconcileContext } from '../context.js';
import { awalVsHasil } from './awal-vs-hasil.js';
import { declaredTotalMismatch } from './declared-total-mismatch.js';
import { duplicateCode } from './duplicate-code.js';
import { invalidValue } from './invalid-value.js';
import { missingRow } from './missing-row.js';
import { rollupMismatch } from './rollup-mismatch.js';
import { terbilangMismatch } from './terbilang-mismatch.js';
import { totalMismatch } from './total-mismatch.js';
import { valueMismatch } from './value-mismatch.js';
import { emptyColumn } from './empty-column.js';
import { unreadTable } from './unread-table.js';
import { yearLabel } from './year-label.js';
import { unitConflict } from './unit-conflict.js';
import { nomenclature } from './nomenclature.js';

export type Rule = (ctx: ReconcileContext) => Discrepancy[];

/** Every rule computed from the context; `ocr-uncertain` re-classifies their findings (../ocr-uncertain.ts). */
export const RULES: Record<Exclude<RuleId, 'ocr-uncertain'>, Rule> = {
  'total-mismatch': totalMismatch,
  'value-mismatch': valueMismatch,
  'missing-row': missingRow,
  'awal-vs-hasil': awalVsHasil,
  'rollup-mismatch': rollupMismatch,
  'declared-total-mismatch': declaredTotalMismatch,
  'duplicate-code': duplicateCode,
  'terbilang-mismatch': terbilangMismatch,
  'invalid-value': invalidValue,
  'empty-column': emptyColumn,
  'unread-table': unreadTable,
  'year-label': yearLabel,
  'unit-conflict': unitConflict,
  nomenclature: nomenclature,
};
