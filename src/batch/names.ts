/** Output folder names for a set of input files: one `<doc>` per file, unique even when base names repeat. */
import { docName } from '../audit/document.js';

/** Stands in for a file named just `.pdf`, whose doc name would otherwise be empty (the output folder itself). */
const EMPTY_NAME = 'document';

/**
 * Gives each input a unique `<doc>` folder name: the base name without `.pdf`, then `-2`, `-3`, ... for later files
 * with the same base name. A suffixed name never takes a name that another input owns outright
 * (`a.pdf`, `x/a.pdf`, `a-2.pdf` -> `a`, `a-3`, `a-2`), nor a `reserved` one (files the batch writes beside the
 * doc folders), so folders never collide.
 */
export function uniqueDocNames(files: string[], reserved: Iterable<string> = []): string[] {
  const bases = files.map((f) => docName(f) || EMPTY_NAME);
  const blocked = new Set(reserved);
  const taken = new Set(bases);
  const used = new Set<string>();
  const next = new Map<string, number>();
  return bases.map((base) => {
    if (!used.has(base) && !blocked.has(base)) {
      used.add(base);
      return base;
    }
    let n = next.get(base) ?? 2;
    while (used.has(`${base}-${n}`) || taken.has(`${base}-${n}`) || blocked.has(`${base}-${n}`)) n++;
    next.set(base, n + 1);
    const name = `${base}-${n}`;
    used.add(name);
    return name;
  });
}
