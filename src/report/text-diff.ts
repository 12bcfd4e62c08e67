/**
 * Which characters differ between two texts (`Komersia` / `Komersial`), for highlighting in report.html: a longest
 * common subsequence over characters, returned as runs of equal and changed text for each side.
 */

export interface DiffRun {
  text: string;
  changed: boolean;
}

/** Past this many characters on a side the comparison is not worth its quadratic cost: the whole text is marked. */
const MAX_CHARS = 400;

function runs(s: string, keep: boolean[]): DiffRun[] {
  const out: DiffRun[] = [];
  for (let i = 0; i < s.length; i++) {
    const changed = !keep[i];
    const last = out[out.length - 1];
    if (last && last.changed === changed) last.text += s[i];
    else out.push({ text: s[i], changed });
  }
  return out;
}

export function textDiff(a: string, b: string): { a: DiffRun[]; b: DiffRun[] } {
  if (a === b) return { a: [{ text: a, changed: false }], b: [{ text: b, changed: false }] };
  if (a.length > MAX_CHARS || b.length > MAX_CHARS || !a || !b)
    return { a: a ? [{ text: a, changed: true }] : [], b: b ? [{ text: b, changed: true }] : [] };
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], one row per i
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const keepA = new Array<boolean>(n).fill(false);
  const keepB = new Array<boolean>(m).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      keepA[i++] = true;
      keepB[j++] = true;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  // Texts with little in common read better marked whole than as confetti.
  if (lcs[0][0] < Math.min(n, m) / 2) return { a: [{ text: a, changed: true }], b: [{ text: b, changed: true }] };
  return { a: runs(a, keepA), b: runs(b, keepB) };
}
