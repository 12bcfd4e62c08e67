/**
 * Printed names against official ones: `same` (as printed, spacing and line-break hyphens aside), `minor` (only case,
 * spacing, punctuation, a level word or numbering before the name, or an accepted spelling variant:
 * `Ketenteraman`/`Ketentraman`), `different` (the words differ). And the official entries whose names are closest
 * to a printed one, for a code that does not exist or a name that belongs to another code.
 */
import { cleanText, compareText, stripNamePrefix } from '../renja/text.js';
import type { NomenklaturEntry } from './data.js';

/**
 * Spellings the official lists and Renja documents both use for one word (KBBI standard form first). Only pairs
 * that are the same word: `fasilitas`/`fasilitasi` or `cetak`/`cetakan` are different words and stay different.
 */
const VARIANTS: readonly (readonly [string, ...string[]])[] = [
  ['ketenteraman', 'ketentraman'],
  ['praktik', 'praktek'],
  ['sistem', 'sistim'],
  ['aktivitas', 'aktifitas'],
  ['efektivitas', 'efektifitas'],
  ['produktivitas', 'produktifitas'],
  ['kreativitas', 'kreatifitas'],
  ['kualitas', 'kwalitas'],
  ['kuantitas', 'kwantitas'],
  ['analisis', 'analisa'],
  ['provinsi', 'propinsi'],
  ['risiko', 'resiko'],
  ['izin', 'ijin'],
  ['perizinan', 'perijinan'],
  ['teknis', 'tehnis'],
  ['teknik', 'tehnik'],
  ['standar', 'standard'],
  ['apotek', 'apotik'],
  ['jadwal', 'jadual'],
  ['nasihat', 'nasehat'],
  ['kabupaten', 'kab'],
  ['dan', '&'],
];

const CANONICAL = new Map<string, string>(VARIANTS.flatMap(([std, ...alts]) => alts.map((a) => [a, std] as const)));

/** The name's words, lower case, punctuation dropped, spelling variants unified, level word/numbering stripped. */
export function nameWords(s: string): string[] {
  return cleanText(stripNamePrefix(cleanText(s)))
    .toLowerCase()
    .replace(/&/g, ' & ')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w !== '')
    .map((w) => CANONICAL.get(w) ?? w);
}

/** Key equal for names that differ only in case, spacing, punctuation or spelling variant (words joined). */
export function nameKey(s: string): string {
  return nameWords(s).join('');
}

export type NameComparison = 'same' | 'minor' | 'different';

export function compareOfficialName(printed: string, official: string): NameComparison {
  if (compareText(printed, official) === 'same') return 'same';
  if (nameKey(printed) === nameKey(official)) return 'minor';
  return 'different';
}

/** Dice coefficient over the two names' word sets (0..1). */
export function nameSimilarity(a: string, b: string): number {
  return dice(new Set(nameWords(a)), new Set(nameWords(b)));
}

export interface NameMatch {
  entry: NomenklaturEntry;
  score: number;
  /** The names are equal but for case, spacing, punctuation or spelling variants. */
  exact: boolean;
}

/** Below this word overlap a name is not offered as "the code this name belongs to". */
export const MIN_SIMILARITY = 0.75;

/**
 * Official entries whose names are closest to `printed`, best first: exact keys first, then by word overlap; among
 * equals, entries under `near` (the code's own program or bidang) first. At most `limit`, each at least `min`.
 */
export function closestNames(
  printed: string,
  candidates: readonly NomenklaturEntry[],
  opts: { near?: string; limit?: number; min?: number } = {},
): NameMatch[] {
  const key = nameKey(printed);
  if (key === '') return [];
  const min = opts.min ?? MIN_SIMILARITY;
  const near = opts.near;
  const words = new Set(nameWords(printed));
  const out: NameMatch[] = [];
  for (const e of candidates) {
    const k = keysOf(e);
    const exact = k.key === key;
    const score = exact ? 1 : dice(words, k.words);
    if (score >= min) out.push({ entry: e, score, exact });
  }
  const isNear = (m: NameMatch) => (near && m.entry.code.startsWith(near) ? 1 : 0);
  out.sort(
    (x, y) =>
      Number(y.exact) - Number(x.exact) ||
      y.score - x.score ||
      isNear(y) - isNear(x) ||
      Number(x.entry.generic) - Number(y.entry.generic) ||
      (x.entry.code < y.entry.code ? -1 : 1),
  );
  // one generic row appears in every bidang: offer it once (the nearest copy, sorted first)
  const seen = new Set<string>();
  const unique = out.filter((m) => {
    const k = m.entry.generic ? `X.XX${m.entry.code.slice(4)}` : m.entry.code;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return unique.slice(0, opts.limit ?? 3);
}

const KEYS = new WeakMap<NomenklaturEntry, { key: string; words: Set<string> }>();

function keysOf(e: NomenklaturEntry): { key: string; words: Set<string> } {
  let k = KEYS.get(e);
  if (!k) {
    const words = nameWords(e.name);
    k = { key: words.join(''), words: new Set(words) };
    KEYS.set(e, k);
  }
  return k;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}
