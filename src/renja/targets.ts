/**
 * Target cells (`12 Orang/ 12 bulan`, `54,55%`, `- Laporan`, `NIHIL`) -> quantity + unit.
 * Quantities are Decimal and read Indonesian style: `1.110` = 1110, `54,55` = 54.55; a dot before
 * one or two digits (`95.00 persen`, Permendagri-54 tables) is a decimal point.
 */
import { Decimal } from 'decimal.js';
import { parseSeparatedNumber } from './money.js';
import type { RecordWarning, Target } from './schema.js';
import { cleanText, isNil, normalizeText, spacelessKey } from './text.js';

/**
 * Unit words a cell wrap can break (`doku men`, `Lapo ran`). Fragments are rejoined only when
 * the joined word is in this list and neither fragment is a word of its own, so `Orang Unit`
 * or a name never gets glued.
 */
export const KNOWN_UNIT_WORDS: ReadonlySet<string> = new Set([
  'aplikasi',
  'bulan',
  'buku',
  'dokumen',
  'eksemplar',
  'fasilitasi',
  'hektar',
  'industri',
  'kabupaten',
  'kasus',
  'kecamatan',
  'kegiatan',
  'kelompok',
  'kelurahan',
  'keluarga',
  'kilometer',
  'koperasi',
  'laporan',
  'layanan',
  'lembaga',
  'lokasi',
  'naskah',
  'orang',
  'paket',
  'pegawai',
  'pelatihan',
  'persen',
  'perusahaan',
  'peserta',
  'program',
  'rekomendasi',
  'sekolah',
  'sertifikat',
  'dokumentasi',
  'kunjungan',
  'pertemuan',
  'publikasi',
  'rancangan',
  'regulasi',
  'sampel',
  'segmen',
  'sistem',
  'sungai',
  'tahun',
  'titik',
  'unit',
  'desa',
  'kali',
  'jenis',
]);

/**
 * Abbreviations that are plainly the same unit (seed T-C.29 prints `2 dok` next to `2 dokumen`).
 * No other synonyms: `laporan` vs `dokumen` is a real difference a reviewer should see.
 */
const UNIT_ABBREVIATIONS: Record<string, string> = {
  dok: 'dokumen',
  doc: 'dokumen',
  lap: 'laporan',
  keg: 'kegiatan',
  org: 'orang',
  pkt: 'paket',
  bln: 'bulan',
  thn: 'tahun',
  kel: 'kelompok',
};

const PERCENT_WORDS = /^(?:%|persen|prosen|percent)$/i;
const LEADING_NUMBER = /^(-?)(\d+(?:[.,]\d+)*)/;
/** `12,3 – 13 %` (DLH 2017 T-C.29): a range, not one quantity. */
const RANGE = /^(\d+(?:[.,]\d+)*)\s*(?:-|s\.?\/d\.?|sampai)\s*(\d+(?:[.,]\d+)*)\s*(.*)$/i;

/** Rejoins wrap-broken unit words: `doku men` -> `dokumen`, `Lapo ran` -> `Laporan` (case kept). */
export function repairBrokenWords(text: string): string {
  const tokens = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (
      b !== undefined &&
      /^\p{L}+$/u.test(a) &&
      /^\p{L}+$/u.test(b) &&
      !KNOWN_UNIT_WORDS.has(a.toLowerCase()) &&
      !KNOWN_UNIT_WORDS.has(b.toLowerCase()) &&
      KNOWN_UNIT_WORDS.has((a + b).toLowerCase())
    ) {
      out.push(a + b);
      i++;
    } else {
      out.push(a);
    }
  }
  return out.join(' ');
}

function readQty(numText: string, negative: boolean): Decimal | null {
  const parsed = parseSeparatedNumber(numText, 'id');
  if (!parsed) return null;
  return negative ? parsed.value.negated() : parsed.value;
}

function isPercentUnit(unit: string): boolean {
  const first = unit.split(/[\s(]/)[0] ?? '';
  return PERCENT_WORDS.test(first) || unit.startsWith('%');
}

/** Parses a target cell and reports what it could not read (`target-unparsed`). */
/**
 * A number wrapped inside a narrow cell reads `100,0 0%`: a decimal part is never followed by a space and more
 * digits, so the two pieces are one number (`100,00%`).
 */
export function rejoinWrappedDecimal(s: string): string {
  return s.replace(/^(-?\d[\d.]*,\d+)\s+(\d+)(?=\s*%|\s+\D|$)/, '$1$2');
}

export function parseTargetDetailed(raw: string): { target: Target; warnings: RecordWarning[] } {
  const warnings: RecordWarning[] = [];
  let s = rejoinWrappedDecimal(cleanText(raw).replace(/^target\s*:\s*/i, ''));
  if (isNil(s)) return { target: { raw, qty: null, unit: '', percent: false }, warnings };

  const range = RANGE.exec(s);
  if (range && parseSeparatedNumber(range[1], 'id') && parseSeparatedNumber(range[2], 'id')) {
    const unit = repairBrokenWords(range[3].trim());
    warnings.push({ kind: 'target-unparsed', field: 'target', message: `range target ${JSON.stringify(s)}`, raw });
    return { target: { raw, qty: null, unit: s, percent: isPercentUnit(unit) }, warnings };
  }

  // `- Laporan`: a nil quantity with its unit still printed.
  const dashUnit = /^-\s+(\D.*)$/.exec(s);
  if (dashUnit) {
    const unit = repairBrokenWords(dashUnit[1].trim());
    return { target: { raw, qty: null, unit, percent: isPercentUnit(unit) }, warnings };
  }

  const m = LEADING_NUMBER.exec(s);
  if (!m) {
    // Qualitative targets (`WTP`, `Baik`, `A`) are legitimate: unit only, no warning.
    const unit = repairBrokenWords(s);
    return { target: { raw, qty: null, unit, percent: isPercentUnit(unit) }, warnings };
  }
  const qty = readQty(m[2], m[1] === '-');
  s = s.slice(m[0].length).trim();
  const unit = repairBrokenWords(s);
  if (qty === null) {
    warnings.push({
      kind: 'target-unparsed',
      field: 'target',
      message: `unreadable quantity ${JSON.stringify(m[0])}`,
      raw,
    });
  }
  return { target: { raw, qty, unit, percent: isPercentUnit(unit) }, warnings };
}

/** Target cell -> `{ qty, unit, percent }`; see `parseTargetDetailed` for the warnings. */
export function parseTarget(raw: string): Target {
  return parseTargetDetailed(raw).target;
}

/**
 * Unit key for comparison: case-folded, spacing unified (`Orang/ 12 bulan` = `orang/12 bulan`),
 * wrap-broken words rejoined, plain abbreviations expanded (`dok` = `dokumen`), percent words = `%`.
 */
export function normalizeUnit(unit: string): string {
  const t = normalizeText(repairBrokenWords(cleanText(unit)));
  if (PERCENT_WORDS.test(t)) return '%';
  return t
    .split(' ')
    .map((word) => UNIT_ABBREVIATIONS[word.replace(/\.$/, '')] ?? word)
    .join(' ');
}

export type TargetComparison = 'same' | 'unit-only' | 'different';

/**
 * Three-way target comparison: quantities equal as decimals (`100,00 %` = `100%`; nil only equals nil, so `0`
 * differs from `-`), percent flags equal, units equal after `normalizeUnit` (`dok` = `dokumen`, `persen` = `%`);
 * `unit-only` when only the unit differs. Unparsed targets compare by their text.
 */
export function compareTargets(a: Target, b: Target): TargetComparison {
  // `Angkatan/200 Orang` = `Angkatan/200Orang`: a space lost where the cell wrapped
  const sameUnit = normalizeUnit(a.unit) === normalizeUnit(b.unit) || spacelessKey(a.unit) === spacelessKey(b.unit);
  // qualitative targets (`WTP`, `Baik`) are all unit: they are the same or different, never "unit only"
  if (a.qty === null && b.qty === null)
    return sameUnit || spacelessKey(a.raw) === spacelessKey(b.raw) ? 'same' : 'different';
  if (a.qty === null || b.qty === null || !a.qty.equals(b.qty) || a.percent !== b.percent) return 'different';
  return sameUnit ? 'same' : 'unit-only';
}

/** Same target (see `compareTargets`); two missing targets are the same, one missing is not. */
export function targetsEqual(a: Target | null, b: Target | null): boolean {
  if (a === null || b === null) return a === b;
  return compareTargets(a, b) === 'same';
}
