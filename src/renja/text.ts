/**
 * Text normalization for comparing names, indicators and units across Renja tables.
 * Pure functions; nothing here knows about tables or money.
 */

/** Dash-like characters PDF extraction produces for a plain hyphen or a nil cell. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
/** Zero-width and soft-hyphen characters that survive copy/paste and PDF text layers. */
// an alternation, not a class: a class holding the zero-width joiner reads as one joined character to linters
const INVISIBLES = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * Cell texts that mean "no value": empty, a dash, NIHIL, n/a.
 * `0` is NOT nil: zero is a value. `#N/A` is a spreadsheet error, not nil (see money.ts).
 */
const NIL_TEXTS = new Set(['', '-', '--', '---', 'nihil', 'n/a', 'n.a', 'n.a.']);

/** Unify dashes, quotes, invisible characters and whitespace; keeps case and punctuation. */
export function cleanText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(INVISIBLES, '')
    .replace(DASHES, '-')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(SPACES, ' ')
    .trim();
}

/** True when a cell holds no value: empty, `-`, `–`, `—`, `NIHIL`, `n/a` (any case, any spacing). */
export function isNil(raw: string | null | undefined): boolean {
  if (raw == null) return true;
  return NIL_TEXTS.has(cleanText(raw).toLowerCase());
}

/**
 * Key for comparing names/indicators across tables: case-folded, dashes/quotes unified,
 * whitespace collapsed, no spaces around `-` and `/` (`RKA - SKPD` = `RKA-SKPD`,
 * `Orang/ bulan` = `Orang/bulan`), trailing punctuation stripped.
 */
export function normalizeText(s: string): string {
  return cleanText(s)
    .toLowerCase()
    .replace(/\s*([-/])\s*/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+([,;:.])/g, '$1')
    .replace(/[\s.,;:]+$/u, '')
    .trim();
}

/**
 * Case- and spacing-blind key (also joins words broken by cell wrapping, `doku men`, and hyphens at a line break,
 * `peren- canaan`): texts equal here differ only in how they were typeset.
 */
export function spacelessKey(s: string): string {
  return cleanText(s)
    .toLowerCase()
    .replace(/(\p{L})- (\p{L})/gu, '$1$2')
    .replace(/\s+/g, '')
    .replace(/[.,;:]+$/u, '');
}

export type TextComparison = 'same' | 'case-or-spacing' | 'different';

/**
 * Three-way comparison the reports need: `same` (equal once spacing is collapsed and line-break hyphens are
 * joined), `case-or-spacing` (differs only in case, spacing or trailing punctuation), `different`.
 */
export function compareText(a: string, b: string): TextComparison {
  const joinBreaks = (s: string) => cleanText(s).replace(/(\p{L})- (\p{L})/gu, '$1$2');
  if (joinBreaks(a) === joinBreaks(b)) return 'same';
  if (spacelessKey(a) === spacelessKey(b)) return 'case-or-spacing';
  return 'different';
}

/**
 * Level words, numbering and list markers printed before a name (`Kegiatan Penyediaan ...`, `01 Penyediaan ...`,
 * `a. ...`, `- ...`, bullets). A lone `-` (a dropped row) is kept.
 */
const NAME_PREFIX =
  /^(?:(?:program|kegiatan|sub\s*kegiatan|urusan|bidang\s+urusan)\s*:?\s+|\d{1,3}[.)]?\s+|[a-z][.)]\s+|[-\u2022\u25AA\u25CF\u2756*]+\s+)/i;

/** A row name without the level word, numbering or list marker printed before it (as printed otherwise). */
export function stripNamePrefix(name: string): string {
  let n = name.trim();
  for (let i = 0; i < 2; i++) n = n.replace(NAME_PREFIX, '');
  return n;
}

/** A row name without the level word, numbering or list marker printed before it, as a spacing-blind key. */
export function bareName(name: string): string {
  return spacelessKey(stripNamePrefix(name));
}

/** Province abbreviations as Renja print them in lokasi cells. */
const PROVINCE_ABBREVIATIONS: Record<string, string> = {
  jabar: 'jawa barat',
  jateng: 'jawa tengah',
  jatim: 'jawa timur',
  sumut: 'sumatera utara',
  sumbar: 'sumatera barat',
  sumsel: 'sumatera selatan',
  kalbar: 'kalimantan barat',
  kalteng: 'kalimantan tengah',
  kalsel: 'kalimantan selatan',
  kaltim: 'kalimantan timur',
  kaltara: 'kalimantan utara',
  sulut: 'sulawesi utara',
  sulteng: 'sulawesi tengah',
  sulsel: 'sulawesi selatan',
  sultra: 'sulawesi tenggara',
  sulbar: 'sulawesi barat',
  ntb: 'nusa tenggara barat',
  ntt: 'nusa tenggara timur',
};

/**
 * Key for comparing lokasi cells: `Kab./Kota Seluruh Jawa Barat;` = `Kab/Kota se-Jawa Barat` = `Kab/Kota di Jabar`.
 * Province abbreviations expanded; `seluruh`, `se-`, `di`, `provinsi`/`prov.` and punctuation dropped.
 */
export function placeKey(s: string): string {
  return cleanText(s)
    .toLowerCase()
    .replace(/\b([a-z]+)\b/g, (w) => PROVINCE_ABBREVIATIONS[w] ?? w)
    .replace(/\b(?:seluruh|se-|se|di|provinsi|prov\.?)(?=\s|$|-)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
