/**
 * Program/kegiatan codes -> one canonical form, so the same row matches across tables.
 *
 * 2017+ era (Permendagri 86/2017 + 90/2019, Kepmendagri 050-5889/2021):
 *   urusan `7` . bidang `01` . program `01` . kegiatan `2.01` . sub kegiatan `0001`
 *   canonical `7.01.01.2.01.0001`; `7.1.1` = `7.01.01`; `...2.01.01` = `...2.01.0001`;
 *   T-C.29 prints the kegiatan as one 3-digit column (`201`) -> `2.01`.
 *   `X.XX.01` placeholders (programs shared by all bidang) are kept.
 * Old era (Permendagri 13/2006, 54/2010; urusan 1 = wajib, 2 = pilihan):
 *   urusan.bidang[.urusan.bidang][.unit].program.kegiatan,
 *   printed with dots and/or spaces (`1.11 01 39 01`, `1.16.1.16.01.109`); canonical form is
 *   dotted, the repeated `U.BB` (SKPD's own urusan.bidang) dropped, parts after the first padded
 *   to at least two digits. Their level can only be guessed from the depth (see `oldEraLevel`).
 */
import type { Era, Level, RecordWarning } from './schema.js';
import { cleanText } from './text.js';

export interface NormalizedCode {
  code: string | null;
  level: Level | null;
  /** Which numbering the code was read in (null when unread). */
  era: Era | null;
  warnings: RecordWarning[];
}

export interface NormalizeCodeOptions {
  /** The document's era, when known; otherwise guessed from the code's shape. */
  era?: Era;
}

/**
 * Bidang numbers that exist per urusan in Permendagri 90/2019 (`1.01`-`1.06`, `2.07`-`2.24`, ...).
 * Used only to tell the eras apart: `1.16` or `1.19` can only be old-era codes.
 */
const PMDN90_BIDANG: Record<string, [number, number]> = {
  '1': [1, 6],
  '2': [7, 24],
  '3': [25, 32],
  '4': [1, 3],
  '5': [1, 7],
  '6': [1, 1],
  '7': [1, 1],
  '8': [1, 1],
};

/** Canonical 2017+ code, any level. */
const CANONICAL_PMDN90 = /^[1-8X](?:\.(?:\d{2}|XX)(?:\.\d{2}(?:\.[12]\.\d{2}(?:\.\d{4})?)?)?)?$/;

const PMDN90_LEVEL_BY_DEPTH: Record<number, Level> = {
  1: 'urusan',
  2: 'bidang',
  3: 'program',
  5: 'kegiatan',
  6: 'sub_kegiatan',
};

function w(kind: RecordWarning['kind'], message: string, raw: string): RecordWarning {
  return { kind, field: 'code', message, raw };
}

const pad = (s: string, n: number): string => s.padStart(n, '0');
const isZeros = (s: string): boolean => /^0+$/.test(s);

/**
 * Rejoins a code that a cell wrapped or that extraction spaced out: `7.01.01.2.01.0 3`,
 * `7.01. 01.2.01`. A space is a wrap when it follows or precedes a dot, or follows an all-zero
 * part (`.0`, `.00`: no code part is zero). Other spaces separate parts (`7 01 01 2.09 02`).
 */
function repairWraps(s: string): { text: string; wrapped: boolean } {
  const segs = s.split(' ');
  const out: string[] = [segs[0]];
  let wrapped = false;
  for (let i = 1; i < segs.length; i++) {
    const prev = out[out.length - 1];
    const lastPart = prev.slice(prev.lastIndexOf('.') + 1);
    if (prev.endsWith('.') || segs[i].startsWith('.') || (prev.includes('.') && lastPart !== '' && isZeros(lastPart))) {
      out[out.length - 1] = prev + segs[i];
      wrapped = true;
    } else {
      out.push(segs[i]);
    }
  }
  return { text: out.join(' '), wrapped };
}

interface Pmdn90Read {
  code: string;
  /** Kegiatan was printed as one 3-digit part (`201`). */
  joinedKegiatan: boolean;
}

/** Reads parts as a 2017+ code; `checkBidang` also requires a bidang that exists in that era. */
function readPmdn90(parts: string[], checkBidang: boolean): Pmdn90Read | null {
  const [u, b, p] = parts;
  if (!/^[1-8X]$/.test(u)) return null;
  // `X` stands only before `XX` (the programs shared by every bidang): a lone `X` or `X.2` is roman numbering
  if (u === 'X' && (parts.length === 1 || !/^X{1,2}$/.test(b))) return null;
  if (parts.length === 1) return { code: u, joinedKegiatan: false };
  if (!/^(?:\d{1,2}|X{1,2})$/.test(b)) return null;
  if (checkBidang && u !== 'X' && !b.startsWith('X')) {
    const range = PMDN90_BIDANG[u];
    const n = Number(b);
    if (!range || n < range[0] || n > range[1]) return null;
  }
  const bidang = b.startsWith('X') ? 'XX' : pad(b, 2);
  if (parts.length === 2) return { code: `${u}.${bidang}`, joinedKegiatan: false };
  if (!/^\d{1,2}$/.test(p) || isZeros(p)) return null;
  const program = `${u}.${bidang}.${pad(p, 2)}`;
  if (parts.length === 3) return { code: program, joinedKegiatan: false };

  let kegiatan: string;
  let rest: string[];
  let joinedKegiatan = false;
  if (/^[12]\d{2}$/.test(parts[3])) {
    kegiatan = `${parts[3][0]}.${parts[3].slice(1)}`;
    rest = parts.slice(4);
    joinedKegiatan = true;
  } else if (/^[12]$/.test(parts[3]) && parts.length >= 5 && /^\d{1,2}$/.test(parts[4])) {
    kegiatan = `${parts[3]}.${pad(parts[4], 2)}`;
    rest = parts.slice(5);
  } else {
    return null;
  }
  if (rest.length === 0) return { code: `${program}.${kegiatan}`, joinedKegiatan };
  if (rest.length === 1 && /^\d{1,4}$/.test(rest[0]) && !isZeros(rest[0])) {
    return { code: `${program}.${kegiatan}.${pad(rest[0], 4)}`, joinedKegiatan };
  }
  return null;
}

/** Old-era parts: urusan 1 (wajib) or 2 (pilihan), then 1-3 digit parts; at most 8 parts. */
function readOldEra(parts: string[]): string | null {
  if (parts.length < 1 || parts.length > 8) return null;
  if (!/^[12]$/.test(parts[0])) return null;
  if (parts.length >= 2 && !/^\d{1,2}$/.test(parts[1])) return null;
  if (!parts.slice(2).every((x) => /^\d{1,3}$/.test(x))) return null;
  let core = parts;
  // `1.16.1.16.01.109`: the SKPD code repeats urusan.bidang; `1 16 01 109` is the same row.
  if (parts.length >= 5 && parts[2] === parts[0] && Number(parts[3]) === Number(parts[1])) {
    core = [parts[0], parts[1], ...parts.slice(4)];
  }
  return core.map((x, i) => (i === 0 ? x : pad(String(Number(x)), 2))).join('.');
}

/**
 * Level of an old-era canonical code, from its depth: 1 urusan, 2 bidang, 3 program,
 * 5+ kegiatan. Depth 4 is ambiguous: `1.19.01.29` (urusan.bidang.unit.program) is a program,
 * `2.07.29.01` (urusan.bidang.program.kegiatan) a kegiatan; SKPD unit numbers are small, so a
 * third part below 10 is read as a unit. `guessLevelFromName` settles it when the name says.
 */
export function oldEraLevel(code: string): { level: Level; guessed: boolean } {
  const parts = code.split('.');
  if (parts.length === 1) return { level: 'urusan', guessed: false };
  if (parts.length === 2) return { level: 'bidang', guessed: false };
  if (parts.length === 3) return { level: 'program', guessed: false };
  if (parts.length === 4) return { level: Number(parts[2]) < 10 ? 'program' : 'kegiatan', guessed: true };
  return { level: 'kegiatan', guessed: false };
}

/** Splits a cleaned code into parts on dots and spaces; null if it holds anything else. */
function splitParts(text: string): string[] | null {
  if (!/^[\dX. ]+$/.test(text)) return null;
  const parts = text.split(/[. ]+/).filter((x) => x !== '');
  return parts.length ? parts : null;
}

function prepare(printed: string): string {
  return cleanText(printed)
    .replace(/x/g, 'X')
    .replace(/^[\s.]+|[\s.]+$/g, '');
}

function finish(
  parts: string[],
  raw: string,
  opts: NormalizeCodeOptions,
  warnings: RecordWarning[],
  oddIfJoined: boolean,
): NormalizedCode {
  const tryPmdn90 = opts.era !== 'pmdn54-2010';
  const tryOld = opts.era !== 'pmdn86-2017';
  if (tryPmdn90) {
    const read = readPmdn90(parts, opts.era === undefined);
    if (read) {
      if (read.joinedKegiatan && oddIfJoined) {
        warnings.push(w('code-odd-format', `kegiatan printed as one number in ${JSON.stringify(raw)}`, raw));
      }
      const depth = read.code.split('.').length;
      return { code: read.code, level: PMDN90_LEVEL_BY_DEPTH[depth], era: 'pmdn86-2017', warnings };
    }
  }
  if (tryOld) {
    const code = readOldEra(parts);
    if (code) {
      const { level, guessed } = oldEraLevel(code);
      if (guessed) warnings.push(w('level-guessed', `level of old-era code ${code} guessed from its depth`, raw));
      return { code, level, era: 'pmdn54-2010', warnings };
    }
  }
  if (parts.length === 2 && parts.every((x) => /^\d{1,3}$/.test(x))) {
    // `53.1`, `62.27`: the document numbers kegiatan within their program. Not a code, but not an error either.
    warnings.push(w('code-local', `program.ordinal numbering ${JSON.stringify(raw)}, not a code`, raw));
    return { code: null, level: 'kegiatan', era: null, warnings };
  }
  warnings.push(w('code-unparsed', `not a code: ${JSON.stringify(raw)}`, raw));
  return { code: null, level: null, era: null, warnings };
}

/**
 * One printed code cell -> canonical code, level and era. Empty cells give code null with no
 * warning; text that is not a code gives null with `code-unparsed`.
 */
export function normalizeCode(printed: string, opts: NormalizeCodeOptions = {}): NormalizedCode {
  const warnings: RecordWarning[] = [];
  const s = prepare(printed);
  if (s === '') return { code: null, level: null, era: null, warnings };
  const { text, wrapped } = repairWraps(s);
  if (wrapped) warnings.push(w('code-wrapped', `wrapped code ${JSON.stringify(printed)} rejoined`, printed));
  const parts = splitParts(text);
  if (!parts) {
    warnings.push(w('code-unparsed', `not a code: ${JSON.stringify(printed)}`, printed));
    return { code: null, level: null, era: null, warnings };
  }
  const spaced = text.includes(' ');
  const result = finish(parts, printed, opts, warnings, !spaced);
  // `7 01 01 2.09 02` among `7 01 01 209 02` rows: readable, but not how the table prints codes.
  if (result.era === 'pmdn86-2017' && spaced && text.includes('.')) {
    warnings.push(w('code-odd-format', `mixed '.' and ' ' separators in ${JSON.stringify(printed)}`, printed));
  }
  return result;
}

/**
 * T-C.29 prints the code in five columns: urusan | bidang | program | kegiatan | sub kegiatan
 * (`7 | 01 | 01 | 201 | 03` -> `7.01.01.2.01.0003`). Program rows leave the last columns empty.
 * A kegiatan printed `2.09` instead of `209` is read with `code-odd-format`; a cell wrapped
 * inside (`0 3`) is rejoined with `code-wrapped`.
 */
export function joinSplitCode(parts: string[], opts: NormalizeCodeOptions = {}): NormalizedCode {
  const warnings: RecordWarning[] = [];
  const cells = parts.map((p) => prepare(p));
  const raw = parts.map((p) => p.trim()).join(' | ');
  let last = cells.length - 1;
  while (last >= 0 && cells[last] === '') last--;
  if (last < 0) return { code: null, level: null, era: null, warnings };
  const used = cells.slice(0, last + 1);
  if (used.some((c) => c === '')) {
    // Program and urusan rows leave the unit cells of a split code blank (`1.25 | 01 | | 53 |`): the form's layout.
    warnings.push(w('code-local', `blank cells inside split code ${JSON.stringify(raw)}: no code`, raw));
    return { code: null, level: null, era: null, warnings };
  }
  const out: string[] = [];
  for (const cell of used) {
    if (/\s/.test(cell)) {
      warnings.push(w('code-wrapped', `wrapped code cell ${JSON.stringify(cell)} rejoined`, raw));
    }
    const c = cell.replace(/\s+/g, '');
    if (c.includes('.')) {
      warnings.push(w('code-odd-format', `code column printed ${JSON.stringify(c)}`, raw));
      out.push(...c.split('.').filter((x) => x !== ''));
    } else {
      out.push(c);
    }
  }
  if (!out.every((x) => /^[\dX]+$/.test(x))) {
    warnings.push(w('code-unparsed', `not a code: ${JSON.stringify(raw)}`, raw));
    return { code: null, level: null, era: null, warnings };
  }
  const read = finish(out, raw, opts, warnings, false);
  if (read.code === null && out.every((x) => /^\d{1,3}$/.test(x))) {
    // digits in every cell but no standard code (`2 | 9 | 0 | 1`): the document numbers its rows its own way
    read.warnings = read.warnings.map((x) =>
      x.kind === 'code-unparsed'
        ? w('code-local', `the document's own numbering ${JSON.stringify(raw)}, not a code`, raw)
        : x,
    );
  }
  return read;
}

/** Number of dotted parts in a canonical code (`7.01.01.2.01` -> 5); 0 for an empty string. */
export function codeDepth(code: string): number {
  return code === '' ? 0 : code.split('.').length;
}

/** True for a canonical 2017+ code; false for old-era codes. */
export function isPmdn90Code(code: string): boolean {
  return CANONICAL_PMDN90.test(code);
}

/**
 * The code of the enclosing row: sub kegiatan -> kegiatan -> program -> bidang -> urusan -> null.
 * A 2017+ kegiatan (`7.01.01.2.01`) belongs to its program (`7.01.01`); old-era codes drop their
 * last part.
 */
export function parentCode(code: string): string | null {
  const parts = code.split('.');
  if (parts.length <= 1) return null;
  if (isPmdn90Code(code) && parts.length === 5) return parts.slice(0, 3).join('.');
  return parts.slice(0, -1).join('.');
}

/**
 * Whether a cell looks like a code rather than a row number, amount or heading: at least two
 * parts, and readable by `normalizeCode`. `7` alone (an urusan) is not code-like; `1.5` is.
 */
export function isCodeLike(text: string): boolean {
  const s = prepare(text);
  if (!/^[\dX]{1,3}(?:[.\s]+[\dX]{1,4}){1,7}$/.test(s)) return false;
  return normalizeCode(s).code !== null;
}
