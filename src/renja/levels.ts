/**
 * Row level (urusan ... sub kegiatan, aktivitas, indicator, total). A canonical code decides
 * when there is one; old-era rows without codes fall back to name words, numbering and
 * indentation, and say so (`guessed`).
 */
import type { Level } from './schema.js';
import { cleanText } from './text.js';

export interface LevelInput {
  /** Canonical code, or null. */
  code: string | null;
  /** Level read from the code by the code parser, or null. */
  codeLevel: Level | null;
  /** The code/number cell text as printed (trimmed). */
  printed: string;
  name: string;
  /** T-C.33 local variant: the activity cell. */
  aktivitas: string;
  indikator: string;
  /** For numbering split over several columns (old-era `Nomor` sub-columns): where the number sits. */
  numberColumn?: { index: number; count: number };
  /** How far (points) the name text starts right of the leftmost name in its column; 0 when unknown. */
  indent?: number;
}

export interface LevelResult {
  level: Level;
  guessed: boolean;
  reason: string;
}

/**
 * A total label is the whole cell (`JUMLAH`, `TOTAL`, `Jumlah Total`, `Total Pagu`): indicators
 * such as `Jumlah Dokumen ...` also start with `Jumlah`, so a prefix match is not enough.
 */
const TOTAL_WORDS =
  /^(?:jumlah|total|grand total|sub ?total)(?:\s+(?:total|keseluruhan|seluruhnya|anggaran|pagu|belanja(?: langsung| tidak langsung)?|dana|program|kegiatan))?[\s:.]*$/i;
const ROMAN = /^[IVXL]+\.?$/;
/** Numbering under a roman program number (`I.4` kegiatan, `I.4.1` sub kegiatan): its depth gives the level. */
const ROMAN_DOTTED = /^[IVXL]+((?:\.\d{1,3}){1,2})\.?$/;
const ROMAN_DEPTH_LEVELS: Level[] = ['kegiatan', 'sub_kegiatan'];
const ARABIC = /^\d{1,3}[.)]?$/;
const LETTER = /^[a-z][.)]$/i;
/** Old-era names that carry their own number (`01 Penguatan Peran ...`). */
const NUMBERED_NAME = /^\d{1,3}[.)]?\s+\p{L}/u;
/** Indentation beyond this (points) is read as one level deeper; smaller offsets are cell padding noise. */
const INDENT_STEP = 6;

/** Levels from the right-most numbering column leftwards (old-era `Nomor` split into sub-columns). */
const LEVELS_FROM_RIGHT: Level[] = ['kegiatan', 'program', 'bidang', 'urusan'];

export function isTotalText(s: string): boolean {
  return TOTAL_WORDS.test(s.trim());
}

/** Level from a name that starts with its level word (old-era tables: `Program ...`, `Kegiatan ...`). */
export function levelFromName(name: string): Level | null {
  const n = cleanText(name).toLowerCase();
  if (/^urusan\b/.test(n)) return 'urusan';
  // `Bidang Urusan Kesehatan` is a bidang
  if (/^bidang\b/.test(n)) return 'bidang';
  if (/^program\b/.test(n)) return 'program';
  if (/^sub\s*kegiatan\b/.test(n)) return 'sub_kegiatan';
  if (/^kegiatan\b/.test(n)) return 'kegiatan';
  return null;
}

export function rowLevel(input: LevelInput): LevelResult {
  const { code, codeLevel, printed, name, aktivitas, indikator } = input;
  if (!code && (isTotalText(name) || isTotalText(printed)))
    return { level: 'total', guessed: false, reason: 'total words' };
  if (code && codeLevel && codeLevel !== 'unknown') return { level: codeLevel, guessed: false, reason: 'code' };
  // the document's own numbering (`53.1`): a kegiatan numbered within its program
  if (!code && codeLevel && codeLevel !== 'unknown')
    return { level: codeLevel, guessed: true, reason: 'local numbering' };
  if (!printed && !name && aktivitas) return { level: 'aktivitas', guessed: false, reason: 'activity column only' };
  if (!printed && !name && indikator) return { level: 'indicator', guessed: false, reason: 'indicator only' };

  const words = levelFromName(name);
  if (words) return { level: words, guessed: true, reason: `name starts with "${words}"` };
  const dotted = ROMAN_DOTTED.exec(printed);
  if (dotted) {
    const depth = dotted[1].split('.').length - 1;
    return { level: ROMAN_DEPTH_LEVELS[depth - 1], guessed: true, reason: `numbering ${printed} under a roman number` };
  }
  if (input.numberColumn && input.numberColumn.count > 1 && printed) {
    const fromRight = input.numberColumn.count - 1 - input.numberColumn.index;
    const level = LEVELS_FROM_RIGHT[Math.min(fromRight, LEVELS_FROM_RIGHT.length - 1)];
    return { level, guessed: true, reason: `number in numbering column ${input.numberColumn.index + 1}` };
  }
  if (!printed && NUMBERED_NAME.test(name))
    return { level: 'kegiatan', guessed: true, reason: 'number printed before the name' };
  if (ROMAN.test(printed)) return { level: 'program', guessed: true, reason: 'roman numbering' };
  if (ARABIC.test(printed) || LETTER.test(printed)) return { level: 'kegiatan', guessed: true, reason: 'numbered row' };
  if (name && name === name.toUpperCase() && /[A-Z]/.test(name)) {
    return { level: 'program', guessed: true, reason: 'upper-case name' };
  }
  if (name && input.indent !== undefined) {
    return input.indent > INDENT_STEP
      ? { level: 'kegiatan', guessed: true, reason: 'indented name' }
      : { level: 'program', guessed: true, reason: 'unindented name' };
  }
  return { level: 'unknown', guessed: true, reason: 'no code, words or numbering' };
}
