/**
 * The structured form of every finding message: a stable key and its parameters. Rules build these; the catalogues
 * (src/i18n/id.ts, en.ts) turn them into text in the reader's language at report time. Parameters are plain data
 * (money as plain-number strings, tables as table ids) so they survive JSON and thread boundaries.
 */
import { z } from 'zod';
import type { TableId } from '../renja/schema.js';

/** Money as a plain-number string (`2830445095`), null for a blank cell. */
export type MoneyParam = string | null;

/** How a table's grand total was taken (see src/reconcile/totals.ts). */
export type TotalParam = { source: 'printed' } | { source: 'computed'; rows: number; level: string | null };

/** What differs between two printings of one field (src/reconcile/compare.ts). */
export type DetailParam =
  | { kind: 'money'; a: MoneyParam; b: MoneyParam; roundingUnit: string | null }
  | { kind: 'money-source-part'; a: MoneyParam; b: MoneyParam; source: string }
  | {
      kind: 'money-implied';
      a: MoneyParam;
      b: MoneyParam;
      roundingUnit: string | null;
      /** The side whose row prints no amount: its value is the sum of its rows. */
      implied: 'a' | 'b';
      children: number;
      childLevel: string;
      level: string;
      table: TableId;
    }
  | { kind: 'text'; field: string; a: string; b: string; caseOnly: boolean }
  | { kind: 'target'; a: string; b: string; unitOnly: boolean; indikator: string | null }
  | { kind: 'indicator-missing'; text: string; table: TableId };

/** One difference between two rows printed under one code (duplicate-code). */
export type RowDiffParam =
  | { field: 'name'; a: string; b: string }
  | { field: 'pagu' | 'pagu_maju'; a: MoneyParam; b: MoneyParam }
  | { field: 'target'; a: string; b: string }
  | { field: 'indikator' };

/** One printing of an amount (src/reconcile/redundancy.ts): a cell, or the sum of the rows under a row or table. */
export interface ReadingParam {
  table: TableId;
  kind: 'cell' | 'sum';
  /** A grand total (the JUMLAH/TOTAL row, or the sum of the table's top-level rows). */
  total: boolean;
  /** For a sum: how many rows (0: not known). */
  rows: number;
  level: string | null;
  value: string;
  /** OCR confidence (the least sure cell it reads); null when not read by OCR. */
  confidence: number | null;
}

export type UnitConflictKind = 'header-thousands-cells-rupiah' | 'cells-too-small' | 'mixed';

export interface MessageParams {
  'total-mismatch': {
    field: 'pagu' | 'pagu_maju';
    tableA: TableId;
    valueA: string;
    totalA: TotalParam;
    tableB: TableId;
    valueB: string;
    totalB: TotalParam;
    difference: string;
    sourcePart: string | null;
  };
  'value-mismatch': { field: string; row: string; tableA: TableId; tableB: TableId; detail: DetailParam };
  'missing-row': { level: string; row: string; pagu: MoneyParam; from: TableId; other: TableId; under: number };
  'awal-vs-hasil': { field: string; row: string; detail: DetailParam; catatan: string | null };
  'rollup-mismatch': {
    table: TableId;
    field: 'pagu' | 'pagu_maju';
    level: string;
    row: string;
    value: MoneyParam;
    children: number;
    childLevel: string;
    sum: string;
    difference: string;
    roundingUnit: string | null;
    repeats: string[];
    duplicates: string[];
  };
  'declared-total-mismatch': {
    table: TableId;
    field: 'pagu' | 'pagu_maju';
    printed: string;
    rows: number;
    level: string | null;
    sum: string;
    difference: string;
    roundingUnit: string | null;
    /** Rows left out of the sum because their amount cannot be read: the sum is then a lower bound. */
    unreadable?: number;
  };
  'duplicate-reprint': { table: TableId; pages: number[]; repeated: number; rows: number; originalPages: number[] };
  'duplicate-number': {
    table: TableId;
    count: number;
    level: string;
    number: string;
    pages: number[];
    names: string[];
  };
  'duplicate-code': {
    table: TableId;
    level: string;
    code: string;
    pageA: number;
    pageB: number;
    diffs: RowDiffParam[];
  };
  'terbilang-words': { figureRaw: string; figure: string; words: string; wordsValue: string };
  'terbilang-allocation': { stated: string; table: TableId; total: string; totalHow: TotalParam; difference: string };
  'invalid-record': { table: TableId; row: string; kind: string; raw: string | null; detail: string };
  'invalid-cell': { tableKind: string; row: number; col: number; page: number; text: string };
  'empty-column': { column: string; tableKind: string; pages: number[] };
  'unread-table': {
    caption: string;
    pages: number[];
    tableKind: string;
    why: 'not-recognised' | 'no-rows';
    reason: string | null;
  };
  'year-label': {
    where: 'caption' | 'column' | 'running-head';
    match: string;
    page: number;
    year: number;
    impossible: boolean;
    role: string;
    /** The years the label should show: one year (min = max), a bound, or a range. */
    expected: { min: number | null; max: number | null } | null;
    plan: number | null;
    against: { where: 'caption' | 'column' | 'running-head'; match: string } | null;
    decidedBy: string | null;
  };
  'unit-conflict': {
    table: TableId;
    column: string;
    pages: number[];
    kind: UnitConflictKind;
    headerUnit: number;
    readUnit: number;
    median: MoneyParam;
    rows: number;
    sample: { raw: string; page: number; row: string; otherColumn: string | null; otherRaw: string | null } | null;
  };
  /** A money finding that one misread explains (src/reconcile/ocr-uncertain.ts): the finding itself, then why. */
  'ocr-uncertain': {
    /** The finding as its rule wrote it: its message, or its text when it has none. */
    base: Message | null;
    baseText: string;
    rule: string;
    a: ReadingParam;
    b: ReadingParam;
    /** The reading likely misread (the other one is confirmed by `witnesses`); null when the document cannot tell. */
    suspect: 'a' | 'b' | null;
    /** With a suspect: the readings that confirm the other one; without: the other readings, none agreeing. */
    witnesses: ReadingParam[];
  };
  /** Any other finding on text read by OCR: it says so, and which reading the document's redundancy confirms. */
  'ocr-read': {
    base: Message | null;
    baseText: string;
    confidence: number[];
    confirmed: { reading: ReadingParam; by: ReadingParam[] }[];
  };
  /** Explanation-tree notes (src/reconcile/explain.ts). */
  'note-covered': { gap: string; covered: string; full: boolean; ofTotal: boolean };
  'note-own-figure': { gap: string };
  'note-total-own-figure': Record<string, never>;
  'note-missing': { from: TableId };
  'note-values': { tableA: TableId; valueA: MoneyParam; tableB: TableId; valueB: MoneyParam };
}

export type MessageKey = keyof MessageParams;
export type Message = { [K in MessageKey]: { key: K; params: MessageParams[K] } }[MessageKey];

export function msg<K extends MessageKey>(key: K, params: MessageParams[K]): Message {
  return { key, params } as Message;
}

/** Checked loosely at seams (report.json read back); the catalogues' types check the shape of each key. */
export const MessageSchema = z.custom<Message>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { key?: unknown }).key === 'string' &&
    typeof (v as { params?: unknown }).params === 'object',
  'a message: { key, params }',
);
