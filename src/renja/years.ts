/**
 * Years printed in captions, column-group titles and running heads, and the plan year they are checked against.
 *
 * A Renja states its plan year many times: the running head (`Rencana Kerja ... Tahun 2016`), the T-C.33 caption
 * (`Rumusan Rencana Program dan Kegiatan ... Tahun 2016 dan Prakiraan Maju Tahun 2017`), its column groups
 * (`Rencana Tahun 2016`, `Prakiraan Maju Rencana Tahun 2017`), the T-C.31 caption (`Review terhadap Rancangan Awal
 * RKPD Tahun 2016`). Documents copied from last year's keep a stale year in one of these places, so the plan year
 * is a vote: each kind of source gives one vote (its latest year: a stale copy is older than the document), the year
 * with most kinds wins, ties go to the more reliable kind (running head, then the T-C.33 caption, ...). Every label
 * keeps what it should be relative to the plan year, so the `year-label` rule only compares.
 */
import type { Cell } from '../tables/model.js';
import type { PlanYear, TableKind, YearLabel } from './schema.js';
import { cleanText } from './text.js';

/** What the extractor knows of one table, for its year labels. */
export interface TableYearInput {
  tableRef: string;
  kind: TableKind;
  pages: number[];
  captionLines: string[];
  /** Header cells (rows above the first data row). */
  headerCells: Pick<Cell, 'text' | 'page'>[];
}

/** A year as printed after `Tahun`: four digits, or five (`20134`, a typing error kept to be reported). */
const YEAR = String.raw`(\d{4,5})(?![\d])(?!\s*[-–]\s*\d)`;
const NOT_MAJU = String.raw`(?:(?!maju|tahun\s+\d)[^])`;
const MAJU = new RegExp(String.raw`p(?:ra|er)ki?ra+n\s+maju\s+(?:rencana\s+)?(?:tahun|th\.?|ta\.?)?\s*\(?${YEAR}`, 'i');
const RUMUSAN = new RegExp(
  String.raw`rumusan\s+(?:rencana\s+|kebutuhan\s+)?program\s+(?:dan|&)\s+kegiatan\b${NOT_MAJU}{0,120}?\btahun\s+(?:anggaran\s+)?${YEAR}`,
  'i',
);
const RKPD = new RegExp(
  String.raw`review\s+terhadap\s+rancangan\s+(?:awal\s+)?rkpd\b${NOT_MAJU}{0,80}?\btahun\s+(?:anggaran\s+)?${YEAR}`,
  'i',
);
/** A column group `Rencana Tahun 2017` (`Rencana Tahun 2017 (Tahun Rencana)`). */
const RENCANA_COLUMN = new RegExp(String.raw`^\s*rencana\s+(?:tahun\s+)?${YEAR}`, 'i');
/** T-C.29 columns relative to the plan year n: `s/d Tahun 2013 (n-3)`, `tahun 2015 (n-2)`, `Tahun 2016 (thn n)`. */
const RELATIVE = new RegExp(String.raw`${YEAR}\s*\)?\s*\(\s*(?:thn\.?|tahun)?\s*n\s*(?:([-+])\s*(\d))?\s*\)`, 'i');
const BERJALAN = new RegExp(String.raw`tahun\s+berjalan\s*\(?\s*(?:tahun\s*)?${YEAR}`, 'i');
const LALU = new RegExp(String.raw`tahun\s+lalu\s*\(?\s*(?:tahun\s*)?${YEAR}`, 'i');
/** An evaluation `s/d (dengan) Tahun 2015`; not the end of a range `Tahun 2013 s.d 2018`. */
const UNTIL = new RegExp(String.raw`(?<!\d\s{0,3})\bs\s?[./]\s?d\.?\s+(?:dengan\s+)?(?:tahun\s+)?${YEAR}`, 'i');
/** Running heads: `Rencana Kerja ... Tahun 2016`, `RENJA BPMPD TAHUN 2017 | II - 19`. */
const RUNNING_HEAD = /\b(?:renja|rencana\s+kerja|rk[-\s]?(?:skpd|opd|pd))\b/i;
/** A chapter title about another year (`Evaluasi Pelaksanaan Rencana Kerja ... Tahun 2015`) is no plan-year statement. */
const NOT_RUNNING_HEAD = /\b(?:evaluasi|realisasi|capaian|laporan|review)\b/i;
const RUNNING_YEAR = /(?<![\d\-–/])((?:19|20)\d{2})(?![\d\-–/])/g;
/** A line that already carries a year (the non-global twin of RUNNING_YEAR, for `test`). */
const RUNNING_YEAR_LINE = new RegExp(RUNNING_YEAR.source);
/** A line that can start a caption block (lines above the ones the table engine attached). */
const CAPTION_START =
  /^\s*(?:tabel|rumusan|review|rencana|dan\s+p(?:ra|er)ki?ra|usulan|rekapitulasi|evaluasi|pencapaian|lampiran)\b/i;
/** Roles voting for the plan year, by kind of source, most reliable first (ties go to the earlier). */
const SOURCE_PRIORITY = ['running-head', 'caption:plan', 'caption:rkpd', 'caption:maju', 'column:plan', 'column:maju'];
/** Plausible plan years; outside, a year does not vote (it is still checked). */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** A running head repeats: on at least this many pages, and this share of the document's pages. */
const RUNNING_MIN_PAGES = 2;
const RUNNING_MIN_SHARE = 0.2;

const ROLE_OFFSETS: Record<YearLabel['role'], [number | null, number | null]> = {
  plan: [0, 0],
  maju: [1, 1],
  rkpd: [0, 0],
  relative: [0, 0],
  berjalan: [-1, -1],
  lalu: [-2, -2],
  until: [null, -1],
};

const clean = (s: string): string => cleanText(s).replace(/\s+/g, ' ').trim();

function label(
  base: Omit<YearLabel, 'role' | 'year' | 'minOffset' | 'maxOffset' | 'match'>,
  role: YearLabel['role'],
  m: RegExpExecArray,
  yearGroup = 1,
  offset?: number,
): YearLabel {
  const [lo, hi] = offset === undefined ? ROLE_OFFSETS[role] : [offset, offset];
  return { ...base, role, year: parseInt(m[yearGroup], 10), minOffset: lo, maxOffset: hi, match: clean(m[0]) };
}

/** The caption block of a table: the lines the engine attached, and caption-like lines just above them. */
function captionBlock(t: TableYearInput, pageTexts: Map<number, string>): string {
  const cl = t.captionLines.map(clean).filter(Boolean);
  if (cl.length === 0) return '';
  const lines = (pageTexts.get(t.pages[0]) ?? '').split('\n').map(clean);
  const i = lines.indexOf(cl[0]);
  const above: string[] = [];
  for (let j = i - 1; i >= 0 && j >= Math.max(0, i - 2); j--) {
    if (!CAPTION_START.test(lines[j])) break;
    above.unshift(lines[j]);
  }
  return [...above, ...cl].join(' ');
}

/** Year labels of one table's caption and header. */
export function tableYearLabels(t: TableYearInput, pageTexts: Map<number, string>): YearLabel[] {
  if (t.kind === 'OTHER' || t.kind === 'TC30') return []; // T-C.30 prints year columns of its own (n-2 .. n+1)
  const out: YearLabel[] = [];
  const budget = t.kind === 'TC33' || t.kind === 'T41' || t.kind === 'TC31';
  const caption = captionBlock(t, pageTexts);
  if (caption) {
    const base = {
      page: t.pages[0],
      tableRef: t.tableRef,
      tableKind: t.kind,
      where: 'caption' as const,
      text: caption,
    };
    let m: RegExpExecArray | null;
    if ((m = RKPD.exec(caption))) out.push(label(base, 'rkpd', m));
    if (budget && (m = RUMUSAN.exec(caption))) out.push(label(base, 'plan', m));
    if (budget && (m = MAJU.exec(caption))) out.push(label(base, 'maju', m));
    if (t.kind === 'TC29' && (m = UNTIL.exec(caption))) out.push(label(base, 'until', m));
  }
  const seen = new Set<string>();
  for (const c of t.headerCells) {
    const text = clean(c.text);
    if (!/\d{4}/.test(text) || seen.has(text)) continue;
    seen.add(text);
    const base = { page: c.page, tableRef: t.tableRef, tableKind: t.kind, where: 'column' as const, text };
    let m: RegExpExecArray | null;
    if (budget) {
      if ((m = MAJU.exec(text))) out.push(label(base, 'maju', m));
      else if ((m = RENCANA_COLUMN.exec(text))) out.push(label(base, 'plan', m));
    } else if (t.kind === 'TC29') {
      if ((m = RELATIVE.exec(text))) {
        const k = m[3] ? parseInt(m[3], 10) * (m[2] === '-' ? -1 : 1) : 0;
        out.push(label(base, 'relative', m, 1, k));
      } else if ((m = BERJALAN.exec(text))) out.push(label(base, 'berjalan', m));
      else if ((m = LALU.exec(text))) out.push(label(base, 'lalu', m));
      // `Target Capaian Program (Renstra) s/d Tahun 2018` looks forward: only realisations are bounded by the plan year
      else if (!/^\s*target\b/i.test(text) && (m = UNTIL.exec(text))) out.push(label(base, 'until', m));
    }
  }
  return out;
}

/** Running heads and feet naming the Renja and its year, repeated over the document's pages. */
export function runningHeadLabels(pageTexts: Map<number, string>): YearLabel[] {
  const byKey = new Map<string, { pages: number[]; text: string; year: number; match: string }>();
  for (const [page, text] of [...pageTexts].sort((a, b) => a[0] - b[0])) {
    const lines = text.split('\n').map(clean);
    for (const [i, own] of lines.entries()) {
      // a head set on two lines (`Renja Biro Pengendalian Pembangunan` over `Tahun 2017`)
      const next = lines[i + 1] ?? '';
      const line = !RUNNING_YEAR_LINE.test(own) && /^tahun\s+\d{4}\s*$/i.test(next) ? `${own} ${next}` : own;
      if (line.length > 160 || !RUNNING_HEAD.test(line) || NOT_RUNNING_HEAD.test(line)) continue;
      const years = [...line.matchAll(RUNNING_YEAR)];
      if (years.length !== 1) continue;
      const key = `${line.toLowerCase().replace(/\d+/g, '#')}|${years[0][1]}`;
      const e = byKey.get(key);
      if (e) {
        if (e.pages.at(-1) !== page) e.pages.push(page);
      } else byKey.set(key, { pages: [page], text: line, year: parseInt(years[0][1], 10), match: line });
    }
  }
  const need = Math.max(RUNNING_MIN_PAGES, Math.ceil(RUNNING_MIN_SHARE * pageTexts.size));
  return [...byKey.values()]
    .filter((e) => e.pages.length >= need)
    .map((e) => ({
      page: e.pages[0],
      tableRef: null,
      tableKind: null,
      where: 'running-head' as const,
      role: 'plan' as const,
      year: e.year,
      minOffset: 0,
      maxOffset: 0,
      text: e.text,
      match: e.match,
    }));
}

/** A line that opens a caption naming a year (`Tabel 2.9 Review terhadap ...`, `RUMUSAN KEBUTUHAN PROGRAM ...`). */
const PAGE_CAPTION = /^\s*(?:tabel\s*[\w.-]*\.?\s*(?:\([^)]*\)\s*)?)?(?:rumusan|review\s+terhadap)\b/i;

/**
 * Captions standing on a table page but attached to no table: a table the engine joined to the one above (a second
 * T-C.31 printed below the first), or one it did not find. Only lines that open with a caption's first words count,
 * with the next line when it carries the prakiraan maju (`Dan Prakiraan Maju Tahun 2017`).
 */
export function pageCaptionLabels(tables: TableYearInput[], pageTexts: Map<number, string>): YearLabel[] {
  const out: YearLabel[] = [];
  const pages = [...new Set(tables.flatMap((t) => t.pages))].sort((a, b) => a - b);
  for (const page of pages) {
    const lines = (pageTexts.get(page) ?? '').split('\n').map(clean);
    lines.forEach((line, i) => {
      if (!PAGE_CAPTION.test(line)) return;
      const next = lines[i + 1] ?? '';
      const text = /^dan\s+p(?:ra|er)ki?ra/i.test(next) || /^\d{4}$/.test(next) ? `${line} ${next}` : line;
      const base = { page, tableRef: null, tableKind: null, where: 'caption' as const, text };
      let m: RegExpExecArray | null;
      if ((m = RKPD.exec(text))) out.push(label(base, 'rkpd', m));
      else if ((m = RUMUSAN.exec(text))) {
        out.push(label(base, 'plan', m));
        if ((m = MAJU.exec(text))) out.push(label(base, 'maju', m));
      }
    });
  }
  return out;
}

function sourceOf(l: YearLabel): string | null {
  if (l.where === 'running-head') return 'running-head';
  if (l.role === 'plan' || l.role === 'maju' || l.role === 'rkpd') return `${l.where}:${l.role}`;
  return null;
}

/** The plan year: one vote per kind of source (its latest plausible year), most kinds win, ties by reliability. */
export function decidePlanYear(labels: YearLabel[]): PlanYear {
  const votes: PlanYear['votes'] = [];
  for (const source of SOURCE_PRIORITY) {
    let best: YearLabel | null = null;
    for (const l of labels) {
      if (sourceOf(l) !== source || l.minOffset === null || l.year < MIN_YEAR || l.year > MAX_YEAR) continue;
      if (!best || l.year - l.minOffset > best.year - best.minOffset!) best = l;
    }
    if (best) votes.push({ source, year: best.year - best.minOffset!, page: best.page, text: best.match });
  }
  if (votes.length === 0)
    return { year: null, decidedBy: 'no caption, column group or running head names a year', votes, labels };
  const count = new Map<number, number>();
  for (const v of votes) count.set(v.year, (count.get(v.year) ?? 0) + 1);
  const top = Math.max(...count.values());
  // votes are in priority order: the first vote of a year with the top count wins the tie
  const year = votes.find((v) => count.get(v.year) === top)!.year;
  const describe = (v: PlanYear['votes'][number]): string => `${v.source} "${v.text}" p${v.page}`;
  const forIt = votes.filter((v) => v.year === year);
  const against = votes.filter((v) => v.year !== year);
  const tie = [...count.values()].filter((n) => n === top).length > 1;
  const decidedBy =
    `${forIt.length} of ${votes.length} sources: ${forIt.map(describe).join('; ')}` +
    (against.length ? `; against: ${against.map((v) => `${describe(v)} (${v.year})`).join('; ')}` : '') +
    (tie ? `; tie settled by source order ${SOURCE_PRIORITY.join(' > ')}` : '');
  return { year, decidedBy, votes, labels };
}

export function findPlanYear(tables: TableYearInput[], pageTexts: Map<number, string>): PlanYear {
  const own = tables.flatMap((t) => tableYearLabels(t, pageTexts));
  // page captions already read as some table's caption are that table's
  const known = new Set(own.map((l) => `${l.page}|${l.role}|${l.year}`));
  const loose = pageCaptionLabels(tables, pageTexts).filter((l) => !known.has(`${l.page}|${l.role}|${l.year}`));
  const labels = [...runningHeadLabels(pageTexts), ...own, ...loose];
  labels.sort((a, b) => a.page - b.page);
  return decidePlanYear(labels);
}
