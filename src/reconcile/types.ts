/** Discrepancy model: what every reconciliation rule returns. */
import { z } from 'zod';
import { BoxSchema, DecimalSchema, TableIdSchema } from '../renja/schema.js';
import { MessageSchema, type Message } from '../i18n/messages.js';

export const RuleIdSchema = z.enum([
  'total-mismatch',
  'value-mismatch',
  'missing-row',
  'awal-vs-hasil',
  'rollup-mismatch',
  'declared-total-mismatch',
  'duplicate-code',
  'terbilang-mismatch',
  'invalid-value',
  'empty-column',
  'unread-table',
  'year-label',
  'unit-conflict',
  'nomenclature',
  'ocr-uncertain',
]);
export type RuleId = z.infer<typeof RuleIdSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** One side of a comparison: the value and where it stands in the PDF. */
export const SideSchema = z.object({
  table: TableIdSchema,
  page: z.number().int().positive().nullable(),
  bbox: BoxSchema.nullable(),
  /** Money and quantities as Decimal; text as string; null when absent. */
  value: z.union([DecimalSchema, z.string()]).nullable(),
  code: z.string().nullable(),
  name: z.string(),
  /** Set when the value was read by OCR: the cell's confidence (0..100). */
  confidence: z.number().optional(),
});
export type Side = z.infer<typeof SideSchema>;

/** A node of an explanation tree: which child rows account for a parent's gap. */
export interface ExplanationNode {
  code: string | null;
  name: string;
  level: string;
  valueA: string | null;
  valueB: string | null;
  difference: string | null;
  /** The note in English; `noteMsg` renders it in the reader's language. */
  note: string;
  noteMsg?: Message;
  children: ExplanationNode[];
}
export const ExplanationNodeSchema: z.ZodType<ExplanationNode> = z.lazy(() =>
  z.object({
    code: z.string().nullable(),
    name: z.string(),
    level: z.string(),
    valueA: z.string().nullable(),
    valueB: z.string().nullable(),
    difference: z.string().nullable(),
    note: z.string(),
    noteMsg: MessageSchema.optional(),
    children: z.array(ExplanationNodeSchema),
  }),
);

export const DiscrepancySchema = z.object({
  doc: z.string(),
  rule: RuleIdSchema,
  severity: SeveritySchema,
  code: z.string().nullable(),
  /** pagu, pagu_maju, target, indikator, name, lokasi, sumber_dana, total, ... */
  field: z.string(),
  a: SideSchema,
  b: SideSchema.nullable(),
  /** b − a when both are numbers. */
  difference: DecimalSchema.nullable(),
  /** The finding in English (for logs and tests); reports render `msg` in the reader's language. */
  message: z.string(),
  /** Stable message key and parameters (src/i18n); absent for findings written as plain text. */
  msg: MessageSchema.nullable().optional(),
  explanation: ExplanationNodeSchema.nullable(),
});
export type Discrepancy = z.infer<typeof DiscrepancySchema>;
