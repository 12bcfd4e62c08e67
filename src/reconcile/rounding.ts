/**
 * Rounding of amounts printed in a unit (`(Rp 000)` columns): each printed amount is the true one rounded
 * to the unit, so printings of one amount, or a total and the sum of its printed parts, can disagree by a
 * few units without any planning error. Such gaps are still reported, as rounding (info), never as errors.
 */
import { Decimal } from 'decimal.js';
import { moneyUnitOf, type RowNode, type TableView } from './context.js';

/**
 * Two separately rounded printings of one amount differ by at most one unit
 * (Disnakertrans 2015: 4.814.601 vs 4.814.602 in Rp 000 on seventeen rows).
 */
export const ROUNDING_STEPS = 1;

/** Gap allowed between two printings of one amount, each printed in its own unit. */
export function pairSlack(unitA: number, unitB: number): Decimal {
  const unit = Math.max(unitA, unitB);
  return unit > 1 ? new Decimal(unit).times(ROUNDING_STEPS) : new Decimal(0);
}

/**
 * Gap allowed between a printed total and the sum of printed parts: each of the `leaves` rounded amounts
 * underneath strays by up to half a unit, and the total itself by another half.
 */
export function sumSlack(unit: number, leaves: number): Decimal {
  return unit > 1 ? new Decimal(unit).times(Math.ceil((leaves + 1) / 2)) : new Decimal(0);
}

/** Rows under `n` (or `n` itself) with no children: the amounts everything above is summed from. */
export function leafCount(nodes: RowNode[]): number {
  let count = 0;
  const walk = (n: RowNode) => {
    if (n.children.length === 0) count++;
    else n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return count;
}

/** The largest unit among the rows' parts (a table's parts normally share one). */
export function unitOfRows(view: TableView, nodes: RowNode[]): number {
  return nodes.reduce((u, n) => Math.max(u, moneyUnitOf(view, n.record)), 1);
}
