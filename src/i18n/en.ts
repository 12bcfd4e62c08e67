/** English texts (`--lang en`). The finding messages keep the wording the rules always had. */
import type { Catalogue } from './catalogue.js';
import type { DetailParam, Message, ReadingParam, RowDiffParam, TotalParam, UnitConflictKind } from './messages.js';
import { kindIn, levelWords, pageRanges, q, rp as rpOr } from './helpers.js';
import { UI_EN } from './ui-en.js';
import { TABLE_LABEL } from '../reconcile/pairs.js';
import { Decimal } from 'decimal.js';

// the English table words are the rules' own (src/reconcile/pairs.ts): one list
const table: Catalogue['table'] = TABLE_LABEL;

const kind = kindIn(table);
const rp = (v: string | null | Decimal) => rpOr(v, 'blank');

const SOURCE: Record<string, string> = {
  apbdKab: 'APBD Kabupaten/Kota',
  apbdProv: 'APBD Provinsi',
  apbn: 'APBN',
  lainnya: 'other sources',
};

function total(t: TotalParam): string {
  return t.source === 'printed'
    ? 'printed total row'
    : `sum of ${t.rows} ${levelWords(t.level)} rows (no printed total)`;
}

function detail(d: DetailParam): string {
  switch (d.kind) {
    case 'money':
      return `${rp(d.a)} vs ${rp(d.b)}${d.roundingUnit ? ` (within rounding of amounts printed in units of ${rp(d.roundingUnit)})` : ''}`;
    case 'money-source-part':
      return `${rp(d.a)} vs ${rp(d.b)} (equal to the ${SOURCE[d.source] ?? d.source} part of the pagu split by fund source)`;
    case 'money-implied': {
      const what = ` (sum of its ${d.children} ${levelWords(d.childLevel)} rows)`;
      return (
        `${rp(d.a)}${d.implied === 'a' ? what : ''} vs ${rp(d.b)}${d.implied === 'b' ? what : ''}` +
        (d.roundingUnit ? ` (within rounding of amounts printed in units of ${rp(d.roundingUnit)})` : '') +
        ` (the ${levelWords(d.level)} row of ${table[d.table]} prints no amount)`
      );
    }
    case 'text':
      return `${q(d.a)} vs ${q(d.b)}${d.caseOnly ? (d.field === 'indikator' ? ' (case/spacing only)' : ' (case/spacing/wording only)') : ''}`;
    case 'target':
      return `${d.a || 'blank'} vs ${d.b || 'blank'}${d.unitOnly ? ' (same quantity, unit differs)' : ''}${d.indikator !== null ? ` (indikator ${q(d.indikator)})` : ''}`;
    case 'indicator-missing':
      return `indikator ${q(d.text)} only in ${table[d.table]}`;
  }
}

function rowDiff(d: RowDiffParam): string {
  switch (d.field) {
    case 'name':
      return `name ${q(d.a)} / ${q(d.b)}`;
    case 'pagu':
    case 'pagu_maju':
      return `${d.field} ${rp(d.a)} / ${rp(d.b)}`;
    case 'target':
      return `target ${d.a} / ${d.b}`;
    case 'indikator':
      return 'indikator';
  }
}

const pageRange = (pages: number[]) =>
  pages.length === 0
    ? 'pages ?'
    : pages.length === 1
      ? `page ${pages[0]}`
      : `pages ${pages[0]}-${pages[pages.length - 1]}`;

const unitWords = (u: number): string =>
  u === 1 ? 'Rupiah' : u === 1000 ? 'thousands (Rp.000)' : u === 1e6 ? 'millions' : `units of ${u}`;

const UNIT_KIND: Record<UnitConflictKind, (header: string, median: string, rows: number) => string> = {
  'header-thousands-cells-rupiah': (h, m) =>
    `header says ${h} but the cells are full Rupiah: scaled by the header, the median row would be ${m}`,
  'cells-too-small': (h, m) => `header says ${h} but the cells are too small for it: the median row would be ${m}`,
  mixed: (_h, _m, rows) =>
    `${rows} cells are 1000× off the other money column of their row while other rows agree with it: the column mixes thousands and full Rupiah`,
};

const ROLE: Record<string, string> = {
  plan: 'plan year',
  maju: 'prakiraan maju year',
  rkpd: 'year of the RKPD reviewed',
  relative: 'year relative to the plan year',
  berjalan: 'tahun berjalan',
  lalu: 'tahun lalu',
  until: 'last year evaluated',
};
const WHERE: Record<string, string> = { caption: 'caption', column: 'column group', 'running-head': 'running head' };

function expected(e: { min: number | null; max: number | null } | null): string {
  if (!e) return '';
  if (e.min !== null && e.min === e.max) return String(e.min);
  if (e.min === null) return `${e.max} or earlier`;
  if (e.max === null) return `${e.min} or later`;
  return `${e.min}..${e.max}`;
}

const EMPTY_COLUMN: Record<string, string> = {
  paguMaju: 'prakiraan maju (pagu)',
  'awal.paguMaju': 'prakiraan maju (rancangan awal)',
  'hasil.paguMaju': 'prakiraan maju (hasil analisis)',
};

const andList = (xs: string[]) =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
const ocrNote = (c: number | null) => (c === null ? '' : ` (OCR, confidence ${c}%)`);

const rowWords = (r: ReadingParam) =>
  [r.rows > 0 ? String(r.rows) : '', levelWords(r.level), 'rows'].filter(Boolean).join(' ');

/** Where a printing of an amount stands, without its value (it is the value just named). */
function printing(r: ReadingParam): string {
  const what =
    r.kind === 'cell'
      ? r.total
        ? `the ${table[r.table]} total row`
        : table[r.table]
      : r.total
        ? `the sum of the ${rowWords(r)} of ${table[r.table]}`
        : `the sum of the ${rowWords(r)} under it in ${table[r.table]}`;
  return what + ocrNote(r.confidence);
}

/** A printing of an amount with its value. */
function reading(r: ReadingParam): string {
  if (r.kind === 'cell')
    return `${r.total ? `the ${table[r.table]} total row` : table[r.table]} ${rp(r.value)}${ocrNote(r.confidence)}`;
  return `${printing({ ...r, confidence: null })} (${rp(r.value)}${r.confidence === null ? '' : `; OCR, confidence ${r.confidence}%`})`;
}

/** The finding an OCR note wraps, in English. */
const base = (m: Message | null, text: string): string =>
  m ? (en.messages[m.key] as (p: Message['params']) => string)(m.params) : text;

export const en: Catalogue = {
  lang: 'en',
  locale: 'en-GB',
  ui: UI_EN,
  table,
  rule: {
    'total-mismatch': 'Grand totals differ between tables',
    'value-mismatch': 'Same row, different values',
    'missing-row': 'Row missing from a table',
    'awal-vs-hasil': 'Rancangan awal vs hasil analisis (T-C.31)',
    'rollup-mismatch': 'Parent is not the sum of its children',
    'declared-total-mismatch': 'Printed total is not the sum of its rows',
    'duplicate-code': 'Code printed twice',
    'terbilang-mismatch': 'Amount in words or prose disagrees',
    'invalid-value': 'Unreadable value',
    'empty-column': 'Money column empty on every row',
    'unread-table': 'Table pages not read',
    'year-label': 'Year label contradicts the plan year',
    'unit-conflict': 'Money unit of header and cells disagree',
    nomenclature: 'Code or name not as in the official nomenclature',
    'ocr-uncertain': 'A difference one misread digit (OCR) explains',
  },
  ruleHelp: {
    'total-mismatch': 'the grand totals of two tables differ',
    'value-mismatch': 'the same code disagrees between tables on pagu, target, indikator, name, lokasi or sumber dana',
    'missing-row': 'a row in one table that the other lacks',
    'awal-vs-hasil': 'changes from rancangan awal to hasil analisis in T-C.31, with or without a catatan',
    'rollup-mismatch': 'a parent row that is not the sum of its children',
    'declared-total-mismatch': 'a printed JUMLAH/TOTAL that is not the sum of the program rows',
    'duplicate-code': 'a code printed twice in one table',
    'terbilang-mismatch': 'an amount in words that differs from its figure or from the table totals',
    'invalid-value': 'a value that could not be read (#REF!, unparseable money)',
    'empty-column': 'a money column the form prints left empty on every row',
    'unread-table': 'table pages with amounts that gave no record',
    'year-label': 'a year in a caption, column group or running head that contradicts the plan year',
    'unit-conflict': 'a money column whose header unit contradicts its cells',
    nomenclature: 'a code or name that differs from the official nomenclature (Kepmendagri)',
    'ocr-uncertain':
      'a money difference on text read by OCR that a single misread digit or separator explains, and that the other printings of the amount in the document (other tables, sums of rows) do not show to be printed; both readings and those printings given',
  },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  severityPlural: { error: 'errors', warning: 'warnings', info: 'infos' },
  field: {
    pagu: 'pagu',
    pagu_maju: 'prakiraan maju',
    paguMaju: 'prakiraan maju',
    'awal.pagu': 'pagu (rancangan awal)',
    'hasil.pagu': 'pagu (hasil analisis)',
    'awal.paguMaju': 'prakiraan maju (rancangan awal)',
    'hasil.paguMaju': 'prakiraan maju (hasil analisis)',
    target: 'target',
    indikator: 'indikator',
    name: 'name',
    lokasi: 'lokasi',
    sumber_dana: 'sumber dana',
    total: 'total pagu',
    total_pagu_maju: 'total prakiraan maju',
    row: 'row',
    code: 'code',
    number: 'row number',
    table: 'table',
    cell: 'cell',
    terbilang: 'terbilang',
    allocated_total: 'allocated total',
    year: 'year',
    year_maju: 'prakiraan maju year',
  },
  messages: {
    'total-mismatch': (p) =>
      `${p.field === 'pagu' ? 'total pagu' : 'total prakiraan maju'} differs: ${table[p.tableA]} ${rp(p.valueA)} (${total(p.totalA)}) vs ` +
      `${table[p.tableB]} ${rp(p.valueB)} (${total(p.totalB)}), difference ${rp(p.difference)}` +
      (p.sourcePart ? `; equal to the ${p.sourcePart} part of the total split by fund source` : ''),
    'value-mismatch': (p) =>
      `${p.field} of ${p.row} differs between ${table[p.tableA]} and ${table[p.tableB]}: ${detail(p.detail)}`,
    'missing-row': (p) =>
      `${levelWords(p.level)} ${p.row}${p.pagu !== null ? ` (pagu ${rp(p.pagu)})` : ''} is in ${table[p.from]} ` +
      `but missing from ${table[p.other]}${p.under ? ` (with ${p.under} row${p.under > 1 ? 's' : ''} under it)` : ''}`,
    'awal-vs-hasil': (p) =>
      `${p.field} of ${p.row} changed from rancangan awal to hasil analisis: ${detail(p.detail)}; ` +
      (p.catatan !== null ? `catatan: ${q(p.catatan)}` : 'no catatan penting explains it'),
    'rollup-mismatch': (p) =>
      `${table[p.table]}: ${p.field === 'pagu' ? 'pagu' : 'prakiraan maju'} of ${levelWords(p.level)} ${p.row} ` +
      `is ${rp(p.value)} but its ${p.children} ${levelWords(p.childLevel)} rows sum to ${rp(p.sum)} ` +
      `(difference ${rp(p.difference)})` +
      (p.roundingUnit
        ? `; within rounding of amounts printed in units of ${rp(p.roundingUnit)}`
        : p.repeats.length
          ? `; it matches only if the repeated row${p.repeats.length > 1 ? 's' : ''} ${p.repeats.join(', ')} counted once`
          : p.duplicates.length
            ? `; the sum counts every row of duplicated code ${p.duplicates.join(', ')}`
            : ''),
    'declared-total-mismatch': (p) =>
      `${table[p.table]} printed ${p.field === 'pagu' ? 'total' : 'prakiraan maju total'} ${rp(p.printed)} is not the sum ` +
      `of its ${p.rows} ${levelWords(p.level)} rows (${p.unreadable ? 'at least ' : ''}${rp(p.sum)}), difference ${rp(p.difference)}` +
      (p.unreadable ? `; ${p.unreadable} rows whose amount cannot be read are left out of the sum` : '') +
      (p.roundingUnit ? `, within rounding of amounts printed in units of ${rp(p.roundingUnit)}` : ''),
    'duplicate-reprint': (p) =>
      `${table[p.table]} is printed a second time on ${pageRange(p.pages)} (${p.repeated} of its ${p.rows} rows repeat, ` +
      `with the same amounts, the rows on ${pageRange(p.originalPages)}); only the first printing is checked`,
    'duplicate-number': (p) =>
      `${table[p.table]} numbers ${p.count} different ${levelWords(p.level)} rows ${p.number} ` +
      `(page ${p.pages.join(', ')}): ${p.names.map(q).join(', ')}`,
    'duplicate-code': (p) =>
      `${table[p.table]} prints ${levelWords(p.level)} code ${p.code} twice (pages ${p.pageA} and ${p.pageB}): ` +
      (p.diffs.length
        ? `differs in ${p.diffs.map(rowDiff).join('; ')}`
        : 'identical rows (repeated, e.g. at a page break?)'),
    'terbilang-words': (p) =>
      `figure ${p.figureRaw} (${rp(p.figure)}) and its words ${q(p.words)} (${rp(p.wordsValue)}) disagree`,
    'terbilang-allocation': (p) =>
      `the allocated amount stated in the prose (${rp(p.stated)}) differs from the ${table[p.table]} total ` +
      `${rp(p.total)} (${total(p.totalHow)}), difference ${rp(p.difference)}`,
    'invalid-record': (p) =>
      `${table[p.table]} ${p.row}: ${p.kind}${p.raw !== null ? ` ${q(p.raw)}` : ''}: ${p.detail}`,
    'invalid-cell': (p) =>
      `spreadsheet error printed in ${p.tableKind === 'OTHER' ? 'a table' : kind(p.tableKind)} cell (row ${p.row}, ` +
      `column ${p.col}) on page ${p.page}: ${q(p.text)}`,
    'empty-column': (p) =>
      `column ${EMPTY_COLUMN[p.column] ?? p.column} of ${kind(p.tableKind)} (pages ${pageRanges(p.pages)}) is empty on every ` +
      'row although the pagu is filled',
    'unread-table': (p) =>
      `table${p.caption ? ` ${q(p.caption)}` : ''} on pages ${pageRanges(p.pages)} prints amounts but was not read: ` +
      (p.why === 'not-recognised'
        ? `not recognised as a Renja table${p.reason ? ` (${p.reason})` : ''}`
        : `read as ${kind(p.tableKind)} but these pages gave no rows${p.reason ? ` (${p.reason})` : ''}`) +
      '; check these pages by hand',
    'year-label': (p) =>
      `${WHERE[p.where]} ${q(p.match)} on page ${p.page}: ` +
      (p.impossible
        ? `impossible year ${p.year}`
        : `${ROLE[p.role] ?? p.role} ${p.year}, expected ${expected(p.expected)} for plan year ${p.plan}`) +
      (p.against ? `; the ${WHERE[p.against.where]} on the same page says ${q(p.against.match)}` : '') +
      (p.plan !== null && p.decidedBy !== null ? ` (plan year decided by ${p.decidedBy})` : ''),
    'unit-conflict': (p) => {
      const s = p.sample;
      const sample = s
        ? ` e.g. ${q(s.raw)} (p${s.page}, ${s.row}${s.otherRaw !== null ? ` beside ${s.otherColumn} ${q(s.otherRaw)}` : ''})`
        : '';
      const read = p.kind === 'cells-too-small' ? '' : `; read in ${unitWords(p.readUnit)}`;
      return (
        `${table[p.table]} column ${p.column} (pages ${pageRanges(p.pages)}): ` +
        `${UNIT_KIND[p.kind](unitWords(p.headerUnit), p.median !== null ? rp(p.median) : '', p.rows)}${sample}${read}`
      );
    },
    'note-covered': (p) =>
      p.full
        ? `fully explained: the rows below account for the whole gap of ${rp(p.gap)}`
        : `partly explained: the rows below account for ${rp(p.covered)} of the gap of ${rp(p.gap)}; the rest is in ` +
          (p.ofTotal
            ? 'the totals themselves (see declared-total-mismatch)'
            : "this row's own figure (see rollup-mismatch)"),
    'note-own-figure': (p) =>
      `no row below differs: the gap of ${rp(p.gap)} is in this row's own figure (see rollup-mismatch)`,
    'note-total-own-figure': () =>
      'no program row differs: the gap is in the totals themselves (see declared-total-mismatch)',
    'note-missing': (p) => `missing from ${table[p.from]}`,
    'note-values': (p) => `${table[p.tableA]} ${rp(p.valueA)}, ${table[p.tableB]} ${rp(p.valueB)}`,
    'ocr-uncertain': (p) => {
      const s = p.suspect === 'a' ? p.a : p.suspect === 'b' ? p.b : null;
      const other = p.suspect === 'a' ? p.b : p.a;
      const why = s
        ? `${reading(s)} is likely misread: ${rp(other.value)} is confirmed by ${andList(p.witnesses.map(printing))}`
        : p.witnesses.length
          ? `the document's other printings of this amount (${andList(p.witnesses.map(reading))}) confirm neither`
          : 'no other printing of this amount in the document confirms either';
      return (
        `${base(p.base, p.baseText)}; read by OCR: ${reading(p.a)} and ${reading(p.b)} differ by one digit or ` +
        `separator, which a misread explains; ${why}; check the scan (${p.rule} if the print says so)`
      );
    },
    'ocr-read': (p) =>
      `${base(p.base, p.baseText)} (read by OCR, confidence ${p.confidence.join('/')}%` +
      p.confirmed.map((c) => `; ${reading(c.reading)} is confirmed by ${andList(c.by.map(printing))}`).join('') +
      ')',
  },
};
