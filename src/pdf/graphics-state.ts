/** The graphics-state stack every operator-list walk shares: q/Q, cm, and form XObjects (which save and transform). */
import { multiply, type Matrix } from './matrix.js';
import { OPS } from './pdfjs.js';

/**
 * Applies a state operator to `st` (a walker's own state, which carries the CTM). Returns the state in force
 * afterwards, or null when `fn` is not a state operator and the walker should handle it itself.
 */
export function applyStateOp<S extends { ctm: Matrix }>(
  fn: number,
  args: unknown[] | null,
  st: S,
  stack: S[],
): S | null {
  switch (fn) {
    case OPS.save:
      stack.push({ ...st });
      return st;
    case OPS.restore:
      return stack.pop() ?? st;
    case OPS.transform:
      st.ctm = multiply(st.ctm, args as number[]);
      return st;
    case OPS.paintFormXObjectBegin: {
      stack.push({ ...st });
      const m = args?.[0] as number[] | null;
      if (m && m.length === 6) st.ctm = multiply(st.ctm, m);
      return st;
    }
    case OPS.paintFormXObjectEnd:
      return stack.pop() ?? st;
    default:
      return null;
  }
}
