/**
 * What a column's data cells look like (amounts, targets, fund sources, text), so a column map read
 * from header words can be checked against the data: a "pagu" column full of `1 Dokumen` was
 * mis-read, and a header cell spanning several columns (sub-titles jammed into one cell) names
 * none of them on its own. Pure functions over cell texts.
 */
import { cleanText, isNil } from './text.js';

/** `number`: a bare short number (`12`, `3,5`): a count, a row number or an amount in thousands. */
export type ContentType = 'money' | 'number' | 'target' | 'fund' | 'text' | 'empty';

/** An amount: digits with separators, optional `Rp`, sign or accounting brackets, at least this many digits. */
const MONEY_MIN_DIGITS = 4;
const MONEY_TEXT = /^\(?-?\s*(rp\.?\s*)?[\d][\d.,\s]*(,-|,00)?\)?$/i;
/** A quantity with a unit: `1 Dokumen`, `95 %`, `12,5 Km`, `nilai > 70` is text. */
const TARGET_TEXT = /^\d[\d.,]*\s*(%|\p{L})/u;
/** Fund-source names printed in a `Sumber Dana` column. */
const FUND_TEXT = /^(apbd|apbn|dak|dau|phln|blud|bos|bankeu|bantuan keuangan|dbhcht|pad)\b/i;
/** Share of a column's filled cells that must agree for the column to have a type. */
export const CONTENT_SHARE = 0.5;
/** Fewer filled cells than this say nothing about a column. */
export const CONTENT_MIN_CELLS = 3;

export function cellType(raw: string): ContentType {
  const t = cleanText(raw);
  if (isNil(t)) return 'empty';
  const digits = t.replace(/\D/g, '').length;
  if (MONEY_TEXT.test(t)) return digits >= MONEY_MIN_DIGITS ? 'money' : 'number';
  if (FUND_TEXT.test(t)) return 'fund';
  if (TARGET_TEXT.test(t)) return 'target';
  return 'text';
}

export interface ColumnContent {
  /** The type most filled cells share (CONTENT_SHARE), `mixed` when none does, `empty` when too few cells. */
  type: ContentType | 'mixed';
  filled: number;
  /** Filled cells that read as an amount. */
  money: number;
  /** Filled cells that are bare short numbers (amounts in thousands look like this too). */
  number: number;
}

export function columnContent(texts: string[]): ColumnContent {
  const counts: Record<ContentType, number> = { money: 0, number: 0, target: 0, fund: 0, text: 0, empty: 0 };
  for (const t of texts) counts[cellType(t)]++;
  const filled = texts.length - counts.empty;
  const base = { filled, money: counts.money, number: counts.number };
  if (filled < CONTENT_MIN_CELLS) return { type: 'empty', ...base };
  const best = (['money', 'number', 'target', 'fund', 'text'] as const).reduce((a, b) =>
    counts[b] > counts[a] ? b : a,
  );
  return { type: counts[best] / filled >= CONTENT_SHARE ? best : 'mixed', ...base };
}

/** True when a column said to hold money does not: enough filled cells, too few amounts. */
export function notMoney(c: ColumnContent): boolean {
  return c.filled >= CONTENT_MIN_CELLS && (c.money + c.number) / c.filled < CONTENT_SHARE;
}
