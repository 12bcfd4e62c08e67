/** Reconciliation entry point: run every rule over an extraction, explain money gaps, sort. */
import type { Extraction } from '../renja/schema.js';
import { RuleIdSchema, type Discrepancy, type RuleId, type Severity } from './types.js';
import { buildContext, type ReconcileOptions } from './context.js';
import { explain } from './explain.js';
import { RULES } from './rules/index.js';
import { markOcrUncertain } from './ocr-uncertain.js';

export type { ReconcileOptions, ReconcileContext } from './context.js';
export { buildContext } from './context.js';
export { tableTotal, type TableTotal } from './totals.js';
export { RULES } from './rules/index.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const RULE_ORDER = new Map<RuleId, number>(RuleIdSchema.options.map((r, i) => [r, i]));

function cmp(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Deterministic order: severity, rule, code, field, then where the first value stands. */
export function compareDiscrepancies(x: Discrepancy, y: Discrepancy): number {
  return (
    SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
    (RULE_ORDER.get(x.rule) ?? 0) - (RULE_ORDER.get(y.rule) ?? 0) ||
    cmp(x.code, y.code) ||
    cmp(x.field, y.field) ||
    cmp(x.a.table, y.a.table) ||
    cmp(x.a.page, y.a.page) ||
    cmp(x.b?.table ?? null, y.b?.table ?? null) ||
    cmp(x.message, y.message)
  );
}

export function reconcile(extraction: Extraction, options: ReconcileOptions = {}): Discrepancy[] {
  const ctx = buildContext(extraction, options);
  const ids = options.rules ?? RuleIdSchema.options;
  const found = ids.flatMap((id) => (id === 'ocr-uncertain' ? [] : RULES[id](ctx)));
  const checked = options.explain === false ? found : explain(ctx, found);
  const explained = ids.includes('ocr-uncertain') ? markOcrUncertain(checked, ctx) : checked;
  return explained.sort(compareDiscrepancies);
}
