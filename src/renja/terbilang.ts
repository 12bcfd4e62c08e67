/**
 * Indonesian amounts in words ("terbilang") <-> Decimal.
 * Renja prose states the budget twice: `Rp. 2.830.445.095,- (Dua Milyar ... Rupiah)`; the audit
 * checks that both agree. Handles milyar/miliar, trilyun/triliun, `se-` prefixes (`seratus`,
 * `seribu`), words glued by the typist (`tujuhbelas`) or split by hyphens, and `koma` decimals.
 */
import { Decimal } from 'decimal.js';
import { parseMoney, parseSeparatedNumber } from './money.js';
import { cleanText } from './text.js';

const DIGIT_WORDS: Record<string, number> = {
  nol: 0,
  kosong: 0,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
};
const SCALE_WORDS: Record<string, string> = {
  ribu: '1e3',
  juta: '1e6',
  milyar: '1e9',
  miliar: '1e9',
  trilyun: '1e12',
  triliun: '1e12',
  kuadriliun: '1e15',
};
const OTHER_WORDS = ['se', 'sepuluh', 'sebelas', 'belas', 'puluh', 'ratus', 'koma', 'rupiah', 'minus'];

/** Every word the parser knows, longest first so `sembilan` wins over `se` when splitting glued words. */
const VOCABULARY = [...Object.keys(DIGIT_WORDS), ...Object.keys(SCALE_WORDS), ...OTHER_WORDS].sort(
  (a, b) => b.length - a.length,
);

/** Splits `tujuhbelas` -> [tujuh, belas], `seratus` -> [se, ratus]; null if any piece is unknown. */
export function splitNumberWord(word: string): string[] | null {
  const w = word.toLowerCase();
  const out: string[] = [];
  let i = 0;
  while (i < w.length) {
    const hit = VOCABULARY.find((v) => w.startsWith(v, i));
    if (!hit) return null;
    out.push(hit);
    i += hit.length;
  }
  return out;
}

type Token = { word: string } | { num: Decimal };

function tokenize(text: string): Token[] | null {
  const raw = cleanText(text)
    .replace(/^\(?\s*terbilang\s*:?\s*/i, '')
    .replace(/[()*_:;.]+$/g, '')
    .replace(/^[()*_]+/g, '');
  const pieces = raw.split(/[\s\-\u2010\u2011*_]+/).filter((p) => p !== '');
  const tokens: Token[] = [];
  for (const p of pieces) {
    if (/^\d/.test(p)) {
      // `33 Milyar`, `8,69 juta`: a figure with a scale word.
      const n = parseSeparatedNumber(p, 'id');
      if (!n) return null;
      tokens.push({ num: n.value });
      continue;
    }
    const words = splitNumberWord(p);
    if (!words) return null;
    for (const word of words) tokens.push({ word });
  }
  return tokens;
}

/** Integer words (no `koma`, no `rupiah`) -> value, or null when they do not form a number. */
function parseInteger(tokens: Token[]): Decimal | null {
  let total = new Decimal(0);
  let hundreds = new Decimal(0);
  let tens = new Decimal(0);
  let unit: Decimal | null = null; // a digit (or `se`) waiting for belas/puluh/ratus/scale
  let pendingSe = false;
  let lastScale: Decimal | null = null;
  let sawNumber = false;

  for (const t of tokens) {
    if ('num' in t) {
      if (unit !== null || !tens.isZero() || !hundreds.isZero()) return null;
      unit = t.num;
      sawNumber = true;
      continue;
    }
    const w = t.word;
    if (w in DIGIT_WORDS) {
      if (unit !== null) return null; // `dua tiga`
      unit = new Decimal(DIGIT_WORDS[w]);
      sawNumber = true;
    } else if (w === 'se') {
      if (unit !== null) return null;
      unit = new Decimal(1);
      pendingSe = true;
    } else if (w === 'sepuluh' || w === 'sebelas') {
      if (unit !== null || !tens.isZero()) return null;
      tens = new Decimal(w === 'sepuluh' ? 10 : 11);
      sawNumber = true;
    } else if (w === 'belas') {
      if (unit === null || !tens.isZero() || unit.gt(9) || !unit.isInteger()) return null;
      tens = unit.plus(10);
      sawNumber = true;
      unit = null;
      pendingSe = false;
    } else if (w === 'puluh') {
      if (unit === null || !tens.isZero() || unit.gt(9) || !unit.isInteger()) return null;
      tens = unit.times(10);
      sawNumber = true;
      unit = null;
      pendingSe = false;
    } else if (w === 'ratus') {
      if (unit === null || !tens.isZero() || !hundreds.isZero() || unit.gt(9) || !unit.isInteger()) return null;
      hundreds = unit.times(100);
      sawNumber = true;
      unit = null;
      pendingSe = false;
    } else if (w in SCALE_WORDS) {
      const scale = new Decimal(SCALE_WORDS[w]);
      const group = hundreds.plus(tens).plus(unit ?? 0);
      if (group.isZero()) return null;
      if (lastScale !== null && scale.gte(lastScale)) return null; // `dua ribu juta`
      total = total.plus(group.times(scale));
      hundreds = new Decimal(0);
      tens = new Decimal(0);
      unit = null;
      pendingSe = false;
      lastScale = scale;
      sawNumber = true;
    } else {
      return null;
    }
  }
  if (pendingSe || !sawNumber) return null; // bare `se` (as in `se-Jawa Barat`) is no number
  return total
    .plus(hundreds)
    .plus(tens)
    .plus(unit ?? 0);
}

/**
 * `Dua Milyar Delapan Ratus Tiga Puluh Juta Empat Ratus Empat Puluh Lima Ribu Sembilan Puluh
 * Lima Rupiah` -> 2830445095. A leading `Terbilang` and a trailing `Rupiah` are allowed; `koma`
 * introduces decimals read digit by digit (`dua koma lima` = 2.5). Null when the text is not a
 * number phrase.
 */
export function parseTerbilang(text: string): Decimal | null {
  const tokens = tokenize(text);
  // Digits alone (`2024`) are a figure, not words.
  if (!tokens || !tokens.some((t) => 'word' in t && t.word !== 'rupiah' && t.word !== 'minus')) return null;
  let negative = false;
  let body = tokens;
  if ('word' in body[0] && body[0].word === 'minus') {
    negative = true;
    body = body.slice(1);
  }
  const last = body[body.length - 1];
  if (last && 'word' in last && last.word === 'rupiah') body = body.slice(0, -1);
  if (body.some((t) => 'word' in t && (t.word === 'rupiah' || t.word === 'minus'))) return null;

  const koma = body.findIndex((t) => 'word' in t && t.word === 'koma');
  const intTokens = koma < 0 ? body : body.slice(0, koma);
  const intValue = parseInteger(intTokens);
  if (intValue === null) return null;
  let value = intValue;
  if (koma >= 0) {
    const fracTokens = body.slice(koma + 1);
    if (fracTokens.length === 0) return null;
    let digits = '';
    if (fracTokens.every((t) => 'word' in t && t.word in DIGIT_WORDS)) {
      digits = fracTokens.map((t) => String(DIGIT_WORDS[(t as { word: string }).word])).join('');
    } else {
      const frac = parseInteger(fracTokens); // `koma dua puluh lima` = .25
      if (frac === null) return null;
      digits = frac.toFixed();
    }
    value = new Decimal(`${intValue.toFixed()}.${digits}`);
  }
  return negative ? value.negated() : value;
}

export interface ToTerbilangOptions {
  /** Spelling of 10^9: KBBI `Miliar` (default) or `Milyar`, common in Renja documents. */
  miliar?: 'Miliar' | 'Milyar';
  /** Append `Rupiah`. */
  rupiah?: boolean;
  /** `title` (default, as in documents) or `lower`. */
  case?: 'title' | 'lower';
}

const DIGIT_NAMES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

function groupWords(n: number): string[] {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h === 1) out.push('seratus');
  else if (h > 1) out.push(DIGIT_NAMES[h], 'ratus');
  if (r === 10) out.push('sepuluh');
  else if (r === 11) out.push('sebelas');
  else if (r > 11 && r < 20) out.push(DIGIT_NAMES[r - 10], 'belas');
  else if (r >= 20) {
    out.push(DIGIT_NAMES[Math.floor(r / 10)], 'puluh');
    if (r % 10) out.push(DIGIT_NAMES[r % 10]);
  } else if (r > 0) out.push(DIGIT_NAMES[r]);
  return out;
}

/** Decimal -> Indonesian words: 2830445095 -> `Dua Miliar Delapan Ratus Tiga Puluh Juta ...`. */
export function toTerbilang(d: Decimal, opts: ToTerbilangOptions = {}): string {
  const scales = ['', 'ribu', 'juta', (opts.miliar ?? 'Miliar').toLowerCase(), 'triliun', 'kuadriliun'];
  const [intDigits, fracDigits] = d.abs().toFixed().split('.');
  const groups: number[] = [];
  for (let end = intDigits.length; end > 0; end -= 3) {
    groups.unshift(Number(intDigits.slice(Math.max(0, end - 3), end)));
  }
  if (groups.length > scales.length) throw new RangeError(`toTerbilang: ${d.toFixed()} is too large`);
  const words: string[] = [];
  groups.forEach((g, i) => {
    if (g === 0) return;
    const scale = scales[groups.length - 1 - i];
    if (g === 1 && scale === 'ribu') words.push('seribu');
    else words.push(...groupWords(g), ...(scale ? [scale] : []));
  });
  if (words.length === 0) words.push('nol');
  if (fracDigits) words.push('koma', ...fracDigits.split('').map((c) => DIGIT_NAMES[Number(c)]));
  if (d.isNegative() && !d.isZero()) words.unshift('minus');
  if (opts.rupiah) words.push('rupiah');
  const cased = opts.case === 'lower' ? words : words.map((w) => w[0].toUpperCase() + w.slice(1));
  return cased.join(' ');
}

export interface TerbilangMatch {
  /** The words as printed (may span lines). */
  words: string;
  wordsValue: Decimal;
  /** Char offsets of the words in the searched text (end exclusive). */
  start: number;
  end: number;
  /** The figure printed just before the words (`Rp. 2.830.445.095,-`), or '' when none. */
  figureRaw: string;
  figureValue: Decimal | null;
  figureStart: number | null;
  /** Up to ~80 characters around the figure and words, whitespace collapsed. */
  context: string;
}

/** Characters between two words of one phrase: spaces, line breaks, hyphens, emphasis markers. */
const WORD_GAP = /^[\s\-\u2010\u2011*_]*$/;
/** How far before the words a figure may be printed (`Rp. 17.530.509.750,00 (` fits easily). */
const FIGURE_WINDOW = 80;
const FIGURE_AT_END = /((?:Rp|IDR)\.?\s*)?\d[\d.,]*\d(?:\s*[,.]\s*-)?$|((?:Rp|IDR)\.?\s*)?\d$/i;

function findFigure(text: string, wordsStart: number): { raw: string; start: number } | null {
  let before = text.slice(Math.max(0, wordsStart - FIGURE_WINDOW), wordsStart);
  const offset = wordsStart - before.length;
  for (;;) {
    const trimmed = before.replace(/[\s(*_:]+$/, '').replace(/\bterbilang$/i, '');
    if (trimmed === before) break;
    before = trimmed;
  }
  const m = FIGURE_AT_END.exec(before);
  if (!m) return null;
  return { raw: m[0], start: offset + m.index };
}

/**
 * Finds amounts written in words in running prose, with the figure printed beside them.
 * A phrase counts when it parses and either ends in `Rupiah` or has a scale word (ribu, juta,
 * milyar...), so `salah satu` or `27 (dua puluh tujuh) kegiatan` are not reported.
 */
/** Start of the sentence around `at`: after the last `.`/`!`/`?` before a capital, or a blank line; 300 chars at most. */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 300);
  const before = text.slice(from, at);
  let cut = -1;
  for (const m of before.matchAll(/[.!?]\s+(?=\p{Lu})|\n\s*\n/gu)) cut = m.index + m[0].length;
  return cut >= 0 ? from + cut : from;
}

export function findTerbilang(text: string): TerbilangMatch[] {
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  const out: TerbilangMatch[] = [];
  let i = 0;
  while (i < words.length) {
    const first = splitNumberWord(words[i].w);
    if (!first || first[0] === 'rupiah' || first[0] === 'koma') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length) {
      if (words[j].w.toLowerCase() === 'rupiah') break;
      const next = words[j + 1];
      if (!WORD_GAP.test(text.slice(words[j].end, next.start))) break;
      if (!splitNumberWord(next.w)) break;
      j++;
    }
    const endsWithRupiah = words[j].w.toLowerCase() === 'rupiah';
    const start = words[i].start;
    const end = words[j].end;
    const phrase = text.slice(start, end);
    const value = parseTerbilang(phrase);
    const hasScale = (tokenize(phrase) ?? []).some((t) => 'word' in t && t.word in SCALE_WORDS);
    if (value !== null && (endsWithRupiah || hasScale)) {
      const fig = findFigure(text, start);
      const figureValue = fig ? parseMoney(fig.raw).money.value : null;
      // the context is the sentence the amount stands in: its wording says what the amount is (`dialokasikan`)
      // and which year it belongs to (`Renja Tahun 2015` in an evaluation chapter)
      const ctxStart = sentenceStart(text, fig ? fig.start : start);
      out.push({
        words: phrase,
        wordsValue: value,
        start,
        end,
        figureRaw: fig?.raw ?? '',
        figureValue,
        figureStart: fig?.start ?? null,
        context: cleanText(text.slice(ctxStart, Math.min(text.length, end + 2))).slice(0, 400),
      });
    }
    // Skip the whole run even when it failed: retrying its tail would report half a phrase.
    i = j + 1;
  }
  return out;
}
