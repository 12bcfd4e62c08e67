/** Grouping boxes (text runs, words) into text lines by vertical overlap. */

export interface LineGroup<T> {
  items: T[];
  y0: number;
  y1: number;
}

/**
 * Items sorted by their vertical centre join the line above when they overlap it by more than `share` of the
 * smaller height; each line's items come back sorted left to right.
 */
export function groupByLine<T extends { x0: number; y0: number; y1: number }>(
  items: T[],
  share: number,
): LineGroup<T>[] {
  const sorted = [...items].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2 || a.x0 - b.x0);
  const lines: LineGroup<T>[] = [];
  for (const it of sorted) {
    const l = lines[lines.length - 1];
    if (l && Math.min(l.y1, it.y1) - Math.max(l.y0, it.y0) > share * Math.min(l.y1 - l.y0, it.y1 - it.y0)) {
      l.items.push(it);
      l.y0 = Math.min(l.y0, it.y0);
      l.y1 = Math.max(l.y1, it.y1);
    } else lines.push({ items: [it], y0: it.y0, y1: it.y1 });
  }
  for (const l of lines) l.items.sort((a, b) => a.x0 - b.x0);
  return lines;
}
