/**
 * The explanation step: for a gap between two tables (a total, or a parent row's pagu), walk
 * down both hierarchies and name the rows whose differences, or absence, account for it.
 */
import { Decimal } from 'decimal.js';
import type { Discrepancy, ExplanationNode } from './types.js';
import type { MoneyField, ReconcileContext, RowNode } from './context.js';
import { moneyOf } from './discrepancy.js';
import { matchOf, type MatchResult } from './match.js';
import { topLevelNodes } from './totals.js';
import { cleanText } from '../renja/text.js';
import { moneyValue, ZERO } from './util.js';
import type { TableId } from '../renja/schema.js';
import { renderMessage } from '../i18n/index.js';
import { msg, type Message } from '../i18n/messages.js';

interface Labels {
  a: TableId;
  b: TableId;
}

/** A note as message and its English text (the explanation tree keeps both, see types.ts). */
function note(m: Message): { note: string; noteMsg: Message } {
  return { note: renderMessage(m, 'en'), noteMsg: m };
}

const val = (n: RowNode, f: MoneyField): Decimal | null => moneyValue(moneyOf(n.record, f));
const str = (d: Decimal | null): string | null => (d === null ? null : d.toFixed());

function leafSum(n: ExplanationNode): Decimal {
  if (n.children.length === 0) return n.difference === null ? ZERO : new Decimal(n.difference);
  return n.children.reduce((acc, c) => acc.plus(leafSum(c)), ZERO);
}

function coverageNote(gap: Decimal, children: ExplanationNode[], ofTotal = false): Message {
  const leaves = children.reduce((acc, c) => acc.plus(leafSum(c)), ZERO);
  return msg('note-covered', { gap: gap.toFixed(), covered: leaves.toFixed(), full: leaves.equals(gap), ofTotal });
}

function missingLeaf(n: RowNode, f: MoneyField, inA: boolean, l: Labels): ExplanationNode | null {
  const v = val(n, f);
  if (v === null || v.isZero()) return null;
  return {
    code: n.record.code,
    name: cleanText(n.record.name),
    level: n.level,
    valueA: inA ? str(v) : null,
    valueB: inA ? null : str(v),
    difference: str(inA ? v.negated() : v),
    ...note(msg('note-missing', { from: inA ? l.b : l.a })),
    children: [],
  };
}

function childrenInScope(n: RowNode, m: MatchResult): RowNode[] {
  return n.children.filter((c) => m.levels.has(c.level));
}

function explainChildren(
  m: MatchResult,
  kidsA: RowNode[],
  kidsB: RowNode[],
  f: MoneyField,
  l: Labels,
): ExplanationNode[] {
  const out: ExplanationNode[] = [];
  for (const ka of kidsA) {
    const kb = m.partnerOfA.get(ka);
    const node = kb ? explainPair(m, ka, kb, f, l) : missingLeaf(ka, f, true, l);
    if (node) out.push(node);
  }
  for (const kb of kidsB) {
    if (m.partnerOfB.has(kb)) continue;
    const node = missingLeaf(kb, f, false, l);
    if (node) out.push(node);
  }
  return out;
}

/** The node for a row printed in both tables, or null when it agrees. */
export function explainPair(
  m: MatchResult,
  na: RowNode,
  nb: RowNode,
  f: MoneyField,
  l: Labels,
): ExplanationNode | null {
  const va = val(na, f);
  const vb = val(nb, f);
  const gap = (vb ?? ZERO).minus(va ?? ZERO);
  if (gap.isZero()) return null;
  const kidsA = childrenInScope(na, m);
  const kidsB = childrenInScope(nb, m);
  const children = explainChildren(m, kidsA, kidsB, f, l);
  let why: Message;
  if (children.length > 0) why = coverageNote(gap, children);
  else if (kidsA.length > 0 || kidsB.length > 0) why = msg('note-own-figure', { gap: gap.toFixed() });
  else why = msg('note-values', { tableA: l.a, valueA: str(va), tableB: l.b, valueB: str(vb) });
  return {
    code: na.record.code,
    name: cleanText(na.record.name),
    level: na.level,
    valueA: str(va),
    valueB: str(vb),
    difference: str(gap),
    ...note(why),
    children,
  };
}

function fieldOf(d: Discrepancy): MoneyField | null {
  if (d.rule === 'total-mismatch') return d.field === 'total' ? 'pagu' : 'pagu_maju';
  if (d.rule === 'value-mismatch' && (d.field === 'pagu' || d.field === 'pagu_maju')) return d.field;
  return null;
}

function explainOne(ctx: ReconcileContext, d: Discrepancy): ExplanationNode | null {
  const f = fieldOf(d);
  if (!f || !d.b) return null;
  const ta = ctx.tables.get(d.a.table);
  const tb = ctx.tables.get(d.b.table);
  if (!ta || !tb) return null;
  const m = matchOf(ctx, ta, tb);
  const l = { a: ta.id, b: tb.id };

  if (d.rule === 'total-mismatch') {
    const va = d.a.value as Decimal;
    const vb = d.b.value as Decimal;
    const gap = vb.minus(va);
    const top = (t: typeof ta) => topLevelNodes(t).filter((n) => m.levels.has(n.level));
    const children = explainChildren(m, top(ta), top(tb), f, l);
    return {
      code: null,
      name: 'Total',
      level: 'total',
      valueA: str(va),
      valueB: str(vb),
      difference: str(gap),
      ...note(children.length > 0 ? coverageNote(gap, children, true) : msg('note-total-own-figure', {})),
      children,
    };
  }

  const pair =
    m.pairs.find(
      ([na, nb]) => na.record.code === d.code && na.record.page === d.a.page && nb.record.page === d.b?.page,
    ) ?? m.pairs.find(([na]) => na.record.code === d.code);
  if (!pair) return null;
  const [na, nb] = pair;
  // Only parents get a tree: for a leaf row the finding itself is the explanation.
  if (childrenInScope(na, m).length === 0 && childrenInScope(nb, m).length === 0) return null;
  return explainPair(m, na, nb, f, l);
}

/** Attaches explanation trees to total-mismatch and money value-mismatch findings on parent rows. */
export function explain(ctx: ReconcileContext, findings: Discrepancy[]): Discrepancy[] {
  return findings.map((d) => {
    const e = explainOne(ctx, d);
    return e ? { ...d, explanation: e } : d;
  });
}
