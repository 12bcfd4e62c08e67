/**
 * Table classification: which Renja table (T-C.29 ... T-C.33, Tabel 4.1) a logical table is,
 * and which regulation era it follows. Evidence comes from the caption AND the header words,
 * never from the table's position in the document (numbering differs between documents:
 * `Tabel 2.6 T-C 31`, `Tabel 7.6 T.C 32`, old-era `Tabel 2.3` / `2.4` for the same review).
 */
import type { Table } from '../tables/model.js';
import type { Era, TableKind } from './schema.js';
import { analyzeHeader, HASIL_GROUP, headerWords, type HeaderInfo } from './columns.js';

export interface Classification {
  kind: TableKind;
  era: Era;
  /** 0..1: how sure the kind is. */
  confidence: number;
  reasons: string[];
  /** Caption lines joined (nearest last), as printed. */
  caption: string;
}

/** Below this score a table is OTHER: one weak header hint is not enough. */
const MIN_SCORE = 0.35;
/** An explicit `T-C.31` in the caption: the strongest single piece of evidence. */
const CAPTION_ID_SCORE = 0.6;
/** A caption title phrase such as "Review terhadap Rancangan Awal RKPD". */
const CAPTION_TITLE_SCORE = 0.4;

type Scores = Record<Exclude<TableKind, 'OTHER'>, number>;

const TITLE_PHRASES: [Exclude<TableKind, 'OTHER'>, RegExp][] = [
  ['TC29', /evaluasi (hasil )?pelaksanaan renja|rekapitulasi evaluasi/],
  ['TC30', /(pencapaian|analisis) kinerja pelayanan/],
  ['TC31', /review terhadap (rancangan awal )?rkpd|rancangan awal rkpd/],
  ['TC32', /usulan program.*(pemangku kepentingan|masyarakat)|pemangku kepentingan/],
  ['TC33', /rumusan rencana program/],
  ['T41', /program utama|indikator kinerja dan (anggaran|pagu)|rencana pendanaan program/],
];

function emptyScores(): Scores {
  return { TC29: 0, TC30: 0, TC31: 0, TC32: 0, TC33: 0, T41: 0 };
}

/** `T-C.31`, `TC.29`, `T.C 32`, `T-C 33`, `TC31` -> 31. */
export function captionTcNumber(caption: string): number | null {
  const m = /\bT\s*[-.]?\s*C\s*[-.]?\s*(29|30|31|32|33)\b/i.exec(caption);
  return m ? parseInt(m[1], 10) : null;
}

function scoreCaption(caption: string, scores: Scores, reasons: string[]): void {
  const words = headerWords(caption);
  const tc = captionTcNumber(caption);
  if (tc !== null) {
    const kind = `TC${tc}` as keyof Scores;
    scores[kind] += CAPTION_ID_SCORE;
    reasons.push(`caption names T-C.${tc}`);
  }
  for (const [kind, re] of TITLE_PHRASES) {
    if (re.test(words)) {
      scores[kind] += CAPTION_TITLE_SCORE;
      reasons.push(`caption title matches ${kind}`);
      break;
    }
  }
  if (/\btabel\s*4\.1\b/.test(words) && /indikator|pagu|anggaran/.test(words)) {
    scores.T41 += CAPTION_TITLE_SCORE / 2;
    reasons.push('caption is Tabel 4.1 with indikator/pagu');
  }
}

/** `Tabel 4.1` (chapter IV's plan table) named in the caption, without a T-C number. */
function isTabel41Caption(caption: string): boolean {
  return /\btabel\s*(?:iv|4)\s*[.-]\s*1\b(?!\s*[.\d])/.test(headerWords(caption)) && captionTcNumber(caption) === null;
}

/** Header evidence: each kind's distinctive column titles. */
function scoreHeader(header: HeaderInfo, scores: Scores, reasons: string[], tabel41: boolean): string {
  const all = header.parts.map((p) => p.join(' ')).join(' | ');
  const has = (re: RegExp): boolean => re.test(all);
  const add = (kind: keyof Scores, points: number, why: string): void => {
    scores[kind] += points;
    reasons.push(`header: ${why}`);
  };
  const money = has(/pagu|kebutuhan dana|anggaran/);
  const program = has(/program|kegiatan/);

  // Rancangan awal beside hasil analisis is T-C.31's alone; its Prakiraan Maju / Sumber Dana columns
  // (some old-era review tables print them) then say nothing about T-C.33.
  const review = has(/rancangan awal|\brkpd\b/) && has(HASIL_GROUP);
  if (review) add('TC31', 0.6, 'rancangan awal + hasil analisis kebutuhan');
  if (has(/realisasi/) && has(/tingkat (realisasi|capaian)|capaian/) && program)
    add('TC29', 0.5, 'realisasi + tingkat capaian');
  if (has(/\bspm\b|standar nasional|\bikk\b|proyeksi/)) add('TC30', 0.5, 'SPM/IKK/proyeksi');
  // The short form of the service-performance table: indicators against target and realisation, no programs or money.
  else if (has(/indikator/) && has(/target/) && has(/realisasi/) && has(/capaian/) && !program && !money)
    add('TC30', 0.4, 'indikator + target + realisasi + capaian, no program or money');
  if (has(/besaran|volume/) && !money) add('TC32', 0.4, 'besaran/volume without money');
  if (has(/usulan/)) add('TC32', 0.2, 'usulan');
  // The plan form by its column groups: the plan year's target and pagu beside the next year's (prakiraan maju).
  // Chapter IV prints the same form as `Tabel 4.1`: the caption then says which of the two it is.
  if (has(/prakiraan maju/) && money && !review) {
    if (tabel41) add('T41', 0.5, 'prakiraan maju + kebutuhan dana under a Tabel 4.1 caption');
    else add('TC33', 0.5, 'prakiraan maju + kebutuhan dana');
  }
  if (has(/aktivitas|skala prioritas/)) add('TC33', 0.2, 'aktivitas/skala prioritas');
  if (has(/sumber\s*dana/) && money && !review && !has(HASIL_GROUP)) add('TC33', 0.1, 'sumber dana');
  if (
    has(/\bkode\b/) &&
    program &&
    has(/lokasi/) &&
    has(/indikator/) &&
    has(/target/) &&
    has(/pagu indikatif/) &&
    !has(/prakiraan maju|sumber\s*dana|rancangan awal|hasil analisis|realisasi/)
  ) {
    add('T41', 0.45, 'kode, program, lokasi, indikator, target, pagu only');
  }
  // Old-era "Rencana Pendanaan Program dan Kegiatan ... Menurut Sumber Dana": pagu per fund source, no indicators.
  if (
    program &&
    money &&
    has(/\bapbn\b/) &&
    has(/jumlah|total/) &&
    !has(/indikator|target|prakiraan maju|rancangan awal/)
  ) {
    add('T41', 0.35, 'pagu by fund source (APBD/APBN/lainnya) per program/kegiatan');
  }
  return all;
}

const PMDN86_CODE = /^\d{1,2}\.\d{1,2}\.\d{1,2}\.\d\.\d{1,2}(\.\d{1,4})?$/;

function detectEra(caption: string, headerText: string, table: Table, firstDataRow: number, reasons: string[]): Era {
  if (captionTcNumber(caption) !== null) {
    reasons.push('era: T-C numbering is Permendagri 86/2017');
    return 'pmdn86-2017';
  }
  if (/sub kegiatan|sub-kegiatan/.test(headerText)) {
    reasons.push('era: sub kegiatan in header');
    return 'pmdn86-2017';
  }
  const codes = table.cells.filter((c) => c.row >= firstDataRow && c.col <= 1).map((c) => c.text.replace(/\s+/g, ''));
  if (codes.some((c) => PMDN86_CODE.test(c))) {
    reasons.push('era: sub kegiatan style codes (x.xx.xx.2.xx.xxxx)');
    return 'pmdn86-2017';
  }
  reasons.push('era: no sub kegiatan in header or codes, Permendagri 54/2010');
  return 'pmdn54-2010';
}

export function classifyTable(table: Table, header: HeaderInfo = analyzeHeader(table)): Classification {
  const caption = table.captionLines
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  const reasons: string[] = [];
  const scores = emptyScores();
  scoreCaption(caption, scores, reasons);
  const headerText = scoreHeader(header, scores, reasons, isTabel41Caption(caption));

  const ranked = (Object.entries(scores) as [keyof Scores, number][]).sort((a, b) => b[1] - a[1]);
  const [bestKind, best] = ranked[0];
  const second = ranked[1][1];
  const era = detectEra(caption, headerText, table, header.firstDataRow, reasons);
  if (best < MIN_SCORE) {
    reasons.push(`no kind scored ${MIN_SCORE} or more`);
    return { kind: 'OTHER', era, confidence: Math.min(1, 1 - best), reasons, caption };
  }
  // A close runner-up means conflicting evidence: lower the confidence accordingly.
  const confidence = Math.max(0, Math.min(1, best) - Math.max(0, second) / 2);
  return { kind: bestKind, era, confidence: Math.round(confidence * 100) / 100, reasons, caption };
}
